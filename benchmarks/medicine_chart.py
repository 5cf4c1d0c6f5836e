"""The week's medicine chart PDF, whole process, against the bare ReportLab floor.

``caregiver-app meds chart FILE --week DATE`` on the heavy record, the last full week filled
in from the log, against ``benchmarks/floor_pdf.py`` (import ReportLab, build a one-page
PDF with a title and a table). Issue 17's budget: at most twice the floor.

A heavy record without medicine schedules (one made before they existed) first gets six
scheduled medicines, 14 doses a day, and the measured week's answers, so the chart has
its full grid: six rows of medicines at their times, every box filled in.
"""

from __future__ import annotations

import subprocess
import sys
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

# The six regular medicines of a busy week: (name, times of day).
SCHEDULE = (
    ("Morphine extended-release tablets", ("08:00", "20:00")),
    ("Senna", ("22:00",)),
    ("Dexamethasone", ("08:00",)),
    ("Metoclopramide", ("07:00", "12:00", "17:00", "22:00")),
    ("Gabapentin", ("08:00", "14:00", "22:00")),
    ("Omeprazole", ("07:30",)),
)

SETUP = r"""
import sys
from pathlib import Path
from benchmarks.medicine_chart import add_schedules
sys.exit(add_schedules(Path(sys.argv[1])))
"""


def measured_week(today: date | None = None) -> date:
    """A day of the last full week (Monday to Sunday) before today."""
    today = today or date.today()
    return today - timedelta(days=today.weekday() + 7)


def add_schedules(data_dir: Path) -> int:
    """Give the record six scheduled medicines and answer the measured week (once)."""
    from caregiver_app.services.medication.due import dose_slots, scheduled_medicines
    from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
    from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
    from caregiver_app.store.medication.schedules import Schedule, save_schedule
    from caregiver_app.store.opening import open_store

    database = open_store(data_dir)
    try:
        if scheduled_medicines():
            return 0  # the record has its own schedules: measure those
        known = {medicine.name: medicine.id for medicine in list_medicines()}
        for name, times in SCHEDULE:
            medicine_id = known.get(name) or save_medicine(
                MedicineRecord(name, "10 mg", "by mouth")
            )
            save_schedule(medicine_id, Schedule("times", times))
        first = measured_week()
        now = datetime.combine(first + timedelta(days=7), time())
        for number, slot in enumerate(dose_slots(first, first + timedelta(days=6))):
            if slot.medicine.id is None:
                continue
            given = slot.scheduled_for + timedelta(minutes=number % 50)
            answer_dose(
                AdministrationRecord(
                    slot.medicine.id,
                    slot.scheduled_for,
                    "given",
                    effective_at=given,
                    performer="Laura" if number % 2 else "Marco",
                ),
                now=now,
            )
    finally:
        database.close()
    return 0


def prepare(data_dir: Path, env: dict[str, str], root: Path) -> None:
    """Add the schedules in a process of their own (the harness keeps no record open)."""
    subprocess.run([sys.executable, "-c", SETUP, str(data_dir)], env=env, cwd=root, check=True)


def chart_commands(data_dir: Path, work: Path, root: Path) -> tuple[list[str], list[str]]:
    """The app's command and the floor's, each writing its own PDF in ``work``."""
    app = ["-m", "caregiver_app", "--data-dir", str(data_dir), "meds", "chart"]
    app += [str(work / "chart.pdf"), "--week", measured_week().isoformat(), "--paper", "letter"]
    floor = [str(root / "benchmarks" / "floor_pdf.py"), str(work / "chart-floor.pdf")]
    return app, floor


IN_PROCESS = r"""
import json, sys
from pathlib import Path
from benchmarks.medicine_chart import in_process_times
print(json.dumps(in_process_times(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))))
"""


def in_process_times(data_dir: Path, work: Path, repeats: int) -> dict[str, list[float]]:
    """The chart made (record open, modules loaded) and the floor's PDF, alternately, in ms."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import floor_pdf  # the floor script's own function, not a copy of it
    from reportlab.lib.pagesizes import LETTER

    from caregiver_app.services.medication.chart import chart_bytes
    from caregiver_app.services.record.access import open_for_reading

    database = open_for_reading(data_dir, None)
    day = measured_week()
    times: dict[str, list[float]] = {"chart": [], "floor": []}
    try:
        for round_ in range(repeats + 1):  # the first round of each is not counted
            began = clock.perf_counter()
            (work / "chart.pdf").write_bytes(chart_bytes(day, True, LETTER))
            chart = (clock.perf_counter() - began) * 1000
            began = clock.perf_counter()
            floor_pdf.main(str(work / "chart-floor.pdf"))
            floor = (clock.perf_counter() - began) * 1000
            if round_:
                times["chart"].append(chart)
                times["floor"].append(floor)
    finally:
        database.close()
    return times


def measure_in_process(
    data_dir: Path, work: Path, env: dict[str, str], root: Path, repeats: int
) -> dict[str, list[float]]:
    """:func:`in_process_times` in a fresh process of its own."""
    import json

    result = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(data_dir), str(work), str(repeats)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])
