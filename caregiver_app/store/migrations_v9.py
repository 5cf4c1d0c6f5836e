"""Schema step 9, frozen SQL like every step in ``migrations.py``: a medicine's earlier schedules.

A change to a medicine's schedule takes effect from the moment it is saved, as on a paper
medicine chart: the days and hours before keep the schedule that was in force then. The
schedule in force now stays on the medicine's row (every reader of "the schedule" reads it
there, as before); each schedule it replaced is kept here with the moment it stopped
being in force. A schedule kept before this step has no row here: it is the medicine's
first, in force from its start, or from always when no start was entered (no date is
made up). The rows are shared with the family's other computers like the medicine's.
"""

from __future__ import annotations

from caregiver_app.store.migrations_v7 import SHARED_TABLES as SHARED_TABLES_V7
from caregiver_app.store.migrations_v7 import forget_trigger

# Every shared table, parents first: step 7's and the earlier schedules.
SHARED_TABLES = (*SHARED_TABLES_V7, "earlier_schedule")

V9 = (
    """CREATE TABLE earlier_schedule (
        id INTEGER NOT NULL PRIMARY KEY,
        medicine_id INTEGER NOT NULL REFERENCES medicine (id) ON DELETE CASCADE,
        in_force_until DATETIME NOT NULL,
        schedule_kind TEXT NOT NULL CHECK (schedule_kind IN ('times', 'interval')),
        dose_times TEXT NOT NULL DEFAULT '',
        every_hours INTEGER CHECK (every_hours BETWEEN 1 AND 24),
        first_time TIME,
        weekdays TEXT NOT NULL DEFAULT '',
        UNIQUE (medicine_id, in_force_until)
    )""",
    forget_trigger("earlier_schedule"),
)
