"""Importing thousands of cards: each person once, merged as a scan of every contact would.

Speed is measured in ``benchmarks/`` (docs/benchmarks.md), not here.
"""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from caregiver_app.services.contacts.vcard_write import write_vcards
from caregiver_app.store.contact_import import (
    ContactImportCounts,
    adds_nothing,
    import_contacts,
    merge_into,
)
from caregiver_app.store.contacts import ContactRecord, clean_contact, list_contacts, save_contact
from caregiver_app.store.opening import open_store

PEOPLE = 2_000


def _people(count: int = PEOPLE) -> list[ContactRecord]:
    return [
        ContactRecord(
            name=f"Person {number:04d} Núñez",
            role="pharmacist" if number % 4 == 0 else "",
            phones=[("main", f"+1 555 {number // 1000:03d} {number % 1000:04d}")],
            email=f"person{number}@example.org" if number % 2 == 0 else "",
        )
        for number in range(count)
    ]


def _import(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", "contacts", "import", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _contacts(data_dir: Path) -> list[ContactRecord]:
    database = open_store(data_dir)
    try:
        return list_contacts()
    finally:
        database.close()


def test_two_thousand_cards_imported_twice_are_two_thousand_contacts(data_dir, tmp_path):
    people = _people()
    cards = tmp_path / "team.vcf"
    cards.write_text(write_vcards(people), encoding="utf-8")
    first = _import(cards)
    assert (first.returncode, first.stdout.strip(), first.stderr) == (
        0,
        f"imported {PEOPLE} contacts, merged 0 into people already listed, skipped 0 cards",
        "",
    )
    again = _import(cards)
    assert (again.returncode, again.stdout.strip()) == (
        0,
        f"imported 0 contacts, merged {PEOPLE} into people already listed, skipped 0 cards",
    )
    contacts = _contacts(data_dir)
    assert len(contacts) == PEOPLE == len({contact.name for contact in contacts})
    by_name = {contact.name: contact for contact in contacts}
    for person in people:
        kept = by_name[person.name]
        assert [number for _kind, number in kept.phones] == [person.phones[0][1]]
        assert (kept.email, kept.role) == (person.email, person.role)


def test_cards_that_add_numbers_are_merged_into_the_same_people(data_dir, tmp_path):
    people = _people()
    cards = tmp_path / "team.vcf"
    cards.write_text(write_vcards(people), encoding="utf-8")
    assert _import(cards).returncode == 0
    # The same people from a phone: the name spaced and cased differently, the number
    # written another way, a mobile added, an email where there was none.
    updated = [
        replace(
            person,
            name=person.name.upper().replace(" ", "  "),
            phones=[
                ("main", person.phones[0][1].replace(" ", "-")),
                ("mobile", f"07700 9{number:05d}"),
            ],
            email=person.email or f"new{number}@example.org",
        )
        for number, person in enumerate(people)
    ]
    cards.write_text(write_vcards(updated), encoding="utf-8")
    result = _import(cards)
    assert (result.returncode, result.stdout.strip()) == (
        0,
        f"imported 0 contacts, merged {PEOPLE} into people already listed, skipped 0 cards",
    )
    contacts = _contacts(data_dir)
    assert len(contacts) == PEOPLE
    by_name = {contact.name: contact for contact in contacts}
    for number, person in enumerate(people):
        kept = by_name[person.name]  # the name as first kept
        assert kept.phones == [person.phones[0], ("mobile", f"07700 9{number:05d}")]
        assert kept.email == (person.email or f"new{number}@example.org")


# ---------------------------------------------------------------- the same answers as a scan


def _digits(number: str) -> str:
    return "".join(char for char in number if char.isdigit())[-10:]


def _scan_for_same_person(record: ContactRecord, among: list[ContactRecord]) -> int | None:
    """The same person found by comparing every contact in turn: of those with the name and a
    shared number or email (or only the name, for a card with neither), the first the card
    adds nothing to, else the first."""
    name = " ".join(record.name.casefold().split())
    numbers = {_digits(number) for _kind, number in record.phones if _digits(number)}
    email = record.email.strip().casefold()
    found = []
    for position, other in enumerate(among):
        if " ".join(other.name.casefold().split()) != name:
            continue
        other_numbers = {_digits(number) for _kind, number in other.phones}
        same_email = bool(email) and email == other.email.strip().casefold()
        if (not numbers and not email) or numbers & other_numbers or same_email:
            found.append(position)
    card = clean_contact(record)
    exact = [position for position in found if adds_nothing(among[position], card)]
    return (exact or found or [None])[0]


def _crowded(rng: random.Random, count: int) -> list[ContactRecord]:
    """Cards drawn from few names, numbers and addresses, so that many could match."""
    names = ["Ana Núñez", "ana  núñez", "ANA NÚÑEZ", "Wang Wei", "wang wei", "Dr. Okafor"]
    names += ["Lucía Pérez", "Dr. Lee", "Sam Green", "Priya Nair", "Omar Haddad", "Kim Ito"]
    numbers = ["555-0101", "(555) 0101", "+1 555 0102", "555 0103", "0103", "ext. 7"]
    emails = ["", "", "ana@example.org", "ANA@example.org", "wei@example.org"]
    return [
        ContactRecord(
            name=rng.choice(names),
            phones=[("main", number) for number in rng.sample(numbers, rng.randint(0, 2))],
            email=rng.choice(emails),
            notes=rng.choice(["", "", "night line", "speaks Spanish"]),
            organisation=rng.choice(["", "Riverside clinic"]),
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(6))
def test_each_card_merges_into_the_contact_a_scan_would_find(store, seed):
    rng = random.Random(seed)
    already = _crowded(rng, 12)
    for record in already:
        save_contact(record)
    expected = list_contacts()
    cards = _crowded(rng, 400)
    imported = merged = 0
    next_id = max(contact.id for contact in expected) + 1
    for card in cards:
        position = _scan_for_same_person(card, expected)
        if position is None:
            expected.append(replace(card, id=next_id))
            next_id += 1
            imported += 1
        else:
            expected[position] = merge_into(expected[position], card)
            merged += 1
    assert import_contacts(cards) == ContactImportCounts(imported=imported, merged=merged)
    assert merged > 100 and imported > 10  # the draw really mixes both
    by_id = {contact.id: contact for contact in list_contacts()}
    assert by_id == {contact.id: contact for contact in expected}
