"""Translated display labels for values the store keeps in English (roles, phone kinds).

QtCore only, so the headless commands and the PDFs use the same wording as the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.wording import QT_TRANSLATE_NOOP

_PHONE_KINDS = {
    "main": QT_TRANSLATE_NOOP("Labels", "main"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "mobile"),
    "after_hours": QT_TRANSLATE_NOOP("Labels", "after hours / 24-hour line"),
    "fax": QT_TRANSLATE_NOOP("Labels", "fax"),
}


_SHORT_PHONE_KINDS = {
    "after_hours": QT_TRANSLATE_NOOP("Labels", "after hours"),
}


def phone_kind_label(kind: str, short: bool = False) -> str:
    """``after_hours`` reads as "after hours / 24-hour line" ("after hours" when short)."""
    text = (_SHORT_PHONE_KINDS if short and kind in _SHORT_PHONE_KINDS else _PHONE_KINDS).get(
        kind, kind
    )
    return QCoreApplication.translate("Labels", text)


def role_label(name: str) -> str:
    """An offered role in the user's language, capitalised; a typed role as typed."""
    # The roles load with their first use: the printouts that show a phone kind only
    # (the medicine chart) never read them.
    from caregiver_app.services.contacts.roles import ROLES

    for role in ROLES:
        if role.name == name.strip().casefold():
            text = QCoreApplication.translate("Roles", role.name)
            return text[:1].upper() + text[1:]
    return name


def phone_region() -> str | None:
    """The region phone numbers are read in: the system locale's country."""
    from PySide6.QtCore import QLocale

    from caregiver_app.services.contacts.phone_format import region_from_locale_name

    return region_from_locale_name(QLocale.system().name())


def shown_number(number: str) -> str:
    """A number as typed, normalised for the user's region where that is safe."""
    from caregiver_app.services.contacts.phone_format import display_number

    return display_number(number, phone_region())


def role_name_from_label(label: str) -> str:
    """The stored name for what the role box shows: offered roles back to English."""
    from caregiver_app.services.contacts.roles import ROLES  # as role_label

    text = label.strip()
    for role in ROLES:
        if text.casefold() in (
            role.name,
            QCoreApplication.translate("Roles", role.name).casefold(),
        ):
            return role.name
    return text


def role_explanation_label(name: str) -> str:
    """The one-line explanation of an offered role, translated; "" for a typed role."""
    from caregiver_app.services.contacts.roles import role_explanation  # as role_label

    explanation = role_explanation(name)
    return QCoreApplication.translate("Roles", explanation) if explanation else ""
