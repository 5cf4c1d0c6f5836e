"""The "Who to call" sheet, read back with an independent PDF reader (pdfium)."""

import os
import stat
from datetime import date

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.services import atomic_file
from caregiver_app.services.who_to_call.labels import WhoToCallLabels
from caregiver_app.services.who_to_call.pdf import build_who_to_call_pdf
from caregiver_app.services.who_to_call.sheet import SheetContent
from caregiver_app.store.contacts import ContactRecord

LABELS = WhoToCallLabels.english()
PREPARED = date(2026, 11, 29)

# (name, role, organisation, call about, call first, emergency contact, phones)
TEAM = [
    ("Dr. Amara Okafor", "palliative care physician", "Riverside Palliative Care Clinic",
     "Goals of care, pain and breathlessness plan", False, False,
     [("main", "555-0110"), ("after_hours", "555-0111")]),
    ("Grace Lindqvist, RN", "nurse navigator", "Riverside Palliative Care Clinic",
     "New or worse symptoms, hospital stays, equipment, rides", True, False,
     [("main", "555-0112"), ("after_hours", "555-0111")]),
    ("Dr. Hiroshi Tanaka", "oncologist", "Lakeside Cancer Center",
     "Treatment plan, scan results, infusion schedule", False, False,
     [("main", "555-0120"), ("fax", "555-0121")]),
    ("Marisol Vega, LCSW", "social worker or counselor", "Riverside Palliative Care Clinic",
     "Stress and coping, family meetings, paperwork help", False, False,
     [("main", "555-0113")]),
    ("Ben Adeyemi, PharmD", "pharmacist", "Riverside Pharmacy",
     "Refills, side effects, hard-to-find medicines", False, False,
     [("main", "555-0147"), ("mobile", "555-0148"), ("after_hours", "555-0149")]),
    ("Rev. Ellen Marsh", "chaplain", "Riverside Palliative Care Clinic",
     "Spiritual support for Rosa and the family", False, False, [("main", "555-0114")]),
    ("Priya Raman, RD", "registered dietitian", "Lakeside Cancer Center",
     "Appetite, weight loss, nutrition shakes", False, False, [("main", "555-0122")]),
    ("Tom Brennan, RRT", "respiratory therapist", "Lakeside Home Oxygen",
     "Oxygen equipment and breathing exercises", False, False,
     [("main", "555-0130"), ("after_hours", "555-0131")]),
    ("Lucia Ferreira", "care coordinator", "Riverside Palliative Care Clinic",
     "Booking visits, insurance questions", False, False, [("main", "555-0115")]),
    ("Carmen Delgado", "other", "", "Daughter; can drive on Tuesdays and Fridays", False, True,
     [("mobile", "555-0102")]),
]  # fmt: skip

HOSTILE = ["<b>not bold</b>", "a < b & c > d", '<img src="x.png"/>', "unclosed <font"]
SCRIPTS = ["王小明", "山田花子", "김민수", "Иван Петров", "Μαρία"]


def team() -> list[ContactRecord]:
    return [
        ContactRecord(
            name=name,
            role=role,
            organisation=organisation,
            call_about=about,
            call_first=first,
            emergency_contact=emergency,
            phones=list(phones),
        )
        for name, role, organisation, about, first, emergency, phones in TEAM
    ]


def build(path, contacts, **overrides):
    arguments = {
        "patient_name": "Rosa Delgado",
        "prepared_on": PREPARED,
        "labels": LABELS,
        "role_label": lambda role: role,
        "phone_display": lambda number: number,
    }
    arguments.update(overrides)
    page_size = arguments.pop("page_size", LETTER)
    build_who_to_call_pdf(path, SheetContent(contacts, **arguments), page_size)


def page_texts(path) -> list[str]:
    """The text of each page, whitespace folded to single spaces."""
    document = pypdfium2.PdfDocument(path)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_range().split()))
            textpage.close()
            page.close()
    finally:
        document.close()
    return texts


def read(path) -> tuple[int, str]:
    """Page count and the text of all pages, whitespace folded to single spaces."""
    texts = page_texts(path)
    return len(texts), " ".join(texts)


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "who-to-call.pdf"
    build(path, team())
    return path


