"""The appointment form, opened from the Calendar tab and driven only with keys and clicks:
every date, time, number and choice, read back from what the calendar saved."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.appointments import list_appointments, save_appointment
from caregiver_app.store.calendar.occurrences import occurrences_between
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, save_contact
from tests.helpers.keys import retype, type_date_as_hinted, type_time_as_shown, wheel_changes_only
from tests.helpers.locales import LOCALES

TODAY = date.today()
SOON = TODAY + timedelta(days=3)


@pytest.fixture(autouse=True)
def _today_as_the_test_runs():
    """Today read again before each test: the window reads it as it runs, and a run of the
    suite may cross midnight."""
    global TODAY, SOON
    TODAY = date.today()
    SOON = TODAY + timedelta(days=3)
LEFT = Qt.MouseButton.LeftButton
HINTS = {"en_US": "M/D/YYYY", "es_ES": "D/M/YYYY", "zh_CN": "YYYY/M/D"}


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setattr(time_zones, "local_zone_name", lambda: "UTC")


def _calendar(make_window, qtbot, locale: str = "en_US"):
    """The Calendar tab of a shown, active window; forms opened from it use ``locale``."""
    window = make_window()
    QLocale.setDefault(LOCALES[locale])  # the window applied the system's; the test's wins
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.show()
    qtbot.waitExposed(window)
    window.calendar_tab.go_to(SOON)
    return window.calendar_tab


def _new(qtbot, tab):
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.appointment_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _press(qtbot, widget, key, times: int = 1) -> None:
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, key)


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, LEFT)


def _times(qtbot, dialog, day: date, start: time, end: time, end_day: date | None = None):
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Review")
    type_date_as_hinted(qtbot, ui.startDateEdit, day)
    type_time_as_shown(qtbot, ui.startTimeEdit, start)
    type_date_as_hinted(qtbot, ui.endDateEdit, end_day or day)
    type_time_as_shown(qtbot, ui.endTimeEdit, end)


def _visits() -> list[tuple[datetime, datetime | None]]:
    low = datetime.combine(TODAY, time())
    found = occurrences_between(low, low + timedelta(days=120))
    return [(o.record.starts_at, o.record.ends_at) for o in found]


def _scope(qtbot, tab, day: date, label: str):
    """Select ``day``'s visit, press Edit..., and answer the series question with ``label``."""
    tab.go_to(day)
    qtbot.mouseClick(tab.edit_button, LEFT)
    box = tab.scope_box
    button = next(b for b in box.findChildren(QPushButton) if b.text() == label)
    qtbot.mouseClick(button, LEFT)
    dialog = tab.appointment_dialog
    qtbot.waitExposed(dialog)
    return dialog


# ---------------------------------------------------------------- typed dates and times


@pytest.mark.parametrize(
    ("start", "end", "days"), [(time(9, 0), time(10, 30), 0), (time(21, 15), time(7, 5), 1)]
)
def test_start_and_end_typed_as_the_hint_shows_are_saved(
    store, make_window, qtbot, typing_locale, start, end, days
):
    dialog = _new(qtbot, _calendar(make_window, qtbot, typing_locale))
    ui = dialog.ui
    for field in (ui.startDateEdit, ui.endDateEdit):
        assert field.hint() == HINTS[typing_locale] == field.line.placeholderText()
    _times(qtbot, dialog, SOON, start, end, SOON + timedelta(days=days))
    if typing_locale == "en_US" and end == time(10, 30):
        assert ui.endTimeEdit.text() == "10:30 AM"  # the plain space a person types
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    (saved,) = list_appointments()
    assert (saved.starts_at, saved.ends_at) == (
        datetime.combine(SOON, start),
        datetime.combine(SOON + timedelta(days=days), end),  # 10:30 stays 10:30, not 11:30
    )


def test_all_day_with_a_last_day(store, make_window, qtbot, typing_locale):
    dialog = _new(qtbot, _calendar(make_window, qtbot, typing_locale))
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Respite stay")
    _press(qtbot, ui.allDayCheck, Qt.Key.Key_Space)
    assert ui.allDayCheck.isChecked() and ui.startTimeEdit.isHidden()
    type_date_as_hinted(qtbot, ui.startDateEdit, SOON)
    type_date_as_hinted(qtbot, ui.endDateEdit, SOON + timedelta(days=4))
    _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert saved.all_day and saved.starts_at == datetime.combine(SOON, time())
    assert saved.last_day == SOON + timedelta(days=4) and saved.timezone == ""


