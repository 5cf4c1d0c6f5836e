"""The fixed wording the "Who to call" sheet prints, given already translated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from caregiver_app.services.contacts.display_labels import phone_kind_label
from caregiver_app.services.locale_dates import english_date
from caregiver_app.services.wording import QT_TRANSLATE_NOOP, LabelSet


def _short_phone_kind(kind: str) -> str:
    """A stored phone kind in the care team list's short words ("main", "after hours")."""
    return phone_kind_label(kind, short=True)


class WhoToCallLabels(LabelSet):
    """Every fixed string the sheet prints, already translated; ``{...}`` are filled in."""

    title: str = QT_TRANSLATE_NOOP("WhoToCall", "Who to call")
    for_patient: str = QT_TRANSLATE_NOOP("WhoToCall", "for {name}")
    prepared_on: str = QT_TRANSLATE_NOOP("WhoToCall", "Prepared on {date}")
    emergency: str = QT_TRANSLATE_NOOP(
        "WhoToCall", "In an emergency call 911 (or your local emergency number)"
    )
    call_first_title: str = QT_TRANSLATE_NOOP("WhoToCall", "Call first for symptoms")
    call_first_none: str = QT_TRANSLATE_NOOP(
        "WhoToCall",
        "No one is marked “call first” yet. In the app, mark the person to call "
        "about new or worse symptoms.",
    )
    after_hours_title: str = QT_TRANSLATE_NOOP("WhoToCall", "After-hours and 24-hour lines")
    after_hours_none: str = QT_TRANSLATE_NOOP(
        "WhoToCall", "No after-hours or 24-hour line has been added yet."
    )
    team_title: str = QT_TRANSLATE_NOOP("WhoToCall", "The care team")
    team_none: str = QT_TRANSLATE_NOOP("WhoToCall", "No one has been added to the care team yet.")
    column_name: str = QT_TRANSLATE_NOOP("WhoToCall", "Name")
    column_role: str = QT_TRANSLATE_NOOP("WhoToCall", "Role")
    column_phone: str = QT_TRANSLATE_NOOP("WhoToCall", "Phone")
    column_call_about: str = QT_TRANSLATE_NOOP("WhoToCall", "Call about")
    call_about_line: str = QT_TRANSLATE_NOOP("WhoToCall", "Call about: {text}")
    emergency_contact: str = QT_TRANSLATE_NOOP("WhoToCall", "Emergency contact")
    footer: str = QT_TRANSLATE_NOOP(
        "WhoToCall", "Keep this sheet by the phone. Confirm numbers with the care team."
    )
    format_date: Callable[[date], str] = english_date
    # Phone kinds in the care team list's words, so the sheet and the window name them alike.
    kind_label: Callable[[str], str] = _short_phone_kind