def test_demo_sized_team_fits_on_one_page(sheet):
    pages, _text = read(sheet)
    assert pages == 1


def test_sections_come_in_order(sheet):
    _pages, text = read(sheet)
    emergency = text.index(LABELS.emergency)
    call_first = text.index("Grace Lindqvist, RN")
    after_hours = text.index(LABELS.after_hours_title)
    team_title = text.index(LABELS.team_title)
    assert text.index(LABELS.title) < emergency < text.index(LABELS.call_first_title)
    assert emergency < call_first < after_hours < team_title
    assert text.index(LABELS.footer) > team_title


def test_every_name_and_number_is_printed(sheet):
    _pages, text = read(sheet)
    for contact in team():
        assert contact.name in text
        for _kind, number in contact.phones:
            assert number in text
    assert "for Rosa Delgado" in text
    assert "Prepared on November 29, 2026" in text
    assert "Emergency contact" in text


def test_after_hours_lines_are_listed_once_with_whose_line_they_are(sheet):
    _pages, text = read(sheet)
    section = text[text.index(LABELS.after_hours_title) : text.index(LABELS.team_title)]
    assert section.count("555-0111") == 1
    assert "Grace Lindqvist, RN" in section and "Dr. Amara Okafor" in section
    for number in ("555-0131", "555-0149"):
        assert section.count(number) == 1
    assert "555-0110" not in section  # a main line is not an after-hours line


def test_call_first_shows_the_main_line_then_the_after_hours_line_each_labelled(sheet):
    # The sheet is read all week, day and night: no moment picks the number; each says
    # which line it is, the daytime one first as the contact form lists them.
    _pages, text = read(sheet)
    block = text[text.index(LABELS.call_first_title) : text.index(LABELS.after_hours_title)]
    assert "555-0112 main" in block and "555-0111 after hours" in block
    assert block.index("555-0112") < block.index("555-0111")
    assert "Call about: New or worse symptoms" in block


def test_team_is_grouped_in_role_order(sheet):
    _pages, text = read(sheet)
    table = text[text.index(LABELS.team_title) :]
    order = [table.index(name) for name in ("Dr. Amara Okafor", "Grace Lindqvist, RN")]
    order += [table.index(name) for name in ("Ben Adeyemi, PharmD", "Dr. Hiroshi Tanaka")]
    order.append(table.index("Carmen Delgado"))  # "other" comes last
    assert order == sorted(order)


def test_hostile_text_prints_exactly_as_typed(tmp_path):
    contacts = team()
    for contact, text in zip(contacts, HOSTILE, strict=False):
        contact.name = text
    contacts[5].call_about = "Ask for <i>Ellen</i> & say &amp;"
    path = tmp_path / "sheet.pdf"
    build(path, contacts, patient_name="<b>Rosa</b> & co")
    _pages, text = read(path)
    for hostile in HOSTILE:
        assert hostile in text
    assert "Ask for <i>Ellen</i> & say &amp;" in text
    assert "for <b>Rosa</b> & co" in text


def test_names_in_other_scripts_come_back_as_text(tmp_path):
    contacts = team()
    for contact, name in zip(contacts, SCRIPTS, strict=False):
        contact.name = name
    contacts[1].call_about = "痛みが強いとき 숨이 찰 때"
    path = tmp_path / "sheet.pdf"
    build(path, contacts, patient_name="王小明")
    pages, text = read(path)
    assert pages == 1
    for name in SCRIPTS:
        assert name in text
    assert "痛みが強いとき 숨이 찰 때" in text


def test_pdf_embeds_only_the_shipped_fonts(sheet):
    data = sheet.read_bytes()
    assert b"Helvetica" not in data
    assert b"DejaVuSans" in data


def test_metadata_names_the_sheet_and_no_one(sheet):
    document = pypdfium2.PdfDocument(sheet)
    try:
        metadata = document.get_metadata_dict()
    finally:
        document.close()
    assert metadata["Title"] == "Who to call"
    assert metadata["Author"] == ""
    assert metadata["Creator"] == "Care Companion"
    assert "reportlab" not in metadata.get("Producer", "").casefold()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_file_is_private(sheet):
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def test_failed_write_leaves_no_file_and_no_temporary(tmp_path, monkeypatch):
    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        build(tmp_path / "sheet.pdf", team())
    assert list(tmp_path.iterdir()) == []


