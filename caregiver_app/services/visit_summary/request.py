"""What a visit summary is asked for: the period, the sections, the concerns, the appendices;
and its limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from caregiver_app.services.contacts.roles import PALLIATIVE_TEAM_ROLES

SECTIONS = (
    "concerns",
    "symptoms",
    "doses",
    "medicines",
    "notes",
    "appointments",
    "questions",
    "contacts",
)
# What the family can add after the digest: every diary note, and every breakthrough dose.
APPENDICES = ("notes", "doses")
MAX_CONCERNS = 3
UPCOMING = timedelta(days=28)  # "upcoming appointments in the next four weeks"
MAX_CHARTS = 3  # one row of charts on page 1
DEFAULT_VISIT_KIND = "palliative_care"
# Hui D et al., Cancer 2015 (minimal clinically important difference in ESAS): a
# change of 1 point is the smallest a patient notices; smaller changes are not
# singled out for a chart.
MEANINGFUL_CHANGE = 1.0
# Who a palliative care visit brings together (../shared/reference/domain.md, "The team
# and what each role does"); an oncology visit is with the oncologist.
VISIT_ROLES = {
    "palliative_care": (
        "palliative care physician",
        "nurse navigator",
        "nurse",
        "social worker or counselor",
        "chaplain",
        "registered dietitian",
        "care coordinator",
    ),
    "oncology": ("oncologist",),
}
# Whose taking part makes a visit one of that kind, whatever kind it was booked as.
VISIT_TEAMS = {"palliative_care": PALLIATIVE_TEAM_ROLES}
OTHER_PREFIX = "other:"


class InvalidPeriodError(ValueError):
    """A period that ends before it starts."""


@dataclass(frozen=True)
class SummaryRequest:
    """What the caregiver chose: the days (both included), the sections, the concerns."""

    start: date
    end: date
    sections: tuple[str, ...] = SECTIONS
    concerns: tuple[str, ...] = ()
    team_notes_only: bool = False
    visit_kind: str = DEFAULT_VISIT_KIND
    appendices: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidPeriodError(
                f"The period ends ({self.end}) before it starts ({self.start})."
            )
        unknown = [name for name in self.sections if name not in SECTIONS]
        if unknown:
            raise ValueError(f"Unknown sections: {', '.join(unknown)}")
        unknown = [name for name in self.appendices if name not in APPENDICES]
        if unknown:
            raise ValueError(f"Unknown appendices: {', '.join(unknown)}")

    @property
    def days(self) -> int:
        """How many days the period covers, both ends included."""
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end) as times: from the first day's midnight to the midnight after the last."""
        start = datetime.combine(self.start, time())
        return start, datetime.combine(self.end + timedelta(days=1), time())

    def previous(self) -> tuple[date, date]:
        """The days just before, as many as this period has: what "change" compares with."""
        return self.start - timedelta(days=self.days), self.start - timedelta(days=1)
