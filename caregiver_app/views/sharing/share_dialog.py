"""File > Share with family...: start sharing, join, or (while sharing) its status.

Starting and joining run in a worker thread: joining builds the record from a year of
changes, perhaps on a slow share. A refusal (a wrong passphrase, a folder from a newer
app) is said under the box it is about, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.sharing.refusals import field_of
from caregiver_app.views.sharing.share_form import JOIN, START, ShareForm
from caregiver_app.views.sharing.share_status_page import ShareStatusPage
from caregiver_app.views.sharing.sharing_words import ShareWindow
from caregiver_app.views.sharing.sync_worker import SyncWorker
from caregiver_app.views.widgets.confirm import ask_first
from caregiver_app.views.widgets.form_dialog import grow_to_fit
from caregiver_app.views.widgets.form_parts import command_button, error_label, scrolling_form

if TYPE_CHECKING:
    from caregiver_app.services.sharing.reports import SyncReport
    from caregiver_app.views.sharing.sync_driver import SharingDriver


def _explained(parent: QWidget, button: QPushButton, text: str) -> QWidget:
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 8, 0, 8)
    column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    label = QLabel(text, box)
    label.setWordWrap(True)
    button.setAccessibleDescription(text)
    column.addWidget(label)
    return box


class Pages(QWidget):
    """One page at a time; unlike a stacked widget, only the page on show sets the size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - as QStackedWidget names it
        """Add a page, hidden until chosen."""
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) == 1)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - as QStackedWidget
        """Show ``page`` and hide the others."""
        for other in self._pages:
            if other is not page:
                other.hide()
        page.show()

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - as QStackedWidget names it
        """The page on show."""
        return next((page for page in self._pages if not page.isHidden()), None)


