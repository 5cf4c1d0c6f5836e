"""The weekly chart's boxes and the log's exports: unknown stays unknown."""

import csv
import io
import json
import re
from datetime import date, datetime, time

import pypdfium2
from fhir.resources.R4B.bundle import Bundle
from reportlab.lib.pagesizes import A4

from caregiver_app.services.medication.chart import chart_bytes
from caregiver_app.services.medication.chart_data import gather_chart, week_start
from caregiver_app.services.medication.export_csv import COLUMNS, log_csv
from caregiver_app.services.medication.export_fhir import log_bundle
from caregiver_app.services.medication.export_log import log_entries
from caregiver_app.store.diary.doses import DoseRecord, save_dose
from caregiver_app.store.diary.medicines import MedicineRecord, list_medicines, save_medicine
from caregiver_app.store.medication.administrations import AdministrationRecord, answer_dose
from caregiver_app.store.medication.schedules import (
    AsNeededRules,
    Schedule,
    save_rules,
    save_schedule,
)
from caregiver_app.store.queries import ProfileData, save_profile

MONDAY = date(2026, 11, 2)
# Wednesday 4 November, 12:00: Monday and Tuesday are past, Wednesday's evening dose to come.
NOW = datetime(2026, 11, 4, 12, 0)


def _record():
    """Morphine at 08:00 and 20:00 from Monday; senna on Mondays only; an as-needed solution."""
    save_profile(ProfileData(patient_name="Rosa 李", allergies=""))
    morphine = save_medicine(MedicineRecord("Morphine ER", "15 mg", "by mouth", started_on=MONDAY))
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")))
    senna = save_medicine(MedicineRecord("Senna", "8.6 mg", schedule="at night, as written"))
    save_schedule(senna, Schedule("times", ("22:00",), weekdays=frozenset({1})))
    save_medicine(MedicineRecord("Lactulose", schedule="twice a day if needed"))
    solution = save_medicine(MedicineRecord("Morphine solution", "10 mg/5 mL", as_needed=True))
    save_rules(solution, AsNeededRules("Breakthrough pain", 120, 6))
    at = datetime.combine
    answer_dose(
        AdministrationRecord(
            morphine,
            at(MONDAY, time(8)),
            "given",
            effective_at=at(MONDAY, time(8, 10)),
            performer="Laura",
        ),
        now=NOW,
    )
    answer_dose(
        AdministrationRecord(
            morphine, at(MONDAY, time(20)), "given_late", effective_at=at(MONDAY, time(21, 40))
        ),
        now=NOW,
    )
    answer_dose(
        AdministrationRecord(
            senna, at(MONDAY, time(22)), "refused", status_reason="refused", performer="patient"
        ),
        now=NOW,
    )
    save_dose(DoseRecord(solution, at(MONDAY, time(2, 10)), dose="5 mg", reason="pain"))
    return morphine, senna, solution


def test_the_log_says_not_logged_for_an_unanswered_dose_and_invents_no_one(store):
    _record()
    entries = log_entries(None, None, NOW)
    kinds = [
        (e.medicine.name, e.moment.strftime("%a %H:%M"), e.status, e.performer) for e in entries
    ]
    assert kinds == [
        ("Morphine solution", "Mon 02:10", "given", ""),
        ("Morphine ER", "Mon 08:00", "given", "Laura"),
        ("Morphine ER", "Mon 20:00", "given_late", ""),
        ("Senna", "Mon 22:00", "refused", "patient"),
        ("Morphine ER", "Tue 08:00", "not_logged", ""),
        ("Morphine ER", "Tue 20:00", "not_logged", ""),
        ("Morphine ER", "Wed 08:00", "not_logged", ""),
    ]  # Wednesday 20:00 is still to come: not in the log
    not_logged = [e for e in entries if e.status == "not_logged"]
    assert all(e.given_at is None and not e.dose for e in not_logged)

    rows = list(csv.DictReader(io.StringIO(log_csv(entries).decode("utf-8"))))
    assert tuple(rows[0]) == COLUMNS
    tuesday = rows[4]
    assert tuesday["status"] == "not_logged"
    assert tuesday["time_given"] == "" and tuesday["given_by"] == ""
    assert tuesday["scheduled_time"].startswith("2026-11-03T08:00:00")
    assert rows[0]["kind"] == "as_needed" and rows[0]["scheduled_time"] == ""
    assert rows[3]["status_reason"] == "refused"
    # a period: only Tuesday
    assert [e.moment.day for e in log_entries(date(2026, 11, 3), date(2026, 11, 3), NOW)] == [3, 3]


