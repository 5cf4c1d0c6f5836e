"""``python -m benchmarks``: every benchmark on the heavy record, the table, docs/benchmarks.md.

Whole-process rows run each command in a fresh process, alternating with its floor
(a bare script doing the least the same job needs) so both share the machine's
noise; their budgets are ratios to the floor's median. In-process rows run in one
fresh process (``benchmarks.in_process``) and have budgets in milliseconds. Every
figure is a median of several runs. Nothing here fails on a timing: the table says
which rows are within budget.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchmarks import heavy_record, in_process, medicine_chart, scale
from benchmarks.processes import run_once, run_rounds
from benchmarks.report import Row, markdown_section, terminal_table, write_markdown
from benchmarks.summary_rows import qt_floor_note, summary_rows

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
EXIT_AFTER_PAINT = "CAREGIVER_APP_EXIT_AFTER_PAINT"  # read by caregiver_app.views.app
SUMMARY_DAYS = 90

# (key, what is measured, budget in ms): the in-process rows, in the table's order.
IN_PROCESS_ROWS = (
    (in_process.DIARY, "Symptom diary tab opened and scrolled to the oldest entry", 50.0),
    (in_process.SAVE, "one diary entry saved (click to committed)", 5.0),
    (in_process.ICS, f"import of a {in_process.ICS_EVENTS:,}-event .ics file", 1000.0),
    (in_process.SEARCH, "education search, one query", 5.0),
    (in_process.MONTH, "month view of a busy month, series expanded", 20.0),
    (in_process.TODAY, "Today tab shown (with five years of a six-medicine schedule)", 30.0),
    (in_process.DOSE, "one dose logged on Today (click to committed)", 5.0),
    # Key derivation is slow on purpose (PBKDF2, 256,000 rounds), to slow down guessing.
    (in_process.UNLOCK, "encrypted record: password typed to record open", 1000.0),
    (in_process.ENCRYPTED_BACKUP, "encrypted record: checked backup made", 2000.0),
)


def child_env(platform: str) -> dict[str, str]:
    """The environment of every measured process: the same for app and floor.

    Bytecode is cached (outside the repository), as an installed app has it: without
    it every start would compile the app's modules again.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CAREGIVER_APP_DATA_DIR", None)
    env["PYTHONPYCACHEPREFIX"] = str(heavy_record.cache_folder() / "pycache")
    env["QT_QPA_PLATFORM"] = platform
    env[EXIT_AFTER_PAINT] = "1"
    return env


def _ms(value: float) -> str:
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def _ratio_row(
    what: str, app: list[float], floor: list[float], budget: float, unit: Callable[[float], str]
) -> Row:
    app_median, floor_median = statistics.median(app), statistics.median(floor)
    ratio = app_median / floor_median
    return Row(
        what,
        unit(app_median),
        unit(floor_median),
        f"{ratio:.2f}x",
        f"at most {budget:g}x",
        "pass" if ratio <= budget else "OVER",
    )


def _mib(kilobytes: float) -> str:
    return f"{kilobytes / 1024:.1f} MiB"


def startup_rows(data_dir: Path, env: dict[str, str], rounds: int) -> list[Row]:
    """Cold start until the window has painted, and the peak memory of that start.

    Each row's note gives the ratio to a second floor measured in the same rounds: the
    bare window with PySide6's ``Qt`` namespace in use (see ``floor_window.py``).
    """
    app = ["-m", "caregiver_app", "--data-dir", str(data_dir)]
    floor = [str(ROOT / "benchmarks" / "floor_window.py")]
    with_qt = [*floor, "--qt-namespace"]
    for command in (app, floor, with_qt):  # once untimed: bytecode cache, first-start settings
        run_once(command, env, ROOT)
    app_runs, floor_runs, qt_runs = run_rounds([app, floor, with_qt], env, ROOT, rounds)
    rows = []
    for what, value, budget, unit in (
        (
            "cold start of caregiver-app until the window has painted",
            lambda run: run.wall_ms,
            1.5,
            _ms,
        ),
        ("peak memory (RSS) of that start", lambda run: run.peak_rss_kb, 1.5, _mib),
    ):
        row = _ratio_row(
            what,
            [value(run) for run in app_runs],
            [value(run) for run in floor_runs],
            budget,
            unit,
        )
        app_median = statistics.median(value(run) for run in app_runs)
        qt_median = statistics.median(value(run) for run in qt_runs)
        note = (
            f"{app_median / qt_median:.2f}x the same window using the Qt namespace "
            f"({unit(qt_median)})"
        )
        rows.append(dataclasses.replace(row, note=note))
    return rows


def chart_row(data_dir: Path, env: dict[str, str], rounds: int, work: Path) -> Row:
    """``caregiver-app meds chart`` of a filled-in week, against a one-page ReportLab PDF; the
    note gives the chart alone, in a process that has the record open."""
    what = "caregiver-app meds chart of a filled-in week, whole process"
    medicine_chart.prepare(data_dir, env, ROOT)
    app, floor = medicine_chart.chart_commands(data_dir, work, ROOT)
    with_qt = [*floor, "--qt-translation"]
    for command in (app, floor, with_qt):
        run_once(command, env, ROOT)
    app_runs, floor_runs, qt_runs = run_rounds([app, floor, with_qt], env, ROOT, rounds)
    app_ms = [run.wall_ms for run in app_runs]
    whole = _ratio_row(what, app_ms, [run.wall_ms for run in floor_runs], 2.0, _ms)
    own = medicine_chart.measure_in_process(data_dir, work, env, ROOT, rounds)
    note = (
        f"the chart itself, record open and modules loaded: {_ms(statistics.median(own['chart']))}"
        f" median ({_ms(statistics.median(own['floor']))} for the floor's one page); "
        + qt_floor_note(app_ms, qt_runs)
    )
    return dataclasses.replace(whole, note=note)


