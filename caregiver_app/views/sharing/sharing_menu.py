"""File > Share with family... and File > Sync now (shown only while the record shares)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from caregiver_app.views.action_spec import ActionSpec

if TYPE_CHECKING:
    from caregiver_app.views.sharing.share_dialog import ShareDialog
    from caregiver_app.views.sharing.sync_driver import SharingDriver


def open_share_dialog(driver: SharingDriver) -> ShareDialog:
    """File > Share with family...: window-modal, so the window stays responsive."""
    # Loaded when first asked for, not at start-up.
    from caregiver_app.views.sharing.share_dialog import ShareDialog

    dialog = ShareDialog(driver, driver.window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    driver.dialog = dialog
    dialog.open()
    return dialog


def sharing_specs(driver: Callable[[], SharingDriver]) -> list[ActionSpec]:
    """The File menu's sharing commands, on the window's ``driver()`` (made once the window
    is on screen, or by the first command); Sync now is hidden until the record shares."""
    return [
        ActionSpec(
            "shareWithFamily",
            QCoreApplication.translate("MainWindow", "S&hare with family..."),
            QCoreApplication.translate(
                "MainWindow",
                "Sync this record with the family's other computers through a "
                "shared folder, or see how the sharing stands.",
            ),
            lambda: open_share_dialog(driver()),
        ),
        ActionSpec(
            "syncNow",
            QCoreApplication.translate("MainWindow", "S&ync now"),
            QCoreApplication.translate(
                "MainWindow",
                "Write this computer's changes to the family folder and read the others'.",
            ),
            lambda: driver().sync_now(),
            ("F5",),
        ),
    ]
