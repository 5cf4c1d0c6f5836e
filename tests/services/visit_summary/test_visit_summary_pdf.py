"""The visit summary PDF, read back with an independent reader (pdfium)."""

import ctypes
import itertools
from dataclasses import replace
from datetime import datetime, timedelta

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services.record.demo import create_demo_record
from caregiver_app.services.visit_summary.data import collect_summary
from caregiver_app.services.visit_summary.listed_lines import NoteLine
from caregiver_app.services.visit_summary.pdf import summary_pdf_bytes
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.style import SummaryWording
from caregiver_app.store.diary.medicines import MedicineRecord
from tests.helpers.visit_summary_record import (
    END,
    HOSTILE,
    NOW,
    SCRIPTS,
    START,
    fill_record,
    request,
)

# Page 1, the digest a visit needs; then page 2.
HEADINGS = [
    "Main concerns",
    "Symptoms (ESAS-r)",
    "Breakthrough doses",
    "Medicines",
    "Alerts raised in the period",
    "Upcoming appointments (next four weeks)",
    "Questions for this visit",
    "Key contacts",
    "Diary notes for the team and from days with a severe score",
    "Plan agreed at this visit",
]
STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text, whitespace folded to single spaces."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_range().split()))
        return texts
    finally:
        document.close()


def text_of(pdf: bytes) -> str:
    return " ".join(pages_of(pdf))


@pytest.fixture
def filled(store):
    fill_record()
    return store


def build(concerns=("Breathless at night",), **overrides) -> bytes:
    data = collect_summary(request(concerns=concerns, **overrides), NOW)
    return summary_pdf_bytes(data)


def test_every_section_is_printed_in_the_order_the_team_reads(filled):
    text = text_of(build())
    positions = [text.index(heading) for heading in HEADINGS]
    assert positions == sorted(positions)
    for expected in (
        "Breathless at night",
        "Pain",
        "5.3",  # the pain average
        "+2.3",  # its change since the previous period
        "Other problem: hoarseness",
        "Cough (family's tracker)",
        "Doses given: 3",
        "Reasons recorded: pain (2), shortness of breath (1)",
        "Average score before → after a dose (doses with both scores): Pain 6.5 → 3.5 (2)",
        "Morphine oral solution",
        "as needed: up to every 2 hours",
        "Dexamethasone",
        "Stopped",
        "Ondansetron",
        "Details changed",
        "Cough at night; used the fan.",
        "for the team",
        "Palliative care visit",
        "Oncology review",
        "Can we change the night dose?",
        "Grace Lindqvist, RN",
        "555-0111",
    ):
        assert expected in text, expected
    assert "When is the next scan?" not in text  # for the oncologist, not this visit
    assert "Tomorrow's" not in text  # a note after the period


def test_the_header_names_the_person_birth_period_and_who_prepared_it(filled):
    pages = pages_of(build())
    period = f"{START:%B} {START.day}, {START.year} to {END:%B} {END.day}, {END.year} (14 days)"
    prepared = f"Prepared by 王小明 (family caregiver) on {NOW:%B} {NOW.day}, {NOW.year}"
    for page in pages:
        for fact in ("Zoë Ñúñez", "Born February 3, 1950", period, prepared):
            assert fact in page
    assert pages[0].startswith("Zoë Ñúñez Born February 3, 1950 Visit summary")


def test_typed_text_prints_exactly_as_typed(store):
    name = " ".join(SCRIPTS[:3])
    fill_record(patient_name=f"{HOSTILE[0]} {name}", caregiver_name=HOSTILE[1])
    data = collect_summary(request(concerns=tuple(HOSTILE[2:5])), NOW)
    notes = tuple(NoteLine(NOW - timedelta(days=2, minutes=n), text, False) for n, text in
                  enumerate([*HOSTILE, *SCRIPTS]))  # fmt: skip
    pdf = summary_pdf_bytes(data._replace(notes=notes))
    text = text_of(pdf)
    for typed in [*HOSTILE, *SCRIPTS, f"{HOSTILE[0]} {name}", f"Prepared by {HOSTILE[1]}"]:
        assert typed in text, typed


def test_page_x_of_y_is_right_on_every_page(filled):
    data = collect_summary(request(), NOW)
    notes = tuple(
        NoteLine(NOW - timedelta(days=2, minutes=n), f"Long note {n} " + "word " * 60, n % 3 == 0)
        for n in range(200)
    )
    pages = pages_of(summary_pdf_bytes(data._replace(all_notes=notes)))  # the notes' appendix
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"Page {number} of {len(pages)}")


