"""vCard import and export: real-world exports in, our vCard 3.0 out, hostile input refused."""

import contextlib
import random
import subprocess
import sys
import tracemalloc
from datetime import time

import pytest
import vobject

from caregiver_app.services.contacts.vcard import (
    NotAVCardError,
    ParsedVCards,
    SkippedCard,
    read_vcards,
)
from caregiver_app.services.contacts.vcard_format import MAX_FILE_BYTES
from caregiver_app.services.contacts.vcard_write import write_vcards
from caregiver_app.store.contacts import ContactRecord
from tests.helpers.paths import FIXTURES

VCARDS = FIXTURES / "vcards"
MB = 1024 * 1024


def read_fixture(name: str) -> ParsedVCards:
    return read_vcards((VCARDS / name).read_bytes())


def card(*lines: str, version: str = "3.0") -> bytes:
    body = ["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]
    return "\r\n".join(body).encode() + b"\r\n"


def only(data: bytes) -> ContactRecord:
    parsed = read_vcards(data)
    assert parsed.skipped == []
    assert len(parsed.contacts) == 1
    return parsed.contacts[0]


# --- Real exports ---------------------------------------------------------------------------


def test_outlook_2_1_fixture_is_written_like_outlook():
    data = (VCARDS / "outlook-2.1.vcf").read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert "Béranger".encode("cp1252") in data  # raw windows-1252 where declared
    assert b"H=E9l=E8ne" in data and b"=0D=0A" in data
    assert b"PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n  /9j/" in data


def test_outlook_2_1():
    parsed = read_fixture("outlook-2.1.vcf")
    assert parsed.skipped == []
    helene, tomas = parsed.contacts
    assert helene == ContactRecord(
        name="Hélène Béranger, RN",
        role="Hospice nurse",
        organisation="Riverside Home Hospice, Community Nursing",
        phones=[("main", "(555) 555-0120"), ("mobile", "555-0121"), ("fax", "(555) 555-0129")],
        email="helene.beranger@riverside-hospice.example",
        address="1200 Orchard Road\nSuite 4B\nRiverside, CA 92501\nUnited States of America",
        # A website is not a video visit: it is kept in the notes instead.
        notes="Call for pain that is not controlled, or new confusion.\n"
        "Visits on Tuesdays and Fridays; ask for Hélène at the front desk – "
        "she knows Rosa’s history.\nWebsite: http://www.riverside-hospice.example/",
    )
    assert tomas == ContactRecord(
        name="Dr. Tomás Ferreira",
        role="Oncologist",
        organisation="Riverside Oncology Associates",
        phones=[("main", "555-0140"), ("main", "555-0141"), ("main", "555-0142")],
        email="t.ferreira@riverside-oncology.example",
        video_link="https://zoom.example/j/5550143",
        notes="Ask about the scan results.\nBring the medicines list.",
    )


def test_apple_3_0():
    parsed = read_fixture("apple-3.0.vcf")
    assert parsed.skipped == []
    okafor, wang, sokolova, pharmacy = parsed.contacts
    assert okafor == ContactRecord(
        name="Dr. Amara Okafor",
        role="Palliative care physician",
        organisation="Riverside Palliative Care Clinic",
        phones=[
            ("main", "(555) 555-0110"),
            ("main", "555-0112"),
            ("after_hours", "(555) 555-0111"),
        ],
        email="amara.okafor@riverside-clinic.example",  # type=pref wins over the first
        address="48 Harbour Street\nLevel 2\nRiverside, CA 92501\nUnited States",
        video_link="https://zoom.example/j/5550142",
        notes="Leads the team. Ask about the breathlessness plan and whether the morphine "
        "dose can be changed before the weekend, as the pharmacy closes early on "
        "Saturdays.\nPrefers a call before 10am.",
    )
    assert wang == ContactRecord(
        name="王秀英",
        role="Social worker",
        organisation="河畔社区医院, 社会工作部",
        phones=[("mobile", "555-0131")],
        email="xiuying.wang@example.org",
    )
    assert sokolova == ContactRecord(
        name="Ирина Соколова",
        role="Chaplain",
        phones=[("mobile", "+1 555 555 0135"), ("after_hours", "555-0136")],
        notes="Приходит по четвергам.",  # folded in the middle of a two-byte letter
    )
    assert pharmacy == ContactRecord(
        name="Riverside Pharmacy",
        organisation="Riverside Pharmacy",
        phones=[("main", "555-0147"), ("fax", "555-0148")],
        address="12 Mill Street\nRiverside, CA 92501",
        notes="Website: https://riverside-pharmacy.example",  # Apple's escaped "\:" undone
    )


def test_google_3_0():
    parsed = read_fixture("google-3.0.vcf")
    assert parsed.skipped == []
    bell, triage, nguyen = parsed.contacts
    assert bell == ContactRecord(
        name="Marcus Bell",
        role="Nurse navigator",
        organisation="Riverside Palliative Care Clinic",
        phones=[("mobile", "(555) 555-0160"), ("main", "555-0161")],
        email="marcus.bell@example.com",
        address="200 Cedar Avenue\nRiverside, CA 92501\nUS",
        video_link="https://telehealth.riverside-clinic.example/room/bell",
        notes="Call Monday to Friday, 8 to 4.\nKnows the equipment supplier.\n"
        "Website: https://riverside-clinic.example",
    )
    assert triage == ContactRecord(
        name="Riverside Hospice Triage",
        organisation="Riverside Home Hospice",
        phones=[("main", "555-0164"), ("after_hours", "555-0165"), ("after_hours", "555-0166")],
    )
    assert nguyen == ContactRecord(  # no FN: the name is built from N
        name="Dr. Linh Nguyen, MD", role="Psychologist", phones=[("mobile", "555-0170")]
    )


def test_vcard_4_0():
    parsed = read_fixture("v4.vcf")
    assert parsed.skipped == []
    nikos, layla = parsed.contacts
    assert nikos == ContactRecord(
        name="Νίκος Παπαδόπουλος",
        role="Physiotherapist",  # ROLE wins over TITLE
        organisation="Riverside Home Care",
        phones=[("main", "+1-555-0150"), ("mobile", "+1-555-0151"), ("fax", "+1-555-0159")],
        email="nikos.p@riverside-homecare.example",  # PREF=1
        address="300 Lakeview Drive\nRiverside, CA 92501\nUSA",
        video_link="https://meet.example.com/abc-defg-hij",
        notes="Home visits on Mondays.\nWebsite: https://riverside-homecare.example",
    )
    assert layla == ContactRecord(
        name="ليلى حداد", role="Pharmacist", phones=[("after_hours", "+1-555-0155")]
    )


# --- Broken and hostile input ---------------------------------------------------------------


def test_a_truncated_card_is_skipped_and_the_others_kept():
    parsed = read_fixture("truncated.vcf")
    assert [contact.name for contact in parsed.contacts] == ["Amara Okafor", "Grace Lindqvist"]
    assert parsed.skipped == [SkippedCard(2, "Daniel Delgado", parsed.skipped[0].reason)]
    assert parsed.skipped[0].reason.strip()


def test_a_card_cut_off_by_the_end_of_the_file_is_skipped():
    data = (VCARDS / "google-3.0.vcf").read_bytes()
    parsed = read_vcards(data[: data.rindex(b"TITLE:Psychologist")])
    assert [contact.name for contact in parsed.contacts] == [
        "Marcus Bell",
        "Riverside Hospice Triage",
    ]
    assert [(skip.position, skip.name) for skip in parsed.skipped] == [(3, "Dr. Linh Nguyen, MD")]


def test_a_card_without_a_name_is_skipped():
    parsed = read_fixture("no-name.vcf")
    assert [contact.name for contact in parsed.contacts] == ["Amara Okafor", "Grace Lindqvist"]
    assert parsed.skipped == [SkippedCard(2, "", "it has no name")]


def test_a_whitespace_name_is_no_name():
    parsed = read_vcards(card("FN:   ", "N:;;;;", "TEL:555-0101"))
    assert parsed.contacts == [] and [skip.position for skip in parsed.skipped] == [1]


def junk(size: int) -> bytes:
    return random.Random(20261129).randbytes(size)


ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Clinic visit\r\n"
    b"DTSTART:20260101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    "data",
    [b"", junk(4096), ICS, b"\xff\xfe", b"BEGIN:VCARDS\r\n"],
    ids=["empty", "junk", "ics", "bom only", "not quite"],
)
def test_what_is_not_a_vcard_is_refused(data):
    with pytest.raises(NotAVCardError, match="vCard"):
        read_vcards(data)