def test_a_series_ending_on_a_typed_date(store, make_window, qtbot, typing_locale):
    dialog = _new(qtbot, _calendar(make_window, qtbot, typing_locale))
    ui = dialog.ui
    _times(qtbot, dialog, SOON, time(14, 0), time(14, 30))
    ui.kindCombo.setFocus()
    qtbot.keyClicks(ui.kindCombo, "Tele")  # the first kind that begins so
    _press(qtbot, ui.repeatCombo, Qt.Key.Key_Down, 2)  # Does not repeat, Every day, Every week
    _press(qtbot, ui.repeatEndCombo, Qt.Key.Key_Up)  # from "After a number" to "On a date"
    assert ui.untilDateEdit.isVisibleTo(dialog) and ui.countSpin.isHidden()
    type_date_as_hinted(qtbot, ui.untilDateEdit, SOON + timedelta(weeks=3))
    _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert saved.kind == "telehealth" and recurrence.simple_choice(saved.rrule) == "weekly"
    until, count = recurrence.rule_end(saved.rrule)
    assert (until.date(), count) == (SOON + timedelta(weeks=3), None)
    weeks = [datetime.combine(SOON + timedelta(weeks=n), time(14, 0)) for n in range(4)]
    assert [start for start, _end in _visits()] == weeks


@pytest.mark.parametrize(
    ("kind", "repeat", "end", "rule", "days"),
    [
        ("Lab", (Qt.Key.Key_Down, 3), "3", "FREQ=WEEKLY;INTERVAL=2;COUNT=3", [0, 14, 28]),
        ("Imag", (Qt.Key.Key_End, 1), "never", "FREQ=MONTHLY", None),
    ],
)
def test_a_series_by_number_of_visits_or_never_ending(
    store, make_window, qtbot, kind, repeat, end, rule, days
):
    dialog = _new(qtbot, _calendar(make_window, qtbot))
    ui = dialog.ui
    _times(qtbot, dialog, SOON, time(8, 0), time(8, 20))
    ui.kindCombo.setFocus()
    qtbot.keyClicks(ui.kindCombo, kind)  # the first kind that begins so
    _press(qtbot, ui.repeatCombo, *repeat)  # Every 2 weeks; Every month, on the same date
    assert ui.repeatEndCombo.currentText() == "After a number of visits"
    if end == "never":
        _press(qtbot, ui.repeatEndCombo, Qt.Key.Key_Up, 2)
        assert ui.countSpin.isHidden() and ui.untilDateEdit.isHidden()
    else:
        retype(qtbot, ui.countSpin, end)
    _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert saved.kind == ("lab" if kind == "Lab" else "imaging") and saved.rrule == rule
    if days:
        assert [s.date() for s, _e in _visits()] == [SOON + timedelta(d) for d in days]


def test_zone_driver_pickup_people_reminders(store, make_window, qtbot, typing_locale):
    doctor = save_contact(ContactRecord(name="Dr. Hiroshi Tanaka", role="oncologist"))
    save_contact(ContactRecord(name="Carmen Ruiz", role="other"))
    dialog = _new(qtbot, _calendar(make_window, qtbot, typing_locale))
    ui = dialog.ui
    _times(qtbot, dialog, SOON, time(10, 0), time(10, 45))
    retype(qtbot, ui.timezoneCombo.lineEdit(), "Europe/Berlin")
    names = [ui.driverCombo.itemText(i) for i in range(ui.driverCombo.count())]
    _press(qtbot, ui.driverCombo, Qt.Key.Key_Down, names.index("Carmen Ruiz"))
    _press(qtbot, ui.pickupCheck, Qt.Key.Key_Space)
    assert ui.pickupTimeEdit.isEnabled()
    type_time_as_shown(qtbot, ui.pickupTimeEdit, time(9, 5))
    listing = ui.participantsList
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    row = next(r for r in range(listing.count()) if "Tanaka" in listing.item(r).text())
    _press(qtbot, listing, Qt.Key.Key_Down, row)
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    _press(qtbot, dialog.reminder_boxes[60], Qt.Key.Key_Space)
    _press(qtbot, dialog.reminder_boxes[1440], Qt.Key.Key_Space)
    _save(qtbot, dialog)
    (saved,) = list_appointments()
    assert (saved.driver, saved.pickup_time) == ("Carmen Ruiz", time(9, 5))
    assert saved.participant_ids == [doctor] and saved.reminders == (120, 60)
    assert (saved.timezone, saved.starts_at) == ("Europe/Berlin", datetime.combine(SOON, time(10)))


# ---------------------------------------------------------------- one visit of a series