def _font_names_and_embedding(pdf: bytes) -> set[tuple[str, bool]]:
    document = pypdfium2.PdfDocument(pdf)
    found = set()
    try:
        for page in document:
            for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=5):
                font = pdfium_c.FPDFTextObj_GetFont(item.raw)
                buffer = ctypes.create_string_buffer(256)
                pdfium_c.FPDFFont_GetBaseFontName(font, buffer, 256)
                name = buffer.value.decode("latin-1")
                found.add((name, bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    finally:
        document.close()
    return found


def test_every_font_is_embedded_and_none_is_a_standard_one(filled):
    data = collect_summary(request(concerns=("王小明 Μαρία",)), NOW)
    pdf = summary_pdf_bytes(data)
    fonts = _font_names_and_embedding(pdf)
    assert fonts, "no text found"
    assert all(embedded for _name, embedded in fonts), fonts
    names = {name for name, _embedded in fonts}
    assert not [name for name in names if name.startswith(STANDARD_14)], names
    assert any("DejaVuSans" in name for name in names)
    assert any("DroidSansFallback" in name for name in names)  # the Chinese name
    assert b"Helvetica" not in pdf


def _rects_by_line(page) -> list[tuple[float, float, float, float]]:
    textpage = page.get_textpage()
    return [textpage.get_rect(index) for index in range(textpage.count_rects())]


def _overlaps(first, second, slack: float = 0.8) -> bool:
    left1, bottom1, right1, top1 = first
    left2, bottom2, right2, top2 = second
    across = min(right1, right2) - max(left1, left2)
    up = min(top1, top2) - max(bottom1, bottom2)
    return across > slack and up > slack


def test_long_content_flows_onto_new_pages_without_overlapping_text(store):
    long_name = "Maria-Antonietta " * 8 + "王小明"
    fill_record(patient_name=long_name.strip())
    data = collect_summary(request(concerns=("word " * 80, "second", "third")), NOW)
    notes = tuple(
        NoteLine(NOW - timedelta(days=1 + n // 10, minutes=n), f"Note {n}: " + "long " * 70, False)
        for n in range(200)
    )
    medicines = tuple(
        MedicineRecord(
            name=f"Medicine number {n} with a rather long name",
            strength="12.5 mg",
            route="by mouth",
            schedule="twice a day with food, morning and evening",
            purpose="for something that needs explaining at length " * 2,
        )
        for n in range(60)
    )
    data = data._replace(
        all_notes=notes, notes=notes, medicines=data.medicines._replace(current=medicines)
    )
    pdf = summary_pdf_bytes(data)
    pages = pages_of(pdf)
    text = " ".join(pages)
    assert len(pages) > 5
    for n in (0, 59):
        assert f"Medicine number {n} with a rather long name" in text
    for n in (0, 99, 199):
        assert f"Note {n}:" in text
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index, page in enumerate(document):
            rects = _rects_by_line(page)
            clashes = [(a, b) for a, b in itertools.combinations(rects, 2) if _overlaps(a, b)]
            assert not clashes, f"page {index + 1}: {clashes[:3]}"
            width, height = page.get_size()
            for left, bottom, right, top in rects:  # nothing runs off the paper
                assert left >= 0 and right <= width and bottom >= 0 and top <= height
    finally:
        document.close()


def test_the_demo_record_makes_a_short_handout(store):
    create_demo_record()
    today = datetime.now().date()
    data = collect_summary(
        SummaryRequest(
            start=today - timedelta(days=29),
            end=today,
            concerns=("Breathless walking to the bathroom", "Not eating much", "Sleeping a lot"),
        )
    )
    pages = pages_of(summary_pdf_bytes(data))
    # Three pages before the vital-signs table (issue 18) pushed the plan box onto a
    # fourth; the digest of issue 19 is what brings the handout back down.
    assert 1 <= len(pages) <= 4
    assert "Vital signs" in " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_empty_sections_say_so(store):
    text = text_of(build())
    for sentence in (
        "No symptom scores were recorded in this period.",
        "No breakthrough doses were recorded in this period.",
        "No medicines are on the list.",
        "No note was marked for the team or written on a day with a severe score.",
        "Nothing is booked in the next four weeks.",
        "No open questions for this visit.",
    ):
        assert sentence in text


def test_only_the_chosen_sections_are_printed(filled):
    text = text_of(build(sections=("symptoms", "contacts")))
    assert "Symptoms (ESAS-r)" in text and "Key contacts" in text
    for heading in ("Main concerns", "Breakthrough doses", "Medicines", "Diary notes"):
        assert heading not in text
    assert "Plan agreed at this visit" in text  # the box is always there


def test_notes_marked_for_the_team_only(filled):
    text = text_of(build(team_notes_only=True))
    assert "Notes marked for the team" in text
    assert "Cough at night; used the fan." in text
    assert "Hip pain worse." not in text


def test_paper_is_letter_or_a4(filled):
    data = collect_summary(request(), NOW)
    for size in (LETTER, A4):
        document = pypdfium2.PdfDocument(summary_pdf_bytes(data, page_size=size))
        try:
            width, height = document[0].get_size()
        finally:
            document.close()
        assert (round(width), round(height)) == (round(size[0]), round(size[1]))


def test_translated_wording_is_used(filled):
    labels = SummaryWording.english().labels.replaced(
        title="Résumé de visite",
        page_of="Page {page} sur {pages}",
        format_date=lambda day: day.strftime("%d/%m/%Y"),
    )
    wording = SummaryWording.english()._replace(labels=labels)
    data = collect_summary(request(), NOW)
    pages = pages_of(summary_pdf_bytes(data, wording))
    assert "Résumé de visite" in pages[0]
    assert f"{START:%d/%m/%Y}" in pages[0]
    assert pages[-1].endswith(f"Page {len(pages)} sur {len(pages)}")


def test_metadata_names_the_summary_and_no_one(filled):
    document = pypdfium2.PdfDocument(build())
    try:
        metadata = document.get_metadata_dict()
    finally:
        document.close()
    assert metadata["Title"] == "Visit summary"
    assert metadata["Author"] == ""
    assert metadata["Creator"] == "Care Companion"


def test_an_empty_appendix_takes_no_page_of_its_own(store):
    """Nothing in the period: both appendices ticked say so below the plan, not on two
    more pages empty but for a heading and a line."""
    plain = pages_of(build())
    ticked = pages_of(build(appendices=("notes", "doses")))
    assert len(ticked) == len(plain) == 2
    assert "Appendix: all diary notes No notes were written in this period." in ticked[-1]
    assert (
        "Appendix: every breakthrough dose No breakthrough doses were recorded in this period."
        in ticked[-1]
    )


@pytest.mark.parametrize("sections", [("notes",), ("appointments", "questions", "contacts")])
def test_without_page_ones_sections_the_rest_follows_the_diagnosis(filled, sections):
    """Only page 2's sections chosen: they follow the diagnosis and allergies on page 1,
    which was left empty but for them."""
    from caregiver_app.store.queries import load_profile, save_profile

    save_profile(replace(load_profile(), diagnosis="Lung adenocarcinoma, stage 4"))
    pages = pages_of(build(sections=sections))
    assert len(pages) == 1
    assert "Diagnosis: Lung adenocarcinoma, stage 4" in pages[0]
    assert "Plan agreed at this visit" in pages[0]


@pytest.mark.parametrize("concerns", [(), ("Breathless at night",)])
def test_page_two_starts_a_page_of_its_own_after_the_digest(filled, concerns):
    """With or without main concerns, page 1's digest is followed by page 2 on a new page."""
    from caregiver_app.store.queries import load_profile, save_profile

    save_profile(replace(load_profile(), diagnosis="Lung adenocarcinoma, stage 4"))
    first, second = pages_of(build(concerns=concerns))
    assert "Symptoms (ESAS-r)" in first and "Upcoming appointments" not in first
    assert "Upcoming appointments" in second


def test_a_digest_too_long_for_page_one_is_followed_on_the_same_page(filled):
    """Forty medicines push the digest's last section (the alerts) past page 1: page 2's
    sections follow it on that page, not from a new page leaving it nearly empty."""
    from caregiver_app.store.diary.medicines import save_medicine

    for number in range(1, 41):
        save_medicine(
            MedicineRecord(name=f"Medicine {number}", strength="10 mg", schedule="twice a day")
        )
    pages = pages_of(build())
    alerts = next(page for page in pages if "Alerts raised in the period" in page)
    assert pages.index(alerts) > 0
    assert "Upcoming appointments" in alerts
