"""The three importers (.ics, .vcf, diary CSV) read a file's text by one rule: UTF-8 with or
without its mark, UTF-16 and UTF-32 with theirs, then Windows-1252; what they keep is exactly
the text, and a file none of these reads is refused in one sentence, nothing imported."""

from __future__ import annotations

import codecs

import pytest

from caregiver_app.services.calendar.ics_import import NotICalendarError, read_ics
from caregiver_app.services.contacts.vcard import NotAVCardError, read_vcards
from caregiver_app.services.diary.csv_format import DiaryCsvError
from caregiver_app.services.diary.csv_stream import read_csv, read_diary_file
from caregiver_app.services.text_encoding import undecodable_sentence

# What old Outlook and Excel exports in Western languages hold: accents, the euro sign and
# curly quotes (all in Windows-1252, the last two not in ISO-8859-1).
NAME = "Zoë Müller-Peña"
NOTE = "Café “Ñandú” a 5 € el día; señora Ågren"

ENCODINGS = {
    "UTF-8": lambda text: text.encode("utf-8"),
    "UTF-8 with its mark": lambda text: text.encode("utf-8-sig"),
    "UTF-16 LE with its mark": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "UTF-16 BE with its mark": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "UTF-32 with its mark": lambda text: text.encode("utf-32"),
    "Windows-1252": lambda text: text.encode("cp1252"),
}
# UTF-8 (the accent), then bytes that are not; and bytes that Windows-1252 does not define.
NOT_TEXT = {
    "damaged UTF-8": lambda text: text.encode("utf-8") + b"\xff\xfe\x81",
    "undefined in Windows-1252": lambda text: text.encode("cp1252") + b"\x81\x9d",
    "UTF-16 cut in half": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le")[:-1],
}


def _calendar(summary: str, location: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Old Outlook//EN\r\nBEGIN:VEVENT\r\n"
        "UID:enc-1@example.org\r\nDTSTART:20270301T100000Z\r\nDTEND:20270301T110000Z\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _vcard(name: str, note: str) -> str:
    family, given = name.split(" ", 1)[1], name.split(" ", 1)[0]
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{name}\r\n"
        f"NOTE:{note.replace(';', chr(92) + ';')}\r\nTEL;TYPE=WORK:555-0110\r\nEND:VCARD\r\n"
    )


def _diary(note: str, separator: str = ",") -> str:
    rows = [["recorded_at", "completed_by", "pain", "note"], ["2024-03-01T08:00", "patient", "3"]]
    rows[1].append(f'"{note}"' if separator in note else note)
    return "".join(separator.join(row) + "\r\n" for row in rows)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_calendar_file_keeps_its_text_exactly(encoding):
    data = ENCODINGS[encoding](_calendar(NAME, NOTE.replace(";", "\\;")))
    (item,) = read_ics(data).appointments
    assert (item.record.title, item.record.location) == (NAME, NOTE)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_contacts_file_keeps_its_names_exactly(encoding):
    (contact,) = read_vcards(ENCODINGS[encoding](_vcard(NAME, NOTE))).contacts
    assert (contact.name, contact.notes) == (NAME, NOTE)


def test_a_windows_1252_vcard_with_accented_names(tmp_path):
    names = ["José Núñez", "Zoë Müller", "François Lefèvre", "Ågot Ærø", "Íñigo Ibáñez"]
    text = "".join(_vcard(name, "Hospicio “San Andrés”") for name in names)
    contacts = read_vcards(text.encode("cp1252")).contacts
    assert [c.name for c in contacts] == names
    assert {c.notes for c in contacts} == {"Hospicio “San Andrés”"}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_diary_file_keeps_its_notes_exactly(tmp_path, encoding):
    data = ENCODINGS[encoding](_diary(NOTE))
    (entry,) = read_csv(data).entries
    assert entry.note == NOTE
    path = tmp_path / "diary.csv"
    path.write_bytes(data)
    (from_file,) = read_diary_file(path).read_entries()
    assert from_file.note == NOTE


def test_excel_unicode_text_is_read(tmp_path):
    # Excel's "Save as > Unicode Text": UTF-16 little-endian with its mark, tabs between cells.
    data = codecs.BOM_UTF16_LE + _diary(NOTE, "\t").encode("utf-16-le")
    assert data.startswith(b"\xff\xfer\x00e\x00c\x00") and b"\t\x00" in data
    path = tmp_path / "diary.txt"
    path.write_bytes(data)
    (entry,) = read_diary_file(path).read_entries()
    assert (entry.note, entry.scores["pain"], entry.completed_by) == (NOTE, 3, "patient")


@pytest.mark.parametrize("damage", list(NOT_TEXT))
def test_a_file_that_is_not_text_is_refused_in_one_sentence(tmp_path, damage):
    sentence = undecodable_sentence()
    with pytest.raises(NotICalendarError) as calendar:
        read_ics(NOT_TEXT[damage](_calendar(NAME, NOTE)))
    assert str(calendar.value) == sentence
    with pytest.raises(NotAVCardError) as contacts:
        read_vcards(NOT_TEXT[damage](_vcard(NAME, NOTE)))
    assert str(contacts.value) == sentence
    data = NOT_TEXT[damage](_diary(NOTE))
    path = tmp_path / "diary.csv"
    path.write_bytes(data)
    for read in (lambda: read_csv(data), lambda: read_diary_file(path)):
        with pytest.raises(DiaryCsvError) as diary:
            read()
        message = str(diary.value)
        # damaged UTF-8 is named where it breaks; the others in the one sentence
        assert message == sentence or message.startswith("row 3, column recorded_at: this is not")
