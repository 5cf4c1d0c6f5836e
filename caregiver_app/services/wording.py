"""Fixed wording marked for translation, and label sets translated in one step."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import TYPE_CHECKING, ClassVar, Self, TypeVar

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
# How a printout joins what it lists. English writes ", " both between things listed and
# between the phrases of one sentence; Chinese does not ("8:00、20:00", but "间隔至少1小时，
# 24小时内最多6次"), so the two are told apart by their context.
LIST = "PrintoutList"
PHRASES = "PrintoutPhrases"


# A label set is made once a printout; what dataclasses would write and compile for it at
# import (an __init__ of a hundred arguments, __repr__, __eq__, __hash__) took more time
# than the import of the rest of its module. One __init__ serves every set, and two sets
# are never compared: each subclass is declared with these same arguments.
@dataclass(frozen=True, init=False, repr=False, eq=False)
class LabelSet:
    """A document's fixed wording: a frozen dataclass whose defaults are the English texts.

    Subclasses are declared ``@dataclass(frozen=True, init=False, repr=False, eq=False)``
    and take their texts by keyword (``dataclasses.replace`` works as usual). A set whose
    words others share names their context once, ``class Words(LabelSet, context="Words")``:
    its fields are translated in it in every set that inherits them.
    """

    # The context of each field declared by a set that named one (see above).
    field_contexts: ClassVar[dict[str, str]] = {}

    page_of: str = field(
        default=QT_TRANSLATE_NOOP("Printout", "Page {page} of {pages}"),
        metadata={"context": PRINTOUT},
    )
    list_items: str = field(
        default=QT_TRANSLATE_NOOP("PrintoutList", ", "), metadata={"context": LIST}
    )
    list_groups: str = field(
        default=QT_TRANSLATE_NOOP("PrintoutList", "; "), metadata={"context": LIST}
    )
    list_phrases: str = field(
        default=QT_TRANSLATE_NOOP("PrintoutPhrases", ", "), metadata={"context": PHRASES}
    )

    def __init_subclass__(cls, context: str | None = None, **kwargs: object) -> None:
        """Record ``context`` for the fields this subclass declares, if it names one."""
        super().__init_subclass__(**kwargs)
        cls.field_contexts = dict(cls.field_contexts)
        if context is not None:
            cls.field_contexts.update(dict.fromkeys(inspect.get_annotations(cls), context))

    def __init__(self, **texts: object) -> None:
        """Every field as given in ``texts``, else its default (the English text)."""
        for item in fields(self):
            if item.name in texts:
                value = texts.pop(item.name)
            elif item.default is not MISSING:
                value = item.default
            else:
                raise TypeError(f"{type(self).__name__} needs {item.name!r}")
            object.__setattr__(self, item.name, value)
        if texts:
            raise TypeError(f"{type(self).__name__} has no label {', '.join(texts)}")

    def items(self, parts: Iterable[str]) -> str:
        """Things listed one after another: "8:00 AM, 8:00 PM" (Chinese "8:00、20:00")."""
        return self.list_items.join(parts)

    def groups(self, parts: Iterable[str]) -> str:
        """Lists of lists, or sentences run together: "asleep 2, vomited 1; refused 1"."""
        return self.list_groups.join(parts)

    def phrases(self, parts: Iterable[str]) -> str:
        """The phrases of one sentence: "at least 1 h between doses, at most 6 in 24 hours"."""
        return self.list_phrases.join(parts)

    @classmethod
    def english(cls) -> Self:
        """The English wording, used when no translation is given."""
        return cls()


def translated(labels: Labels, context: str, **formats: object) -> Labels:
    """A label set with every text translated in ``context`` (or the context its field, or
    the set that declares it, names); ``formats`` replace its formatters."""
    own = getattr(labels, "field_contexts", {})
    texts = {
        item.name: QCoreApplication.translate(
            item.metadata.get("context", own.get(item.name, context)), value
        )
        for item in fields(labels)
        if isinstance(value := getattr(labels, item.name), str)
    }
    return replace(labels, **texts, **formats)
