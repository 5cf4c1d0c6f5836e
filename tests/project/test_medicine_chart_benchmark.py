"""The medicine chart's benchmark still runs on a tiny heavy record; no timing is asserted."""

import os
import subprocess
import sys

from benchmarks import heavy_record, medicine_chart
from benchmarks.harness import ROOT
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite


def test_the_chart_benchmark_sets_up_its_week_and_both_sides_run(tmp_path):
    data_dir = tmp_path / "heavy"
    heavy_record.generate(data_dir, heavy_record.TINY)
    env = dict(os.environ)
    medicine_chart.prepare(data_dir, env, ROOT)
    medicine_chart.prepare(data_dir, env, ROOT)  # a second time changes nothing
    connection = sqlite.connect(database_path(data_dir))
    try:
        scheduled = connection.execute(
            "SELECT COUNT(*) FROM medicine WHERE schedule_kind != ''"
        ).fetchone()[0]
        answers = connection.execute("SELECT COUNT(*) FROM administration").fetchone()[0]
    finally:
        connection.close()
    assert scheduled == len(medicine_chart.SCHEDULE)
    # every dose of the week is answered (the tiny record's older medicines start later)
    assert answers % 7 == 0 and answers >= 7 * 8
    app, floor = medicine_chart.chart_commands(data_dir, tmp_path, ROOT)
    for command in (app, floor):
        subprocess.run(
            [sys.executable, *command], env=env, cwd=ROOT, check=True, capture_output=True
        )
    assert (tmp_path / "chart.pdf").stat().st_size > 0
    times = medicine_chart.measure_in_process(data_dir, tmp_path, env, ROOT, 1)
    assert len(times["chart"]) == len(times["floor"]) == 1
