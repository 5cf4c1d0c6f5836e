"""Repeat rules: RFC 5545 RRULE values, expanded with dateutil.rrule on demand.

Occurrences are never stored one by one: a series is its first start and its rule.
Rules are kept with naive times (an UNTIL in the series' own wall clock), which is
what dateutil expects for a naive start; the iCalendar export writes UNTIL in UTC.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateutil.rrule import rrule

# The repeat choices the form offers: (FREQ, INTERVAL).
SIMPLE_RULES = {
    "daily": ("DAILY", 1),
    "weekly": ("WEEKLY", 1),
    "every_2_weeks": ("WEEKLY", 2),
    "every_3_weeks": ("WEEKLY", 3),
    "monthly": ("MONTHLY", 1),
}
# Appointments repeat by days at the finest; anything faster is not a visit, and a
# rule from a file that repeats every second would swamp the calendar.
ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_COUNT = 1000
MAX_OCCURRENCES = 5000  # per series and query: a hostile rule cannot stall the window
# A series with at most this many starts has them all worked out once and kept (see
# :func:`_all_starts`); a longer one (or one without end) is expanded on each query.
_KEPT_STARTS = 2000
_ORDER = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYWEEKNO", "BYYEARDAY")


class RuleError(ValueError):
    """A repeat rule that cannot be used."""


def parse_rule(text: str) -> dict[str, str]:
    """``FREQ=WEEKLY;INTERVAL=2`` as {"FREQ": "WEEKLY", "INTERVAL": "2"}."""
    parts: dict[str, str] = {}
    for piece in text.strip().removeprefix("RRULE:").split(";"):
        if not piece.strip():
            continue
        key, sep, value = piece.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise RuleError(f"not a rule part: {piece!r}")
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def format_rule(parts: dict[str, str]) -> str:
    """The rule text, FREQ first, in a stable order."""
    keys = sorted(parts, key=lambda key: (_ORDER.index(key) if key in _ORDER else 99, key))
    return ";".join(f"{key}={parts[key]}" for key in keys)


def _until_text(until: datetime | date) -> str:
    if isinstance(until, datetime):
        return until.strftime("%Y%m%dT%H%M%S")
    return until.strftime("%Y%m%d")


def simple_rule(choice: str, until: date | None = None, count: int | None = None) -> str:
    """A rule for one of the form's choices, ending on ``until`` (inclusive) or after ``count``."""
    if not choice:
        return ""
    frequency, interval = SIMPLE_RULES[choice]
    parts = {"FREQ": frequency}
    if interval != 1:
        parts["INTERVAL"] = str(interval)
    if count is not None:
        parts["COUNT"] = str(count)
    elif until is not None:
        parts["UNTIL"] = _until_text(
            datetime.combine(until, datetime.max.time()).replace(microsecond=0)
        )
    return format_rule(parts)


def simple_choice(rule: str) -> str | None:
    """The form's choice for ``rule`` ("" for none), or None for a rule the form cannot show."""
    if not rule:
        return ""
    try:
        parts = parse_rule(rule)
    except RuleError:
        return None
    extra = set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
    if extra:
        return None
    wanted = (parts.get("FREQ"), int(parts.get("INTERVAL", "1") or 1))
    for choice, value in SIMPLE_RULES.items():
        if value == wanted:
            return choice
    return None


def rule_end(rule: str) -> tuple[datetime | None, int | None]:
    """(UNTIL as a naive datetime, COUNT) of ``rule``; each may be None."""
    parts = parse_rule(rule)
    until = _parse_until(parts["UNTIL"]) if "UNTIL" in parts else None
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    return until, count


@lru_cache(maxsize=512)
def _rule_end(rule: str) -> tuple[datetime | None, int | None]:
    return rule_end(rule)


def _parse_until(text: str) -> datetime:
    text = text.rstrip("Z")
    if len(text) == 15 and text[8] == "T" and (text[:8] + text[9:]).isdigit():
        try:  # the usual form, without strptime (whose first use imports a module)
            return datetime(
                int(text[:4]), int(text[4:6]), int(text[6:8]),
                int(text[9:11]), int(text[11:13]), int(text[13:15]),
            )  # fmt: skip
        except ValueError as error:
            raise RuleError(f"bad UNTIL: {text!r}") from error
    try:
        if "T" in text:
            return datetime.strptime(text, "%Y%m%dT%H%M%S")
        return datetime.combine(datetime.strptime(text, "%Y%m%d").date(), datetime.min.time())
    except ValueError as error:
        raise RuleError(f"bad UNTIL: {text!r}") from error


def check_rule(rule: str) -> dict[str, str]:
    """Raise RuleError for a rule the calendar will not expand; return its parts."""
    parts = parse_rule(rule)
    if parts.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise RuleError(f"unsupported frequency: {parts.get('FREQ')!r}")
    try:
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
    except ValueError as error:
        raise RuleError("INTERVAL and COUNT must be whole numbers") from error
    if not 1 <= interval <= 1000:
        raise RuleError("INTERVAL out of range")
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise RuleError("COUNT out of range")
    if "UNTIL" in parts and "COUNT" in parts:
        raise RuleError("UNTIL and COUNT together")
    if "UNTIL" in parts:
        _parse_until(parts["UNTIL"])
    return parts


