"""The visit summary's data step: averages, changes, counts and lists, without any PDF."""

from datetime import date, datetime, timedelta

import pytest

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.request import InvalidPeriodError
from caregiver_app.services.visit_summary.symptom_data import SymptomRow, charted_rows
from caregiver_app.services.visit_summary.text import (
    CONCERNS_KEY,
    load_concerns,
    preset_period,
    save_concerns,
)
from caregiver_app.store.settings import set_setting
from tests.helpers.visit_summary_record import END, NOW, START, fill_record, request


@pytest.fixture
def record(store):
    return fill_record()


@pytest.fixture
def data(record):
    return collect_summary(request(concerns=(" Breathless ", "", "Not eating", "fourth")), NOW)


def row(data, key):
    return next(item for item in data.symptoms.rows if item.key == key)


def test_request_covers_whole_days_and_compares_with_as_many_days_before():
    req = request()
    assert req.days == 14
    assert req.bounds() == (datetime.combine(START, datetime.min.time()), datetime.combine(
        END + timedelta(days=1), datetime.min.time()
    ))  # fmt: skip
    assert req.previous() == (START - timedelta(days=14), START - timedelta(days=1))


def test_a_reversed_period_or_unknown_section_is_refused():
    with pytest.raises(InvalidPeriodError):
        request(start=END, end=START)
    with pytest.raises(ValueError, match="Unknown sections: charts"):
        request(sections=("symptoms", "charts"))


def test_header_facts_come_from_the_profile(data):
    assert data.patient_name == "Zoë Ñúñez"
    assert data.date_of_birth == date(1950, 2, 3)
    assert data.caregiver_name == "王小明"
    assert data.allergies == "Penicillin"


def test_concerns_are_trimmed_blank_ones_dropped_and_at_most_three(data):
    assert data.concerns == ("Breathless", "Not eating", "fourth")


def test_latest_average_highest_and_change_since_the_previous_period(data):
    pain = row(data, "pain")
    assert (pain.scores, pain.latest, pain.highest) == (3, 8, 8)
    assert pain.average == pytest.approx(16 / 3)
    assert pain.previous_average == pytest.approx(3.0)
    assert pain.change == pytest.approx(2.3)  # 5.3 - 3.0, as printed
    nausea = row(data, "nausea")
    assert nausea.change == pytest.approx(-2.0)


def test_change_is_none_without_earlier_scores_and_unrated_items_are_empty(data):
    tiredness = row(data, "tiredness")
    assert tiredness.latest == 6 and tiredness.change is None
    wellbeing = row(data, "wellbeing")
    assert wellbeing.scores == 0 and wellbeing.average is None and wellbeing.latest is None


def test_entries_outside_the_period_are_not_counted(data):
    assert data.symptoms.entry_count == 3
    assert dict(data.symptoms.completed_by) == {"family_caregiver": 2, "patient": 1}


def test_other_problem_and_trackers_get_their_own_rows(data):
    keys = [item.key for item in data.symptoms.rows]
    assert keys[:9] == [
        "pain",
        "tiredness",
        "drowsiness",
        "nausea",
        "lack_of_appetite",
        "shortness_of_breath",
        "depression",
        "anxiety",
        "wellbeing",
    ]
    assert keys[9:] == ["other:hoarseness", "tracker:Cough"]
    assert row(data, "tracker:Cough").latest == 6


def test_charts_are_of_moderate_or_severe_items_with_their_doses(data):
    charted = [chart.key for chart in data.symptoms.charts]
    assert charted == ["pain", "tiredness"]  # nausea (mild) is not charted
    pain = data.symptoms.charts[0]
    assert [point.score for point in pain.points] == [3, 5, 8]
    assert len(pain.doses) == 2  # the pain doses; the one for breathlessness is not here


def _row(key, average, latest, change=None):
    return SymptomRow(key, key, 3, latest, None, average, latest, None, change)


def test_chart_choice_severe_first_then_dosed_then_highest_and_the_biggest_change():
    rows = [
        _row("pain", 4.0, 4),
        _row("tiredness", 7.4, 6),
        _row("nausea", 2.0, 2, change=-2.5),
        _row("lack_of_appetite", 5.0, 5),
        _row("shortness_of_breath", 6.0, 6),
        _row("anxiety", 4.5, 4),
        _row("wellbeing", 5.5, 5),
    ]
    chosen = charted_rows(rows, frozenset({"pain"}), limit=4)
    # Severe (tiredness), dosed (pain), the highest average (breath), the biggest change.
    assert [item.key for item in chosen] == ["pain", "tiredness", "nausea", "shortness_of_breath"]
    small_change = [*rows[:2], _row("nausea", 2.0, 2, change=-0.5), *rows[3:]]
    chosen = charted_rows(small_change, frozenset(), limit=4)
    assert "nausea" not in [item.key for item in chosen]  # under 1 point is not singled out


