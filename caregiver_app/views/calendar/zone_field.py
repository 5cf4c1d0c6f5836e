"""The appointment form's time zone, shown as people read it ("New York", "UTC") and kept
as the zone's name ("America/New_York"), which the record and calendar files use.

The place words are the ones the Today page's "Times are New York time" line uses
(services/home_zone_text.zone_place). A zone's full name typed in is still understood.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QCompleter

from caregiver_app.services.home_zone_text import zone_place
from caregiver_app.store.calendar import time_zones

# The combo's property holding the zone it was shown with: [words shown, zone's name].
_SHOWN = "shownZone"


def zone_labels(names: list[str]) -> dict[str, str]:
    """Each zone's name by the words shown for it. Two zones of one place are told apart
    by the region they are filed under ("Eastern (US)", "Eastern (Canada)"); "Etc/UTC" and
    "UTC", one zone by two names, are shown once, as "UTC"."""
    by_place: dict[str, list[str]] = {}
    for name in names:
        by_place.setdefault(zone_place(name), []).append(name)
    labels = {}
    for place, named in by_place.items():
        regional = [name for name in named if "/" in name and not name.startswith("Etc/")]
        if len(regional) < 2:
            labels[place] = named[0]
            continue
        for name in regional:
            region = name.rsplit("/", 1)[0].replace("_", " ")
            labels[f"{place} ({region})"] = name
    return dict(sorted(labels.items(), key=lambda item: item[0].casefold()))


def fill_zones(combo: QComboBox) -> None:
    """Every zone this computer knows in ``combo``, by its place, found by any part typed."""
    labels = zone_labels(time_zones.zone_names())
    for shown, name in labels.items():
        combo.addItem(shown, name)
    completer = QCompleter(list(labels), combo)
    completer.setFilterMode(completer.filterMode().MatchContains)
    completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
    combo.setCompleter(completer)


def show_zone(combo: QComboBox, name: str) -> None:
    """Show the zone called ``name`` by its place; left as it is, it is kept by that name."""
    index = combo.findData(name)
    shown = combo.itemText(index) if index >= 0 else zone_place(name)
    combo.setProperty(_SHOWN, [shown, name])
    combo.setCurrentText(shown)


def typed_zone(combo: QComboBox) -> str:
    """The zone's name for what the field holds: the zone shown, left as it was; a place
    from the list; else the text as typed (a full zone name, or words the check refuses)."""
    text = combo.currentText().strip()
    shown = combo.property(_SHOWN)
    if text and shown and text == shown[0]:
        return str(shown[1])
    index = combo.findText(text)
    return str(combo.itemData(index)) if index >= 0 and text else text
