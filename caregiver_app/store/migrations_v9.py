"""Schema step 9, frozen SQL like every step in ``migrations.py``: what was in force when.

A medicine's earlier schedules, the family's usual times and the ones they replaced, and
the moment a medicine's start or stop was saved on its own day.

A change to a medicine's schedule takes effect from the moment it is saved, as on a paper
medicine chart: the days and hours before keep the schedule that was in force then. The
schedule in force now stays on the medicine's row (every reader of "the schedule" reads it
there, as before); each schedule it replaced is kept here with the moment it stopped
being in force. A medicine that was as needed, or whose schedule was not set up yet, when
its first schedule was saved keeps that too ('as_needed', 'none': no dose due by the clock
until then), so the days before ask for no dose. A schedule kept before this step has no
row here: it is the medicine's first, in force from its start, or from always when no
start was entered (no date is made up). The rows are shared with the family's other
computers like the medicine's.

The family's usual meal and bed times ("with breakfast" is a clock time only through them)
move from this computer's settings into ``usual_time``, shared, so every computer reads a
"with breakfast" dose at the same time; a change keeps the time it replaced in
``earlier_usual_time`` with the moment it stopped, as a schedule change does. The settings
they came from are left as they were and read no more.

A start or stop date saved on its own day counts from that moment (``started_at``,
``stopped_at``), as a paper chart marks it: a medicine added at 15:00 was not due at 8:00,
and one stopped at noon was still due at 8:00. A date typed for another day, and every
date kept before this step, keeps its whole-day meaning (no moment is made up).
"""

from __future__ import annotations

from caregiver_app.store.migrations_v7 import SHARED_TABLES as SHARED_TABLES_V7
from caregiver_app.store.migrations_v7 import forget_trigger

# Every shared table, parents first: step 7's and the earlier schedules.
SHARED_TABLES = (*SHARED_TABLES_V7, "earlier_schedule", "usual_time", "earlier_usual_time")

_ANCHORS = "('breakfast', 'lunch', 'dinner', 'bedtime')"

V9 = (
    """CREATE TABLE earlier_schedule (
        id INTEGER NOT NULL PRIMARY KEY,
        medicine_id INTEGER NOT NULL REFERENCES medicine (id) ON DELETE CASCADE,
        in_force_until DATETIME NOT NULL,
        schedule_kind TEXT NOT NULL
            CHECK (schedule_kind IN ('times', 'interval', 'as_needed', 'none')),
        dose_times TEXT NOT NULL DEFAULT '',
        every_hours INTEGER CHECK (every_hours BETWEEN 1 AND 24),
        first_time TIME,
        weekdays TEXT NOT NULL DEFAULT '',
        UNIQUE (medicine_id, in_force_until)
    )""",
    forget_trigger("earlier_schedule"),
    f"""CREATE TABLE usual_time (
        id INTEGER NOT NULL PRIMARY KEY,
        anchor TEXT NOT NULL UNIQUE CHECK (anchor IN {_ANCHORS}),
        clock_time TEXT NOT NULL DEFAULT ''
    )""",
    # The times this computer had: kept as typed ("08:00"), one row an anchor that was set.
    """INSERT INTO usual_time (anchor, clock_time)
        SELECT substr(key, length('usual_time.') + 1), value FROM setting
        WHERE key IN ('usual_time.breakfast', 'usual_time.lunch', 'usual_time.dinner',
                      'usual_time.bedtime') AND value != ''""",
    forget_trigger("usual_time"),
    f"""CREATE TABLE earlier_usual_time (
        id INTEGER NOT NULL PRIMARY KEY,
        anchor TEXT NOT NULL CHECK (anchor IN {_ANCHORS}),
        clock_time TEXT NOT NULL,
        in_force_until DATETIME NOT NULL,
        UNIQUE (anchor, in_force_until)
    )""",
    forget_trigger("earlier_usual_time"),
    "ALTER TABLE medicine ADD COLUMN started_at DATETIME",
    "ALTER TABLE medicine ADD COLUMN stopped_at DATETIME",
)


# A record this computer already shares sends the usual times the upgrade moved into
# ``usual_time`` (they were made before that table had its triggers): each gets its UUID,
# this computer's, and goes to the outbox. Two computers that each had theirs keep the later
# one; the other is kept as the other version, for the family to choose.
SHARE_MOVED_ROWS = (
    """INSERT INTO sync_row (tbl, row_id, uuid, device_id) SELECT 'usual_time', id,
        lower(hex(randomblob(16))), (SELECT device_id FROM sync_state) FROM usual_time
        WHERE id NOT IN (SELECT row_id FROM sync_row WHERE tbl = 'usual_time'
                         AND row_id IS NOT NULL)""",
    """INSERT OR REPLACE INTO sync_outbox (tbl, row_uuid, changed_at) SELECT tbl, uuid,
        strftime('%Y-%m-%d %H:%M:%f', 'now') FROM sync_row WHERE tbl = 'usual_time'
        AND row_id IS NOT NULL""",
)
