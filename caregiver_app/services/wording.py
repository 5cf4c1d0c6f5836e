"""Fixed wording marked for translation, and label sets translated in one step."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, Self, TypeVar

from PySide6.QtCore import QCoreApplication

Labels = TypeVar("Labels", bound="LabelSet")


# lupdate finds the marked texts by this name; PySide6's own marker is typed as returning object.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark ``text`` for translation in ``context`` and give it back as it is."""
    return text


# The context of the words every printout shares (LabelSet.field_contexts names it).
PRINTOUT = "Printout"
# How a printout joins what it lists. English writes ", " both between things listed and
# between the phrases of one sentence; Chinese does not ("8:00、20:00", but "间隔至少1小时，
# 24小时内最多6次"), so the two are told apart by their context.
LIST = "PrintoutList"
PHRASES = "PrintoutPhrases"


# A label set is made once a printout. It was a frozen dataclass; what dataclasses wrote
# and compiled for each set as its module was imported (an __init__ of a hundred
# arguments, then the frozen set's __setattr__ and __delattr__, each with its own exec)
# cost more than the rest of the module's import, at every start. The set collects its
# fields itself, as its subclass is declared; one __init__ serves every set, and two sets
# are never compared (equality is identity, as it was).
_MISSING = object()


class LabelSet:
    """A document's fixed wording: a frozen set of texts whose defaults are the English texts.

    A subclass declares each text as an annotated class attribute holding its English
    default (a formatter, such as ``format_day``, likewise); the set takes its texts by
    keyword, and :meth:`replaced` gives a copy with some changed. A set whose words others
    share names their context once, ``class Words(LabelSet, context="Words")``: its fields
    are translated in it in every set that inherits them.
    """

    # Each field's default, in the order declared, the inherited ones first.
    label_defaults: ClassVar[dict[str, object]] = {}
    # The context of each field declared by a set that named one (see above); the shared
    # words of every printout have their own.
    field_contexts: ClassVar[dict[str, str]] = {
        "page_of": PRINTOUT,
        "list_items": LIST,
        "list_groups": LIST,
        "list_phrases": PHRASES,
    }

    page_of: str = QT_TRANSLATE_NOOP("Printout", "Page {page} of {pages}")
    list_items: str = QT_TRANSLATE_NOOP("PrintoutList", ", ")
    list_groups: str = QT_TRANSLATE_NOOP("PrintoutList", "; ")
    list_phrases: str = QT_TRANSLATE_NOOP("PrintoutPhrases", ", ")

    def __init_subclass__(cls, context: str | None = None, **kwargs: object) -> None:
        """Collect the fields this subclass declares, and record ``context`` for them if
        it names one."""
        super().__init_subclass__(**kwargs)
        declared = _declared(cls)
        cls.label_defaults = {**cls.label_defaults, **declared}
        cls.field_contexts = dict(cls.field_contexts)
        if context is not None:
            cls.field_contexts.update(dict.fromkeys(declared, context))

    def __init__(self, **texts: object) -> None:
        """Every field as given in ``texts``, else its default (the English text)."""
        for name, default in self.label_defaults.items():
            if name in texts:
                value = texts.pop(name)
            elif default is not _MISSING:
                value = default
            else:
                raise TypeError(f"{type(self).__name__} needs {name!r}")
            object.__setattr__(self, name, value)
        if texts:
            raise TypeError(f"{type(self).__name__} has no label {', '.join(texts)}")

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def replaced(self, **texts: object) -> Self:
        """A copy of the set with ``texts`` in place of those fields."""
        return type(self)(
            **{**{name: getattr(self, name) for name in self.label_defaults}, **texts}
        )

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


def _declared(cls: type) -> dict[str, Any]:
    """The fields ``cls`` declares in its own body, each with its default (or none)."""
    return {
        name: cls.__dict__.get(name, _MISSING)
        for name, kind in inspect.get_annotations(cls).items()
        if not str(kind).startswith(("ClassVar", "typing.ClassVar"))
    }


LabelSet.label_defaults = _declared(LabelSet)


def translated(labels: Labels, context: str, **formats: object) -> Labels:
    """A label set with every text translated in ``context`` (or the context its field, or
    the set that declares it, names); ``formats`` replace its formatters."""
    own = labels.field_contexts
    texts = {
        name: QCoreApplication.translate(own.get(name, context), value)
        for name in labels.label_defaults
        if isinstance(value := getattr(labels, name), str)
    }
    return labels.replaced(**texts, **formats)
