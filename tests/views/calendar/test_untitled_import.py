"""An event imported without a title (no SUMMARY) stays without one: the record holds an
empty title, an export carries no SUMMARY, and the calendar, Today, its reminder and the
visit summary show a marked "(no title)" that is never written back. Editing it asks for
a title."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta

import pypdfium2
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItemIterator

from caregiver_app.store.calendar.appointments import list_appointments
from caregiver_app.store.opening import open_store

LEFT = Qt.MouseButton.LeftButton
DAY = date.today() + timedelta(days=3)
NO_SUMMARY = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clinic booking//EN
BEGIN:VEVENT
UID:no-title-1@clinic.example
DTSTAMP:20261201T090000Z
DTSTART:{DAY:%Y%m%d}T100000
DTEND:{DAY:%Y%m%d}T110000
LOCATION:Riverside Clinic
END:VEVENT
END:VCALENDAR
"""


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _items(tree) -> list:
    found = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None:
        found.append(iterator.value())
        iterator += 1
    return found


def _pdf_text(path) -> str:
    document = pypdfium2.PdfDocument(path)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def test_an_event_without_a_title_is_kept_without_one(data_dir, make_window, qtbot, tmp_path):
    source = tmp_path / "booking.ics"
    source.write_text(NO_SUMMARY.replace("\n", "\r\n"), encoding="utf-8")
    imported = _cli("calendar", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    assert "Untitled" not in imported.stdout + imported.stderr

    out = tmp_path / "out.ics"
    exported = _cli("calendar", "export", str(out))
    assert exported.returncode == 0, exported.stderr
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert "SUMMARY" not in event  # as it came in
    assert str(event["LOCATION"]) == "Riverside Clinic"

    summary = tmp_path / "summary.pdf"
    week = [date.today() - timedelta(days=7), date.today()]
    printed = _cli("summary", "--from", f"{week[0]}", "--to", f"{week[1]}", "-o", str(summary))
    assert printed.returncode == 0, printed.stderr
    text = _pdf_text(summary)
    assert "(no title) Other Riverside Clinic" in text
    assert "Untitled" not in text

    database = open_store(data_dir)
    try:
        [record] = list_appointments()
        assert record.title == ""  # nothing made up in the record
        assert record.location == "Riverside Clinic"
        window = make_window()
        window.show()
        window.tabs.setCurrentWidget(window.today_tab)
        next_line = window.today_tab.findChild(QLabel, "nextAppointment")
        qtbot.waitUntil(lambda: next_line.isVisible())
        assert next_line.text().startswith("Next appointment: (no title), ")
        # The reminder a day before, as the minute's check shows it.
        window.reminders.clock = lambda: datetime.combine(DAY - timedelta(days=1), time(10, 1))
        window.reminders.check()
        assert "Reminder: (no title), Tomorrow" in window.reminders.banner.text()
        window.tabs.setCurrentWidget(window.calendar_tab)
        tab = window.calendar_tab
        tab.go_to(DAY)
        [occurrence] = tab.agenda.occurrences.values()
        assert occurrence.record.title == ""
        rows = [item.text(0) for item in _items(tab.agenda)]
        assert any(row.split("\n")[0].endswith("(no title)") for row in rows), rows
        assert tab.details.toPlainText().startswith("(no title)")

        # Editing it: the form starts empty and asks for a title, as for any appointment.
        qtbot.mouseClick(tab.edit_button, LEFT)
        dialog = tab.appointment_dialog
        qtbot.waitExposed(dialog)
        ui = dialog.ui
        assert ui.titleEdit.text() == ""
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.isVisible() and ui.titleError.isVisible()
        assert [r.title for r in list_appointments()] == [""]
        ui.titleEdit.setFocus()
        qtbot.keyClicks(ui.titleEdit, "Pleural drain check")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert [r.title for r in list_appointments()] == ["Pleural drain check"]
        assert datetime.combine(DAY, time(10)) == list_appointments()[0].starts_at
    finally:
        database.close()
