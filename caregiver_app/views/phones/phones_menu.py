"""File > Phones and calendars...: set up, or see how the link with the family's server stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.views.action_spec import ActionSpec

if TYPE_CHECKING:
    from caregiver_app.views.phones.phones_sync import PhonesSync


def phones_specs(phones: Callable[[], PhonesSync]) -> list[ActionSpec]:
    """The File menu's phones command, on the window's ``phones()`` (C: H is Share with
    family's)."""
    return [
        ActionSpec(
            "phonesAndCalendars",
            QCoreApplication.translate("MainWindow", "Phones and &calendars..."),
            QCoreApplication.translate(
                "MainWindow", "Put the appointments and the care team on the family's phones."
            ),
            lambda: phones().open_dialog(),
        )
    ]
