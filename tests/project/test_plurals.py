"""Counts read right: "1 entry", "2 entries" in English, Spanish and Chinese, everywhere."""

import subprocess
import sys
from datetime import date, datetime

import pypdfium2
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from caregiver_app.cli.diary import export_file
from caregiver_app.cli.language import command_language
from caregiver_app.plurals import record_contents
from caregiver_app.services.calendar.ics_files import summary_line
from caregiver_app.store.calendar.imports import AppointmentImportCounts
from caregiver_app.store.diary.entries import EntryRecord, count_entries, save_entries
from caregiver_app.views.calendar.appointment_labels import reminder_label

# For 0, 1 and 2 of each: what the record holds, a reminder, the calendar import line.
EXPECTED = {
    "en": {
        "contents": (
            "0 diary entries, 1 contact, 2 appointments",
            "1 diary entry, 2 contacts, 0 appointments",
            "2 diary entries, 0 contacts, 1 appointment",
        ),
        "reminders": ("1 day before", "2 days before", "1 hour before", "2 weeks before"),
        "calendar": (
            "imported 0 appointments, updated 1, skipped 2 events",
            "imported 1 appointment, updated 2, skipped 0 events",
            "imported 2 appointments, updated 0, skipped 1 event",
        ),
    },
    "es": {
        "contents": (
            "0 entradas del diario, 1 contacto, 2 citas",
            "1 entrada del diario, 2 contactos, 0 citas",
            "2 entradas del diario, 0 contactos, 1 cita",
        ),
        "reminders": ("1 día antes", "2 días antes", "1 hora antes", "2 semanas antes"),
        "calendar": (
            "0 citas importadas, 1 actualizada, 2 eventos omitidos",
            "1 cita importada, 2 actualizadas, 0 eventos omitidos",
            "2 citas importadas, 0 actualizadas, 1 evento omitido",
        ),
    },
    "zh_CN": {
        "contents": (
            "0 条日记记录, 1 位联系人, 2 个预约",
            "1 条日记记录, 2 位联系人, 0 个预约",
            "2 条日记记录, 0 位联系人, 1 个预约",
        ),
        "reminders": ("提前 1 天", "提前 2 天", "提前 1 小时", "提前 2 周"),
        "calendar": (
            "已导入 0 个预约，更新 1 个，跳过 2 个事件",
            "已导入 1 个预约，更新 2 个，跳过 0 个事件",
            "已导入 2 个预约，更新 0 个，跳过 1 个事件",
        ),
    },
}
ROTATIONS = ((0, 1, 2), (1, 2, 0), (2, 0, 1))


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_zero_one_and_two_in_each_language(language):
    expected = EXPECTED[language]
    with command_language(language):
        contents = [
            ", ".join(record_contents(*counts).values())  # entries, contacts, appointments
            for counts in ROTATIONS
        ]
        reminders = tuple(reminder_label(minutes) for minutes in (1440, 2880, 60, 20160))
        calendar = [summary_line(AppointmentImportCounts(a, b), c) for a, b, c in ROTATIONS]
    assert tuple(contents) == expected["contents"]
    assert reminders == expected["reminders"]
    assert tuple(calendar) == expected["calendar"]


def test_without_the_english_file_the_source_text_shows(qapp):
    """What the English file is for: Qt alone prints the source text with the number in it."""
    assert QCoreApplication.translate("RecordContents", "%n contacts", None, 1) in (
        "1 contacts",  # no translator in force
        "1 contact",  # a window test before this one left the English file installed
    )
    with command_language("en"):
        assert record_contents(1, 1, 1)["contacts"] == "1 contact"


def test_the_command_line_counts_in_english(data_dir, tmp_path):
    source = tmp_path / "one.csv"
    source.write_text("recorded_at,pain\n2026-01-02T09:00,3\n", encoding="utf-8")

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "caregiver_app", "diary", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = run("import", str(source))
    assert (first.returncode, first.stdout, first.stderr) == (
        0,
        "imported 1 entry, 0 already there\n",
        "",
    )
    again = run("import", str(source))
    assert (again.returncode, again.stdout) == (0, "imported 0 entries, 1 already there\n")
    out = tmp_path / "out.csv"
    exported = run("export", str(out))
    assert (exported.returncode, exported.stdout) == (0, f"exported 1 entry to {out}\n")
    assert out.read_text(encoding="utf-8").count("\n") == 2  # the header and the one entry


def test_the_window_loads_the_english_plural_file(store, make_window, qtbot):
    """The window in English (the tests' C locale) has the English file: its counts read
    right, here the alert settings' days as they are typed and stepped."""
    from caregiver_app.views.diary.alert_settings_dialog import AlertSettingsDialog

    window = make_window()
    assert QCoreApplication.translate("RecordContents", "%n contacts", None, 1) == "1 contact"
    dialog = AlertSettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    days = dialog.ui.daysSpin
    days.setFocus()
    qtbot.keyClick(days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(days, "1")
    assert days.text() == "1 day"
    qtbot.keyClick(days, Qt.Key.Key_Up)
    assert days.text() == "2 days"
    rise = dialog.ui.riseSpin
    rise.setFocus()
    qtbot.keyClick(rise, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rise, "1")
    assert rise.text() == "1 point or more"
    qtbot.keyClick(rise, Qt.Key.Key_Return)  # Save is the default button
    from caregiver_app.services.diary.alerts import load_alert_settings

    saved = load_alert_settings()
    assert (saved.baseline_days, saved.rise_by) == (2, 1)


@pytest.mark.parametrize(
    ("language", "period"),
    [("en", "(2 days)"), ("es", "(2 días)"), ("zh_CN", "（2 天）")],
)
def test_the_visit_summary_prints_its_count_of_days(store, tmp_path, language, period):
    from caregiver_app.cli.summary import summary_file

    save_entries([EntryRecord(recorded_at=datetime(2026, 3, 2, 9), scores={"pain": 4})])
    assert count_entries() == 1
    out = tmp_path / "summary.pdf"
    with command_language(language):
        summary_file(out, date(2026, 3, 1), date(2026, 3, 2), ("symptoms",))
    document = pypdfium2.PdfDocument(out)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    assert period in " ".join(text.replace("\u00a0", " ").split()), text[:300]


def test_the_diary_export_line_counts_one(store, tmp_path):
    save_entries([EntryRecord(recorded_at=datetime(2026, 3, 2, 9), scores={"pain": 4})])
    with command_language():
        line = export_file(tmp_path / "one.csv")
    assert line == f"exported 1 entry to {tmp_path / 'one.csv'}"
