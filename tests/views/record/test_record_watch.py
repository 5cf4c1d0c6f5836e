"""The open window shows what another program wrote to the record: the command line's
imports, a second window's dose; its own saves are announced once; nothing is read while
the app is locked; an open form keeps what is typed."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from caregiver_app.services.record.open_record import open_database
from caregiver_app.services.record.password import change_password
from caregiver_app.store.database import database_proxy
from caregiver_app.store.diary.entries import EntryRecord, delete_entry, get_entry, save_entry
from caregiver_app.store.engine import password_of
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.views.phones.worker import Job
from tests.services.medication.test_today import NOW, _record

PASSWORD = "kettle on the stove"
SOON = datetime.now().replace(second=0, microsecond=0) + timedelta(days=2)


def in_another_connection(work) -> None:
    """Run ``work`` on a connection of its own, as a second window or program writes."""
    database = open_database()
    failures: list[Exception] = []

    def body() -> None:
        try:
            database.connect(reuse_if_open=True)
            try:
                work()
            finally:
                database.close()
        except Exception as error:  # noqa: BLE001 - handed back to the test's thread
            failures.append(error)

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    if failures:
        raise failures[0]


def run_cli(data_dir, *args) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caregiver_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def shown(make_window, qtbot, tab: str | None = None):
    window = make_window()
    if tab is not None:
        window.tabs.setCurrentWidget(getattr(window, tab))
    window.show()
    qtbot.waitExposed(window)
    return window


def counted(window) -> dict[str, int]:
    counts = {"record": 0, "diary": 0}

    def count(name: str) -> None:
        counts[name] += 1

    window.signals.record_changed.connect(lambda: count("record"))
    window.signals.diary_changed.connect(lambda: count("diary"))
    return counts


def entry(note: str, when: datetime | None = None) -> EntryRecord:
    return EntryRecord(
        recorded_at=when or datetime.now().replace(microsecond=0) - timedelta(hours=1),
        completed_by="patient",
        scores={"pain": 4},
        note=note,
    )


def test_a_diary_imported_by_the_command_line_shows_in_the_open_window(
    store, make_window, data_dir, qtbot, tmp_path
):
    window = shown(make_window, qtbot, "diary_tab")
    model = window.diary_tab.model
    assert model.rowCount() == 0
    source = tmp_path / "diary.csv"
    source.write_text(
        "recorded_at,completed_by,pain\r\n2026-11-30T08:00,patient,3\r\n", encoding="utf-8"
    )
    run_cli(data_dir, "diary", "import", str(source))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    assert model.index(0, 2).data() == "3 mild"


def test_an_appointment_imported_by_the_command_line_shows_in_the_calendar(
    store, make_window, data_dir, qtbot, tmp_path
):
    window = shown(make_window, qtbot, "calendar_tab")
    tab = window.calendar_tab
    tab.go_today()
    stamp = SOON.strftime("%Y%m%dT%H%M%S")
    source = tmp_path / "visit.ics"
    source.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:watch-1@example.org\r\nDTSTAMP:{stamp}\r\nDTSTART:{stamp}\r\n"
        "SUMMARY:Palliative care review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    run_cli(data_dir, "calendar", "import", str(source))

    def titles():
        return [o.record.title for o in tab.agenda.occurrences.values()]

    qtbot.waitUntil(lambda: "Palliative care review" in titles(), timeout=20_000)


def test_a_dose_given_in_a_second_window_shows_as_given_on_today(store, make_window, qtbot):
    _morphine, senna, _free, _solution = _record()
    window = make_window()
    page = window.today_tab
    page.clock = lambda: NOW
    window.tabs.setCurrentWidget(page)
    window.show()
    qtbot.waitExposed(window)
    page.refresh()

    def senna_row():
        return next(
            row
            for row in page.rows
            if row.slot.medicine.name == "Senna" and row.slot.scheduled_for.date() == NOW.date()
        )

    assert not senna_row().answered and senna_row().given_button is not None
    noon = datetime(2026, 12, 1, 12)
    in_another_connection(
        lambda: answer_dose(
            AdministrationRecord(senna, noon, "given", effective_at=noon, performer="Marco"), NOW
        )
    )
    qtbot.waitUntil(lambda: senna_row().answered, timeout=20_000)
    assert senna_row().given_button is None  # no "Given now" to press a second time
    assert "by Marco" in senna_row().label.text()


def test_the_windows_own_save_is_announced_once_anothers_once(store, make_window, qtbot):
    window = shown(make_window, qtbot, "diary_tab")
    tab = window.diary_tab
    counts = counted(window)
    watch = window.record_watch
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.entry_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.noteEdit, "Saved here")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert counts == {"record": 0, "diary": 1}
    for _tick in range(3):  # the timer's ticks, and coming back to the window
        assert not watch.check()
    window.activateWindow()
    assert counts == {"record": 0, "diary": 1}

    in_another_connection(lambda: save_entry(entry("Saved in the second window")))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=20_000)
    assert counts == {"record": 1, "diary": 2}
    assert not watch.check()
    assert counts == {"record": 1, "diary": 2}


def test_the_windows_own_worker_is_not_announced_again_anothers_change_is(
    store, make_window, qtbot
):
    window = shown(make_window, qtbot)
    counts = counted(window)
    watch = window.record_watch

    def run(work) -> None:
        watch.before_own_writes()
        job = Job(work, window, with_record=True)
        job.wrote.connect(watch.after_own_writes)
        with qtbot.waitSignal(job.wrote, timeout=20_000):
            job.start()
        job.wait()

    run(lambda: save_entry(entry("Written by the window's own sync")))
    assert not watch.check()
    assert counts["record"] == 0

    def with_another_program_meanwhile() -> None:
        save_entry(entry("Written by the window's own sync, again"))
        in_another_connection(lambda: save_entry(entry("Written by another program")))

    run(with_another_program_meanwhile)
    assert counts["record"] == 1
    assert window.diary_tab.model.rowCount() == 3


def test_the_family_folders_worker_is_not_announced_again(store, make_window, qtbot):
    from caregiver_app.views.sharing.sync_worker import SyncWorker

    window = shown(make_window, qtbot)
    counts = counted(window)
    watch = window.record_watch
    worker = SyncWorker(window)
    worker.wrote.connect(watch.after_own_writes)
    watch.before_own_writes()
    with qtbot.waitSignal(worker.wrote, timeout=20_000):
        assert worker.run(lambda: save_entry(entry("Brought by the family folder")))
    assert not watch.check()
    assert counts["record"] == 0
    in_another_connection(lambda: save_entry(entry("Written by another program")))
    qtbot.waitUntil(lambda: counts["record"] == 1, timeout=20_000)


def test_an_open_form_keeps_what_is_typed_when_its_entry_is_deleted_elsewhere(
    store, make_window, qtbot
):
    entry_id = save_entry(entry("Before"))
    window = shown(make_window, qtbot, "diary_tab")
    tab = window.diary_tab
    tab.select_entry(entry_id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.entry_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.ui.noteEdit, " and after")
    in_another_connection(lambda: delete_entry(entry_id))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=20_000)
    assert dialog.isVisible() and dialog.ui.noteEdit.toPlainText() == "Before and after"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Saved as it was typed, under its id again (as Edit > Undo of a deletion puts it back).
    assert get_entry(entry_id).note == "Before and after"
    assert tab.model.rowCount() == 1


@pytest.fixture
def locked_record(store, data_dir):
    """The record with a password (SQLCipher), open in the test."""
    change_password(store, data_dir, PASSWORD)
    assert password_of(database_proxy.obj) == PASSWORD
    return database_proxy.obj


def test_an_encrypted_record_is_watched_and_nothing_is_read_while_locked(
    locked_record, make_window, qtbot, monkeypatch
):
    from caregiver_app.views.record import record_watch

    window = shown(make_window, qtbot, "diary_tab")
    model = window.diary_tab.model
    reads: list[int | None] = []
    real = record_watch.others_version

    def counting():
        version = real()
        reads.append(version)
        return version

    monkeypatch.setattr(record_watch, "others_version", counting)
    in_another_connection(lambda: save_entry(entry("While unlocked")))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    assert reads

    assert window.lock_now() is None and window.idle_lock.locked
    reads.clear()
    in_another_connection(lambda: save_entry(entry("While locked")))
    watch = window.record_watch
    assert not watch.timer.isActive()
    for _tick in range(3):
        watch.timer.timeout.emit()
        watch.check()
    window.activateWindow()
    assert reads == [] and model.rowCount() == 1  # nothing read, nothing shown

    dialog = window.idle_lock.dialog
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not window.idle_lock.locked
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=20_000)


def test_another_programs_write_does_not_start_the_phones_sync(
    store, make_window, qtbot, monkeypatch
):
    # Two windows with phones set up would otherwise answer each other's syncs for ever:
    # each sync writes when it last ran.
    from caregiver_app.store.calendar.appointments import AppointmentRecord, save_appointment
    from tests.views.phones.fakes import FakeSync, set_up_phones

    set_up_phones()
    fake = FakeSync(monkeypatch)
    window = shown(make_window, qtbot, "calendar_tab")
    qtbot.waitUntil(lambda: fake.runs == 1 and window.phones.job is None, timeout=20_000)
    counts = counted(window)
    in_another_connection(
        lambda: save_appointment(AppointmentRecord(title="Blood tests", kind="lab", starts_at=SOON))
    )
    qtbot.waitUntil(lambda: counts["record"] == 1, timeout=20_000)
    assert not window.phones.soon.isActive() and window.phones.job is None
    assert fake.runs == 1
    window.signals.appointments_changed.emit()  # a change made here still goes to the phones
    assert window.phones.soon.isActive()
