"""Translated words for the diary: who completed an entry, band names, ESAS-r item names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from caregiver_app.esas import (
    BAND_MILD,
    BAND_MODERATE,
    BAND_NONE,
    BAND_SEVERE,
    ITEMS_BY_FIELD,
    band_name,
)

_COMPLETED_BY = {
    "patient": QT_TRANSLATE_NOOP("DiaryLabels", "patient"),
    "family_caregiver": QT_TRANSLATE_NOOP("DiaryLabels", "family caregiver"),
    "health_professional": QT_TRANSLATE_NOOP("DiaryLabels", "health professional"),
    "": QT_TRANSLATE_NOOP("DiaryLabels", "not recorded"),  # a file that did not say
}
# Light fills, so dark text on them keeps at least 7:1 contrast; the band's name is
# always written too, so colour is never the only signal.
BAND_FILLS = {
    BAND_NONE: QColor("#eef5ee"),
    BAND_MILD: QColor("#f7f3dc"),
    BAND_MODERATE: QColor("#fbe5c8"),
    BAND_SEVERE: QColor("#f8d4d4"),
}


def completed_by_label(kind: str) -> str:
    """ "family_caregiver" reads "family caregiver"; "" (unknown) reads "not recorded"."""
    return QCoreApplication.translate("DiaryLabels", _COMPLETED_BY.get(kind, kind))


def band_label(band: str | None) -> str:
    """The band's name, or "" when not rated."""
    return band_name(band) if band else ""


def item_name(field: str) -> str:
    """An ESAS-r item's exact name in the user's language."""
    item = ITEMS_BY_FIELD.get(field)
    return QCoreApplication.translate("Esas", item.name) if item else field
