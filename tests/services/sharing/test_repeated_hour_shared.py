"""Which pass of the hour the clocks go back through a dose's time is in travels with the dose
to the family's other computers; a computer whose app does not know it yet leaves those
changes unread, keeps syncing the rest, and reads them once it is updated."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto
from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
)
from caregiver_app.store.sync import changes as sync_changes
from caregiver_app.store.sync.tables import shared_tables
from tests.helpers.time_zone import NEW_YORK, local_time_zone
from tests.services.sharing.records import Computer, laura_and_tom, opened

FIRST_1_45 = datetime(2026, 11, 1, 1, 45)
SECOND_1_15 = datetime(2026, 11, 1, 1, 15, fold=1)
FOLDS = {"breakthrough_dose": "given_fold", "administration": "effective_fold"}


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _night(computer: Computer) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    with opened(computer.data_dir):
        doses = [(d.given_at.strftime("%H:%M"), d.given_at.fold) for d in doses_between(None, None)]
        answers = [
            (a.effective_at.strftime("%H:%M"), a.effective_at.fold)
            for a in administrations_between(None, None)
            if a.effective_at is not None
        ]
    return doses, answers


def _log_the_night(computer: Computer) -> None:
    with opened(computer.data_dir):
        solution = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
        morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
        save_dose(DoseRecord(solution, SECOND_1_15, dose="5 mg"))
        save_dose(DoseRecord(solution, FIRST_1_45, dose="5 mg"))
        answer_dose(
            AdministrationRecord(
                morphine, datetime(2026, 11, 1, 1, 0), "given", effective_at=SECOND_1_15
            )
        )


def _an_older_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sync of an app from before schema step 11: the shared tables without the folds."""

    def older() -> dict:
        return {
            name: table._replace(columns=tuple(c for c in table.columns if c != FOLDS.get(name)))
            for name, table in shared_tables().items()
        }

    monkeypatch.setattr(sync_changes, "shared_tables", older)


def test_the_pass_reaches_the_other_computer(tmp_path: Path):
    with local_time_zone(NEW_YORK):
        laura, tom, _folder = laura_and_tom(tmp_path)
        _log_the_night(laura)
        laura.sync()
        tom.sync()
        # Before, Tom's laptop read the second 1:15 as the first, before the 1:45.
        assert _night(tom) == ([("01:45", 0), ("01:15", 1)], [("01:15", 1)])
        assert tom.dump() == laura.dump()


def test_an_older_app_leaves_them_unread_and_reads_them_once_updated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    with local_time_zone(NEW_YORK):
        laura, tom, _folder = laura_and_tom(tmp_path)
        _log_the_night(laura)
        laura.sync()
        laura.ask("Should the night dose move?")
        laura.sync()
        with monkeypatch.context() as patched:
            _an_older_app(patched)
            tom.sync()  # no error: what it cannot read waits
            assert _night(tom) == ([], [])
            assert "Should the night dose move?" in tom.questions()
        tom.sync()  # updated
        assert _night(tom) == ([("01:45", 0), ("01:15", 1)], [("01:15", 1)])
        assert tom.dump() == laura.dump()