def test_breakthrough_doses_per_day_reasons_and_scores_before_and_after(data):
    doses = data.doses
    assert doses.total == 3
    assert len(doses.per_day) == 14
    assert doses.per_day[0] == (START, 2) and doses.per_day[-1] == (END, 1)
    assert sum(count for _day, count in doses.per_day) == 3
    assert doses.most_in_a_day == 2
    assert doses.average_per_day == pytest.approx(3 / 14)
    assert doses.reasons == (("pain", 2), ("shortness of breath", 1))
    assert doses.by_medicine == (("Morphine oral solution", "5 mg", 3),)
    (pain,) = doses.relief  # the breathlessness dose has no "after" score yet
    assert (pain.symptom, pain.doses) == ("pain", 2)
    assert (pain.before, pain.after) == (pytest.approx(6.5), pytest.approx(3.5))
    assert doses.without_after == 1


def test_medicines_on_the_last_day_and_what_started_stopped_or_changed(data):
    medicines = data.medicines
    assert [item.name for item in medicines.current] == [
        "Dexamethasone",
        "Oxygen",
        "Senna",
        "Morphine oral solution",  # as-needed medicines after the regular ones
    ]
    changes = [(change.kind, change.medicine.name, change.day) for change in medicines.changes]
    assert changes == [
        ("started", "Dexamethasone", START + timedelta(days=2)),
        ("stopped", "Ondansetron", START + timedelta(days=3)),
        ("changed", "Oxygen", START + timedelta(days=4)),
    ]
    assert medicines.prescribers[medicines.current[-1].prescriber_id] == "Grace Lindqvist, RN"


def test_notes_newest_first_all_or_only_those_for_the_team(record):
    # By default: marked for the team, or written on a day with a severe score (pain 8).
    digest = collect_summary(request(), NOW).notes
    assert [note.text for note in digest] == [
        "Hip pain worse.",
        "Cough at night; used the fan.",
    ]
    every = collect_summary(request(appendices=("notes",)), NOW).all_notes
    assert [note.text for note in every] == [
        "Hip pain worse.",
        "Cough at night; used the fan.",
        "Slept most of the day.",
    ]
    team = collect_summary(request(team_notes_only=True), NOW).notes
    assert [(note.text, note.for_team) for note in team] == [
        ("Cough at night; used the fan.", True)
    ]


def test_appointments_in_the_next_four_weeks(data):
    assert [item.title for item in data.appointments] == [
        "Palliative care visit",
        "Oncology review",
    ]
    assert data.appointments[0].kind == "palliative_care"
    assert data.appointments[0].location == "Riverside Palliative Care Clinic"


def test_questions_for_the_people_at_the_next_palliative_visit(data):
    texts = [question.text for question in data.questions]
    assert "When is the next scan?" not in texts  # for the oncologist
    assert texts == ["Can we change the night dose?", "Is a fan all right?", "Bring the diary?"]
    assert data.questions[0].ask_of == "nurse navigator"
    assert data.questions[1].ask_of == ""


def test_contacts_are_everyone_for_the_sheet_pieces(data):
    assert {contact.name for contact in data.contacts} == {
        "Grace Lindqvist, RN",
        "Dr. Hiroshi Tanaka",
    }


def test_sections_left_out_are_not_worked_out(record):
    data = collect_summary(request(sections=("doses", "contacts")), NOW)
    assert data.sections == ("doses", "contacts")
    assert data.symptoms is None and data.notes is None and data.medicines is None
    assert data.appointments is None and data.questions is None
    assert data.concerns == ()
    assert data.doses.total == 3


def test_an_empty_record_gives_empty_sections(store):
    data = collect_summary(request(), NOW)
    assert data.patient_name == ""
    assert data.symptoms.entry_count == 0 and data.symptoms.charts == ()
    assert data.doses.total == 0 and data.doses.most_in_a_day == 0
    assert data.medicines.current == () and data.notes == () and data.appointments == ()


def test_presets_count_days_up_to_today_and_since_the_last_visit(record):
    today = NOW.date()
    assert preset_period("7", today, NOW) == (today - timedelta(days=6), today, True)
    assert preset_period("90", today, NOW)[0] == today - timedelta(days=89)
    since = preset_period("since_last_visit", today, NOW)
    assert since == ((NOW - timedelta(days=20)).date(), today, True)


def test_since_the_last_visit_without_one_falls_back_to_30_days(store):
    today = date(2026, 11, 29)
    start, end, found = preset_period("since_last_visit", today, datetime(2026, 11, 29, 12))
    assert (start, end, found) == (date(2026, 10, 31), today, False)


def test_concerns_are_kept_for_next_time(store):
    assert load_concerns() == ()
    save_concerns(["  Breathless ", "", "王小明 <b>", "four", "five"])
    assert load_concerns() == ("Breathless", "王小明 <b>", "four")
    set_setting(CONCERNS_KEY, "{not json")
    assert load_concerns() == ()
    set_setting(CONCERNS_KEY, '{"a": 1}')
    assert load_concerns() == ()
