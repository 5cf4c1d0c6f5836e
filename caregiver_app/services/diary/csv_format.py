"""What a diary CSV file is: its columns, its values for "completed by", its limits."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from caregiver_app.esas import SCORE_FIELDS
from caregiver_app.store.diary.entries import VITAL_LIMITS, EntryRecord

# The columns every export has, in this order; the file format's own names, never translated.
COLUMNS = (
    "recorded_at",
    "completed_by",
    *SCORE_FIELDS,
    "other_problem",
    "other_score",
    "note",
)
# After ``note`` when an exported entry is marked "for the team": "yes" for those marked,
# empty for the others. A file without the column imports with no entry marked.
FOR_TEAM = "for_team"
FOR_TEAM_TEXT = {"yes": True, "no": False, "true": True, "false": False, "1": True, "0": False}
VITAL_PREFIX = "vital:"
TRACKER_PREFIX = "tracker:"
# temperature_c, oxygen_saturation, oxygen_flow_lpm, weight_kg, pulse_bpm; a file without
# one of these columns (pulse came in schema version 5) imports with that vital not recorded.
VITALS = tuple(VITAL_LIMITS)
WHOLE_NUMBER_VITALS = frozenset({"oxygen_saturation", "pulse_bpm"})

# Store value -> the file's wording.
COMPLETED_BY_TEXT = {
    "patient": "patient",
    "family_caregiver": "family caregiver",
    "health_professional": "health professional",
}

# Far more than years of entries (a year of hourly entries with long notes is a few MB);
# a bigger file is not a diary, and reading it whole could exhaust memory.
MAX_FILE_BYTES = 50 * 1024 * 1024


class DiaryCsvError(ValueError):
    """A diary file that cannot be imported; the message is one line for the user."""


@dataclass
class ParsedDiary:
    """A checked diary file: its entries, and the names of its ``tracker:`` columns."""

    entries: list[EntryRecord] = field(default_factory=list)
    trackers: list[str] = field(default_factory=list)

    def read_entries(self) -> Iterator[EntryRecord]:
        """The entries, in the file's order (as a file on disk gives them, one at a time)."""
        return iter(self.entries)


@dataclass(frozen=True)
class DiaryRows:
    """A diary file's ``tracker:`` column names, and its entries read one at a time."""

    trackers: list[str]
    entries: Iterator[EntryRecord]
