"""Schema step 11, frozen SQL like every step in ``migrations.py``: which pass of a repeated
hour a dose's time is in.

The record keeps wall times in the family's home time zone (store/home_clock.py). The night
the clocks go back, an hour comes twice (in New York 1:00 to 1:59 AM on the first Sunday of
November), and a wall time alone does not say which pass a dose was given in: a dose at the
second 1:15 read as earlier than one at the first 1:45. An as-needed dose's time
(``breakthrough_dose.given_fold``) and a scheduled dose's time given
(``administration.effective_fold``) keep it as Python's ``datetime.fold`` does: 0 the first
pass (and every time outside a repeated hour), 1 the second.

Every row kept before this step is 0, the first pass: that is what every reader took each
time to mean until now, so nothing any row says changes. The columns are shared with the
rest of their rows (the sync reads a table's columns from SQLite); an older app leaves the
family folder's changes that name them unread until it is updated.
"""

from __future__ import annotations

V11 = (
    "ALTER TABLE breakthrough_dose ADD COLUMN given_fold INTEGER NOT NULL DEFAULT 0"
    " CHECK (given_fold IN (0, 1))",
    "ALTER TABLE administration ADD COLUMN effective_fold INTEGER NOT NULL DEFAULT 0"
    " CHECK (effective_fold IN (0, 1))",
)
