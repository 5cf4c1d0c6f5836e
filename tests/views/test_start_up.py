"""Start-up loads only what the first tab paints; the rest follows once the window is shown.

What is measured is in benchmarks/ (``python -m benchmarks``); these tests check what is
loaded and when, never how long it takes.
"""

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel

from caregiver_app.services.contacts.display_labels import shown_number
from caregiver_app.store.calendar import recurrence
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.opening import open_store
from tests.helpers.snippet import run_snippet

# Needed by a file, a PDF, a form or a series, never to show the window.
NOT_AT_START = (
    "reportlab",
    "icalendar",
    "vobject",
    "phonenumbers",
    "dateutil",
    "caregiver_app.services.visit_summary.text",
    "caregiver_app.services.calendar.reminders",
    "caregiver_app.views.care_team.contact_files",
    "caregiver_app.views.record.backup_dialogs",
    "caregiver_app.views.help_boxes",
)
# Made once the window is on screen: nothing of them shows in the first paint.
AFTER_THE_PAINT = (
    "caregiver_app.views.calendar.reminder_notifier",
    "caregiver_app.views.medication.dose_reminders",
    "caregiver_app.views.medication.medicine_files",
    "caregiver_app.views.phones.phones_sync",
    "caregiver_app.views.sharing.sync_driver",
    "caregiver_app.views.record.auto_backup",
    "caregiver_app.views.record.idle_lock",
    "caregiver_app.views.record.lock_commands",
)

IMPORT_THE_WINDOW = r"""
import sys
import caregiver_app.cli.main, caregiver_app.views.app, caregiver_app.views.main_window
print("\n".join(sorted(sys.modules)))
"""

