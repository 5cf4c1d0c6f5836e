"""The dialog's page while the record shares: the folder, each computer, Sync now, Stop."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.store.home_clock import home_now
from caregiver_app.views.sharing.sharing_words import ShareWindow, moment, status_line
from caregiver_app.views.widgets.form_parts import button_line, command_button
from caregiver_app.views.widgets.tab_page import set_bold

if TYPE_CHECKING:
    from caregiver_app.services.sharing.reports import DeviceSeen, ShareStatus


def device_line(device: DeviceSeen, now: datetime) -> str:
    """One computer of the family: "Tom's laptop: synced as of 10:02"."""
    if device.is_this_computer:
        return ShareWindow.tr("{computer} (this computer)").format(computer=device.name)
    if device.in_step_as_of is None:
        return ShareWindow.tr("{computer}: nothing has come in from it yet").format(
            computer=device.name
        )
    return ShareWindow.tr("{computer}: synced as of {time}").format(
        computer=device.name, time=moment(device.in_step_as_of, now)
    )


class ShareStatusPage(QWidget):
    """What the sharing looks like now, with Sync now and Stop sharing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingStatusPage")
        heading = QLabel(ShareWindow.tr("This care record is shared with the family"), self)
        set_bold(heading)
        heading.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.computers_label = QLabel(self)
        self.computers_label.setWordWrap(True)
        self.computers_label.setAccessibleName(ShareWindow.tr("The family's computers"))
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("sharingState")
        self.sync_button = command_button(self, ShareWindow.tr("&Sync now"), lambda: None)
        self.stop_button = command_button(self, ShareWindow.tr("S&top sharing..."), lambda: None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.computers_label)
        layout.addWidget(self.state_label)
        layout.addLayout(button_line(self.sync_button, self.stop_button))
        layout.addStretch(1)

    def show_status(self, status: ShareStatus, problem: str = "") -> None:
        """Show ``status`` (and the last sync's failure, if any)."""
        now = home_now()
        self.folder_label.setText(
            ShareWindow.tr("Family folder: {folder}").format(folder=status.folder)
        )
        self.folder_label.setAccessibleName(self.folder_label.text())
        lines = [device_line(device, now) for device in status.devices]
        self.computers_label.setText(
            ShareWindow.tr("Computers:") + "\n" + "\n".join(f"• {line}" for line in lines)
        )
        self.computers_label.setAccessibleDescription(", ".join(lines))
        state = problem or status_line(status, now)
        self.state_label.setText(state)
        self.state_label.setAccessibleName(state)
