"""The family's trackers as a list to look after: rename one, stop following it, follow it again.

A tracker's scores are never touched here: a tracker no longer followed leaves the entry
form for new entries, and its past scores stay in the diary, the trends, the CSV export
and the visit summary. Every change is one write to the ``tracker`` row, so it travels to
the family's other computers like any other (store/sync/capture.py); two trackers that
come to hold one name there are merged by store/sync/merge.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn
from PySide6.QtCore import QCoreApplication

from caregiver_app.store.errors import InvalidValueError, RowTakenError
from caregiver_app.store.models import Tracker, TrackerScore
from caregiver_app.store.plain_rows import tuples_of
from caregiver_app.store.text_keys import folded
from caregiver_app.store.transactions import transaction


@dataclass(frozen=True)
class TrackerRow:
    """One tracker as the list shows it: its name, whether it is followed, how many scores."""

    id: int
    name: str
    active: bool
    scores: int


def tracker_rows() -> list[TrackerRow]:
    """Every tracker, followed or not, in the order the family added them."""
    counts: dict[int, int] = dict(
        tuples_of(
            TrackerScore.select(TrackerScore.tracker, fn.COUNT(TrackerScore.id)).group_by(
                TrackerScore.tracker
            )
        )
    )
    query = Tracker.select().order_by(Tracker.position, Tracker.id)
    return [TrackerRow(t.id, t.name, bool(t.active), counts.get(t.id, 0)) for t in query]


def _tracker(tracker_id: int, expected_name: str | None) -> Tracker:
    """The tracker ``tracker_id``, still called ``expected_name`` when one is given (an
    undo step changes nothing that another computer or program changed since)."""
    tracker = Tracker.get_or_none(Tracker.id == tracker_id)
    if tracker is None or (expected_name is not None and tracker.name != expected_name):
        raise RowTakenError(
            QCoreApplication.translate(
                "Diary", "This tracker was changed or removed on another computer."
            )
        )
    return tracker


def rename_tracker(tracker_id: int, name: str, expected_name: str | None = None) -> str:
    """Give the tracker ``tracker_id`` the name ``name`` (kept as typed, spaces at the ends
    aside); return the name it had. Refused, naming the other tracker, when another one is
    already called that in any letter case or way of writing its accents: two trackers are
    never merged unasked."""
    name = name.strip()
    if not name:
        raise InvalidValueError(
            "tracker", QCoreApplication.translate("Diary", "Give the symptom a name.")
        )
    with transaction():
        tracker = _tracker(tracker_id, expected_name)
        wanted = folded(name)
        other = next(
            (t for t in Tracker.select() if t.id != tracker_id and folded(t.name) == wanted), None
        )
        if other is not None:
            raise InvalidValueError(
                "tracker",
                QCoreApplication.translate(
                    "Diary",
                    "Another tracker is already called {name}. Choose a name no other tracker "
                    "has; its scores stay with the tracker they were given to.",
                ).format(name=other.name),
            )
        old = tracker.name
        if name != old:
            Tracker.update(name=name).where(Tracker.id == tracker_id).execute()
        return old


def set_tracker_followed(tracker_id: int, followed: bool, expected_name: str | None = None) -> None:
    """Follow the tracker in new entries again, or stop (its past scores stay)."""
    with transaction():
        tracker = _tracker(tracker_id, expected_name)
        if bool(tracker.active) != followed:
            Tracker.update(active=followed).where(Tracker.id == tracker_id).execute()
