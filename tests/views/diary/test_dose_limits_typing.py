"""The breakthrough dose form: who gave it, chosen with the keys, and the as-needed limits
said in plain sentences, naming whom to call, before the dose is saved."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caregiver_app.store.contacts import ContactRecord, save_contact
from caregiver_app.store.diary.doses import DoseRecord, doses_between, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.schedules import AsNeededRules, save_rules
from caregiver_app.store.queries import ProfileData, save_profile
from tests.helpers.dialogs import focusable_widgets_are_named
from tests.helpers.keys import retype, us_date, us_time

# Words that would suggest a dose, a time for one or an amount: the form never says them.
SUGGESTING = ("you can give", "you may give", "next dose at", "safe to give", "can be given at")


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def _morphine(interval: int | None = 240, most: int | None = 3) -> int:
    medicine_id = save_medicine(MedicineRecord(name="Morphine oral solution", as_needed=True))
    save_rules(medicine_id, AsNeededRules("Breakthrough pain", interval, most))
    return medicine_id


def _given(medicine_id: int, *hours_ago: float) -> None:
    for hours in hours_ago:
        save_dose(DoseRecord(medicine_id, _now() - timedelta(hours=hours), dose="5 mg"))


def _dose_dialog(make_window, qtbot):
    window = make_window()
    window.show()
    panel = window.diary_tab.doses
    _click(qtbot, panel.add_button)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return panel, dialog


def _limits(dialog) -> str:
    label = dialog.ui.limitsLabel
    return label.text() if label.isVisibleTo(dialog) else ""


def _call_first() -> None:
    save_contact(
        ContactRecord(
            name="Dr. Amara Okafor",
            role="palliative care doctor",
            phones=[("main", "555-0100")],
            call_first=True,
        )
    )


# ------------------------------------------------------------------ who gave it


def test_who_gave_it_offers_the_profile_caregivers_the_patient_and_a_nurse(
    store, make_window, qtbot
):
    save_profile(ProfileData(caregiver_name="Laura", other_caregivers="Lucia\nMarco"))
    _morphine()
    panel, dialog = _dose_dialog(make_window, qtbot)
    combo = dialog.ui.performerCombo
    shown = [combo.itemText(index) for index in range(combo.count())]
    assert shown == ["Not recorded", "Laura", "Lucia", "Marco", "The patient", "A nurse"]
    assert combo.currentText() == "Not recorded"  # nobody is chosen for the family
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Laura -> Lucia
    with qtbot.waitSignal(panel.signals.doses_changed):
        _click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error_label.text()
    (dose,) = doses_between(None, None)
    assert dose.performer == "Lucia"


def test_a_nurse_or_the_patient_is_kept_as_such(store, make_window, qtbot):
    save_profile(ProfileData(caregiver_name="Laura"))
    _morphine()
    panel, dialog = _dose_dialog(make_window, qtbot)
    combo = dialog.ui.performerCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last: a nurse
    _click(qtbot, dialog.save_button)
    (dose,) = doses_between(None, None)
    assert dose.performer == "nurse"
    table = panel.table
    assert table.item(0, table.columnCount() - 1).text() == "A nurse"  # the log says who


def test_a_name_no_longer_in_the_profile_stays_on_its_dose(store, make_window, qtbot):
    medicine_id = _morphine()
    _given(medicine_id, 5)
    (dose,) = doses_between(None, None)
    save_dose(dose._replace(performer="Aunt Rosa"))
    window = make_window()
    panel = window.diary_tab.doses
    window.show()
    table = panel.table
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _click(qtbot, panel.edit_button)
    dialog = panel.dialog
    assert dialog.ui.performerCombo.currentText() == "Aunt Rosa"
    _click(qtbot, dialog.save_button)
    assert doses_between(None, None)[0].performer == "Aunt Rosa"


# ------------------------------------------------------------------ the limits


def test_inside_the_interval_says_so_and_names_whom_to_call(store, make_window, qtbot):
    _call_first()
    medicine_id = _morphine(interval=240, most=None)
    _given(medicine_id, 7)
    _panel, dialog = _dose_dialog(make_window, qtbot)
    text = _limits(dialog)
    assert "of Morphine oral solution in the 24 hours before this one" in text
    assert "check with the team" not in text.lower()  # seven hours on: outside the 4 hours
    # The dose was given an hour after the last one: typed, as a person does.
    earlier = _now() - timedelta(hours=6)
    retype(qtbot, dialog.ui.givenAtEdit.date_field, us_date(earlier.date()))
    retype(qtbot, dialog.ui.givenAtEdit.time_field, us_time(earlier.time()))
    text = _limits(dialog)
    assert "sooner than the smallest time between doses" in text and "4 hours" in text
    assert "Check with the team before giving it" in text
    assert "Dr. Amara Okafor" in text and "555-0100" in text
    assert not any(words in text.lower() for words in SUGGESTING)
    assert dialog.ui.limitsLabel.font().bold()
    _click(qtbot, dialog.save_button)  # a dose given is logged: the log tells the truth
    assert len(doses_between(None, None)) == 2


def test_over_the_24_hour_count_says_so_and_names_whom_to_call(store, make_window, qtbot):
    _call_first()
    medicine_id = _morphine(interval=None, most=3)
    _given(medicine_id, 20, 15, 10)
    _panel, dialog = _dose_dialog(make_window, qtbot)
    text = _limits(dialog)
    assert "3 doses of Morphine oral solution in the 24 hours before this one" in text
    assert "at most 3 doses in 24 hours" in text
    assert "Dr. Amara Okafor" in text
    assert not any(words in text.lower() for words in SUGGESTING)


def test_without_a_call_first_contact_it_says_how_to_choose_one(store, make_window, qtbot):
    medicine_id = _morphine(interval=240, most=None)
    _given(medicine_id, 1)
    _panel, dialog = _dose_dialog(make_window, qtbot)
    assert "No one is marked to call first" in _limits(dialog)


def test_no_limits_entered_checks_nothing(store, make_window, qtbot):
    medicine_id = _morphine(interval=None, most=None)
    _given(medicine_id, 1, 0.5)
    _panel, dialog = _dose_dialog(make_window, qtbot)
    text = _limits(dialog)
    assert "No limits were entered" in text and "check with the team" not in text.lower()


def test_a_regular_medicine_shows_no_limits(store, make_window, qtbot):
    save_medicine(MedicineRecord(name="Senna"))
    _panel, dialog = _dose_dialog(make_window, qtbot)
    assert _limits(dialog) == ""


def test_a_given_time_in_the_future_is_refused(store, make_window, qtbot):
    _morphine()
    _panel, dialog = _dose_dialog(make_window, qtbot)
    later = datetime.now() + timedelta(hours=2)
    retype(qtbot, dialog.ui.givenAtEdit.date_field, f"{later.month}/{later.day}/{later.year}")
    retype(qtbot, dialog.ui.givenAtEdit.time_field, later.strftime("%H:%M"))
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "future" in dialog.error_label.text()
    assert doses_between(None, None) == []


def test_every_control_of_the_dose_form_is_named(store, make_window, qtbot):
    _morphine()
    _panel, dialog = _dose_dialog(make_window, qtbot)
    focusable_widgets_are_named(dialog.ui.performerCombo.parentWidget())
