"""Fixed wording marked for translation, and label sets translated in one step."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Self, TypeVar

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Labels = TypeVar("Labels", bound="DataclassInstance")


# lupdate finds the marked texts by this name; PySide6's own marker is typed as returning object.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark ``text`` for translation in ``context`` and give it back as it is."""
    return text


# The context of the words every printout shares (a field's metadata names it).
PRINTOUT = "Printout"


@dataclass(frozen=True)
class LabelSet:
    """A document's fixed wording: a frozen dataclass whose defaults are the English texts."""

    page_of: str = field(
        default=QT_TRANSLATE_NOOP("Printout", "Page {page} of {pages}"),
        metadata={"context": PRINTOUT},
    )

    @classmethod
    def english(cls) -> Self:
        """The English wording, used when no translation is given."""
        return cls()


def translated(labels: Labels, context: str, **formats: object) -> Labels:
    """A label set with every text translated in ``context`` (or the context its field names);
    ``formats`` replace its formatters."""
    texts = {
        item.name: QCoreApplication.translate(item.metadata.get("context", context), value)
        for item in fields(labels)
        if isinstance(value := getattr(labels, item.name), str)
    }
    return replace(labels, **texts, **formats)