def _weekly_series() -> list[datetime]:
    start = datetime.combine(SOON, time(14, 0))
    end, rule = start + timedelta(minutes=30), "FREQ=WEEKLY;COUNT=4"
    save_appointment(AppointmentRecord("Video visit", start, "telehealth", end, rrule=rule))
    return [start + timedelta(weeks=n) for n in range(4)]


def test_one_visit_of_a_series_moved_by_typing(store, make_window, qtbot, typing_locale):
    weeks = _weekly_series()
    tab = _calendar(make_window, qtbot, typing_locale)
    dialog = _scope(qtbot, tab, weeks[1].date(), "Only this visit")
    ui = dialog.ui
    moved = weeks[1].date() + timedelta(days=1)
    type_date_as_hinted(qtbot, ui.startDateEdit, moved)
    type_time_as_shown(qtbot, ui.startTimeEdit, time(9, 10))
    type_date_as_hinted(qtbot, ui.endDateEdit, moved)
    type_time_as_shown(qtbot, ui.endTimeEdit, time(10, 25))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    visits = [(w, w + timedelta(minutes=30)) for w in weeks]
    visits[1] = (datetime.combine(moved, time(9, 10)), datetime.combine(moved, time(10, 25)))
    assert _visits() == visits
    assert len(list_appointments()) == 1


def test_this_and_the_following_visits_at_a_typed_time(store, make_window, qtbot, typing_locale):
    weeks = _weekly_series()
    tab = _calendar(make_window, qtbot, typing_locale)
    dialog = _scope(qtbot, tab, weeks[2].date(), "This and following")
    ui = dialog.ui
    assert ui.countSpin.cleanText() == "2"  # what is left of the four
    type_time_as_shown(qtbot, ui.startTimeEdit, time(16, 0))
    type_time_as_shown(qtbot, ui.endTimeEdit, time(16, 50))
    retype(qtbot, ui.countSpin, "3")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    later = [datetime.combine(weeks[2].date() + timedelta(weeks=n), time(16)) for n in range(3)]
    assert _visits() == [(w, w + timedelta(minutes=30)) for w in weeks[:2]] + [
        (start, start + timedelta(minutes=50)) for start in later
    ]
    assert len(list_appointments()) == 2


# ---------------------------------------------------------------- refused at the field

# What each wrong text is refused with, in each language's order of day, month and year.
NO_DATE = {"en_US": "no such date", "es_ES": "no such date", "zh_CN": "four digits"}
WRONG = [
    ("startTimeEdit", "startError", "25:00", dict.fromkeys(LOCALES, "is not a time")),
    ("endTimeEdit", "endError", "13:30 PM", dict.fromkeys(LOCALES, "hour is 1 to 12")),
    ("startDateEdit", "startError", "2/30/2027", NO_DATE),
    ("endDateEdit", "endError", "3/14/27", dict.fromkeys(LOCALES, "four digits")),
    ("pickupTimeEdit", "pickupError", "25:00", dict.fromkeys(LOCALES, "is not a time")),
    ("untilDateEdit", "repeatError", "3/14/27", dict.fromkeys(LOCALES, "four digits")),
]


@pytest.mark.parametrize(("field", "label", "text", "says"), WRONG, ids=[w[0] for w in WRONG])
def test_wrong_text_is_refused_at_its_field(
    store, make_window, qtbot, typing_locale, field, label, text, says
):
    dialog = _new(qtbot, _calendar(make_window, qtbot, typing_locale))
    ui = dialog.ui
    _times(qtbot, dialog, SOON, time(9, 0), time(10, 0))
    if field == "pickupTimeEdit":
        _press(qtbot, ui.pickupCheck, Qt.Key.Key_Space)
    if field == "untilDateEdit":
        _press(qtbot, ui.repeatCombo, Qt.Key.Key_Down)
        _press(qtbot, ui.repeatEndCombo, Qt.Key.Key_Up)
    retype(qtbot, getattr(ui, field), text)
    _save(qtbot, dialog)
    error, typed_in = getattr(ui, label), getattr(ui, field)
    assert dialog.isVisible() and error.isVisible() and error.text().endswith(".")
    assert says[typing_locale] in error.text()
    assert dialog.focusWidget() is typed_in.line and typed_in.text() == text  # kept as typed
    assert list_appointments() == []
    dialog.reject()