class ShareDialog(QDialog):
    """Start or Join when the record does not share yet; the status when it does."""

    def __init__(self, driver: SharingDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.setObjectName("shareDialog")
        self.setWindowTitle(ShareWindow.tr("Share with family"))
        self.worker = SyncWorker(self)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._refused)
        self.stop_box: QMessageBox | None = None
        self.pages = Pages(self)

        choice = QWidget(self.pages)
        choice.setObjectName("shareChoicePage")
        intro = QLabel(
            ShareWindow.tr(
                "Share this care record with the family's other computers through a folder "
                "they already sync (Syncthing, Nextcloud, Dropbox, OneDrive, a network share "
                "or a USB stick); what is written there is locked with a family "
                "passphrase."
            ),
            choice,
        )
        intro.setWordWrap(True)
        self.start_choice = command_button(
            choice, ShareWindow.tr("&Start sharing..."), lambda: self.show_form(START)
        )
        self.join_choice = command_button(
            choice, ShareWindow.tr("&Join..."), lambda: self.show_form(JOIN)
        )
        choice_layout = QVBoxLayout(choice)
        choice_layout.addWidget(intro)
        choice_layout.addWidget(
            _explained(
                choice,
                self.start_choice,
                ShareWindow.tr("This computer is the first: its record goes into an empty folder."),
            )
        )
        choice_layout.addWidget(
            _explained(
                choice,
                self.join_choice,
                ShareWindow.tr(
                    "Another computer already shares: this one builds its record from the "
                    "folder. Its own record must hold no entries yet. A profile filled in "
                    "here is not lost: where the family's differs, the family's is used and "
                    "this one can be seen with “Show the other version...”."
                ),
            )
        )
        choice_layout.addStretch(1)

        self.forms = {START: ShareForm(START, self.pages), JOIN: ShareForm(JOIN, self.pages)}
        self.status_page = ShareStatusPage(self.pages)
        self.status_page.sync_button.clicked.connect(self.sync_now)
        self.status_page.stop_button.clicked.connect(self.ask_stop)
        for page in (choice, *self.forms.values(), self.status_page):
            self.pages.addWidget(page)
        self.choice_page = choice

        self.error_label = error_label(self)
        self.busy_label = QLabel(self)
        self.busy_label.setWordWrap(True)
        self.busy_label.hide()
        self.back_button = command_button(self, ShareWindow.tr("&Back"), self.show_choice)
        self.go_button = command_button(self, "", self.go)
        self.go_button.setDefault(True)
        self.close_button = command_button(self, ShareWindow.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        # At large text a page scrolls rather than squeezing its sentences.
        scroll = scrolling_form(self.pages, self, ShareWindow.tr("Share with family"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        # Return in a box is Start sharing or Join, never another button that had the focus.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.go_button)
        driver.synced.connect(self._synced)
        driver.sync_failed.connect(lambda _text: self._show_driver_status())
        if driver.status is not None:
            self.show_status_page()
        else:
            self.show_choice()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """At large text the dialog grows to fit its words, up to the screen's edge."""
        super().showEvent(event)
        self._fit()

    # ------------------------------------------------------------ pages

    def _fit(self) -> None:
        # The dialog grows to the whole page on show, up to the screen's edge (beyond, it
        # scrolls): a scroll area asks for only part of a long page, which left the
        # passphrase boxes of Start and Join out of sight at normal text.
        if not self.isVisible():
            return
        page = self.pages.sizeHint()
        screen = self.screen() or QGuiApplication.primaryScreen()
        widest = screen.availableGeometry().width() - 20 if screen is not None else page.width()
        width = min(max(self.width(), page.width() + 24), widest)
        # Wrapped sentences take the height they need at the width the dialog will have.
        height = max(page.height(), self.pages.heightForWidth(width - 24))
        below = sum(
            widget.sizeHint().height() + 8
            for widget in (self.error_label, self.busy_label, self.close_button)
            if not widget.isHidden()
        )
        self.resize(self.size().expandedTo(QSize(width, height + below + 24)))
        grow_to_fit(self)

    @property
    def form(self) -> ShareForm | None:
        """The Start or Join form on show, if one is."""
        page = self.pages.currentWidget()
        return page if isinstance(page, ShareForm) else None

    def _buttons(self, go: str, back: bool) -> None:
        self.back_button.setVisible(back)
        self.go_button.setVisible(bool(go))
        self.go_button.setText(go)
        self.go_button.setAccessibleName(go.replace("&", ""))
        self.error_label.hide()

    def show_choice(self) -> None:
        """Start sharing or Join."""
        self.pages.setCurrentWidget(self.choice_page)
        self._buttons("", back=False)
        self.start_choice.setFocus()
        self._fit()

    def show_form(self, mode: str) -> ShareForm:
        """The Start or Join form."""
        form = self.forms[mode]
        form.clear_errors()
        self.pages.setCurrentWidget(form)
        self._buttons(
            ShareWindow.tr("Start &sharing") if mode == START else ShareWindow.tr("&Join"),
            back=True,
        )
        self.go_button.setDefault(True)
        form.folder_edit.setFocus()
        self._fit()
        return form

    def show_status_page(self) -> None:
        """What the sharing looks like now."""
        self.pages.setCurrentWidget(self.status_page)
        self._buttons("", back=False)
        self._show_driver_status()
        self.status_page.sync_button.setFocus()
        self._fit()

    def _show_driver_status(self) -> None:
        if self.driver.status is not None:
            self.status_page.show_status(self.driver.status, self.driver.problem)

    # ------------------------------------------------------------ start and join

    def go(self) -> bool:
        """Start sharing or Join with what the form holds; False when a box is refused."""
        form = self.form
        if form is None or self.worker.busy:
            return False
        form.clear_errors()
        self.error_label.hide()
        problem = form.problem()
        if problem is not None:
            form.say(*problem)
            return False
        from caregiver_app.services.sharing.session import join_sharing, start_sharing

        act: Callable[..., SyncReport] = start_sharing if form.mode == START else join_sharing
        folder, name, passphrase = form.folder, form.device_name, form.passphrase
        self._busy(
            ShareWindow.tr("Writing this record to the family folder...")
            if form.mode == START
            else ShareWindow.tr("Reading the family's record from the folder...")
        )
        return self.worker.run(lambda: act(folder, name, passphrase))

    def _busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.busy_label.setVisible(bool(text))
        for widget in (self.go_button, self.back_button, self.pages):
            widget.setEnabled(not text)

    def _done(self, report: SyncReport) -> None:
        self._busy("")
        for form in self.forms.values():
            form.passphrase_edit.clear()
            form.again_edit.clear()
        self.driver.show_report(report)
        self.show_status_page()

    def _refused(self, error: Exception) -> None:
        self._busy("")
        form = self.form
        from caregiver_app.services.sharing.session import SharingError
        from caregiver_app.views.sharing.origin_lookup import sharing_on

        if isinstance(error, SharingError) and sharing_on():
            # Sharing began and only its first sync stopped short (a full disk): the status
            # page says why, and the window's syncs go on from here.
            for each in self.forms.values():
                each.passphrase_edit.clear()
                each.again_edit.clear()
            self.driver.sync()
            self.show_status_page()
            self.status_page.state_label.setText(str(error))
            return
        if isinstance(error, SharingError):
            field = field_of(error, form.folder) if form is not None else ""
            if form is not None and field:
                form.say(field, str(error))
                return
            text = str(error)
        else:
            text = ShareWindow.tr(
                "Sharing could not begin ({reason}); nothing was changed. Check that the "
                "folder can be written to and try again."
            ).format(reason=error)
        self.error_label.setText(text)
        self.error_label.show()

    # ------------------------------------------------------------ while sharing

    def sync_now(self) -> None:
        """Sync now, from the status page."""
        self.driver.sync_now()

    def _synced(self, _report: SyncReport | None) -> None:
        if self.pages.currentWidget() is not self.status_page:
            return
        if self.driver.sharing:
            self._show_driver_status()
        else:  # sharing was stopped elsewhere (the command line)
            self.show_choice()

    def ask_stop(self) -> QMessageBox:
        """Stop sharing, after asking (Cancel is the default)."""
        box, _stop = ask_first(
            self,
            ShareWindow.tr("Stop sharing"),
            ShareWindow.tr(
                "Stop sharing this care record? This computer stops writing to and reading "
                "from the family folder. The record here stays as it is, and so do the other "
                "computers' records and the folder."
            ),
            ShareWindow.tr("Stop sharing"),
            self.stop,
        )
        self.stop_box = box
        return box

    def stop(self) -> None:
        """Stop sharing now; the dialog offers Start and Join again."""
        from caregiver_app.services.sharing.session import SharingError, stop_sharing

        try:
            stop_sharing()
        except SharingError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.driver.stopped()
        self.show_choice()

    def reject(self) -> None:
        """Close, unless the start or join is still under way (it finishes first)."""
        if self.worker.busy:
            return
        super().reject()