def in_process_rows(data_dir: Path, env: dict[str, str], repeats: int) -> list[Row]:
    """The rows measured inside one process, from ``benchmarks.in_process``'s JSON."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.in_process", str(data_dir), str(repeats)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"benchmarks.in_process failed:\n{result.stdout}\n{result.stderr}")
    results = json.loads(result.stdout.strip().splitlines()[-1])
    rows = []
    for key, what, budget in IN_PROCESS_ROWS:
        found = results.get(key, {})
        if "ms" not in found:
            reason = found.get("not_measured", "not run")
            rows.append(Row(what, "-", "none", "-", f"under {budget:g} ms", "not measured", reason))
            continue
        median = statistics.median(found["ms"])
        note = ""
        if "whole_ms" in found:
            after = (
                "the Today page read and laid out again"
                if key == in_process.DOSE
                else "the table reloaded and any alert shown"
            )
            note = (
                f"the whole click, with {after}: {_ms(statistics.median(found['whole_ms']))} median"
            )
        rows.append(
            Row(
                what,
                _ms(median),
                "none",
                "-",
                f"under {budget:g} ms",
                "pass" if median < budget else "OVER",
                note,
            )
        )
    return rows


def scale_rows(env: dict[str, str], args: argparse.Namespace) -> list[Row]:
    """The scale rows; with ``--tiny``, small files and one round (a check of the harness)."""
    if args.tiny:
        return scale.scale_rows(env, ROOT, 1, cards=50, entries=200)
    return scale.scale_rows(env, ROOT, args.scale_rounds)


def record_line(path: Path) -> str:
    """What the heavy record holds, counted from the file."""
    from caregiver_app.store.engine import sqlite

    connection = sqlite.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        count = {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in (
                "diary_entry",
                "tracker_score",
                "breakthrough_dose",
                "appointment",
                "contact",
                "question",
            )
        }
        series = connection.execute("SELECT COUNT(*) FROM appointment WHERE rrule != ''")
        count["series"] = series.fetchone()[0]
    finally:
        connection.close()
    return (
        f"heavy record: {count['diary_entry']:,} diary entries ({count['tracker_score']:,} "
        f"tracker scores), {count['breakthrough_dose']:,} breakthrough doses, "
        f"{count['appointment']:,} appointments ({count['series']} repeating series), "
        f"{count['contact']} contacts, {count['question']} questions; "
        f"{path.stat().st_size / 1024 / 1024:.1f} MiB"
    )


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line of ``python -m benchmarks``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--rounds", type=int, default=7, help="runs of each process (7)")
    parser.add_argument("--repeats", type=int, default=7, help="in-process repeats (7)")
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        help="Qt platform for the windows (default: offscreen, or $QT_QPA_PLATFORM)",
    )
    parser.add_argument(
        "--scale-rounds", type=int, default=3, help="runs of each scale row (3; big files)"
    )
    parser.add_argument(
        "--scale-only",
        action="store_true",
        help="only the scale rows (big imports, a summary from 1900); leave docs/benchmarks.md",
    )
    parser.add_argument("--tiny", action="store_true", help="a tiny record: checks the harness")
    parser.add_argument(
        "--no-write", action="store_true", help="print the table; leave docs/benchmarks.md"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run everything, print the table, write docs/benchmarks.md."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    scale = heavy_record.TINY if args.tiny else heavy_record.FULL
    began = time.perf_counter()
    if args.scale_only:
        print(f"Scale rows, {args.scale_rounds} rounds against their floors...", flush=True)
        rows = scale_rows(child_env(args.platform), args)
        print()
        print(terminal_table(rows))
        print(f"\n{len(rows)} rows in {time.perf_counter() - began:.0f} s.")
        return 0
    print("Generating (or reusing) the heavy record...", flush=True)
    source = heavy_record.cached_record(scale)
    print(f"  {record_line(source)} ({time.perf_counter() - began:.1f} s)", flush=True)
    env = child_env(args.platform)
    work = Path(heavy_record.fresh_data_dir(scale))
    edited = Path(heavy_record.fresh_data_dir(scale))  # the in-process rows add entries
    try:
        print(f"Cold start, {args.rounds} rounds against the bare window...", flush=True)
        rows = startup_rows(work, env, args.rounds)
        print(f"Visit summary, {args.rounds} rounds against the one-page PDF...", flush=True)
        rows += summary_rows(work, env, args.rounds, work)
        print(f"Medicine chart, {args.rounds} rounds against the one-page PDF...", flush=True)
        rows.append(chart_row(work, env, args.rounds, work))
        print(f"In-process rows, {args.repeats} repeats or more...", flush=True)
        rows += in_process_rows(edited, env, args.repeats)
        print(f"Scale rows, {args.scale_rounds} rounds against their floors...", flush=True)
        rows += scale_rows(env, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(edited, ignore_errors=True)
    elapsed = time.perf_counter() - began
    print()
    print(terminal_table(rows))
    print(f"\n{len(rows)} rows in {elapsed:.0f} s.")
    if not args.no_write and not args.tiny:
        settings = (
            f"{args.rounds} process rounds, {args.repeats}+ in-process repeats, "
            f"QT_QPA_PLATFORM={args.platform}; {record_line(source)}"
        )
        write_markdown(DOC, markdown_section(rows, settings, datetime.now()))
        print(f"Wrote {DOC.relative_to(ROOT)}.")
    return 0
