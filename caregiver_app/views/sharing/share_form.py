"""The Start and Join forms: the family folder, this computer's name and the passphrase.

What is wrong is said under the box it is about; a passphrase is never shown or kept
by the window beyond the dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.sharing.sharing_words import ShareWindow
from caregiver_app.views.widgets.form_parts import command_button, error_label, tab_chain
from caregiver_app.views.widgets.tab_page import set_bold

START = "start"
JOIN = "join"


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ShareForm(QWidget):
    """The boxes of Start sharing (passphrase twice) or Join (passphrase once)."""

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setObjectName(f"{mode}Form")
        starting = mode == START
        self.heading = QLabel(
            ShareWindow.tr("Start sharing from this computer")
            if starting
            else ShareWindow.tr("Join the family's shared record"),
            self,
        )
        set_bold(self.heading)
        self.heading.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setAccessibleName(ShareWindow.tr("Family folder"))
        self.choose_button = command_button(
            self,
            ShareWindow.tr("C&hoose..."),
            self.choose_folder,
            ShareWindow.tr("Choose the family folder"),
        )
        folder_label = QLabel(ShareWindow.tr("&Family folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        self.folder_error = error_label(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setAccessibleName(ShareWindow.tr("This computer's name"))
        name_label = QLabel(ShareWindow.tr("This computer's &name:"), self)
        name_label.setBuddy(self.name_edit)
        self.name_error = error_label(self)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(ShareWindow.tr("Family passphrase"))
        passphrase_label = QLabel(ShareWindow.tr("Family &passphrase:"), self)
        passphrase_label.setBuddy(self.passphrase_edit)
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("passphraseAgainEdit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(ShareWindow.tr("Family passphrase again"))
        again_label = QLabel(ShareWindow.tr("The passphrase &again:"), self)
        again_label.setBuddy(self.again_edit)
        self.passphrase_error = error_label(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(folder_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        layout.addLayout(folder_row)
        layout.addWidget(
            _hint(
                ShareWindow.tr(
                    "An empty folder that is already synced between the family's "
                    "computers: a Syncthing, Nextcloud, Dropbox or OneDrive folder, a network "
                    "share, or a USB stick carried from one computer to the other."
                )
                if starting
                else ShareWindow.tr(
                    "The folder the family's other computer chose when it started sharing, "
                    "as it appears on this computer."
                ),
                self,
            )
        )
        layout.addWidget(self.folder_error)
        layout.addWidget(name_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(
            _hint(
                ShareWindow.tr(
                    "For example “Laura's laptop”: the other computers show it next to what "
                    "was recorded here."
                ),
                self,
            )
        )
        layout.addWidget(self.name_error)
        layout.addWidget(passphrase_label)
        layout.addWidget(self.passphrase_edit)
        fields = [self.folder_edit, self.choose_button, self.name_edit, self.passphrase_edit]
        if starting:
            layout.addWidget(again_label)
            layout.addWidget(self.again_edit)
            fields.append(self.again_edit)
        else:
            again_label.hide()
            self.again_edit.hide()
        layout.addWidget(
            _hint(
                ShareWindow.tr(
                    "The passphrase locks what is written to the folder. It cannot be "
                    "recovered if it is forgotten, and every computer that shares needs it: "
                    "write it down and keep it somewhere safe."
                )
                if starting
                else ShareWindow.tr("The passphrase the family chose when sharing started."),
                self,
            )
        )
        layout.addWidget(self.passphrase_error)
        layout.addStretch(1)
        tab_chain(fields)

    # ------------------------------------------------------------ reading

    def choose_folder(self) -> None:
        """Ask for the folder with the system's folder chooser."""
        chosen = QFileDialog.getExistingDirectory(
            self, ShareWindow.tr("Choose the family folder"), self.folder_edit.text().strip()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    @property
    def folder(self) -> Path:
        """The folder as typed or chosen, as a whole path (kept so: the app's next start may
        run from another folder)."""
        return Path(self.folder_edit.text().strip()).expanduser().absolute()

    @property
    def device_name(self) -> str:
        """This computer's name as typed (spaces at either end left out)."""
        return self.name_edit.text().strip()

    @property
    def passphrase(self) -> str:
        """The passphrase exactly as typed."""
        return self.passphrase_edit.text()

    def clear_errors(self) -> None:
        """Hide every sentence about a box (and stop a screen reader reading it there)."""
        for label in (self.folder_error, self.name_error, self.passphrase_error):
            label.clear()
            label.hide()
        for box in (self.folder_edit, self.name_edit, self.passphrase_edit):
            box.setAccessibleDescription("")

    def say(self, field: str, text: str) -> None:
        """Say ``text`` under the box of ``field`` ("folder", "name", "passphrase") and go there."""
        label, box = {
            "folder": (self.folder_error, self.folder_edit),
            "name": (self.name_error, self.name_edit),
        }.get(field, (self.passphrase_error, self.passphrase_edit))
        label.setText(text)
        label.show()
        box.setAccessibleDescription(text)
        box.setFocus()

    def problem(self) -> tuple[str, str] | None:
        """The first box whose text cannot be used, and why; None when all can."""
        if not self.folder_edit.text().strip():
            return "folder", ShareWindow.tr("Choose the family folder, or type where it is.")
        if not self.folder.is_dir():
            return "folder", ShareWindow.tr(
                "There is no folder at {folder}. Choose the folder the family's computers "
                "sync."
            ).format(folder=self.folder)
        if not self.device_name:
            return "name", ShareWindow.tr(
                "Give this computer a name the family will know, such as “Laura's laptop”."
            )
        if not self.passphrase:
            return "passphrase", ShareWindow.tr("Type the family passphrase.")
        if self.mode == START and self.again_edit.text() != self.passphrase:
            return "passphrase", ShareWindow.tr(
                "The two passphrases are not the same: type it again in both boxes."
            )
        return None
