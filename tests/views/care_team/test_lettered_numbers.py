"""Numbers with letters ("1-800-FLOWERS") compare as the keys they dial: two different
lettered numbers are two numbers (before, both were "1800" and an import dropped one),
while an extension written "ext" or "x" stays an extension."""

from __future__ import annotations

from caregiver_app.services.contacts.phone_format import dial_digits
from caregiver_app.services.who_to_call.sheet_style import digits_key
from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact
from caregiver_app.store.opening import open_store
from tests.cli.test_cli import run_cli
from tests.helpers.typed_text import type_text
from tests.views.care_team.test_care_team_tab import _names_under


def _card(number: str) -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hospice pharmacy\r\n"
        f"TEL;TYPE=WORK:{number}\r\nEMAIL:pharmacy@example.org\r\nEND:VCARD\r\n"
    )


def _import(data_dir, path) -> str:
    result = run_cli("--data-dir", str(data_dir), "contacts", "import", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout


def _numbers(data_dir) -> list[str]:
    database = open_store(data_dir)
    try:
        (contact,) = list_contacts()
    finally:
        database.close()
    return [number for _kind, number in contact.phones]


def test_a_second_lettered_number_is_kept_by_the_merge(data_dir, tmp_path):
    first, second = tmp_path / "phone.vcf", tmp_path / "laptop.vcf"
    first.write_text(_card("1-800-FLOWERS"), encoding="utf-8")
    second.write_text(_card("1-800-CALLNOW"), encoding="utf-8")
    _import(data_dir, first)
    _import(data_dir, second)
    assert _numbers(data_dir) == ["1-800-FLOWERS", "1-800-CALLNOW"]
    # The same number written with its digits, or another way, adds nothing.
    again = tmp_path / "again.vcf"
    again.write_text(_card("+1 (800) 356-9377"), encoding="utf-8")
    _import(data_dir, again)
    assert _numbers(data_dir) == ["1-800-FLOWERS", "1-800-CALLNOW"]


def test_extensions_written_ext_or_x_stay_extensions(data_dir, tmp_path):
    first, second, third = (tmp_path / f"{n}.vcf" for n in "abc")
    first.write_text(_card("555-555-0112 ext 34"), encoding="utf-8")
    second.write_text(_card("555-555-0112 x34"), encoding="utf-8")  # the same line
    third.write_text(_card("555-555-0112 ext. 35"), encoding="utf-8")  # another one
    for path in (first, second, third):
        _import(data_dir, path)
    assert _numbers(data_dir) == ["555-555-0112 ext 34", "555-555-0112 ext. 35"]


def test_comparing_keys():
    assert dial_digits("1-800-FLOWERS") == "18003569377" != dial_digits("1-800-CALLNOW")
    assert dial_digits("nurse") == ""  # a word searched for is not a number
    assert digits_key("1-800-FLOWERS") != digits_key("1-800-CALLNOW")
    assert digits_key("555-0112 ext 34") == digits_key("555-0112 x 34")
    assert digits_key("555-0112 ext 34") != digits_key("555-0112")


def test_typing_the_digits_finds_a_lettered_number(store, make_window, qtbot):
    save_contact(ContactRecord(name="Florist", role="Other", phones=[("main", "1-800-FLOWERS")]))
    save_contact(ContactRecord(name="Night line", role="Other", phones=[("main", "1-800-CALLNOW")]))
    tab = make_window().care_team_tab
    tab.search.setFocus()
    type_text(qtbot, tab.search, "356-9377")
    assert _names_under(tab.tree, "Other") == ["Florist"]
