"""A name whose accents are stored as combining marks (as some address books and copied
text write them: "e" + U+0301) is the same name as the one typed with an accented key:
the search finds it, and an import of the same person merges instead of adding a twin."""

from __future__ import annotations

import unicodedata

from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact
from tests.cli.test_cli import run_cli
from tests.helpers.typed_text import type_text
from tests.views.care_team.test_care_team_tab import _names_under

TYPED = "José Núñez"  # as an accented key types it (one character for "é")
COMBINING = unicodedata.normalize("NFD", TYPED)  # "e" followed by a combining accent


def _card(name: str, extra: str = "") -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL;TYPE=CELL:555-0101\r\n{extra}"
        "END:VCARD\r\n"
    )


def test_typing_the_name_finds_the_contact_kept_with_combining_accents(
    store, make_window, qtbot
):
    save_contact(ContactRecord(name=COMBINING, role="Nurse", phones=[("mobile", "555-0101")]))
    tab = make_window().care_team_tab
    tab.search.setFocus()
    type_text(qtbot, tab.search, "José")
    assert _names_under(tab.tree, "Nurse") == [COMBINING]  # found, and shown as kept


def test_the_same_person_from_two_address_books_is_merged(data_dir, tmp_path):
    first, second = tmp_path / "phone.vcf", tmp_path / "laptop.vcf"
    first.write_text(_card(COMBINING), encoding="utf-8")
    second.write_text(_card(TYPED, "EMAIL:jose@example.org\r\n"), encoding="utf-8")
    for path in (first, second):
        result = run_cli("--data-dir", str(data_dir), "contacts", "import", str(path))
        assert result.returncode == 0, result.stderr
    assert "merged 1 into people already listed" in result.stdout
    from caregiver_app.store.opening import open_store

    database = open_store(data_dir)
    try:
        (contact,) = list_contacts()
    finally:
        database.close()
    assert contact.name == COMBINING and contact.email == "jose@example.org"
