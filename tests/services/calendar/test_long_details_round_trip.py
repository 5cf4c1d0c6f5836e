"""An appointment with long notes, things to bring and decisions comes back whole from
the app's own .ics export. (The export writes them in one DESCRIPTION; over 256 KiB,
the import skipped the event as "a line of the event is far too long".)"""

from __future__ import annotations

from datetime import datetime

from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli

# Three pages of a letter, in two scripts and with accents: 88,889 characters each
# (without a trailing space, which the store does not keep).
LONG = "".join(f"Sentence {n} of a long note, with é and 中文. " for n in range(2000)).strip()


def _details(data_dir) -> list[tuple[str, str, str, str]]:
    database = open_store(data_dir)
    try:
        return [(r.title, r.notes, r.bring, r.decisions) for r in list_appointments()]
    finally:
        database.close()


def test_long_details_come_back_whole_from_the_apps_own_export(data_dir, tmp_path):
    database = open_store(data_dir)
    try:
        save_appointment(
            AppointmentRecord(
                title="Oncology review",
                starts_at=datetime(2027, 1, 5, 10, 0),
                ends_at=datetime(2027, 1, 5, 11, 0),
                notes=LONG,
                bring=LONG,
                decisions=LONG,
            )
        )
    finally:
        database.close()
    exported = tmp_path / "care.ics"
    assert run_cli("--data-dir", str(data_dir), "calendar", "export", str(exported)).returncode == 0
    elsewhere = tmp_path / "other-computer"

    result = run_cli("--data-dir", str(elsewhere), "calendar", "import", str(exported))

    assert result.returncode == 0, result.stderr
    assert _details(elsewhere) == [("Oncology review", LONG, LONG, LONG)]
