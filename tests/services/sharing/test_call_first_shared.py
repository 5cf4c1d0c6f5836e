"""Ticking "Call first" on two computers before they sync: each took the mark from everyone
it knew of, so after the sync two contacts hold it. Today, the symptom alerts and the chart
name one person to call first; it must be the family's last choice on every computer, not
the first by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.services.medication.today import today_data
from caregiver_app.services.sharing import crypto
from caregiver_app.store.contacts import (
    ContactRecord,
    call_first_names,
    first_call_first_contact,
    list_contacts,
    save_contact,
)
from tests.services.sharing.records import Computer, opened

# Tom's clock runs three minutes fast: his tick, made after Laura's, is the later one.
TOM_SKEW_MS = 3 * 60 * 1000


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _tick_call_first(computer: Computer, name: str) -> None:
    """Open the contact, tick "Call first" and save, as the contact form does."""
    with opened(computer.data_dir, computer.skew_ms):
        (record,) = [c for c in list_contacts() if c.name == name]
        record.call_first = True
        save_contact(record, take_call_first=True)


def _named_first(computer: Computer) -> tuple[str, str, list[str]]:
    with opened(computer.data_dir):
        today = today_data()
        chosen = first_call_first_contact()
        assert chosen is not None and today.call_first is not None
        return chosen.name, today.call_first.name, call_first_names()


@pytest.mark.parametrize("laura_syncs_first", [True, False])
def test_the_later_tick_is_named_on_every_computer(tmp_path: Path, laura_syncs_first: bool):
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder, skew_ms=TOM_SKEW_MS)
    with opened(laura.data_dir):
        save_contact(ContactRecord(name="Ana Ruiz (nurse)", call_first=True))
        save_contact(ContactRecord(name="Bob Hale (oncologist)"))
        save_contact(ContactRecord(name="Cora Lind (hospice)"))
    laura.start()
    tom.join()

    _tick_call_first(laura, "Bob Hale (oncologist)")
    _tick_call_first(tom, "Cora Lind (hospice)")  # later, not having seen Laura's
    first, second = (laura, tom) if laura_syncs_first else (tom, laura)
    first.sync()
    second.sync()
    first.sync()

    for computer in (laura, tom):
        chosen, on_today, marked = _named_first(computer)
        assert chosen == "Cora Lind (hospice)", computer.name
        assert on_today == "Cora Lind (hospice)", computer.name
        # Both ticks arrived: the contact form names Bob as the one saving takes it from.
        assert marked == ["Bob Hale (oncologist)", "Cora Lind (hospice)"]
    assert laura.dump() == tom.dump()


def test_a_record_never_shared_still_names_the_first_by_name(tmp_path: Path):
    """Several marked by an imported file, no sharing: no change is later than another."""
    with opened(tmp_path / "alone"):
        save_contact(ContactRecord(name="Cora Lind (hospice)", call_first=True))
        save_contact(ContactRecord(name="Bob Hale (oncologist)", call_first=True))
        chosen = first_call_first_contact()
        assert chosen is not None and chosen.name == "Bob Hale (oncologist)"
