"""Printing a PDF the app made: each page drawn on white at a printer resolution of 300 dpi.

300 dpi is what office and home printers print text at; ``QPrinter``'s "high
resolution" mode would ask for 1200 dpi and render pages sixteen times larger for
no visible gain.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


class PrintFailedError(RuntimeError):
    """The printer (or the PDF file standing in for one) could not be started."""


def make_printer(page_size_points: tuple[float, float], title: str) -> QPrinter:
    """A printer set to 300 dpi, portrait, the page size of the PDF, the PDF's own margins."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(PRINT_DPI)
    width, height = page_size_points
    printer.setPageSize(
        QPageSize(
            QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
    )
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setDocName(title)
    return printer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the pages the print dialog chose (all by default) on ``printer``; how many."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, count
    pages = range(max(first, 1) - 1, min(last, count))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailedError("The printer could not be started.")
    try:
        for number, index in enumerate(pages):
            if number:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(index, QSize(target.width(), target.height()))
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)
