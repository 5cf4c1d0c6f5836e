"""The visit summary's rows: the default 90-day summary (a two-page digest) against a bare
one-page ReportLab PDF, and the same summary with both appendices, reported beside it.

Both are whole processes (``caregiver-app summary``), alternating with the floor so they
share the machine's noise; the note says how many pages each made.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from benchmarks.processes import ProcessRun, run_once, run_rounds
from benchmarks.report import Row

ROOT = Path(__file__).resolve().parent.parent
SUMMARY_DAYS = 90
SUMMARY_BUDGET = 2.0  # issue 19: the default summary at most twice the bare ReportLab page
_PAGE = re.compile(rb"/Type /Page\b(?!s)")


def _has_summary_command(env: dict[str, str]) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "caregiver_app", "summary", "--help"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def _pages(path: Path) -> int:
    """How many pages a PDF written by ReportLab has (its page objects, counted)."""
    return len(_PAGE.findall(path.read_bytes())) if path.exists() else 0


def qt_floor_note(app_ms: list[float], qt_runs: list[ProcessRun]) -> str:
    """The ratio to the page made through Qt's translation (``floor_pdf.py --qt-translation``)."""
    qt_median = statistics.median(run.wall_ms for run in qt_runs)
    ratio = statistics.median(app_ms) / qt_median
    return f"{ratio:.2f}x the same page through Qt's translation ({qt_median:,.0f} ms)"


def _row(
    what: str, app: list[float], floor: list[float], budget: str, verdict: str, note: str
) -> Row:
    app_median, floor_median = statistics.median(app), statistics.median(floor)
    return Row(
        what,
        f"{app_median:,.0f} ms",
        f"{floor_median:,.0f} ms",
        f"{app_median / floor_median:.2f}x",
        budget,
        verdict,
        note,
    )


def summary_rows(data_dir: Path, env: dict[str, str], rounds: int, work: Path) -> list[Row]:
    """The default summary of the 90 days to yesterday, then with ``--appendix notes,doses``."""
    what = f"caregiver-app summary of {SUMMARY_DAYS} days (the digest), whole process"
    wider = "the same summary with both appendices (every note and dose), whole process"
    if not _has_summary_command(env):
        return [Row(what, "-", "-", "-", "at most 2x", "not measured", "feature not present")]
    last = date.today() - timedelta(days=1)
    first = last - timedelta(days=SUMMARY_DAYS - 1)
    app = ["-m", "caregiver_app", "--data-dir", str(data_dir), "summary"]
    app += ["--from", first.isoformat(), "--to", last.isoformat()]
    digest = [*app, "-o", str(work / "s.pdf")]
    appendices = [*app, "--appendix", "notes,doses", "-o", str(work / "a.pdf")]
    floor = [str(ROOT / "benchmarks" / "floor_pdf.py"), str(work / "f.pdf")]
    with_qt = [*floor, "--qt-translation"]
    for command in (digest, appendices, floor, with_qt):
        run_once(command, env, ROOT)
    rows = []
    for command, name, file, budget in (
        (digest, what, "s.pdf", SUMMARY_BUDGET),
        (appendices, wider, "a.pdf", None),
    ):
        app_runs, floor_runs, qt_runs = run_rounds([command, floor, with_qt], env, ROOT, rounds)
        app_ms = [run.wall_ms for run in app_runs]
        floor_ms = [run.wall_ms for run in floor_runs]
        ratio = statistics.median(app_ms) / statistics.median(floor_ms)
        pages = f"{_pages(work / file)} pages; " + qt_floor_note(app_ms, qt_runs)
        if budget is None:
            rows.append(_row(name, app_ms, floor_ms, "reported beside", "-", pages))
        else:
            verdict = "pass" if ratio <= budget else "OVER"
            rows.append(_row(name, app_ms, floor_ms, f"at most {budget:g}x", verdict, pages))
    return rows
