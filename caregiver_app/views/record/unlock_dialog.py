"""Typing the record's password, at start and after the idle lock, and when the window locks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_NAME
from caregiver_app.store.errors import StoreError, WrongPasswordError
from caregiver_app.views.widgets.form_parts import error_label

LOCK_MINUTES_KEY = "privacy/lockMinutes"
DEFAULT_LOCK_MINUTES = 10
LOCK_CHOICES = (5, 10, 15, 30, 60, 0)  # 0: never


def lock_minutes(settings: QSettings) -> int:
    """Minutes without use before the window locks (0: it never locks by itself)."""
    value = settings.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES, type=int)
    return value if value in LOCK_CHOICES else DEFAULT_LOCK_MINUTES


def password_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    """A line that hides what is typed in it, with its accessible name."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(280)
    return field


def show_toggle(parent: QWidget, fields: list[QLineEdit]) -> QCheckBox:
    """ "Show the password": a tired caregiver can see what was typed."""
    toggle = QCheckBox(parent)
    toggle.setText(QApplication.translate("PasswordDialogs", "S&how what I type"))
    toggle.setAccessibleName(QApplication.translate("PasswordDialogs", "Show what I type"))

    def switch(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    toggle.toggled.connect(switch)
    return toggle


class UnlockDialog(QDialog):
    """Asks for the password; ``verify`` says whether it is right (raises with a sentence if not).

    At start ``verify`` is ``record_password.unlock`` (it reads the file); after the
    idle lock it compares with the password the open record was unlocked with.
    """

    def __init__(
        self,
        verify: Callable[[str], str],
        parent: QWidget | None = None,
        message: str = "",
        quit_text: str = "",
        escape_quits: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        # On the idle lock, Esc or closing the dialog must not end the app by accident:
        # only the Quit button does.
        self.escape_quits = escape_quits
        self.setWindowTitle(self.tr("{app} is locked").format(app=APP_NAME))
        self.setModal(True)
        self.verify = verify
        self.password: str | None = None
        self.wrong_tries = 0

        self.intro = QLabel(
            message
            or self.tr("This care record is protected by a password. Type it to open the record."),
            self,
        )
        self.intro.setWordWrap(True)
        self.password_edit = password_field(self, self.tr("Password"))
        self.password_edit.setObjectName("unlockPassword")
        label = QLabel(self.tr("&Password:"), self)
        label.setBuddy(self.password_edit)
        self.show_toggle = show_toggle(self, [self.password_edit])
        self.error = error_label(self)

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Unlock the care record"))
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            quit_text or self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit Care Companion"))
        self.buttons.accepted.connect(self.try_unlock)
        self.quit_button.clicked.connect(lambda: QDialog.reject(self))

        form = QFormLayout()
        form.addRow(label, self.password_edit)
        form.addRow("", self.show_toggle)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.adjustSize()
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Esc and the window's close button: Quit at start, nothing on the idle lock."""
        if self.escape_quits:
            super().reject()

    def try_unlock(self) -> bool:
        """Check the typed password; accept the dialog if it is right, say why if not."""
        typed = self.password_edit.text()
        if not typed:
            self._refuse(self.tr("Type the password, then press Unlock."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.password = self.verify(typed)
        except WrongPasswordError as error:
            self.wrong_tries += 1
            text = str(error)
            if self.wrong_tries > 1:
                # The same sentence again would not show that this try was checked too.
                text += " " + self.tr(
                    "(Try {count}. The keyboard may also be set to another language.)"
                ).format(count=self.wrong_tries)
            self._refuse(text)
            return False
        except (StoreError, OSError) as error:
            self._refuse(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
        return True

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # room for the sentence, however long
        self.password_edit.selectAll()
        self.password_edit.setFocus()
