"""A care team exported to a .vcf file and imported again: the same contacts, none doubled.

The file is read by vobject too, as another address book would read it.
"""

from __future__ import annotations

from datetime import time

import vobject

from caregiver_app.cli.main import main
from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact
from caregiver_app.store.opening import open_store

TEAM = [
    ContactRecord(
        name="Riverside Palliative Clinic",
        role="care coordinator",
        phones=[("main", "555-0100"), ("after_hours", "555-0199")],
        office_days="1,2,3,4,5",
        office_opens=time(8, 30),
        office_closes=time(16, 0),
    ),
    # Open until midnight: stored as closing at 0:00.
    ContactRecord(
        name="Farmacia Núñez",
        phones=[("main", "+34 555 0101")],
        office_days="1,2,3,4,5,6,7",
        office_opens=time(7, 0),
        office_closes=time(0, 0),
    ),
    ContactRecord(name="Days only", phones=[("mobile", "555-0102")], office_days="2,4"),
    # No number and no email: only the name says who they are.
    ContactRecord(name="Dr. Amara Okafor", address="12 Mill Street\nRiverside"),
    ContactRecord(name="王秀英", role="社会工作者", video_link="https://meet.example/wang"),
    ContactRecord(name="ليلى حداد", call_about="الأدوية", notes="Tuesdays\tonly"),
]


def _contacts(data_dir) -> list[ContactRecord]:
    database = open_store(data_dir)
    try:
        return [ContactRecord(**{**vars(record), "id": None}) for record in list_contacts()]
    finally:
        database.close()


def test_export_then_import_gives_back_the_same_team(data_dir, tmp_path, monkeypatch, capsys):
    database = open_store(data_dir)
    try:
        for record in TEAM:
            save_contact(record)
    finally:
        database.close()
    typed = _contacts(data_dir)
    file = tmp_path / "team.vcf"
    assert main(["contacts", "export", str(file)]) == 0
    text = file.read_text(encoding="utf-8")
    cards = {card.fn.value: card for card in vobject.readComponents(text)}
    assert sorted(cards) == sorted(record.name for record in TEAM)
    clinic = cards["Riverside Palliative Clinic"].contents
    assert clinic["x-care-companion-office-hours"][0].value == "08:30-16:00"
    assert cards["Farmacia Núñez"].contents["x-care-companion-office-hours"][0].value == (
        "07:00-24:00"
    )
    capsys.readouterr()

    # Into the same record again: every card is a person already listed.
    assert main(["contacts", "import", str(file)]) == 0
    assert capsys.readouterr().out.strip() == (
        "imported 0 contacts, merged 6 into people already listed, skipped 0 cards"
    )
    assert _contacts(data_dir) == typed

    # Into a new record (a new laptop): the same contacts, office hours and all.
    new_laptop = tmp_path / "new-laptop"
    monkeypatch.setenv("CAREGIVER_APP_DATA_DIR", str(new_laptop))
    assert main(["contacts", "import", str(file)]) == 0
    assert _contacts(new_laptop) == typed


def test_office_hours_fill_a_contact_that_has_none_and_change_none_entered(store):
    from caregiver_app.store.contact_import import import_contacts

    save_contact(ContactRecord(name="Ana Núñez", phones=[("main", "555-0160")]))
    save_contact(
        ContactRecord(
            name="Wang Wei",
            phones=[("main", "555-0161")],
            office_days="1,2",
            office_opens=time(9),
            office_closes=time(12),
        )
    )
    cards = [
        ContactRecord(
            name="Ana Núñez",
            phones=[("main", "555 0160")],
            office_days="3",
            office_opens=time(10),
            office_closes=time(14),
        ),
        ContactRecord(name="Wang Wei", phones=[("main", "5550161")], office_days="5"),
    ]
    import_contacts(cards)
    ana, wang = list_contacts()
    assert (ana.office_days, ana.office_opens, ana.office_closes) == ("3", time(10), time(14))
    assert (wang.office_days, wang.office_opens, wang.office_closes) == ("1,2", time(9), time(12))


def test_a_contact_with_no_number_or_email_is_not_doubled_by_importing_again(
    data_dir, tmp_path, capsys
):
    database = open_store(data_dir)
    try:
        save_contact(ContactRecord(name="Dr. Amara Okafor", address="12 Mill Street"))
        save_contact(ContactRecord(name="Dr. Amara Okafor", phones=[("main", "555-0170")]))
    finally:
        database.close()
    file = tmp_path / "team.vcf"
    assert main(["contacts", "export", str(file)]) == 0
    capsys.readouterr()
    assert main(["contacts", "import", str(file)]) == 0
    assert capsys.readouterr().out.strip() == (
        "imported 0 contacts, merged 2 into people already listed, skipped 0 cards"
    )
    kept = [(record.address, record.phones) for record in _contacts(data_dir)]
    assert kept == [("12 Mill Street", []), ("", [("main", "555-0170")])]


def test_an_export_of_no_contacts_imported_is_said_to_be_empty(data_dir, tmp_path, capsys):
    file = tmp_path / "nobody.vcf"
    assert main(["contacts", "export", str(file), "--match", "nobody by this name"]) == 0
    capsys.readouterr()
    assert main(["contacts", "import", str(file)]) == 2
    said = capsys.readouterr().err
    assert "This file is empty: it holds no contacts, so nothing was imported." in said
    assert "not a vCard file" not in said
