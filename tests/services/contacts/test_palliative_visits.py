"""A visit counts as palliative care when booked so, or when the palliative team takes part."""

from datetime import date, datetime, time, timedelta

import pytest

from caregiver_app.services.contacts.roles import PALLIATIVE_TEAM_ROLES
from caregiver_app.services.visit_summary.listed_lines import last_visit_day
from caregiver_app.services.visit_summary.text import preset_period
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.occurrences import last_appointment_before
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord, save_contact

TODAY = date.today()
NOW = datetime.now()


def _at(days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour))


@pytest.fixture
def calendar(store):
    """A palliative clinic visit 40 days ago; since then weekly video visits with the
    palliative physician (the last 2 days ago); yesterday a video visit with the oncologist."""
    physician = save_contact(ContactRecord(name="Dr. Amara Osei", role="palliative care physician"))
    oncologist = save_contact(ContactRecord(name="Dr. Lee", role="oncologist"))
    save_appointment(
        AppointmentRecord(title="Palliative clinic", kind="palliative_care", starts_at=_at(40))
    )
    save_appointment(
        AppointmentRecord(
            title="Weekly video visit",
            kind="telehealth",
            starts_at=_at(30),  # then 23, 16, 9 and 2 days ago, and in 5 days
            ends_at=_at(30) + timedelta(minutes=30),
            rrule="FREQ=WEEKLY;COUNT=6",
            participant_ids=[physician],
        )
    )
    save_appointment(
        AppointmentRecord(
            title="Scan results by video",
            kind="telehealth",
            starts_at=_at(1, 9),
            participant_ids=[oncologist],
        )
    )
    return {"physician": physician, "oncologist": oncologist}


def test_a_video_visit_with_the_palliative_physician_is_the_last_palliative_visit(calendar):
    by_kind_only = last_appointment_before(NOW, "palliative_care")
    assert by_kind_only.record.title == "Palliative clinic"
    last = last_appointment_before(NOW, "palliative_care", roles=PALLIATIVE_TEAM_ROLES)
    assert (last.record.title, last.local_start) == ("Weekly video visit", _at(2))
    assert last_visit_day("palliative_care", NOW) == TODAY - timedelta(days=2)
    assert preset_period("since_last_visit", TODAY, NOW) == (
        TODAY - timedelta(days=2),
        TODAY,
        True,
    )


def test_the_oncologist_alone_does_not_make_a_palliative_visit(store):
    oncologist = save_contact(ContactRecord(name="Dr. Lee", role="oncologist"))
    nurse = save_contact(ContactRecord(name="Sam", role="nurse"))
    save_appointment(
        AppointmentRecord(
            title="Video visit",
            kind="telehealth",
            starts_at=_at(3),
            participant_ids=[oncologist, nurse],
        )
    )
    assert last_visit_day("palliative_care", NOW) is None
    start, end, found = preset_period("since_last_visit", TODAY, NOW)
    assert (start, end, found) == (TODAY - timedelta(days=29), TODAY, False)


def test_a_role_typed_with_other_capitals_and_spaces_counts(store):
    chaplain = save_contact(ContactRecord(name="Rev. Ada", role=" Chaplain "))
    save_appointment(
        AppointmentRecord(
            title="Home visit", kind="other", starts_at=_at(5), participant_ids=[chaplain]
        )
    )
    assert last_visit_day("palliative_care", NOW) == TODAY - timedelta(days=5)


def test_the_summary_dialog_starts_at_the_last_video_visit(calendar, make_window, qtbot):
    window = make_window()
    window.show()
    window.actions_by_name["visitSummary"].trigger()
    dialog = window.summary_dialog
    assert dialog.ui.periodCombo.currentData() == "since_last_visit"
    assert dialog.period() == (TODAY - timedelta(days=2), TODAY)
    assert not dialog.ui.periodNote.isVisible()
