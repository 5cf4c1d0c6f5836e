"""A number shown on screen and paper: normalised by phonenumbers where it vouches for it,
as typed otherwise; with no region known, a number without a plus sign is shown as typed
without asking the library, which would refuse it anyway."""

from __future__ import annotations

import phonenumbers
import pytest

from caregiver_app.services.contacts.phone_format import PLUS_SIGNS, display_number

# Numbers as families type them, none with a plus sign: local and national forms, an
# international call prefix instead of "+", letters, other scripts' digits, RFC 3966.
WITHOUT_PLUS = (
    "555-0102",
    "  (201) 555-0123  ",
    "201 555 0123 ext. 12",
    "0044 20 7946 0958",
    "011 44 20 7946 0958",
    "1-800-FLOWERS",
    "\uff12\uff10\uff11-\uff15\uff15\uff15-\uff10\uff11\uff12\uff13",  # full-width digits
    "٠١٢٣٤٥٦٧٨٩",
    "020 7946 0958",
    "tel:2015550123",
    "tel:2015550123;phone-context=example.com",
    "tel:2015550123;phone-context=www.example.com;isub=12",
    "Mum's mobile",
    "12",
    "9" * 300,
)


def test_the_plus_signs_are_the_library_s_own():
    assert set("".join(PLUS_SIGNS)) == set(phonenumbers.phonenumberutil._PLUS_CHARS)


@pytest.mark.parametrize("typed", WITHOUT_PLUS)
def test_with_no_region_the_library_refuses_a_number_without_a_plus_sign(typed):
    with pytest.raises(phonenumbers.NumberParseException):
        phonenumbers.parse(typed.strip(), None)
    assert display_number(typed, None) == typed.strip()


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("+1 201 555 0123", "+1 201-555-0123"),
        ("\uff0b44 20 7946 0958", "+44 20 7946 0958"),  # a full-width plus
        ("tel:2015550123;phone-context=+1", "+1 201-555-0123"),
        ("+1 555-0102", "+1 555-0102"),  # not a real number: as typed
    ],
)
def test_with_no_region_a_number_with_its_country_code_is_still_normalised(typed, shown):
    assert display_number(typed, None) == shown


def test_with_a_region_a_number_without_a_plus_sign_is_still_normalised():
    assert display_number("2015550123", "US") == "(201) 555-0123"
    assert display_number("020 7946 0958", "GB") == "020 7946 0958"
