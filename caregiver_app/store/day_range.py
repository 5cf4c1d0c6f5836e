"""The days a care record holds: from 1900-01-01 to 2200-12-31, the calendar's own range.

Diary entries and appointments outside it are refused, so a period asked for
beyond it can be clamped to it without leaving anything out.
"""

from __future__ import annotations

from datetime import date

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