@pytest.mark.parametrize("typed", ["0", ""])
def test_a_number_of_visits_out_of_range_is_refused(store, make_window, qtbot, typed):
    dialog = _new(qtbot, _calendar(make_window, qtbot))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # so leaving the box is a real focus change
    ui = dialog.ui
    _times(qtbot, dialog, SOON, time(8, 0), time(8, 20))
    _press(qtbot, ui.repeatCombo, Qt.Key.Key_Down)
    retype(qtbot, ui.countSpin, typed)
    _save(qtbot, dialog)  # the click takes the focus away from the box first
    assert dialog.isVisible() and ui.countSpin.cleanText() == typed  # not put back to 6
    assert ui.repeatError.text() == "Number of times: type a whole number from 1 to 1000."
    assert dialog.focusWidget() is ui.countSpin and list_appointments() == []
    qtbot.keyClick(ui.countSpin, Qt.Key.Key_Return)  # Enter: refused the same way
    assert dialog.isVisible() and list_appointments() == []
    retype(qtbot, ui.countSpin, "12")
    qtbot.keyClick(ui.countSpin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (saved,) = list_appointments()
    assert saved.rrule == "FREQ=DAILY;COUNT=12"


# ---------------------------------------------------------------- property


def _date_text(order: str, year: str, month: int, day: int) -> str:
    """The numbers in the field's own order of day, month and year ("mdy", "dmy", "ymd")."""
    parts = {"y": year, "m": str(month), "d": str(day)}
    return "/".join(parts[part] for part in order)


MOMENTS = st.datetimes(datetime(1990, 1, 1), datetime(2150, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0)  # the fields hold minutes
)
WRONG_TIMES = st.one_of(
    st.just(""),  # a start and an end are needed
    st.builds("{}:{:02d}".format, st.integers(24, 99), st.integers(0, 59)),
    st.builds("{}:{}".format, st.integers(0, 23), st.integers(60, 99)),
    st.builds("{}:{:02d} {}".format, st.integers(13, 23), st.integers(0, 59), st.just("PM")),
    st.text(alphabet="xyzqkw!?", min_size=1, max_size=6),
)
FIELDS = ["startDateEdit", "startTimeEdit", "endDateEdit", "endTimeEdit"]
YEARS = st.integers(1900, 2200).map(str)
WRONG_DATES = st.one_of(
    st.tuples(YEARS, st.integers(13, 99), st.integers(1, 28)),  # no such month
    st.tuples(YEARS, st.just(2), st.integers(30, 31)),  # no such day
    st.tuples(st.integers(0, 99).map("{:02d}".format), st.integers(1, 12), st.integers(1, 28)),
)


@pytest.fixture
def tab(store, make_window, qtbot, typing_locale):
    """One Calendar tab for every example of a property (each opens its own form)."""
    return _calendar(make_window, qtbot, typing_locale)


PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(start=MOMENTS, minutes=st.integers(1, 3 * 24 * 60))
def test_any_typed_start_and_length_is_saved_exactly(tab, qtbot, start, minutes):
    end = start + timedelta(minutes=minutes)
    dialog = _new(qtbot, tab)
    _times(qtbot, dialog, start.date(), start.time(), end.time(), end.date())
    _save(qtbot, dialog)
    saved = max(list_appointments(), key=lambda record: record.id)  # the one just saved
    assert not dialog.isVisible() and (saved.starts_at, saved.ends_at) == (start, end)


@PROPERTY
@given(field=st.sampled_from(FIELDS), data=st.data())
def test_any_wrong_date_or_time_is_refused_and_nothing_is_saved(tab, qtbot, field, data):
    dialog = _new(qtbot, tab)
    ui = dialog.ui
    retype(qtbot, ui.titleEdit, "Review")
    target = getattr(ui, field)
    if field.endswith("TimeEdit"):
        text = data.draw(WRONG_TIMES)
    else:
        text = _date_text(target.pattern.order, *data.draw(WRONG_DATES))
    retype(qtbot, target, text)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    error = ui.startError if field.startswith("start") else ui.endError
    assert error.isVisible() and error.text().endswith(".")
    assert dialog.focusWidget() is target.line and target.text() == text
    assert list_appointments() == []
    dialog.reject()


# ---------------------------------------------------------------- the mouse wheel


def test_the_wheel_changes_only_the_field_being_edited(store, make_window, qtbot):
    save_contact(ContactRecord(name="Carmen Ruiz", role="other"))
    save_contact(ContactRecord(name="Dr. Hiroshi Tanaka", role="oncologist"))
    dialog = _new(qtbot, _calendar(make_window, qtbot))
    ui = dialog.ui
    _press(qtbot, ui.repeatCombo, Qt.Key.Key_Down)  # the repeat end and count are shown too
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ui.titleEdit.setFocus()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Tab)
    names = wheel_changes_only(dialog, ui.kindCombo)
    shown = {"kindCombo", "timezoneCombo", "repeatCombo", "repeatEndCombo", "countSpin"}
    assert shown | {"driverCombo"} <= set(names)
    assert ui.driverCombo.currentText() == ""  # nobody was made the driver
