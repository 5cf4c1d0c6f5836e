"""Finding contacts by what the family remembers: part of a name, a role, a clinic or a number."""

from __future__ import annotations

from caregiver_app.services.contacts.display_labels import role_label
from caregiver_app.services.contacts.phone_format import dial_digits
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.text_keys import folded


def contact_matches(record: ContactRecord, query: str) -> bool:
    """True when every word of ``query`` is in the name, role, clinic or a phone number."""
    words = folded(query).split()
    if not words:
        return True
    haystack = folded(
        " ".join([record.name, record.role, role_label(record.role), record.organisation])
    )
    numbers = [dial_digits(number) for _kind, number in record.phones]
    for word in words:
        if word in haystack:
            continue
        digits = dial_digits(word)
        if len(digits) >= 2 and any(digits in number for number in numbers):
            continue
        return False
    return True
