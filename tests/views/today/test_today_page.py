"""The Today page as a caregiver uses it: click or press G and S, read the limits, log a refill."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.entries import EntryRecord, save_entry
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import (
    AdministrationRecord,
    administrations_between,
    answer_dose,
)
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from caregiver_app.store.medication.supply import (
    SupplyRecord,
    record_supply,
    supply_since_last_count,
)
from caregiver_app.store.queries import load_profile, save_profile
from caregiver_app.views.look.view_options import app_language
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.today.today_page import TodayPage
from tests.helpers.dialogs import focusable_widgets_are_named
from tests.services.medication.test_today import NOW
from tests.views.today.conftest import DAY_START


def _answers():
    return [
        (answer.medicine_name, answer.scheduled_for.hour, answer.status, answer.performer)
        for answer in administrations_between(DAY_START, DAY_START + timedelta(days=1))
    ]


def _row(page, name, hour):
    return next(
        row
        for row in page.rows
        if row.slot.medicine.name == name
        and row.slot.scheduled_for.hour == hour
        and row.slot.scheduled_for.date() == NOW.date()
    )


def test_the_days_doses_in_order_with_overdue_marked_in_words(page):
    today = [row for row in page.rows if row.slot.scheduled_for.date() == NOW.date()]
    texts = [row.label.text() for row in today]
    assert [text.split("\n")[0].replace("\u202f", " ") for text in texts] == [
        "8:00 AM  Morphine ER 15 mg",
        "12:00 PM  Senna",
        "8:00 PM  Morphine ER 15 mg",
    ]
    assert texts[0].endswith("Overdue: not logged") and today[0].overdue
    assert texts[2].endswith("Coming up") and not today[2].overdue
    assert "Today, Tuesday, December 1, 2026" in page.heading.accessibleName()
    assert page.findChild(object, "noSchedule") is None
    earlier = [row for row in page.rows if row.slot.scheduled_for.date() < NOW.date()]
    assert earlier and all("Overdue: not logged" in row.label.text() for row in earlier)


def test_given_by_the_chosen_caregiver_then_greyed_and_undone(page, qtbot):
    combo = page.who_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Not said -> Laura
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # -> Marco
    assert combo.currentText() == "Marco"
    row = _row(page, "Senna", 12)
    qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
    assert _answers() == [("Senna", 12, "given_late", "Marco")]
    assert page.changes == ["doses"]
    row = _row(page, "Senna", 12)  # the page was read again
    assert row.answered and row.label.text().endswith("Given late, at 2:00\u202fPM, by Marco")
    assert row.given_button is None and row.more_button.text() == "Change..."
    assert page.stack.undoText() == "given: Senna"
    page.stack.undo()
    assert _answers() == []
    page.refresh()
    assert not _row(page, "Senna", 12).answered
    assert page.who_combo.currentText() == "Marco"  # the choice stays for the next dose


def test_a_caregiver_taken_off_the_profile_is_not_kept_as_the_one_giving_the_doses(page, qtbot):
    # Marco chosen at the top; then the profile is saved with his name spelled out. The
    # box showed "Not said", but G still wrote "Marco" on the dose.
    combo = page.who_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Not said -> Laura
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # -> Marco
    profile = load_profile()
    profile.other_caregivers = "Marco Delgado\n"
    save_profile(profile)
    page.signals.profile_saved.emit()
    assert page.who_combo.currentText() == "Not said"
    row = _row(page, "Senna", 12)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_G)
    assert _answers() == [("Senna", 12, "given_late", "")]  # as the box shows


def test_each_row_tells_a_screen_reader_only_the_keys_it_takes(page, qtbot):
    row = _row(page, "Senna", 12)
    assert row.accessibleDescription().startswith("G: given now. S: skipped.")
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_S)
    assert _row(page, "Senna", 12).accessibleDescription() == "Enter: change the answer."
    # A dose of a day before: no "given now" (its time is typed), so no G.
    earlier = next(row for row in page.rows if row.slot.scheduled_for.date() < NOW.date())
    assert earlier.given_button is None
    assert earlier.accessibleDescription().startswith("S: skipped. Enter:")


def test_undo_of_a_one_key_answer_gives_back_what_another_computer_had_logged(page, qtbot):
    senna = page.ids[1]
    row = _row(page, "Senna", 12)  # read before the other computer's answer came in
    noon = datetime(2026, 12, 1, 12)
    answer_dose(
        AdministrationRecord(
            senna, noon, "given", effective_at=noon, performer="Marco", note="with lunch"
        ),
        NOW,
    )
    qtbot.mouseClick(row.skipped_button, Qt.MouseButton.LeftButton)
    assert _answers() == [("Senna", 12, "skipped", "")]
    page.stack.undo()
    [answer] = administrations_between(DAY_START, DAY_START + timedelta(days=1))
    assert (answer.status, answer.effective_at, answer.performer, answer.note) == (
        "given",
        noon,
        "Marco",
        "with lunch",
    )


def test_one_key_each_on_a_row_and_the_focus_moves_on(page, qtbot):
    row = _row(page, "Morphine ER", 8)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_S)
    assert _answers() == [("Morphine ER", 8, "skipped", "")]
    focused = page.focusWidget()
    assert focused is _row(page, "Senna", 12)  # on to the next dose still open
    qtbot.keyClick(focused, Qt.Key.Key_G)
    assert _answers() == [("Morphine ER", 8, "skipped", ""), ("Senna", 12, "given_late", "")]
    # The keys work from a row's buttons too.
    evening = _row(page, "Morphine ER", 20)
    evening.skipped_button.setFocus()
    qtbot.keyClick(evening.skipped_button, Qt.Key.Key_G)
    # Given early (the 8 PM dose at 2 PM) is "given", not late.
    assert ("Morphine ER", 20, "given", "") in _answers()


def test_as_needed_limits_name_whom_to_call_and_never_suggest_a_dose(page):
    _morphine, _senna, _free, solution = page.ids
    for hours_ago in (20, 6, 1):
        save_dose(DoseRecord(solution, NOW - timedelta(hours=hours_ago), performer="Laura"))
    page.signals.doses_changed.emit()
    lines = [label.text() for label in page.findChildren(object, "asNeededLine")]
    assert lines == ["Last dose 1:00\u202fPM by Laura, 1 h ago. 3 doses in the last 24 hours."]
    limit = page.limit_banners[0].text()
    assert "sooner than the 2 h between doses entered from the prescription" in limit
    assert "at most 3 doses in 24 hours" in limit
    assert "Talk to Grace Lindqvist (555-0112) before any more of it." in limit
    for suggestion in ("you can give", "give another", "safe to"):
        assert suggestion not in limit.casefold()


def test_doses_over_the_24_hour_count_are_not_said_to_be_that_many(page):
    # Five doses given in the day (some logged afterwards) with at most 3 entered: the
    # page said "at most 3 ... and that many have been given" beside "5 doses".
    _morphine, _senna, _free, solution = page.ids
    for hours_ago in (20, 16, 12, 8, 4):
        save_dose(DoseRecord(solution, NOW - timedelta(hours=hours_ago), performer="Laura"))
    page.signals.doses_changed.emit()
    [line] = [label.text() for label in page.findChildren(object, "asNeededLine")]
    assert line.endswith("5 doses in the last 24 hours.")
    limit = page.limit_banners[0].text()
    assert "allows at most 3 doses in 24 hours, and more than that have been given." in limit
    assert "that many" not in limit
    assert "Talk to Grace Lindqvist (555-0112) before any more of it." in limit


def test_an_interval_that_ends_on_another_day_says_which_day(page):
    # At least 12 hours between doses, the last at 1 PM: it ends at 1 AM tomorrow. The
    # page said "that time ends at 1:00 AM", a time that had passed today.
    _morphine, _senna, _free, solution = page.ids
    save_rules(solution, AsNeededRules(min_interval_minutes=12 * 60))
    save_dose(DoseRecord(solution, NOW - timedelta(hours=1), performer="Laura"))
    page.signals.doses_changed.emit()
    limit = page.limit_banners[0].text().replace("\u202f", " ")
    assert "sooner than the 12 h between doses" in limit
    assert "(that time ends at 12/2/2026 1:00 AM)" in limit


def test_the_night_clocks_go_forward_the_interval_counts_the_time_that_passed(
    store, qtbot, new_york
):
    solution = save_medicine(MedicineRecord(name="Morphine solution", as_needed=True))
    save_rules(solution, AsNeededRules(min_interval_minutes=60))
    save_dose(DoseRecord(solution, datetime(2026, 3, 8, 1, 45), performer="Laura"))
    page = TodayPage(AppSignals(), QUndoStack())
    page.clock = lambda: datetime(2026, 3, 8, 3, 5)  # 1:59 AM was followed by 3:00 AM
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    (line,) = [label.text() for label in page.findChildren(object, "asNeededLine")]
    assert line.startswith("Last dose 1:45\u202fAM by Laura, 20 min ago.")
    limit = page.limit_banners[0].text()
    assert "sooner than the 1 h between doses" in limit and "ends at 3:45\u202fAM" in limit


def test_a_dose_given_40_minutes_after_it_was_due_that_night_is_on_time(store, qtbot, new_york):
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("01:30",)))
    page = TodayPage(AppSignals(), QUndoStack())
    page.clock = lambda: datetime(2026, 3, 8, 3, 10)  # 40 minutes after 1:30 AM that night
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    row = next(row for row in page.rows if row.slot.scheduled_for == datetime(2026, 3, 8, 1, 30))
    assert not row.overdue and row.label.text().endswith("Due now: not logged")
    qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
    [answer] = administrations_between(datetime(2026, 3, 8), datetime(2026, 3, 9))
    assert (answer.status, answer.effective_at) == ("given", datetime(2026, 3, 8, 3, 10))


def test_the_night_clocks_go_back_a_1_30_dose_is_due_once(store, qtbot, new_york):
    # At 2 AM on 2026-11-01 New York's clocks go back to 1 AM: 1:00 to 1:59 comes twice.
    morphine = save_medicine(MedicineRecord(name="Morphine ER", strength="15 mg"))
    save_schedule(morphine, Schedule("times", ("01:30",)))
    page = TodayPage(AppSignals(), QUndoStack())
    page.clock = lambda: datetime(2026, 11, 1, 1, 40)  # the first 1:40
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    [row] = _night_rows(page)
    assert row.label.text().endswith("Due now: not logged")
    page.clock = lambda: datetime(2026, 11, 1, 1, 10, fold=1)  # half an hour later
    page.refresh()
    [row] = _night_rows(page)
    # Before, it read "Coming up" again until the second 1:30.
    assert row.label.text().endswith("Due now: not logged") and not row.overdue
    qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
    [answer] = administrations_between(datetime(2026, 11, 1), datetime(2026, 11, 2))
    assert answer.status == "given"  # 40 minutes after it came due: on time
    page.clock = lambda: datetime(2026, 11, 1, 1, 50, fold=1)
    page.refresh()
    [row] = _night_rows(page)
    # Which 1:10 AM: the second, 40 minutes after the first 1:30 it was due at.
    assert row.answered and row.label.text().endswith(
        "Given at 1:10\u202fAM (after the clocks went back)"
    )


def _night_rows(page):
    return [row for row in page.rows if row.slot.scheduled_for.date() == date(2026, 11, 1)]


def test_in_spanish_the_interval_is_a_span_of_time_not_a_time_of_day(page):
    solution = page.ids[3]  # at least 2 hours between doses
    save_dose(DoseRecord(solution, NOW - timedelta(hours=1)))
    app_language().apply("es")
    try:
        page.refresh()
        limit = page.limit_banners[0].text()
    finally:
        app_language().apply("system")
    # "antes de las 2 h" reads "before two o'clock"
    assert limit.startswith(
        "Otra dosis ahora llegaría antes de cumplirse el intervalo de 2 h entre dosis anotado "
        "en la receta (ese intervalo termina a las 15:00)."
    )


def test_refill_collected_in_one_click(page, qtbot):
    morphine = page.ids[0]
    for day in range(4):
        for hour in (8, 20):
            scheduled = datetime(2026, 11, 27 + day, hour)
            answer_dose(
                AdministrationRecord(morphine, scheduled, "given", effective_at=scheduled), NOW
            )
    page.refresh()
    text = page.findChildren(object, "refillLine")[0].text()
    assert "Morphine ER 15 mg: 4 doses on hand, enough for about 2 days." in text
    assert "Pharmacy: Riverside Pharmacy, 555-0147" in text
    button = page.refill_buttons[0]
    assert button.text() == "Refill collected (12 doses)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [(event.kind, event.amount) for event in supply_since_last_count(morphine)] == [
        ("count", 12),
        ("refill", 12),
    ]
    assert "medicines" in page.changes


def test_the_last_dose_on_hand_lasts_less_than_a_day_not_about_0_days(page):
    morphine = page.ids[0]  # two doses a day
    record_supply(SupplyRecord(morphine, NOW - timedelta(hours=1), "count", 1))
    app_language().apply("en")  # as the app installs it: "1 dose"
    try:
        page.refresh()
        text = page.findChildren(object, "refillLine")[0].text()
    finally:
        app_language().apply("system")
    assert text.startswith("Morphine ER 15 mg: 1 dose on hand, enough for less than a day.")


def test_a_refill_of_unknown_size_is_counted_not_guessed(page, qtbot):
    lactulose = page.ids[2]  # never counted before: how big a pack is, nobody said
    record_supply(SupplyRecord(lactulose, NOW - timedelta(hours=1), "count", 0))
    page.refresh()
    (line,) = [
        label.text()
        for label in page.findChildren(object, "refillLine")
        if "Lactulose" in label.text()
    ]
    assert "Lactulose: no doses left on hand." in line
    assert "count the doses on hand in the medicine's form" in line
    assert not any("Lactulose" in button.accessibleName() for button in page.refill_buttons)
    assert [(event.kind, event.amount) for event in supply_since_last_count(lactulose)] == [
        ("count", 0)
    ]


def test_every_control_is_named_and_the_page_reads_the_day(page):
    focusable_widgets_are_named(page)
    assert page.findChild(object, "callFirst").text() == (
        "Call first for symptoms: Grace Lindqvist\nOffice hours: 555-0112\nAfter hours: 555-0111"
    )
    assert page.findChild(object, "questionsWaiting").text() == (
        "No questions waiting for the next visit."
    )
    assert page.findChild(object, "nextAppointment").text() == (
        "No appointment coming up on the calendar."
    )


def test_an_empty_record_says_how_to_start(store, qtbot):
    page = TodayPage(AppSignals(), QUndoStack())
    qtbot.addWidget(page)
    page.clock = lambda: NOW
    page.refresh()
    assert "No medicine has a schedule set up yet" in page.findChild(object, "noSchedule").text()
    assert "No one is marked to call first" in page.findChild(object, "callFirst").text()


def test_the_rows_follow_the_text_size(page, qtbot):
    base = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(base.pointSizeF() * 2)
    try:
        QApplication.setFont(larger)
        page.signals.text_scale_changed.emit(200)
        row = _row(page, "Senna", 12)
        for widget in (row, row.label, row.given_button):
            assert widget.font().pointSizeF() == larger.pointSizeF()
    finally:
        QApplication.setFont(base)


def test_an_active_symptom_alert_names_whom_to_call(page):
    save_entry(EntryRecord(recorded_at=NOW - timedelta(hours=1), scores={"pain": 9}))
    page.signals.diary_changed.emit()
    text = page.alert_banner.text()
    assert "Pain is 9, in the severe band (7 to 10)." in text
    assert "Grace Lindqvist" in text and "555-0112" in text
    assert page.alert_banner.isVisible()


def test_the_minutes_refresh_keeps_the_place_on_the_page(page, qtbot):
    page.resize(500, 260)
    qtbot.wait(10)
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 200
    bar.setValue(200)
    page.timer.timeout.emit()
    qtbot.waitUntil(lambda: bar.value() == 200)


def test_the_rows_stay_readable_on_a_black_page(page):
    from PySide6.QtGui import QColor, QPalette

    from caregiver_app.views.look.contrast import contrast

    palette = page.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    page.setPalette(palette)
    page.refresh()
    black = QColor("#000000")
    states = set()
    for row in page.rows:
        states.add((row.answered, row.overdue))
        text = row.label.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(text, black) >= 7.0, row.label.text()
        assert contrast(row._border[0], black) >= 3.0
    assert len(states) >= 2  # answered, open or overdue rows were all checked


def test_a_dose_given_before_its_time_was_changed_is_not_asked_for_again(page, qtbot):
    morphine = page.ids[0]
    page.clock = lambda: NOW.replace(hour=8, minute=5)
    page.refresh()
    qtbot.mouseClick(_row(page, "Morphine ER", 8).given_button, Qt.MouseButton.LeftButton)
    # Then, at 8:30, the team moved the morning dose to 9:00 (the Medicines list's schedule).
    save_schedule(morphine, Schedule("times", ("09:00", "20:00")), NOW.replace(hour=8, minute=30))
    page.clock = lambda: NOW
    page.refresh()
    nine = _row(page, "Morphine ER", 9)
    # Before, 9:00 read "Overdue: not logged", in red, with Given now beside it.
    assert nine.label.text().endswith(
        "Given at 8:05\u202fAM for 8:00\u202fAM, before the times were changed: check before "
        "giving another"
    )
    assert not nine.overdue
    assert _row(page, "Morphine ER", 8).answered  # the dose given stays, with its time