# The real start (``caregiver-app --data-dir DIR``) until the window has painted, as the
# start-up benchmark runs it; what was loaded by then is printed as the process ends.
START_AND_PAINT = r"""
import atexit, sys
atexit.register(lambda: print("\n".join(sorted(sys.modules))))
from caregiver_app.cli.main import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _loaded(script: str, tmp_path: Path, *args: str) -> set[str]:
    result = run_snippet(
        script,
        *args,
        timeout=180,
        QT_QPA_PLATFORM="offscreen",
        CAREGIVER_APP_EXIT_AFTER_PAINT="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def _too_early(modules: set[str]) -> list[str]:
    return sorted(
        name
        for name in modules
        if any(name == early or name.startswith(f"{early}.") for early in NOT_AT_START)
    )


def test_importing_the_window_loads_no_pdf_calendar_file_or_phone_library(tmp_path):
    assert _too_early(_loaded(IMPORT_THE_WINDOW, tmp_path)) == []


def test_the_started_app_has_painted_before_any_of_them_is_loaded(data_dir, tmp_path):
    database = open_store(data_dir)
    try:  # a number to write out (on Today too, in its symptom alert), and a series
        # running today (its reminders)
        save_contact(
            ContactRecord(name="Grace", phones=[("main", "+442079460958")], call_first=True)
        )
        save_entry(EntryRecord(recorded_at=datetime.now() - timedelta(hours=1), scores={"pain": 9}))
        today = datetime.combine(date.today(), time(23, 0))
        save_appointment(
            AppointmentRecord(
                title="Infusion",
                starts_at=today - timedelta(days=7),
                ends_at=today - timedelta(days=7, hours=-1),
                rrule=recurrence.simple_rule("weekly", count=10),
            )
        )
    finally:
        database.close()
    loaded = _loaded(START_AND_PAINT, tmp_path, str(data_dir))
    assert "caregiver_app.views.today.today_page" in loaded  # the first tab is shown
    # The Today page names the next visit, and a series' next date comes from its repeat
    # rule: with a series in the record, dateutil is part of the first paint.
    assert [name for name in _too_early(loaded) if name.split(".")[0] != "dateutil"] == []
    assert sorted(loaded.intersection(AFTER_THE_PAINT)) == []


# Loaded by the start until 2026-12 though its first paint used none of them: each is
# needed by a choice, a later screen or a save (the escaping of typed text needs no
# table of named entities).
NOT_FOR_THE_FIRST_PAINT = (
    "html",
    "caregiver_app.views.look.high_contrast",
    "caregiver_app.views.calendar.appointment_labels",
    "caregiver_app.views.diary.diary_labels",
    "caregiver_app.views.widgets.page_focus",
    "caregiver_app.services.contacts.display_labels",
    "caregiver_app.store.name_length",
    "caregiver_app.store.medication.refills",
    "caregiver_app.store.calendar.visit_people",
)


def test_the_started_app_paints_without_what_only_later_screens_use(data_dir, tmp_path):
    open_store(data_dir).close()  # a record, as the family's is after its first start
    loaded = _loaded(START_AND_PAINT, tmp_path, str(data_dir))
    assert "caregiver_app.views.today.today_page" in loaded  # the first tab is shown
    assert sorted(loaded.intersection(NOT_FOR_THE_FIRST_PAINT)) == []


def test_phone_numbers_are_written_out_once_the_started_window_is_shown(store, data_dir, qtbot):
    from caregiver_app.views.app import build_window

    typed = "+442079460958"
    save_contact(ContactRecord(name="Grace", role="nurse navigator", phones=[("main", typed)]))
    save_contact(ContactRecord(name="Ana", phones=[("main", typed)], call_first=True))
    save_entry(EntryRecord(recorded_at=datetime.now() - timedelta(hours=1), scores={"pain": 9}))
    window = build_window(data_dir, lazy_pages=True)  # as caregiver-app starts
    qtbot.addWidget(window)
    call_first = window.today_tab.body.findChild(QLabel, "callFirst")
    assert f"Office hours: {typed}" in call_first.text()  # Today's first paint: as typed
    alert = window.today_tab.alert_banner
    assert "Pain is 9" in alert.text() and typed in alert.text()  # the alert's too
    tab = window.care_team_tab

    def number_shown() -> str:
        groups = [tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())]
        rows = [group.child(i) for group in groups for i in range(group.childCount())]
        (grace,) = [row for row in rows if row.text(0) == "Grace"]
        return grace.text(1).split("  (")[0]

    assert number_shown() == typed  # the first paint shows it as it was typed
    assert window.dose_reminders.started_at is None  # the reminders read after it
    assert shown_number(typed) != typed
    window.show()
    qtbot.waitUntil(lambda: number_shown() == shown_number(typed))
    assert f"Office hours: {shown_number(typed)}" in call_first.text()
    assert shown_number(typed) in alert.text() and typed not in alert.text()
    assert window.reminders.timer.isActive()  # the reminders' check started too
    assert window.dose_reminders.started_at is not None


def _banner_order(window) -> list[str]:
    column = window.banner_stack.column
    return [column.itemAt(index).widget().objectName() for index in range(column.count())]


def test_the_reminders_syncs_backups_and_lock_start_once_the_window_is_shown(
    store, data_dir, qtbot
):
    from caregiver_app.views.app import build_window

    window = build_window(data_dir, lazy_pages=True)  # as caregiver-app starts
    qtbot.addWidget(window)
    assert window.made_parts() is None
    assert not window.actions_by_name["syncNow"].isVisible()  # shown only while sharing
    window.show()
    qtbot.waitUntil(lambda: window.made_parts() is not None)
    assert window.reminders.timer.isActive()
    assert window.record_watch.timer.isActive()  # other programs' changes, from now on
    assert window.dose_reminders.started_at is not None
    assert window.auto_backup.timer.isActive()
    assert not window.actions_by_name["syncNow"].isVisible()  # this record does not share
    assert _banner_order(window) == [
        "reminderArea",
        "doseReminderArea",
        "phoneNotesArea",
        "conflictNoteArea",
    ]


def test_a_command_before_the_first_paint_finds_them_made(store, data_dir, qtbot):
    from caregiver_app.views.app import build_window

    window = build_window(data_dir, lazy_pages=True)
    qtbot.addWidget(window)
    window.actions_by_name["lockNow"].trigger()  # File > Lock now, Ctrl+L
    assert "can lock only when the care record has a password" in window.message.text()
    window.message.close()
    assert window.made_parts() is not None
    assert not window.reminders.timer.isActive()  # they start once the window is shown
    assert not window.record_watch.timer.isActive()
    window.show()
    qtbot.waitUntil(window.reminders.timer.isActive)
    assert window.dose_reminders.started_at is not None
