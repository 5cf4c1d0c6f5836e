"""The visit summary's options: which period, which sections, the concerns, the paper.

The texts keep the translation context "SummaryDialog", where they were first written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.pdf.paper import chosen_paper, keep_paper
from caregiver_app.services.visit_summary.data import SummaryRequest, clean_concerns
from caregiver_app.services.visit_summary.text import (
    CUSTOM,
    SINCE_LAST_VISIT,
    load_concerns,
    preset_period,
    save_concerns,
)
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.views.widgets.column_flow import ColumnFlowLayout
from caregiver_app.views.widgets.file_messages import access_reason

if TYPE_CHECKING:
    from caregiver_app.views.forms.ui_summary_form import Ui_SummaryForm

log = logging.getLogger(__name__)


def section_checks(ui: Ui_SummaryForm) -> dict:
    """Section name -> its checkbox."""
    return {
        "concerns": ui.concernsCheck,
        "symptoms": ui.symptomsCheck,
        "doses": ui.dosesCheck,
        "medicines": ui.medicinesCheck,
        "notes": ui.notesCheck,
        "appointments": ui.appointmentsCheck,
        "questions": ui.questionsCheck,
        "contacts": ui.contactsCheck,
    }


def sections_in_columns(ui: Ui_SummaryForm) -> None:
    """The section boxes in two columns while they fit side by side, one column when not
    (large text on a small screen), in the order the keyboard takes them."""
    flow = ColumnFlowLayout(columns=2)
    flow.setContentsMargins(0, 0, 0, 0)
    for check in section_checks(ui).values():
        ui.sectionsLayout.removeWidget(check)
        flow.addWidget(check)
    ui.sectionsLayout.addLayout(flow, 0, 0)


def concern_edits(ui: Ui_SummaryForm) -> list:
    """The three boxes for what worries the family most."""
    return [ui.concern1Edit, ui.concern2Edit, ui.concern3Edit]


def fill_options(ui: Ui_SummaryForm, today: date) -> None:
    """The period and paper choices, the date limits, and the concerns kept from last time."""
    for key, text in (
        (
            SINCE_LAST_VISIT,
            QCoreApplication.translate("SummaryDialog", "Since the last palliative care visit"),
        ),
        ("7", QCoreApplication.translate("SummaryDialog", "The last 7 days")),
        ("14", QCoreApplication.translate("SummaryDialog", "The last 14 days")),
        ("30", QCoreApplication.translate("SummaryDialog", "The last 30 days")),
        ("90", QCoreApplication.translate("SummaryDialog", "The last 90 days")),
        (CUSTOM, QCoreApplication.translate("SummaryDialog", "Dates I choose")),
    ):
        ui.periodCombo.addItem(text, key)
    # The sentence names the day typed in the future: the first, or the last.
    for edit, sentence in (
        (
            ui.fromEdit,
            QCoreApplication.translate("SummaryDialog", "The summary cannot start after today."),
        ),
        (
            ui.toEdit,
            QCoreApplication.translate("SummaryDialog", "The summary cannot end after today."),
        ),
    ):
        edit.set_required(True)
        edit.set_latest(today, sentence)
    ui.paperCombo.addItem(QCoreApplication.translate("SummaryDialog", "Letter"), "letter")
    ui.paperCombo.addItem(QCoreApplication.translate("SummaryDialog", "A4"), "a4")
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData(chosen_paper()))
    for edit, text in zip(concern_edits(ui), load_concerns(), strict=False):
        edit.setText(text)


def show_period(ui: Ui_SummaryForm, today: date) -> None:
    """The chosen period's dates in the date boxes, which only "Dates I choose" unlocks."""
    preset = ui.periodCombo.currentData()
    custom = preset == CUSTOM
    ui.fromEdit.setEnabled(custom)
    ui.toEdit.setEnabled(custom)
    note = ""
    if not custom:
        start, end, found = preset_period(preset, today)
        if not found:
            note = QCoreApplication.translate(
                "SummaryDialog",
                "No palliative care visit is on the calendar before today, so the "
                "summary shows the last 30 days.",
            )
        for edit, day in ((ui.fromEdit, start), (ui.toEdit, end)):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)
    ui.periodNote.setText(note)
    ui.periodNote.setVisible(bool(note))


def appendix_checks(ui: Ui_SummaryForm) -> dict:
    """Appendix name -> its checkbox."""
    return {"notes": ui.allNotesCheck, "doses": ui.allDosesCheck}


def enable_sections(ui: Ui_SummaryForm) -> None:
    """The concerns only when their section is in."""
    ui.concernsGroup.setEnabled(section_checks(ui)["concerns"].isChecked())


def summary_request(ui: Ui_SummaryForm) -> SummaryRequest:
    """What the options say now (raises ValueError for a reversed period)."""
    start, end = ui.fromEdit.value(), ui.toEdit.value()
    return SummaryRequest(
        start=start,
        end=end,
        sections=tuple(name for name, check in section_checks(ui).items() if check.isChecked()),
        concerns=tuple(edit.text() for edit in concern_edits(ui)),
        appendices=tuple(name for name, check in appendix_checks(ui).items() if check.isChecked()),
    )


def keep_choices(concerns: Iterable[str], paper: str) -> str:
    """Keep the concerns and the paper for next time; "" when kept, else the sentence.

    A record on a full disk refuses to keep them, but the summary only reads the record:
    its pages are made all the same, with the concerns as typed.
    """
    concerns = tuple(concerns)
    try:
        save_concerns(concerns)
        keep_paper(paper)  # every printout's from now on
    except RecordAccessError as error:
        if load_concerns() == clean_concerns(concerns) and chosen_paper() == paper:
            return ""  # kept already: nothing was lost
        log.warning("The main concerns could not be kept: %s", error)
        return QCoreApplication.translate(
            "SummaryDialog",
            "The main concerns and the paper chosen here could not be kept for next time "
            "({reason}); this summary has them as chosen. Free some disk space to keep them.",
        ).format(reason=access_reason(error))
    return ""