def test_the_fhir_bundle_reads_back_as_r4_and_maps_every_status(store):
    _record()
    bundle = log_bundle(log_entries(None, None, NOW), NOW)
    # An independent reader (fhir.resources; R4B's MedicationAdministration is R4's).
    parsed = Bundle.model_validate_json(json.dumps(bundle))
    assert parsed.type == "collection"
    patient, *given = [entry.resource for entry in parsed.entry]
    assert patient.get_resource_type() == "Patient" and patient.name[0].text == "Rosa 李"
    statuses = [resource.status for resource in given]
    assert statuses == [
        "completed",
        "completed",
        "completed",
        "not-done",
        "unknown",
        "unknown",
        "unknown",
    ]
    raw = [entry["resource"] for entry in bundle["entry"][1:]]
    solution, laura, late, refused, unknown = raw[0], raw[1], raw[2], raw[3], raw[4]
    assert "performer" not in solution and "performer" not in late and "performer" not in unknown
    assert laura["performer"] == [{"actor": {"type": "RelatedPerson", "display": "Laura"}}]
    assert refused["performer"] == [{"actor": {"reference": bundle["entry"][0]["fullUrl"]}}]
    assert refused["statusReason"] == [{"text": "Refused by the patient"}]
    assert unknown["note"][0]["text"].startswith("Not logged")
    assert unknown["effectiveDateTime"].startswith("2026-11-03T08:00:00")
    assert late["effectiveDateTime"].startswith("2026-11-02T21:40:00")
    assert late["extension"][0]["valueDateTime"].startswith("2026-11-02T20:00:00")
    assert solution["reasonCode"] == [{"text": "pain"}] and "extension" not in solution
    contained = {item["resourceType"]: item for item in laura["contained"]}
    assert contained["Medication"]["code"]["text"] == "Morphine ER 15 mg"
    timing = contained["MedicationRequest"]["dosageInstruction"][0]["timing"]
    assert timing == {"repeat": {"timeOfDay": ["08:00:00", "20:00:00"]}}
    assert laura["medicationReference"] == {"reference": "#medication"}


def test_the_blank_chart_has_a_box_for_each_dose_and_grey_for_days_without(store):
    _record()
    chart = gather_chart(date(2026, 11, 5), filled=False, now=NOW)
    assert chart.first_day == MONDAY == week_start(date(2026, 11, 8))
    assert [(row.medicine.name, row.at) for row in chart.rows] == [
        ("Morphine ER", time(8)),
        ("Morphine ER", time(20)),
        ("Senna", time(22)),
    ]
    senna = chart.rows[2]
    assert [cell.due for cell in senna.cells] == [True] + [False] * 6
    assert all(cell.state == "" for row in chart.rows for cell in row.cells)
    assert [m.name for m in chart.not_set_up] == ["Lactulose"]
    assert chart.as_needed[0].rules.max_per_day == 6 and chart.allergies == ""


def test_the_filled_chart_puts_the_log_in_the_boxes_and_leaves_what_is_to_come(store):
    _record()
    chart = gather_chart(MONDAY, filled=True, now=NOW)
    morning, evening, _senna = chart.rows
    assert [cell.state for cell in morning.cells] == ["given", "not_logged", "not_logged"] + [
        ""
    ] * 4
    assert [cell.state for cell in evening.cells][:3] == ["given_late", "not_logged", ""]
    assert [dose.dose for dose in chart.as_needed[0].doses] == ["5 mg"]


def test_the_chart_pdf_reads_back_with_its_wording(store, tmp_path):
    _record()
    for filled, expected, absent in (
        (False, "When you give a dose", "Not logged"),
        (True, "Not logged", "When you give a dose"),
    ):
        data = chart_bytes(MONDAY, filled, A4, now=NOW)
        path = tmp_path / f"chart-{filled}.pdf"
        path.write_bytes(data)
        document = pypdfium2.PdfDocument(path)
        try:
            width, height = document[0].get_size()
            assert width > height  # landscape: seven days side by side
            text = " ".join(
                " ".join(page.get_textpage().get_text_range().split()) for page in document
            )
            # the page as a person sees it, to look at (kept with the test's files)
            document[0].render(scale=1.5).to_pil().save(tmp_path / f"chart-{filled}.png")
        finally:
            document.close()
        assert expected in text and absent not in text
        assert "Rosa 李" in text
        # What is known and where to ask; the app gives no advice on what to give.
        assert "Allergies: not entered in the app. To find out, ask the family." in text
        assert "Ask before giving" not in text
        assert "No one is marked “call first”" in text
        assert "as written: twice a day if needed" in text
        assert "At least 2 h between doses" in text and "At most 6 doses in 24 hours" in text
        assert "Morphine ER" in text and "Senna" in text