def test_phone_display_is_used_for_every_number(tmp_path):
    path = tmp_path / "sheet.pdf"
    build(path, team(), phone_display=lambda number: "(212) " + number.replace("555-", "555 "))
    _pages, text = read(path)
    assert "(212) 555 0111" in text
    assert "(212) 555 0102" in text
    assert "555-0102" not in text


def test_page_size_is_letter_or_a4(tmp_path):
    for size in (LETTER, A4):
        path = tmp_path / "sheet.pdf"
        build(path, team(), page_size=size)
        document = pypdfium2.PdfDocument(path)
        try:
            assert len(document) == 1
            width, height = document[0].get_size()
        finally:
            document.close()
        assert (round(width), round(height)) == (round(size[0]), round(size[1]))


def fifteen() -> list[ContactRecord]:
    contacts = team()
    for index, role in enumerate(
        ("primary care physician", "hospice team", "home health", "pulmonologist", "other")
    ):
        contacts.append(
            ContactRecord(
                name=f"Extra Helper {index}",
                role=role,
                organisation="Mill Street Family Practice",
                call_about="Visits on weekdays",
                phones=[("main", f"555-016{index}")],
            )
        )
    return contacts


def test_fifteen_contacts_still_fit_on_one_page(tmp_path):
    path = tmp_path / "sheet.pdf"
    build(path, fifteen())
    pages, text = read(path)
    assert pages == 1
    assert "Page 1 of" not in text


def test_a_long_team_flows_onto_numbered_pages_without_losing_anyone(tmp_path):
    contacts = team() + [
        ContactRecord(
            name=f"Helper Number {index}",
            role="home health",
            organisation="Sunrise Home Health Services",
            call_about="Bathing help on Mondays, Wednesdays and Fridays; dressing changes",
            phones=[("main", f"555-01{index:02d}"), ("mobile", "555-0199")],
        )
        for index in range(40)
    ]
    path = tmp_path / "sheet.pdf"
    build(path, contacts)
    pages, text = read(path)
    assert pages > 1
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for contact in contacts:
        assert contact.name in text
    # The home health group runs over several pages; each page names the role again.
    for page_text in page_texts(path)[1:]:
        first_row = page_text.split(" Call about ", 1)[1]
        assert first_row.startswith(("Home health Helper Number", "Other Carmen Delgado"))


def test_a_row_longer_than_a_page_splits_instead_of_failing(tmp_path):
    long_text = " ".join(f"step{index}" for index in range(1500))
    contacts = team()
    contacts[0].call_about = long_text
    path = tmp_path / "sheet.pdf"
    build(path, contacts)
    pages, text = read(path)
    assert pages > 1
    words = set(text.split())
    assert all(f"step{index}" in words for index in range(1500))


def test_empty_sections_say_so(tmp_path):
    path = tmp_path / "sheet.pdf"
    build(path, [ContactRecord(name="Only Person", phones=[("main", "555-0100")])])
    _pages, text = read(path)
    assert LABELS.call_first_none in text
    assert LABELS.after_hours_none in text
    assert "Only Person" in text

    build(path, [])
    _pages, text = read(path)
    assert LABELS.team_none in text


def test_translated_labels_are_printed(tmp_path):
    labels = LABELS.replaced(
        title="Qui appeler",
        for_patient="pour {name}",
        emergency="En cas d’urgence, appelez le 112",
        kind_label=lambda kind: "nuit" if kind == "after_hours" else kind,
        format_date=lambda day: day.strftime("%d/%m/%Y"),
        prepared_on="Préparé le {date}",
    )
    path = tmp_path / "sheet.pdf"
    build(path, team(), labels=labels, role_label=lambda role: f"«{role}»")
    _pages, text = read(path)
    assert "Qui appeler" in text
    assert "pour Rosa Delgado" in text
    assert "En cas d’urgence, appelez le 112" in text
    assert "Préparé le 29/11/2026" in text
    assert "nuit" in text
    assert "«nurse navigator»" in text
    document = pypdfium2.PdfDocument(path)
    try:
        assert document.get_metadata_dict()["Title"] == "Qui appeler"
    finally:
        document.close()
