"""File > Phones and calendars... before phones are set up: server, test, choose, Start.

Nothing leaves the computer until Start: the test only asks the server which calendars
and address books the user has. Both the test and Start talk to the server in a worker
thread, so a slow or silent server never freezes the window; a refusal is one sentence
at the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.phones.send_choice import SendChoice, next_example
from caregiver_app.views.phones.worker import Job
from caregiver_app.views.widgets.form_dialog import grow_to_fit
from caregiver_app.views.widgets.form_parts import error_label, scrolling_form

if TYPE_CHECKING:
    from caregiver_app.services.phones.settings import PhonesSettings

SUGGESTED_NAME = "Care Companion"
# Which field a refusal of the server is about; the rest go under the buttons.
FIELD_OF_KIND = {
    "unreachable": "url",
    "not-found": "url",
    "insecure": "url",
    "untrusted": "url",
    "other-host": "url",
    "bad-response": "url",
    "wrong-password": "password",
    "forbidden": "user",
}


class SetupDialog(QDialog):
    """Server address, user name and app password; Test connection; choose; Start."""

    started = Signal()

    def __init__(self, parent: QWidget, saved: PhonesSettings | None = None) -> None:
        """``saved``: the settings kept so far, to change (a new password, another server)."""
        super().__init__(parent)
        self.saved = saved
        self.setObjectName("phonesSetupDialog")
        self.setWindowTitle(self.tr("Phones and calendars"))
        self.job: Job | None = None
        self.tested: tuple[str, str, str] | None = None
        self.found: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

        form = self.form = QWidget(self)
        column = QVBoxLayout(form)
        intro = QLabel(
            self.tr(
                "Put the appointments and the care team on the family's phones, through a "
                "calendar server you already have. Nothing is sent until you press Start."
            ),
            form,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)

        fields = QFormLayout()
        self.url = self._line("phonesUrl", self.tr("Server address"))
        self.examples = QLabel(
            self.tr(
                "For example: https://cloud.example.org/remote.php/dav (Nextcloud), "
                "caldav.icloud.com with an app password (iCloud), "
                "http://localhost:5232 (Radicale)"
            ),
            form,
        )
        self.examples.setObjectName("phonesUrlExamples")
        self.examples.setAccessibleName(self.tr("Examples of server addresses"))
        self.examples.setWordWrap(True)
        self.examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_error = error_label(form)
        self.user = self._line("phonesUser", self.tr("User name"))
        self.user_error = error_label(form)
        self.password = self._line("phonesPassword", self.tr("App password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_error = error_label(form)
        fields.addRow(self._label(self.tr("Se&rver address:"), self.url), self.url)
        fields.addRow(self.examples)
        fields.addRow(self.url_error)
        fields.addRow(self._label(self.tr("&User name:"), self.user), self.user)
        fields.addRow(self.user_error)
        fields.addRow(self._label(self.tr("App pass&word:"), self.password), self.password)
        fields.addRow(self.password_error)
        column.addLayout(fields)

        self.test_button = QPushButton(self.tr("&Test connection"), form)
        self.test_button.setObjectName("phonesTest")
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.test_result = QLabel(form)
        self.test_result.setObjectName("phonesTestResult")
        self.test_result.setWordWrap(True)
        column.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.test_result)

        self.choices = QWidget(form)
        choice_column = QVBoxLayout(self.choices)
        choice_column.setContentsMargins(0, 0, 0, 0)
        names = QFormLayout()
        self.calendar = self._combo("phonesCalendar", self.tr("Calendar"))
        self.address_book = self._combo("phonesAddressBook", self.tr("Address book"))
        names.addRow(self._label(self.tr("&Calendar:"), self.calendar), self.calendar)
        names.addRow(self._label(self.tr("&Address book:"), self.address_book), self.address_book)
        choice_column.addLayout(names)
        made = QLabel(
            self.tr(
                "Choose one the server has, or type a new name: it is made on the server "
                "when you press Start."
            ),
            self.choices,
        )
        made.setWordWrap(True)
        choice_column.addWidget(made)
        self.send_choice = SendChoice(next_example(), self.choices)
        self.send_choice.chosen.connect(self._enable_start)
        choice_column.addWidget(self.send_choice)
        self.choices.setEnabled(False)
        column.addWidget(self.choices)
        self.error = error_label(form)
        self.error.setObjectName("phonesError")
        column.addWidget(self.error)
        column.addStretch(1)

        buttons = self.buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("phonesStart")
        self.start_button.setAccessibleName(self.tr("Start sending to phones"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_form(form, self, self.tr("Phones and calendars")))
        layout.addWidget(buttons)
        for edit in (self.url, self.user, self.password):
            edit.textEdited.connect(self._typed)
        if saved is not None:
            self.url.setText(saved.url)
            self.user.setText(saved.user)
            button = self.send_choice.buttons.get(saved.send)
            if button is not None:
                button.setChecked(True)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.currentTextChanged.connect(lambda _text: self._enable_start())
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Grow to fit the words at large text (up to the screen's edge)."""
        super().showEvent(event)
        # The form scrolls only when the screen is too small for it: ask for all of it.
        inner = self.form.sizeHint()
        extra = self.buttons.sizeHint().height() + 48
        width = max(inner.width() + 48, self.fontMetrics().averageCharWidth() * 70)
        self.resize(self.size().expandedTo(QSize(width, inner.height() + extra)))
        grow_to_fit(self)
        if not self.tested:  # where the family starts: the password, when it is a change
            (self.url if self.saved is None else self.password).setFocus()

    # ------------------------------------------------------------ the test

    def typed(self) -> tuple[str, str, str]:
        """Server address, user name and password as typed (the address without spaces
        around it: a pasted address often brings one)."""
        return self.url.text().strip(), self.user.text(), self.password.text()

    def _typed(self) -> None:
        # A changed address, user or password has not been tested: test again first.
        self._enable_start()

    def _clear_errors(self) -> None:
        for label in (self.url_error, self.user_error, self.password_error, self.error):
            label.hide()

    def test(self) -> None:
        """Ask the server, in a worker thread, which calendars and address books there are."""
        url, user, password = self.typed()
        self._clear_errors()
        if not url:
            self._show_error(self.tr("Type the server's address first."), "url")
            return
        if self.job is not None:
            return
        from caregiver_app.services.phones import connection

        self._busy(self.tr("Asking the server..."))
        self.pending = (url, user, password)
        self._run(Job(lambda: connection.test_connection(url, user, password), self), self._tested)

    def _run(self, job: Job, on_success: Callable[[object], None]) -> None:
        self.job = job
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_done)
        job.start()

    def done(self, result: int) -> None:
        """Closed while the server is still being asked: the answer is let go, and the
        thread finishes under the window (a running thread must outlive its owner)."""
        if self.job is not None and self.job.isRunning():
            self.job.succeeded.disconnect()
            self.job.failed.disconnect()
            self.job.setParent(self.parentWidget())
            self.job.finished.connect(self.job.deleteLater)
            self.job = None
        super().done(result)

    def _busy(self, text: str) -> None:
        self.test_result.setText(text)
        self.test_button.setEnabled(False)
        self.start_button.setEnabled(False)

    def _job_done(self) -> None:
        self.job = None
        self.test_button.setEnabled(True)
        self._enable_start()

    def _tested(self, found: object) -> None:
        calendars = tuple(getattr(found, "calendars", ()))
        books = tuple(getattr(found, "address_books", ()))
        self.found = (calendars, books)
        self.tested = self.pending
        self.test_result.setText(
            self.tr("The server answered: %n calendar(s) found", None, len(calendars))
            + "; "
            + self.tr("%n address book(s) found.", None, len(books))
        )
        # Suggested names, told apart in a phone's list of accounts.
        suggested_book = self.tr("Care team")
        for combo, names, suggested in (
            (self.calendar, calendars, SUGGESTED_NAME),
            (self.address_book, books, suggested_book),
        ):
            combo.clear()
            combo.addItems(list(names))
            if suggested not in names:
                combo.insertItem(0, suggested)
            combo.setCurrentText(suggested)
        if self.saved is not None:  # what was chosen before, as long as it is still there
            self.calendar.setCurrentText(self.saved.calendar)
            self.address_book.setCurrentText(self.saved.address_book)
        self.choices.setEnabled(True)

    def _failed(self, error: object) -> None:
        self.test_result.setText("")
        kind = getattr(error, "kind", "")
        self._show_error(self._while_setting_up(kind) or str(error), FIELD_OF_KIND.get(kind, ""))

    def _while_setting_up(self, kind: str) -> str:
        """What to do when the server refuses here, before anything syncs: the sync's own
        sentences speak of a paused sync and changes waiting, which do not exist yet."""
        return {
            "wrong-password": self.tr(
                "The calendar server did not accept this user name and app password. Check "
                "them (Nextcloud and iCloud need an app password made for this, not the "
                "password you sign in with), then press Test connection again."
            ),
            "unreachable": self.tr(
                "The calendar server did not answer at this address. Check the address (the "
                "examples above show how it looks) and that this computer is connected to "
                "the internet, then press Test connection again."
            ),
            "not-found": self.tr(
                "There is no calendar at this address. Check the address (the examples above "
                "show how it looks), then press Test connection again."
            ),
        }.get(kind, "")

    def _show_error(self, text: str, field: str) -> None:
        label, widget = {
            "url": (self.url_error, self.url),
            "user": (self.user_error, self.user),
            "password": (self.password_error, self.password),
        }.get(field, (self.error, None))
        label.setText(text)
        label.show()
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def _enable_start(self, _send: str = "") -> None:
        ready = (
            self.job is None
            and self.tested == self.typed()
            and bool(self.send_choice.send())
            and bool(self.calendar.currentText().strip())
            and bool(self.address_book.currentText().strip())
        )
        self.start_button.setEnabled(ready)

    # ------------------------------------------------------------ start

    def start(self) -> None:
        """Make the calendar and address book if they are new (in a worker), then keep the
        settings and the password; the first sync follows."""
        if self.job is not None or self.tested != self.typed():
            return
        from caregiver_app.services.phones import connection

        url, user, password = self.typed()
        calendar = self.calendar.currentText().strip()
        book = self.address_book.currentText().strip()
        calendars, books = self.found

        def make_what_is_new() -> None:
            if calendar not in calendars:
                connection.create_calendar(url, user, password, calendar)
            if book not in books:
                connection.create_address_book(url, user, password, book)

        self._clear_errors()
        self._busy(self.tr("Getting the calendar and the address book ready..."))
        self._run(Job(make_what_is_new, self), self._made)

    def _made(self, _result: object) -> None:
        from caregiver_app.services.phones.settings import PhonesSettings, save_settings
        from caregiver_app.services.record.open_record import RECORD_FAILURES

        url, user, password = self.typed()
        settings = PhonesSettings(
            url=url,
            user=user,
            calendar=self.calendar.currentText().strip(),
            address_book=self.address_book.currentText().strip(),
            send=self.send_choice.send(),
        )
        try:
            save_settings(settings, password)
        except RECORD_FAILURES as error:
            self._show_error(str(error), "")
            return
        self.started.emit()
        self.accept()