def test_a_record_with_no_schedule_gets_rows_to_write_in_and_says_why(store, tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(chart_bytes(MONDAY, False, A4, now=NOW))
    document = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    assert "No medicine has its times set up in the app yet." in text
    assert "No as-needed medicine is on the list." in text
    assert "Allergies: not entered in the app" in text


def test_doses_logged_before_a_schedule_was_cleared_keep_the_medicines_strength(store):
    _record()
    morphine = next(m for m in list_medicines() if m.name == "Morphine ER")
    # Now given "as the doctor says", no set times; cleared before Monday's doses, so the
    # answers kept for them are of no schedule.
    save_schedule(morphine.id, Schedule(), datetime(2026, 11, 2))
    table = list(csv.DictReader(io.StringIO(log_csv(log_entries(MONDAY, None, NOW)).decode())))
    rows = [row for row in table if row["medicine"] == "Morphine ER"]
    assert [row["status"] for row in rows] == ["given", "given_late"]
    assert all((row["strength"], row["route"]) == ("15 mg", "by mouth") for row in rows)


def test_two_as_needed_doses_given_the_same_minute_are_two_entries_of_the_bundle(store):
    solution = save_medicine(MedicineRecord("Morphine solution", "10 mg/5 mL", as_needed=True))
    for dose in ("5 mg", "2.5 mg"):  # a second, smaller dose, logged at the same minute
        save_dose(DoseRecord(solution, datetime(2026, 11, 3, 9, 0), dose=dose, reason="pain"))
    bundle = log_bundle(log_entries(None, None, NOW), NOW)
    full_urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(full_urls) == 3 and len(set(full_urls)) == 3  # FHIR bdl-7: each fullUrl once
    assert [
        note["text"] for entry in bundle["entry"][1:] for note in entry["resource"]["note"]
    ] == [
        "Dose given: 5 mg",
        "Dose given: 2.5 mg",
    ]


def test_the_chart_and_log_say_a_dose_given_only_when_given_and_not_the_rows_strength(
    store, tmp_path
):
    morphine = save_medicine(MedicineRecord("Morphine ER", "15 mg", started_on=MONDAY))
    save_schedule(morphine, Schedule("times", ("08:00", "20:00")))
    tuesday = date(2026, 11, 3)
    for answer in (
        # Given as on the list: the strength shown is kept with it.
        AdministrationRecord(
            morphine, datetime.combine(MONDAY, time(8)), "given",
            effective_at=datetime.combine(MONDAY, time(8, 5)), dosage="15 mg",
        ),
        # A smaller dose, typed.
        AdministrationRecord(
            morphine, datetime.combine(tuesday, time(8)), "given",
            effective_at=datetime.combine(tuesday, time(8, 5)), dosage="10 mg",
        ),
        # Given at first, then changed to refused: nothing was given.
        AdministrationRecord(
            morphine, datetime.combine(tuesday, time(20)), "refused", dosage="10 mg"
        ),
    ):  # fmt: skip
        answer_dose(answer, now=NOW)
    path = tmp_path / "chart.pdf"
    path.write_bytes(chart_bytes(MONDAY, True, A4, now=NOW))
    document = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    # Before, "dose 15 mg" under the row that says 15 mg, and "dose 10 mg" on the refusal.
    assert re.findall(r"dose \d+ mg", text) == ["dose 10 mg"]
    assert "Given 8:05 AM dose 10 mg" in text
    table = list(csv.DictReader(io.StringIO(log_csv(log_entries(MONDAY, None, NOW)).decode())))
    answered = [row for row in table if row["status"] != "not_logged"]
    assert [(row["status"], row["dose_given"]) for row in answered] == [
        ("given", "15 mg"), ("given", "10 mg"), ("refused", "")
    ]  # fmt: skip
