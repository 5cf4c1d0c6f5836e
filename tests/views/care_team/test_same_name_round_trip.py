"""Two contacts with the same name, exported and imported back: each finds itself.

With no number or email to tell them apart, the second card used to be merged into the
first contact of that name, which took the other one's address and notes.
"""

from __future__ import annotations

import vobject

from caregiver_app.store.contacts import ContactRecord, list_contacts, save_contact


def test_an_exported_file_imported_back_gives_back_the_same_contacts(store, make_window, tmp_path):
    save_contact(ContactRecord(name="Dr. Smith", role="oncologist"))
    save_contact(
        ContactRecord(
            name="Dr. Smith", role="pharmacist", address="12 Main St", notes="the one on Main St"
        )
    )
    save_contact(ContactRecord(name="Flowers", phones=[("main", "1-800-FLOWERS")]))
    save_contact(
        ContactRecord(name="Flowers", role="social worker", phones=[("main", "1-800-CALLNOW")])
    )
    before = list_contacts()
    files = make_window().contact_files
    exported = tmp_path / "team.vcf"
    files.export_file(exported)
    # An independent reader sees the four people, each once.
    cards = list(vobject.readComponents(exported.read_text(encoding="utf-8")))
    assert sorted(card.fn.value for card in cards) == ["Dr. Smith"] * 2 + ["Flowers"] * 2

    box = files.import_file(exported)

    assert "merged 4" in box.text()
    assert list_contacts() == before  # nobody doubled, nobody given another's details
