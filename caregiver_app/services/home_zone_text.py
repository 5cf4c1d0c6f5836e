"""The sentences about the family's home time zone: the line shown where times are read
when this computer is set to another zone, and a zone's place name ("New York")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.calendar import time_zones
from caregiver_app.store.home_clock import other_home_zone


def zone_place(name: str) -> str:
    """The place an IANA zone is named for: "America/New_York" -> "New York"."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def home_zone_line() -> str:
    """One sentence when the record's times are in a home time zone that is not this
    computer's (a sibling's laptop in another state, a trip with the laptop); else ""."""
    home = other_home_zone()
    if not home:
        return ""
    return QCoreApplication.translate(
        "HomeZone",
        "Times are {home} time, the family's home time zone. This computer is set to {here} time.",
    ).format(home=zone_place(home), here=zone_place(time_zones.local_zone_name()))


def home_zone_status() -> str:
    """The status bar's few words for the same case ("Times are New York time"), else ""."""
    home = other_home_zone()
    if not home:
        return ""
    return QCoreApplication.translate("HomeZone", "Times are {home} time").format(
        home=zone_place(home)
    )
