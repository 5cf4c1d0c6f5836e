"""The ESAS-r scale: its nine items, their anchors, and the severity bands.

Item names and anchors are the scale's own and must not be reworded (its licence
allows free use, not changes). Translations use the validated wording where it
exists (context "Esas").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    # PySide6's stubs say it returns object; it returns ``text`` itself, marked for lupdate.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
        """The source text, unchanged."""
        ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


class EsasItem(NamedTuple):
    """One ESAS-r item: its stored field, its name, and what 0 and 10 mean."""

    field: str
    name: str
    explanation: str
    best: str
    worst: str


_NONE = QT_TRANSLATE_NOOP("Esas", "No {symptom}")
_WORST = QT_TRANSLATE_NOOP("Esas", "Worst possible {symptom}")

ESAS_ITEMS = (
    EsasItem("pain", QT_TRANSLATE_NOOP("Esas", "Pain"), "", _NONE, _WORST),
    EsasItem(
        "tiredness",
        QT_TRANSLATE_NOOP("Esas", "Tiredness"),
        QT_TRANSLATE_NOOP("Esas", "lack of energy"),
        _NONE,
        _WORST,
    ),
    EsasItem(
        "drowsiness",
        QT_TRANSLATE_NOOP("Esas", "Drowsiness"),
        QT_TRANSLATE_NOOP("Esas", "feeling sleepy"),
        _NONE,
        _WORST,
    ),
    EsasItem("nausea", QT_TRANSLATE_NOOP("Esas", "Nausea"), "", _NONE, _WORST),
    EsasItem("lack_of_appetite", QT_TRANSLATE_NOOP("Esas", "Lack of appetite"), "", _NONE, _WORST),
    EsasItem(
        "shortness_of_breath",
        QT_TRANSLATE_NOOP("Esas", "Shortness of breath"),
        "",
        _NONE,
        _WORST,
    ),
    EsasItem(
        "depression",
        QT_TRANSLATE_NOOP("Esas", "Depression"),
        QT_TRANSLATE_NOOP("Esas", "feeling sad"),
        _NONE,
        _WORST,
    ),
    EsasItem(
        "anxiety",
        QT_TRANSLATE_NOOP("Esas", "Anxiety"),
        QT_TRANSLATE_NOOP("Esas", "feeling nervous"),
        _NONE,
        _WORST,
    ),
    EsasItem(
        "wellbeing",
        QT_TRANSLATE_NOOP("Esas", "Wellbeing"),
        QT_TRANSLATE_NOOP("Esas", "how you feel overall"),
        QT_TRANSLATE_NOOP("Esas", "Best wellbeing"),
        QT_TRANSLATE_NOOP("Esas", "Worst possible wellbeing"),
    ),
)

SCORE_FIELDS = tuple(item.field for item in ESAS_ITEMS)
ITEMS_BY_FIELD = {item.field: item for item in ESAS_ITEMS}

COMPLETED_BY = ("patient", "family_caregiver", "health_professional")

# Severity bands used in practice: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe
# (Selby D et al., J Pain Symptom Manage 2010).
BAND_NONE, BAND_MILD, BAND_MODERATE, BAND_SEVERE = "none", "mild", "moderate", "severe"
BANDS = (BAND_NONE, BAND_MILD, BAND_MODERATE, BAND_SEVERE)
BAND_LOWEST = {BAND_NONE: 0, BAND_MILD: 1, BAND_MODERATE: 4, BAND_SEVERE: 7}
# Their names, as the diary, the trend chart and the visit summary write them.
BAND_NAMES = {
    BAND_NONE: QT_TRANSLATE_NOOP("Esas", "none"),
    BAND_MILD: QT_TRANSLATE_NOOP("Esas", "mild"),
    BAND_MODERATE: QT_TRANSLATE_NOOP("Esas", "moderate"),
    BAND_SEVERE: QT_TRANSLATE_NOOP("Esas", "severe"),
}


def band(score: int | None) -> str | None:
    """The Selby 2010 band of a 0-10 score, or None when not rated."""
    if score is None:
        return None
    if score <= 0:
        return BAND_NONE
    if score <= 3:
        return BAND_MILD
    if score <= 6:
        return BAND_MODERATE
    return BAND_SEVERE


def band_name(band: str) -> str:
    """A band's name in the user's language ("moderate")."""
    return QCoreApplication.translate("Esas", BAND_NAMES[band])
