"""Two records sharing one folder through the real services, as two computers would.

Laura starts sharing from her window by typing and clicking; Tom joins from his; a dose
Laura gives shows on Tom's Today page, saying it came from Laura's laptop.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from caregiver_app.store.opening import open_store
from caregiver_app.views.app import build_window

PASSPHRASE = "blue kettle on the stove 42"


class Computer:
    """One data folder, its record opened and its window shown while in use."""

    def __init__(self, qtbot, folder) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.database = None
        self.window = None

    def __enter__(self):
        self.database = open_store(self.folder)
        self.window = build_window(self.folder, icon=False)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        return self.window

    def __exit__(self, *_exc) -> None:
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.database.close()


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _share(qtbot, window, choice: str, family, name: str) -> None:
    """File > Share with family..., Start sharing or Join, typed and clicked."""
    window.actions_by_name["shareWithFamily"].trigger()
    dialog = window.sharing.dialog
    qtbot.waitExposed(dialog)
    _click(qtbot, dialog.start_choice if choice == "start" else dialog.join_choice)
    form = dialog.form
    qtbot.keyClicks(form.folder_edit, str(family))
    qtbot.keyClicks(form.name_edit, name)
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    if choice == "start":
        qtbot.keyClicks(form.again_edit, PASSPHRASE)
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page, timeout=30_000)
    assert not dialog.error_label.isVisible()
    _click(qtbot, dialog.close_button)


def test_a_dose_given_on_lauras_laptop_shows_on_toms_today_page(qtbot, tmp_path):
    family = tmp_path / "Family folder"
    family.mkdir()
    laura = Computer(qtbot, tmp_path / "laura")
    tom = Computer(qtbot, tmp_path / "tom")
    with laura as window:
        solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
        save_rules(solution, AsNeededRules(min_interval_minutes=120, max_per_day=6))
        _share(qtbot, window, "start", family, "Laura's laptop")
        assert window.sharing.label.isVisible()
        assert window.actions_by_name["syncNow"].isVisible()
    with tom as window:
        _share(qtbot, window, "join", family, "Tom's laptop")
        label = window.sharing.label.text()
        assert label.startswith("In step with Laura's laptop as of "), label
    given = (datetime.now() - timedelta(hours=1)).replace(second=0, microsecond=0)
    with laura as window:
        qtbot.waitUntil(lambda: window.sharing.sharing, timeout=30_000)  # the sync at start
        save_dose(DoseRecord(solution, given, dose="5 mg", performer="Laura"))
        with qtbot.waitSignal(window.sharing.synced, timeout=30_000):
            window.actions_by_name["syncNow"].trigger()
    with tom as window:
        today = window.today_tab
        qtbot.waitUntil(lambda: window.sharing.sharing, timeout=30_000)  # the sync at start
        QApplication.processEvents()
        lines = [label.text() for label in today.findChildren(object, "asNeededLine")]
        assert len(lines) == 1, lines
        assert " by Laura (from Laura's laptop, synced as of " in lines[0], lines[0]
        window.tabs.show("diary_tab")
        table = window.diary_tab.doses.table
        window.diary_tab.doses.refresh()
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers[-1] == "Recorded on"
        assert table.item(0, table.columnCount() - 1).text() == "Laura's laptop"


def _try(qtbot, window, choice: str, family, name: str, passphrase: str):
    """Start or Join as typed; the dialog, still on its form."""
    window.actions_by_name["shareWithFamily"].trigger()
    dialog = window.sharing.dialog
    _click(qtbot, dialog.start_choice if choice == "start" else dialog.join_choice)
    form = dialog.form
    qtbot.keyClicks(form.folder_edit, str(family))
    qtbot.keyClicks(form.name_edit, name)
    qtbot.keyClicks(form.passphrase_edit, passphrase)
    if choice == "start":
        qtbot.keyClicks(form.again_edit, passphrase)
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: dialog.busy_label.isHidden(), timeout=30_000)  # answered
    return dialog


def test_refusals_of_the_real_services_are_said_at_their_box(qtbot, tmp_path):
    from caregiver_app.store.sync.devices import this_device

    family = tmp_path / "Family folder"
    family.mkdir()
    (family / "holiday photos.jpg").write_bytes(b"jpeg")
    with Computer(qtbot, tmp_path / "laura") as window:
        dialog = _try(qtbot, window, "start", family, "Laura's laptop", PASSPHRASE)
        assert dialog.form.folder_error.text().endswith(
            "is not empty. Start sharing into a new, empty folder, or choose Join if your "
            "family already shares through this one."
        )
        assert this_device() is None
        (family / "holiday photos.jpg").unlink()
        _click(qtbot, dialog.go_button)
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page, timeout=30_000)
        assert this_device() is not None
        _click(qtbot, dialog.status_page.stop_button)  # and stop again, after the question
        stop = next(b for b in dialog.stop_box.buttons() if b.text() == "Stop sharing")
        _click(qtbot, stop)
        assert this_device() is None
        assert dialog.pages.currentWidget() is dialog.choice_page
        assert not window.sharing.label.isVisible()
    with Computer(qtbot, tmp_path / "tom") as window:
        dialog = _try(qtbot, window, "join", family, "Tom's laptop", "not the passphrase")
        assert dialog.form.passphrase_error.text() == (
            "The family passphrase does not match the one this folder was started with. "
            "Check it with your family and try again; nothing was changed."
        )
        assert this_device() is None
        assert not window.sharing.label.isVisible()


def test_a_folder_gone_is_said_in_the_status_line(qtbot, tmp_path):
    family = tmp_path / "USB stick" / "Family folder"
    family.mkdir(parents=True)
    with Computer(qtbot, tmp_path / "laura") as window:
        _share(qtbot, window, "start", family, "Laura's laptop")
        family.rename(tmp_path / "USB stick" / "elsewhere")
        with qtbot.waitSignal(window.sharing.synced, timeout=30_000):
            window.actions_by_name["syncNow"].trigger()
        assert window.sharing.label.text() == (
            "The family folder is not there (a USB stick out?); your changes are kept here "
            "and shared when it is back."
        )
        assert window.actions_by_name["syncNow"].isVisible()
