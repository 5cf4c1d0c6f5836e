"""File > Visit summary...: choose the period and sections, see the pages, print or save them.

The options come from ``ui/summary_form.ui``; the preview is the PDF itself, shown by
``QPdfView`` and rebuilt a moment after the last change. Printing draws those same
pages (see :mod:`caregiver_app.views.visit_summary.summary_printing`), so what is printed is what
was previewed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.atomic_file import atomic_write_bytes
from caregiver_app.services.pdf.paper import page_size
from caregiver_app.services.record.files import OwnFileError, refuse_own_file
from caregiver_app.services.visit_summary.request import SummaryRequest
from caregiver_app.services.visit_summary.text import save_concerns, summary_bytes
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.file_errors import not_saved
from caregiver_app.store.home_clock import home_today
from caregiver_app.views.forms.ui_summary_form import Ui_SummaryForm
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.visit_summary.summary_options import (
    appendix_checks,
    concern_edits,
    enable_sections,
    fill_options,
    keep_choices,
    section_checks,
    sections_in_columns,
    show_period,
    summary_request,
)
from caregiver_app.views.visit_summary.summary_printing import (
    PrintFailedError,
    make_printer,
    print_document,
)
from caregiver_app.views.widgets.date_fields import FieldInputError
from caregiver_app.views.widgets.file_messages import documents_folder, file_message
from caregiver_app.views.widgets.form_rows import rows_to_fit
from caregiver_app.views.widgets.save_path import ask_save_path
from caregiver_app.views.widgets.splitters import split

log = logging.getLogger(__name__)

ERROR_COLOUR = QColor("#a61b1b")  # 6.5:1 against white
PRINTOUTS_FOLDER = "printouts"


class SummaryDialog(QDialog):
    """Options on the left, the pages on the right, Print / Save / Open below."""

    PREVIEW_DELAY_MS = 300

    def __init__(
        self,
        parent: QWidget,
        data_dir: Path,
        signals: AppSignals,
        open_url: Callable[[QUrl], object],
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Visit summary"))
        self.data_dir = Path(data_dir)
        self.signals = signals
        self.open_url = open_url
        self.today = today or home_today()
        self.pdf: bytes = b""
        self.builds = 0  # how many times the pages were made (the tests watch it)
        self.message: QMessageBox | None = None
        self.print_dialog: QPrintDialog | None = None
        self._buffer: QBuffer | None = None
        self._scroll_to = 0

        self.form = QWidget(self)
        self.ui = Ui_SummaryForm()
        self.ui.setupUi(self.form)
        sections_in_columns(self.ui)
        rows_to_fit(self.ui.periodLayout)  # the period's choice whole, under its label if need be
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("What the summary holds"))  # Tab stops on it too

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("summaryPreview")
        self.view.setAccessibleName(self.tr("Preview of the pages"))
        self.view.setDocument(self.document)
        self.document.pageCountChanged.connect(self._count_pages)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to its width, a page about as tall as the view needs a scroll bar only
        # without one; shown and hidden in turn, the bar froze the window. Always there.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setPageSpacing(12)
        self.view.setMinimumSize(240, 300)  # a small screen still holds options and pages
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("summaryPagesLabel")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.error_label.setPalette(palette)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.print_button = self._button(self.tr("&Print..."), "summaryPrint")
        self.save_button = self._button(self.tr("&Save PDF..."), "summarySave")
        self.open_button = self._button(self.tr("&Open in viewer"), "summaryOpen")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_save)
        self.open_button.clicked.connect(self.open_in_viewer)

        preview = QWidget(self)
        pages = QVBoxLayout(preview)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.view, 1)
        pages.addWidget(self.pages_label)
        # The border between options and pages can be dragged: at large text the options
        # want more room than a small screen leaves beside the pages.
        layout = QVBoxLayout(self)
        layout.addWidget(split(Qt.Orientation.Horizontal, (scroll, preview), (0, 1)), 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1060, 760)
        fit_to_content(self, self.form, extra_width=self.view.minimumWidth())

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.rebuild)
        self._fill()
        self._connect()
        self.timer.stop()  # filling in the options asked for a build: this is it
        self.rebuild()

    def _button(self, text: str, name: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("."))
        return button

    # ------------------------------------------------------------ the options

    def section_checks(self) -> dict:
        """Section name -> its checkbox."""
        return section_checks(self.ui)

    def _fill(self) -> None:
        fill_options(self.ui, self.today)
        self._period_chosen()

    def _connect(self) -> None:
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        for edit in (ui.fromEdit, ui.toEdit):
            edit.changed.connect(self.schedule)
        for edit in concern_edits(self.ui):
            edit.textChanged.connect(self.schedule)
        for check in self.section_checks().values():
            check.toggled.connect(self._sections_changed)
        for check in appendix_checks(self.ui).values():
            check.toggled.connect(self.schedule)
        ui.paperCombo.currentIndexChanged.connect(self.schedule)

    def _period_chosen(self) -> None:
        show_period(self.ui, self.today)
        self.schedule()

    def _sections_changed(self) -> None:
        enable_sections(self.ui)
        self.schedule()

    def period(self) -> tuple[date, date]:
        """The first and last day typed in the date boxes (FieldInputError if not dates)."""
        return self.ui.fromEdit.value(), self.ui.toEdit.value()

    def request(self) -> SummaryRequest:
        """What the options say now (raises ValueError for a reversed period)."""
        return summary_request(self.ui)

    def page_size(self) -> tuple[float, float]:
        """Letter or A4, as chosen."""
        return page_size(self.ui.paperCombo.currentData())

    # ------------------------------------------------------------ the pages

    def schedule(self) -> None:
        """Rebuild the pages a moment after the last change (typing does not rebuild per key)."""
        self.timer.start()

    def flush(self) -> None:
        """Rebuild now if a change is waiting, so printing and saving use the latest options."""
        if self.timer.isActive():
            self.timer.stop()
            self.rebuild()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def rebuild(self) -> bool:
        """Make the PDF for the options and show it; False, with a sentence, if it cannot."""
        try:
            start, end = self.period()
        except FieldInputError as error:
            self._set_ready(False)
            self._show_error(str(error))
            return False
        if start > end:
            self._set_ready(False)
            self._show_error(self.tr("The first day must not be after the last day."))
            return False
        request = self.request()
        not_kept = keep_choices(request.concerns, self.ui.paperCombo.currentData())
        try:
            self.pdf = summary_bytes(request, self.page_size())
        except (RecordAccessError, OSError) as error:
            log.exception("The visit summary could not be made")
            self._set_ready(False)
            self._show_error(
                self.tr("The summary could not be made ({reason}).").format(reason=error)
            )
            return False
        self._show_error(not_kept)  # the pages are made all the same
        self.builds += 1
        self._load(self.pdf)
        self._set_ready(True)
        return True

    def _load(self, pdf: bytes) -> None:
        # The reader stays where they were in the pages while they change the options.
        scroll = self.view.verticalScrollBar()
        self._scroll_to = scroll.value()
        self.document.close()
        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._count_pages()

    def _count_pages(self) -> None:
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("Pages: {count}").format(count=pages) if pages else "")
        if pages:
            QTimer.singleShot(0, self, self._restore_scroll)  # not after the dialog is gone

    def _restore_scroll(self) -> None:
        scroll = self.view.verticalScrollBar()
        scroll.setValue(min(self._scroll_to, scroll.maximum()))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)

    # ------------------------------------------------------------ print, save, open

    def choose_printer(self) -> QPrintDialog | None:
        """Print...: the system's print dialog, then the pages (non-blocking)."""
        self.flush()
        if not self.pdf:
            return None
        printer = make_printer(self.page_size(), self.tr("Visit summary"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        self._printer = printer  # kept alive while the dialog is open
        QDialog.open(dialog)  # window-modal; QPrintDialog.open() wants a receiver
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Print the previewed pages on ``printer``; how many pages (0 if it failed)."""
        self.flush()
        try:
            pages = print_document(self.document, printer)
        except PrintFailedError:
            self._tell(
                self.tr(
                    "The summary could not be printed. Check that the printer is on and "
                    "connected, or save the PDF and print it from there."
                )
            )
            return 0
        self.signals.status_reported.emit(self.tr("Sent the visit summary to the printer."))
        return pages

    def default_name(self) -> str:
        """The file name offered when saving: the summary and today's date."""
        return f"visit-summary-{self.today.isoformat()}.pdf"

    def choose_save(self) -> None:
        """Save PDF...: ask where, then write it."""
        self.flush()
        path = ask_save_path(
            self,
            self.tr("Save the visit summary"),
            Path(documents_folder()) / self.default_name(),
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save PDF...: write the pages to ``path``, unless it is one of the record's own files."""
        try:
            refuse_own_file(self.data_dir, path)
        except OwnFileError as error:
            self._tell(str(error))
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        """Write the pages to ``path`` all at once, readable only by this user."""
        self.flush()
        if not self.pdf:
            return False
        try:
            atomic_write_bytes(path, self.pdf)
        except OSError as error:
            self._tell(not_saved(path.name, error))
            return False
        self.signals.status_reported.emit(
            self.tr("Saved the visit summary to {file}.").format(file=path)
        )
        return True

    def open_in_viewer(self) -> Path | None:
        """Open in viewer: a private copy in the data folder, handed to the system's PDF viewer."""
        self.flush()
        folder = self.data_dir / PRINTOUTS_FOLDER
        path = folder / self.default_name()
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as error:
            self._tell(self.tr("The summary could not be opened ({reason}).").format(reason=error))
            return None
        if not self._write(path):  # the app's own printouts folder
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def _tell(self, text: str) -> QMessageBox:
        self.message = file_message(self, self.tr("Visit summary"), text, warning=True)
        return self.message

    def done(self, result: int) -> None:
        """Keep the concerns for next time whichever way the dialog closes."""
        self.timer.stop()
        try:
            save_concerns(edit.text() for edit in concern_edits(self.ui))
        except RecordAccessError:
            log.exception("The main concerns could not be kept")
        super().done(result)
