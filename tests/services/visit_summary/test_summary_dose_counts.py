"""Issue 17 in the visit summary: per medicine, the scheduled doses of the period given on
time, given late, skipped or refused (with the reasons) and not logged."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.store.diary.medicines import MedicineRecord, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.schedules import Schedule, save_schedule
from tests.services.visit_summary.test_visit_summary_pdf import pages_of

TODAY = date.today()
FIRST = TODAY - timedelta(days=3)  # four days of 08:00 and 20:00: eight doses
NOW = datetime.combine(TODAY, time(12, 0))  # today's 20:00 dose is still to come


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))


def _record() -> tuple[int, int]:
    morphine = save_medicine(
        MedicineRecord(name="Morphine ER", strength="15 mg", started_on=FIRST - timedelta(days=9))
    )
    save_schedule(morphine, Schedule(kind="times", dose_times=("08:00", "20:00")))
    senna = save_medicine(MedicineRecord(name="Senna", started_on=FIRST - timedelta(days=9)))
    answers = [
        (FIRST, 8, "given", "", 8),
        (FIRST, 20, "given_late", "", 22),
        (FIRST + timedelta(days=1), 8, "skipped", "asleep", None),
        (FIRST + timedelta(days=1), 20, "skipped", "asleep", None),
        (FIRST + timedelta(days=2), 8, "refused", "", None),
        (FIRST + timedelta(days=2), 20, "given", "", 20),
        (TODAY, 8, "skipped", "vomited", None),
    ]
    for day, hour, status, reason, given in answers:
        answer_dose(
            AdministrationRecord(
                medicine_id=morphine,
                scheduled_for=at(day, hour),
                status=status,
                status_reason=reason,
                effective_at=at(day, given) if given is not None else None,
            ),
            NOW,
        )
    return morphine, senna


def test_each_scheduled_dose_is_counted_once_and_unanswered_ones_are_not_logged(store):
    morphine, senna = _record()
    data = collect_summary(SummaryRequest(FIRST, TODAY), NOW)
    assert data.adherence is not None
    counts = data.adherence.counts[morphine]
    # Due by noon today: 7 doses (FIRST to yesterday twice a day, and today's 08:00).
    assert (counts.on_time, counts.late, counts.skipped, counts.not_logged) == (2, 1, 4, 0)
    assert counts.reasons == (("asleep", 2), ("vomited", 1), ("refused", 1))
    assert senna not in data.adherence.counts  # no schedule set up: nothing is counted


def test_a_dose_nobody_answered_is_not_logged_never_given(store):
    senna = save_medicine(MedicineRecord(name="Senna", started_on=FIRST - timedelta(days=9)))
    save_schedule(senna, Schedule(kind="times", dose_times=("08:00",)))
    before = at(FIRST - timedelta(days=1), 8)  # the log began the day before the period
    answer_dose(AdministrationRecord(senna, before, "given", effective_at=before), NOW)
    data = collect_summary(SummaryRequest(FIRST, TODAY), NOW)
    counts = data.adherence.counts[senna]
    assert (counts.on_time, counts.late, counts.skipped, counts.not_logged) == (0, 0, 0, 4)
    assert data.adherence.counted_from is None  # the whole period is counted


def test_days_before_the_log_began_are_not_counted_as_missed(store):
    senna = save_medicine(MedicineRecord(name="Senna", started_on=FIRST - timedelta(days=9)))
    save_schedule(senna, Schedule(kind="times", dose_times=("08:00",)))
    assert collect_summary(SummaryRequest(FIRST, TODAY), NOW).adherence is None  # never logged
    began = at(FIRST + timedelta(days=2), 8)
    answer_dose(AdministrationRecord(senna, began, "given", effective_at=began), NOW)
    data = collect_summary(SummaryRequest(FIRST - timedelta(days=5), TODAY), NOW)
    counts = data.adherence.counts[senna]
    # From the first answer: that dose given, today's 08:00 nobody answered.
    assert (counts.on_time, counts.not_logged) == (1, 1)
    assert data.adherence.counted_from == began.date()
    first = pages_of(summary_pdf_bytes(data))[0]
    assert "when the family began the medicine log" in first.replace("\n", " ")


def test_the_medicine_list_prints_the_counts_and_the_reasons(store):
    _record()
    data = collect_summary(SummaryRequest(FIRST, TODAY), NOW)
    first = pages_of(summary_pdf_bytes(data))[0]
    for heading in ("On time", "Late", "Skipped", "Not logged"):
        assert heading in first, heading
    assert "Morphine ER" in first and "15 mg" in first
    assert "Skipped or refused: Morphine ER: asleep 2, vomited 1, refused 1" in first
    assert "Doses by hour of the day" not in first  # no breakthrough doses: no dose charts


def test_without_any_schedule_the_list_has_its_usual_columns(store):
    save_medicine(MedicineRecord(name="Senna", strength="8.6 mg"))
    data = collect_summary(SummaryRequest(FIRST, TODAY), NOW)
    assert data.adherence is None
    first = pages_of(summary_pdf_bytes(data))[0]
    assert "Prescribed by" in first and "On time" not in first


def test_no_most_often_hours_are_named_when_other_hours_had_as_many(store):
    """Doses at 3 AM, 11 AM, 3 PM and 10 PM every day: no three hours had more than any
    other three, so the summary names none (it said "Most often between 1:00 AM and 4:00
    AM", the first of four equal clusters) and no hours are darker on the chart."""
    from caregiver_app.services.visit_summary.digest_data import dose_hours
    from caregiver_app.store.diary.doses import DoseRecord, save_dose

    morphine = save_medicine(
        MedicineRecord(name="Morphine", as_needed=True, started_on=FIRST - timedelta(days=9))
    )
    for day in range(3):
        for hour in (3, 11, 15, 22):
            save_dose(
                DoseRecord(medicine_id=morphine, given_at=at(FIRST + timedelta(days=day), hour))
            )
    request = SummaryRequest(start=FIRST, end=TODAY - timedelta(days=1))
    text = " ".join(pages_of(summary_pdf_bytes(collect_summary(request, NOW))))
    assert "Doses given: 12" in text
    assert "Most often" not in text
    # one cluster still is named, even when the hours around it had a few doses too
    hours = dose_hours([at(FIRST, 2), at(FIRST, 3), at(FIRST, 3), at(FIRST, 14)])
    assert hours.busiest == (1, 3)
