"""File > Password protection...: set, change or remove the record's password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.record.open_record import (
    change_record_password,
    is_record_password,
    record_password,
)
from caregiver_app.services.record.password import (
    PasswordChange,
    PasswordChangeError,
    password_problem,
)
from caregiver_app.store.errors import StoreError
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.record.unlock_dialog import (
    LOCK_CHOICES,
    LOCK_MINUTES_KEY,
    lock_minutes,
    password_field,
    show_toggle,
)
from caregiver_app.views.widgets.form_parts import error_label, scrolling_form
from caregiver_app.views.widgets.tab_page import set_bold
from caregiver_app.views.widgets.wrapping_check import WrappingCheckBox


class PasswordDialog(QDialog):
    """File > Password protection...: set a password (after a clear warning), change it,
    remove it, and choose when the window locks itself."""

    def __init__(self, data_dir: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password protection"))
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.current = record_password()
        self.change: PasswordChange | None = None
        self.done_text = ""

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_bold(self.status)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("lostPasswordWarning")
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.Box)
        self.warning.setMargin(8)
        self.warning.setText(
            self.tr(
                "Before you set a password: if it is lost, the record cannot be opened "
                "again, by you or by anyone else. There is no reset and no back door. Write "
                "the password down and keep it somewhere safe away from this computer, or "
                "tell it to someone you trust."
            )
        )
        # Its words wrap at a large text size rather than widen the form past the window.
        self.understood = WrappingCheckBox(self)
        self.understood.setText(self.tr("I &understand that a lost password cannot be recovered"))
        self.understood.setAccessibleName(
            self.tr("I understand that a lost password cannot be recovered")
        )

        self.current_edit = password_field(self, self.tr("Current password"))
        self.current_edit.setObjectName("currentPassword")
        self.new_edit = password_field(self, self.tr("New password"))
        self.new_edit.setObjectName("newPassword")
        self.repeat_edit = password_field(self, self.tr("New password again"))
        self.repeat_edit.setObjectName("repeatPassword")
        self.show_toggle = show_toggle(self, [self.current_edit, self.new_edit, self.repeat_edit])
        self.lock_combo = QComboBox(self)
        self.lock_combo.setObjectName("lockAfter")
        self.lock_combo.setAccessibleName(self.tr("Lock the window after"))
        for minutes in LOCK_CHOICES:
            text = (
                self.tr("%n minutes without use", None, minutes)
                if minutes
                else self.tr("Never (lock it with File > Lock now)")
            )
            self.lock_combo.addItem(text, minutes)
        self.lock_combo.setCurrentIndex(LOCK_CHOICES.index(lock_minutes(settings)))
        self.lock_combo.currentIndexChanged.connect(self._lock_time_chosen)

        form = QFormLayout()
        # At a large text size a row too wide for the window puts its field under its
        # label (the lock time's longest choice is wide): the form scrolls only down.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.current_label = QLabel(self.tr("&Current password:"), self)
        self.current_label.setBuddy(self.current_edit)
        new_label = QLabel(self.tr("&New password:"), self)
        new_label.setBuddy(self.new_edit)
        repeat_label = QLabel(self.tr("New password &again:"), self)
        repeat_label.setBuddy(self.repeat_edit)
        lock_label = QLabel(self.tr("&Lock the window after:"), self)
        lock_label.setBuddy(self.lock_combo)
        form.addRow(self.current_label, self.current_edit)
        form.addRow(new_label, self.new_edit)
        form.addRow(repeat_label, self.repeat_edit)
        form.addRow("", self.show_toggle)
        form.addRow(lock_label, self.lock_combo)
        self.error = error_label(self)

        self.buttons = QDialogButtonBox(self)
        self.set_button = self.buttons.addButton(
            self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.set_button.setAccessibleName(self.tr("Set the password"))
        self.change_button = self.buttons.addButton(
            self.tr("Chan&ge password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setAccessibleName(self.tr("Change the password"))
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove password"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setAccessibleName(self.tr("Remove the password"))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.set_button.clicked.connect(self.set_password)
        self.change_button.clicked.connect(self.change_password)
        self.remove_button.clicked.connect(self.remove_password)

        # The words and fields scroll up and down at large text sizes: squeezed into a
        # short window, the lost-password warning would be cut off instead.
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.explanation, self.warning, self.understood):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_form(content, self, self.tr("Password protection")), 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_state()
        fit_to_content(self, content)

    def _show_state(self) -> None:
        protected = bool(self.current)
        if protected:
            self.status.setText(self.tr("Your care record is protected by a password."))
            self.explanation.setText(
                self.tr(
                    "The record and its backups are encrypted: without the password they "
                    "cannot be read. To change the password, type the current one and the "
                    "new one twice. To remove it, type the current one."
                )
            )
        else:
            self.status.setText(self.tr("Your care record has no password."))
            self.explanation.setText(
                self.tr(
                    "With a password, the record and its backups are encrypted on this "
                    "computer, so someone who opens the laptop or copies the files cannot "
                    "read them. The window also locks itself when no one has used it for "
                    "a while."
                )
            )
        for widget in (self.current_label, self.current_edit, self.change_button):
            widget.setVisible(protected)
        self.remove_button.setVisible(protected)
        for widget in (self.warning, self.understood, self.set_button):
            widget.setVisible(not protected)
        self.set_button.setDefault(not protected)
        self.change_button.setDefault(protected)
        (self.current_edit if protected else self.new_edit).setFocus()

    def _lock_time_chosen(self) -> None:
        self.settings.setValue(LOCK_MINUTES_KEY, self.lock_combo.currentData())

    def _refuse(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        if field is not None:
            field.setFocus()

    def _current_is_right(self) -> bool:
        if is_record_password(self.current_edit.text()):
            return True
        self._refuse(
            self.tr("The current password is not right; type it again."), self.current_edit
        )
        return False

    def _new_password(self) -> str | None:
        problem = password_problem(self.new_edit.text(), self.repeat_edit.text())
        if problem:
            self._refuse(problem, self.new_edit)
            return None
        return self.new_edit.text()

    def set_password(self) -> bool:
        """Encrypt the record (and its backups) under the new password."""
        if not self.understood.isChecked():
            self._refuse(
                self.tr(
                    "Tick the box to say you understand that a lost password is lost for good."
                ),
                self.understood,
            )
            return False
        new = self._new_password()
        return new is not None and self._apply(new, self.tr("The password is set."))

    def change_password(self) -> bool:
        """Re-encrypt under a new password (the current one is asked first)."""
        if not self._current_is_right():
            return False
        new = self._new_password()
        return new is not None and self._apply(new, self.tr("The password is changed."))

    def remove_password(self) -> bool:
        """Write the record back unencrypted, after the current password and a yes."""
        if not self._current_is_right():
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove the password?"),
            self.tr(
                "Without a password, anyone who uses this computer or copies its files can "
                "read the care record and its backups. Remove the password?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._apply(None, self.tr("The password is removed."))

    def _apply(self, new_password: str | None, done: str) -> bool:
        progress = QProgressDialog(
            self.tr("Rewriting the care record and its backups..."), "", 0, 0, self
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.processEvents()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.change = change_record_password(self.data_dir, new_password)
        except (PasswordChangeError, StoreError, OSError) as error:
            self._refuse(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            progress.close()
        self.current = record_password()
        for field in (self.current_edit, self.new_edit, self.repeat_edit):
            field.clear()
        self.understood.setChecked(False)
        self.error.hide()
        text = done
        if self.change.copies_left:
            text += " " + self.tr(
                "%n older backups were made under an earlier password and keep that password.",
                None,
                len(self.change.copies_left),
            )
        self.done_text = text
        self.accept()
        return True
