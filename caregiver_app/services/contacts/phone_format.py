"""Phone numbers are stored exactly as typed and shown normalised where that is safe."""

from __future__ import annotations

from functools import lru_cache

from caregiver_app.store.phone_keys import number_parts

# The plus signs phonenumbers takes before a country code (its _PLUS_CHARS): "+" and the
# full-width plus (U+FF0B) of Chinese and Japanese input methods.
PLUS_SIGNS = ("+", "\uff0b")


def region_from_locale_name(locale_name: str) -> str | None:
    """``"en_US"`` gives ``"US"``; a locale with no country gives None."""
    parts = locale_name.replace("-", "_").split("_")
    if len(parts) >= 2 and len(parts[1]) == 2 and parts[1].isalpha():
        return parts[1].upper()
    return None


@lru_cache(maxsize=2048)
def display_number(number: str, region: str | None) -> str:
    """The number in the usual written form for ``region``, or as typed if not a real number.

    Numbers from other countries are shown in international form. A number
    the library cannot vouch for (a short extension, a fictional number, a
    typing slip) is shown exactly as the family typed it: never guess.
    """
    text = number.strip()
    if not text or (region is None and not any(plus in text for plus in PLUS_SIGNS)):
        # With no region (a system locale without a country: "C", "en"), the library
        # reads only a number written with its country code after a plus sign, and
        # refuses any other, which is then shown as typed: so it is, without loading the
        # library (15 to 20 ms of a printout's start).
        return text
    import phonenumbers  # heavy; only needed once a number is shown

    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(parsed):
        return text
    number_region = phonenumbers.region_code_for_number(parsed)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region and number_region == region
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    formatted = phonenumbers.format_number(parsed, style)
    if parsed.extension and "ext" not in formatted:
        formatted = f"{formatted} ext. {parsed.extension}"
    return formatted


def dial_digits(number: str) -> str:
    """The digits dialled (and a leading +), for searching and comparing numbers: letters
    as keypad digits, an extension's word left out (store/phone_keys.py); "" for text
    with no digit, so a word searched for is never taken for a number."""
    dialled, extension = number_parts(number)
    return dialled + extension
