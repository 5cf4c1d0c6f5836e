"""The PDF floor: import ReportLab and build a one-page PDF with a title and a table.

Run as a script in a fresh process: ``python benchmarks/floor_pdf.py OUT.pdf``. It is
what any command that makes a PDF with ReportLab has to pay, to compare
``caregiver-app summary`` with.

``--qt-translation``: the same page, its title passed through Qt's translation
(``QCoreApplication.translate``), as every word the app prints must be. Loading PySide6's
core for it takes about 470 M instructions, more than half of this floor's whole process
(806 M); the harness reports this second floor beside the first (the budgets stay
against the bare page).
"""

from __future__ import annotations

import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle


def main(path: str, qt_translation: bool = False) -> int:
    """Write the one-page PDF to ``path``."""
    title = "Visit summary"
    if qt_translation:
        from PySide6.QtCore import QCoreApplication

        title = QCoreApplication.translate("Floor", title)
    styles = getSampleStyleSheet()
    rows = [["Symptom", "Average", "Highest", "Lowest"]]
    rows += [[name, "4.2", "8", "1"] for name in ("Pain", "Tiredness", "Nausea", "Appetite")]
    table = Table(rows)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
        )
    )
    document = SimpleDocTemplate(path, pagesize=LETTER, title=title)
    document.build([Paragraph(title, styles["Title"]), table])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], qt_translation="--qt-translation" in sys.argv[2:]))
