"""An old contacts file imported after "call first" was moved does not move it back."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from caregiver_app.store.contacts import ContactRecord, get_contact, list_contacts, save_contact


def test_an_old_export_does_not_mark_a_second_person_to_call_first(
    store, make_window, qtbot, tmp_path
):
    ann = save_contact(
        ContactRecord(name="Ann Adams", phones=[("main", "555-0101")], call_first=True)
    )
    bob = save_contact(ContactRecord(name="Bob Brown", phones=[("main", "555-0102")]))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    files = window.contact_files
    old_file = tmp_path / "team-last-month.vcf"
    files.export_file(old_file)
    assert "CALL-FIRST:1" in old_file.read_text(encoding="utf-8")
    moved = get_contact(bob)
    moved.call_first = True
    save_contact(moved, take_call_first=True)  # the family chose Bob since

    box = files.import_file(old_file)

    assert "merged 2" in box.text()
    assert [(c.name, c.call_first) for c in list_contacts()] == [
        ("Ann Adams", False),
        ("Bob Brown", True),
    ]
    assert get_contact(ann).phones == [("main", "555-0101")]
    window.tabs.setCurrentWidget(window.today_tab)
    texts = [label.text() for label in window.today_tab.findChildren(QLabel)]
    assert any(text.startswith("Call first for symptoms: Bob Brown") for text in texts)


def test_a_file_may_mark_the_first_person_when_no_one_is(store, make_window, tmp_path):
    card = tmp_path / "nurse.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Lindqvist\r\nTEL:555-0111\r\n"
        "X-CARE-COMPANION-CALL-FIRST:1\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Green\r\nTEL:555-0112\r\n"
        "X-CARE-COMPANION-CALL-FIRST:1\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    make_window().contact_files.import_file(card)
    assert [(c.name, c.call_first) for c in list_contacts()] == [
        ("Grace Lindqvist", True),
        ("Sam Green", False),
    ]