def test_a_file_that_is_too_large_is_refused():
    with pytest.raises(NotAVCardError, match="too large"):
        read_vcards(card("FN:Amara Okafor") + bytes(MAX_FILE_BYTES))


def read_measuring_memory(data: bytes) -> tuple[ParsedVCards | NotAVCardError, int]:
    """What read_vcards returns or raises, and the most memory it held at once."""
    tracemalloc.start()
    try:
        return read_vcards(data), tracemalloc.get_traced_memory()[1]
    except NotAVCardError as error:
        return error, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_ten_megabyte_note_is_read_without_absurd_memory(tmp_path):
    note = "Morphine 5 mg\\, every 4 hours\\n" * (10 * MB // 32)
    path = tmp_path / "huge.vcf"
    path.write_bytes(card("FN:Amara Okafor", "NOTE:" + note, "TEL:555-0110"))
    data = path.read_bytes()
    parsed, peak = read_measuring_memory(data)
    (contact,) = parsed.contacts
    assert contact.notes.startswith("Morphine 5 mg, every 4 hours\nMorphine")
    assert contact.phones == [("main", "555-0110")]
    assert peak < 10 * len(data)


def test_ten_megabytes_of_junk_is_refused_without_absurd_memory(tmp_path):
    path = tmp_path / "junk.vcf"
    path.write_bytes(junk(10 * MB))
    data = path.read_bytes()
    error, peak = read_measuring_memory(data)
    assert isinstance(error, NotAVCardError)
    assert peak < 2 * len(data)


HOSTILE = {  # built when the test runs, not held for the whole session
    "repeated params": lambda: card("TEL" + ";TYPE=work" * MB + ":555-0101", "FN:P"),
    "quoted params": lambda: card("TEL;" + 'X="a"' * MB + ":555-0101", "FN:Q"),
    "unclosed quote": lambda: card('TEL;TYPE="' + "a" * MB, "FN:Q"),
    "folds": lambda: card("FN:F", "NOTE:x" + "\r\n y" * (MB // 4)),
    "soft breaks": lambda: card("FN:F", "NOTE;QUOTED-PRINTABLE:x" + "=E9=\r\n" * (MB // 6)),
    "begins": lambda: b"BEGIN:VCARD\r\n" * (MB // 13),
    "backslashes": lambda: card("FN:" + "\\" * MB, "N:" + "\\;" * MB),
    "semicolons": lambda: card("FN:x", "ADR:" + ";" * MB, "ORG:" + ";" * MB),
    "properties": lambda: card(
        "FN:x", *["item1.TEL:555-0101", "item1.X-ABLabel:night"] * (MB // 40)
    ),
    "nul bytes": lambda: b"BEGIN:VCARD\r\nFN:\0\0\r\n" + b"\0" * MB + b"\r\nEND:VCARD\r\n",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_read_or_refused(name):
    parsed = read_vcards(HOSTILE[name]())
    assert len(parsed.contacts) + len(parsed.skipped) >= 1


@pytest.mark.parametrize("name", sorted(path.name for path in VCARDS.iterdir()))
def test_cut_and_damaged_files_never_raise_anything_else(name):
    data = (VCARDS / name).read_bytes()
    rng = random.Random(name)
    variants = [data[:cut] for cut in range(0, len(data), 5)]
    for _ in range(200):
        damaged = bytearray(data)
        for _ in range(8):
            damaged[rng.randrange(len(damaged))] = rng.choice(b'\r\n:;="\\ \xe9\xff')
        variants.append(bytes(damaged))
    for variant in variants:
        with contextlib.suppress(NotAVCardError):
            read_vcards(variant)


# --- Decoding, escapes, mapping -------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8-sig"),
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
        lambda text: text.replace("\r\n", "\n").encode(),
        lambda text: text.replace("\r\n", "\r").encode(),
    ],
    ids=["utf-8 bom", "utf-16 bom", "utf-16-le", "utf-16-be", "lf", "cr"],
)
def test_encodings_and_line_endings(encode):
    text = (VCARDS / "v4.vcf").read_bytes().decode("utf-8")
    assert read_vcards(encode(text)) == read_fixture("v4.vcf")


def test_charsets():
    data = b"\r\n".join(
        [
            b"BEGIN:VCARD",
            b"VERSION:2.1",
            b"FN;CHARSET=ISO-8859-1:Zo\xeb \x93Zed\x94 M\xfcller",
            b"ORG;CHARSET=x-unknown-charset:Caf\xc3\xa9 Hospice",
            b"TITLE:Ma\xeetre \x81",  # undeclared, not UTF-8, not even windows-1252
            b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9",
            b"END:VCARD",
        ]
    )
    contact = only(data)
    assert contact.name == "Zoë “Zed” Müller"
    assert contact.organisation == "Café Hospice"
    assert contact.role == "Maître \x81"
    assert contact.notes == "Café"


def test_escapes_and_structured_values():
    contact = only(
        card(
            r"FN:Okafor\, Amara",
            r"ORG:Clinic\; North;Palliative\, Team;;",
            r"NOTE:one\ntwo\Nthree\, four\; five\\six C:\temp \\n",
            r"ADR:;;1 Main St\, Unit 2\nRear;Riverside;;;",
        )
    )
    assert contact.name == "Okafor, Amara"
    assert contact.organisation == "Clinic; North, Palliative, Team"
    assert contact.notes == "one\ntwo\nthree, four; five\\six C:\\temp \\n"
    assert contact.address == "1 Main St, Unit 2\nRear\nRiverside"


def test_unindented_2_1_base64_photo_is_skipped_to_the_blank_line():
    photo = ["PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABgAAD", "AAAA+/==", ""]
    contact = only(card("FN:Amara Okafor", *photo, "TEL;WORK:555-0110", version="2.1"))
    assert contact.phones == [("main", "555-0110")]


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["TEL;TYPE=WORK,VOICE:555-0101"], "main"),
        (["TEL;FAX:555-0101"], "fax"),
        (["TEL;TYPE=mobile:555-0101"], "mobile"),
        (["item1.TEL:555-0101", "item1.X-ABLabel:_$!<Mobile>!$_"], "mobile"),
        (["item1.TEL;TYPE=CELL:555-0101", "item1.X-ABLabel:On call"], "after_hours"),
        (["item7.TEL:555-0101", "item7.X-ABLabel:After-hours"], "after_hours"),
        (["item1.TEL:555-0101", "item1.X-ABLabel:Emergency line"], "after_hours"),
        (["item1.TEL:555-0101", "item1.X-ABLabel:Nights"], "after_hours"),
        (["item1.TEL:555-0101", "item2.X-ABLabel:Night"], "main"),  # another group's label
        (["TEL;TYPE=x-24h:555-0101"], "after_hours"),
        (
            ["item1.TEL;TYPE=VOICE:555-0101", "item1.X-ABLabel:After hours / 24-hour line"],
            "after_hours",
        ),
    ],
)
def test_phone_kinds(lines, kind):
    assert only(card("FN:Amara Okafor", *lines)).phones == [(kind, "555-0101")]


def test_exporter_fields_win_and_call_about_is_split_back():
    contact = only(
        card(
            "FN:Amara Okafor",
            "TITLE:Physician",
            "ROLE:Doctor",
            "X-CARE-COMPANION-ROLE:palliative care physician",
            "URL:https://riverside-clinic.example",
            "X-CARE-COMPANION-VIDEO-LINK:https://riverside-clinic.example/room",
            "X-CARE-COMPANION-CALL-FIRST:1",
            "X-CARE-COMPANION-EMERGENCY:1",
            r"NOTE:Call about: pain\nBring the list",
        )
    )
    assert contact.role == "palliative care physician"
    assert contact.video_link == "https://riverside-clinic.example/room"
    assert (contact.call_about, contact.notes) == (
        "pain",
        "Bring the list\nWebsite: https://riverside-clinic.example",
    )
    assert contact.call_first and contact.emergency_contact
    plain = only(card("FN:Amara Okafor", "LABEL:12 Mill Street", "X-CARE-COMPANION-CALL-FIRST:0"))
    assert (plain.address, plain.call_first, plain.emergency_contact) == (
        "12 Mill Street",
        False,
        False,
    )


def test_the_module_loads_no_gui():
    check = (
        "import sys, caregiver_app.services.contacts.vcard\n"
        "print([n for n in sys.modules if n.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))])"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- Writing ---------------------------------------------------------------------------------

GRACE = ContactRecord(
    name="Grace Lindqvist, RN",
    role="hospice nurse; night team",
    organisation="Riverside Home Hospice, North",
    phones=[
        ("main", "(555) 555-0120"),
        ("mobile", "555-0121"),
        ("fax", "555-0129"),
        ("after_hours", "555-0122"),
        ("after_hours", "555-0123,,4"),
    ],
    email="grace.lindqvist@riverside-hospice.example",
    address="1200 Orchard Road\nSuite 4B\nRiverside, CA 92501",
    video_link="https://zoom.example/j/5550142?pwd=abc",
    call_about="Pain, new confusion; falls",
    notes="Visits Tuesdays.\nKey safe code is with Daniel \\ not in the file.",
    call_first=True,
    emergency_contact=True,
    office_days="1,2,3,4,5",
    office_opens=time(8, 30),
    office_closes=time(0),
)


def test_written_cards_read_field_by_field_in_vobject():
    (vcard,) = vobject.readComponents(write_vcards([GRACE]))
    assert vcard.version.value == "3.0"
    assert vcard.fn.value == GRACE.name
    name = vcard.n.value
    assert (name.family, name.given, name.suffix) == ("Lindqvist", "Grace", "RN")
    assert vcard.org.value == [GRACE.organisation]
    assert vcard.title.value == vcard.role.value == GRACE.role
    tels = [(tel.group, tel.params["TYPE"], tel.value) for tel in vcard.contents["tel"]]
    assert tels == [
        (None, ["WORK", "VOICE"], "(555) 555-0120"),
        (None, ["CELL"], "555-0121"),
        (None, ["WORK", "FAX"], "555-0129"),
        ("item1", ["VOICE"], "555-0122"),
        ("item2", ["VOICE"], "555-0123,,4"),
    ]
    labels = {label.group: label.value for label in vcard.contents["x-ablabel"]}
    assert labels == {"item1": "After hours / 24-hour line", "item2": "After hours / 24-hour line"}
    assert (vcard.email.value, vcard.email.params["TYPE"]) == (GRACE.email, ["INTERNET"])
    address = vcard.adr.value
    assert (address.street, address.city, address.code) == (GRACE.address, "", "")
    assert vcard.adr.params["TYPE"] == ["WORK"]
    assert vcard.url.value == GRACE.video_link
    assert vcard.note.value == "Call about: " + GRACE.call_about + "\n" + GRACE.notes


def test_a_name_without_a_suffix_or_space():
    cards = list(
        vobject.readComponents(
            write_vcards([ContactRecord("Dr. Amara Okafor"), ContactRecord("王秀英")])
        )
    )
    assert (cards[0].n.value.family, cards[0].n.value.given) == ("Okafor", "Dr. Amara")
    assert (cards[1].n.value.family, cards[1].n.value.given) == ("王秀英", "")


ROUND_TRIP = [
    GRACE,
    ContactRecord(name="Amara Okafor"),
    ContactRecord(
        name="王秀英",
        role="社会工作者",
        organisation="河畔社区医院",
        phones=[("mobile", "+86 555 0131")],
        notes="每周四来访；请先打电话。\n" * 20 + "结束",
    ),
    ContactRecord(
        name="ليلى حداد",
        role="صيدلانية",
        phones=[("after_hours", "+1-555-0155"), ("main", "555-0156")],
        address="١٢ شارع الطاحونة\nريفرسايد",  # noqa: RUF001 - Arabic on purpose: kept as typed
        call_about="الأدوية",
    ),
    ContactRecord(
        name="Back\\slash; Semi, Colon: Person",
        notes="Call about: this is not the call-about field\n;,\\\n\n\\n end",
        video_link="https://doxy.example/riverside;room=1,2",
        emergency_contact=True,
    ),
    ContactRecord(name="Only Call About", call_about="Line one\nLine two 🙂"),
]


def test_round_trip_through_our_own_reader_is_exact():
    records = [ContactRecord(**{**vars(record), "id": 7}) for record in ROUND_TRIP]
    text = write_vcards(records)
    parsed = read_vcards(text.encode("utf-8"))
    assert parsed.skipped == []
    assert parsed.contacts == ROUND_TRIP
    for vcard, record in zip(vobject.readComponents(text), ROUND_TRIP, strict=True):
        tels = [tel.value for tel in vcard.contents.get("tel", [])]
        assert (vcard.fn.value, tels) == (record.name, [number for _, number in record.phones])
        call_about = "Call about: " + record.call_about if record.call_about else ""
        note = "\n".join(part for part in (call_about, record.notes) if part)
        assert [line.value for line in vcard.contents.get("note", [])] == ([note] if note else [])


def test_lines_are_crlf_and_folded_at_75_octets_on_character_boundaries():
    text = write_vcards([*ROUND_TRIP, ContactRecord(name="😀" * 100, notes="é" * 200)])
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.encode("utf-8").split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) == 75  # folded as late as the characters allow
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line holds whole characters
    unfolded = text.replace("\r\n ", "")
    assert "FN:" + "😀" * 100 + "\r\n" in unfolded
    assert "NOTE:" + "é" * 200 + "\r\n" in unfolded


def test_writing_nothing_gives_nothing():
    assert write_vcards([]) == ""


@pytest.mark.parametrize(
    ("days", "hours", "expected"),
    [
        ("1\\,2\\,3", "08:30-17:00", ("1,2,3", time(8, 30), time(17))),
        ("7", "18:00-24:00", ("7", time(18), time(0))),
        ("5\\,1\\,5", " 9:00 - 12:30 ", ("1,5", time(9), time(12, 30))),
        ("1\\,8", "8:00-7:00", ("", None, None)),  # no day 8; closing before opening
        ("", "25:00-26:00", ("", None, None)),
        ("mon-fri", "nine to five", ("", None, None)),
    ],
)
def test_our_office_hours_are_read_or_left_unknown(days, hours, expected):
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Clinic\r\n"
        f"X-CARE-COMPANION-OFFICE-DAYS:{days}\r\nX-CARE-COMPANION-OFFICE-HOURS:{hours}\r\n"
        "END:VCARD\r\n"
    )
    (record,) = read_vcards(card.encode()).contacts
    assert (record.office_days, record.office_opens, record.office_closes) == expected
