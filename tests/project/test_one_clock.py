"""Every "now" and "today" the app reads is the record's home clock (store/home_clock.py):
a new ``datetime.now()`` or ``date.today()`` would read this computer's zone again, and a
sibling's laptop in another zone would log a dose hours off."""

import re

from tests.helpers.paths import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "caregiver_app"
# This computer's clock, on purpose: the clock itself, the name of the copy kept before a
# schema step for a record with no home zone (the copy reads the zone from the file), and
# the diary CSV's quick path, taken only when the home zone is this computer's.
ALLOWED = {"store/home_clock.py", "store/migrations.py", "services/diary/csv_read.py"}
# ``fromtimestamp(t)`` without a zone reads a file's time on this computer's clock too.
CALLS = re.compile(
    r"\bdatetime\.now\(\)|\bdate\.today\b|\bdatetime\.now\b(?!\()|\.astimezone\(\)"
    r"|\bfromtimestamp\((?:[^(),]|\([^()]*\))*\)"
)


def _code(text: str) -> str:
    """The text without docstrings and comments (they may name the calls)."""
    text = re.sub(r'"""(?:.|\n)*?"""', "", text)
    return re.sub(r"#.*", "", text)


def test_now_and_today_come_from_the_home_clock():
    found = [
        f"{path.relative_to(PACKAGE)}: {match.group()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if str(path.relative_to(PACKAGE)) not in ALLOWED
        for match in CALLS.finditer(_code(path.read_text(encoding="utf-8")))
    ]
    assert found == []
