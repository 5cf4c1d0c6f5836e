"""Asking where to save a file the window makes, and giving a bare name its file type.

A name typed as "summary" in the save dialog was written as "summary", a file no PDF
viewer opens by a double click. The file type of the name offered (".pdf", ".ics",
".vcf", ".csv", ".json", ".sqlite") is added to any name that does not already end with
it. A dot elsewhere in a name is part of the name, not a file type: "Dr. Ruiz 12.06"
becomes "Dr. Ruiz 12.06.pdf", and "summary.txt" becomes "summary.txt.pdf" (the file is a
PDF whatever it is called, and opens as one).

The dialog asks before replacing the name typed; when the added type makes the name of a
file that is already there, a question naming that file is asked here, and "No" saves
nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def with_type(path: Path, suffix: str) -> Path:
    """``path``, ending with ``suffix`` (".pdf"): added unless it is there in any case."""
    if not suffix or path.name.casefold().endswith(suffix.casefold()):
        return path
    return path.with_name(path.name + suffix)


def replace_asked(parent: QWidget, path: Path) -> bool:
    """Ask before replacing ``path``, naming it and its folder; True: replace it."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SavePath", "Replace the file?"),
        QCoreApplication.translate(
            "SavePath", "{file} is already in {folder}. Replace it with the new one?"
        ).format(file=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(parent: QWidget, title: str, offered: Path, file_filter: str) -> Path | None:
    """Ask where to save, offering ``offered``; the name chosen, with its type; None: cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(offered), file_filter)
    if not chosen:
        return None
    typed = Path(chosen)
    path = with_type(typed, offered.suffix)
    if path != typed and path.exists() and not replace_asked(parent, path):
        return None
    return path