@lru_cache(maxsize=512)
def _build(rule: str, dtstart: datetime) -> rrule:
    """The dateutil rule for ``rule`` from ``dtstart``, parsed once per pair and kept.

    The rule object is only ever iterated (each iteration is independent), never changed.
    """
    from dateutil.rrule import rrulestr

    parts = check_rule(rule)
    # UNTIL is given as a naive datetime (like the start, as dateutil requires) rather
    # than in the text: dateutil would import its date parser to read it.
    until = _parse_until(parts.pop("UNTIL")) if "UNTIL" in parts else None
    try:
        built = rrulestr(format_rule(parts), dtstart=dtstart)
        return built.replace(until=until) if until is not None else built
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise RuleError(str(error)) from error


@lru_cache(maxsize=256)
def _all_starts(rule: str, dtstart: datetime) -> tuple[datetime, ...] | None:
    """Every start of a series that ends within ``_KEPT_STARTS`` starts; None for others.

    Worked out once per (rule, first start): both are the whole input, so the answer
    never goes stale when a series is edited (the edited one has a new rule or start).
    """
    parts = check_rule(rule)
    if "COUNT" not in parts and "UNTIL" not in parts:
        return None  # without end
    found: list[datetime] = []
    for when in iter(_build(rule, dtstart)):
        if len(found) >= _KEPT_STARTS:
            return None
        found.append(when)
    return tuple(found)


@lru_cache(maxsize=512)
def _simple_step(rule: str) -> timedelta | None:
    """The time between starts of a plain daily or weekly rule (no BY parts); else None."""
    parts = check_rule(rule)
    if set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}:
        return None
    days = {"DAILY": 1, "WEEKLY": 7}.get(parts["FREQ"])
    return timedelta(days=days * int(parts.get("INTERVAL", "1"))) if days else None


def iterate(rule: str, dtstart: datetime) -> Iterator[datetime]:
    """Every start of the series, in order (possibly without end)."""
    return iter(_build(rule, dtstart))


def occurrences(rule: str, dtstart: datetime, low: datetime, high: datetime) -> list[datetime]:
    """The starts of the series in [low, high), at most MAX_OCCURRENCES."""
    starts = _all_starts(rule, dtstart)
    if starts is not None:
        first = bisect_left(starts, low)
        last = bisect_left(starts, high, lo=first)
        return list(starts[first : min(last, first + MAX_OCCURRENCES)])
    found: list[datetime] = []
    for when in iterate(rule, dtstart):
        if when >= high or len(found) >= MAX_OCCURRENCES:
            break
        if when >= low:
            found.append(when)
    return found


def last_start_at_most(rule: str, dtstart: datetime) -> datetime | None:
    """A time no earlier than the series' last start; None when the series has no end.

    Its UNTIL, or for a COUNT rule its last start (worked out once and kept). Lets a
    query skip a series that ended before its window without expanding it.
    """
    until, count = _rule_end(rule)
    if until is not None:
        return max(until, dtstart)
    if count is None:
        return None
    step = _simple_step(rule)
    if step is not None:  # every day or week, nothing skipped: no need to expand
        return dtstart + step * (count - 1)
    starts = _all_starts(rule, dtstart)
    if starts is None:
        return None
    return starts[-1] if starts else dtstart


def first_occurrence(rule: str, dtstart: datetime) -> datetime | None:
    """The first start of the series (None when the rule gives no date at all)."""
    return next(iterate(rule, dtstart), None)


def is_occurrence(rule: str, dtstart: datetime, when: datetime) -> bool:
    """True when ``when`` is one of the series' starts."""
    return when in occurrences(rule, dtstart, when, when + timedelta(seconds=1))


def starts_on(rule: str, dtstart: datetime, days: Iterable[date]) -> dict[date, list[datetime]]:
    """The starts of the series on each of ``days`` (its own wall clock), in order; a day
    without one is left out."""
    wanted = set(days)
    found: dict[date, list[datetime]] = {}
    if not wanted:
        return found
    starts = _all_starts(rule, dtstart)
    if starts is not None:  # kept: found by halves
        for day in wanted:
            place = bisect_left(starts, datetime.combine(day, time()))
            while place < len(starts) and starts[place].date() == day:
                found.setdefault(day, []).append(starts[place])
                place += 1
        return found
    last = max(wanted)
    for when in iterate(rule, dtstart):
        if when.date() > last:
            break
        if when.date() in wanted:
            found.setdefault(when.date(), []).append(when)
    return found


def count_before(rule: str, dtstart: datetime, split: datetime) -> int:
    """How many starts come before ``split``."""
    total = 0
    for when in iterate(rule, dtstart):
        if when >= split or total > MAX_COUNT:
            break
        total += 1
    return total


def ending_before(rule: str, split: datetime) -> str:
    """``rule`` cut so that its last start is before ``split`` ("this and following" ends it)."""
    parts = parse_rule(rule)
    parts.pop("COUNT", None)
    parts["UNTIL"] = _until_text(split - timedelta(seconds=1))
    return format_rule(parts)


def continuing_from(rule: str, dtstart: datetime, split: datetime) -> str:
    """The rule of a new series starting at ``split`` that ends where ``rule`` ended."""
    parts = parse_rule(rule)
    if "COUNT" in parts:
        remaining = int(parts["COUNT"]) - count_before(rule, dtstart, split)
        parts["COUNT"] = str(max(1, remaining))
    return format_rule(parts)
