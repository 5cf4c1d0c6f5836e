"""The medicines section: the list on the period's last day, each medicine started, stopped or
changed in the period marked in its row (a stopped one in grey, after the list)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from caregiver_app.services.pdf.palette import ACCENT
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, hex_color, muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.medication_data import MedicineChange, MedicinesSection
from caregiver_app.services.visit_summary.sections.dose_counts import (
    DoseCountsPart,
    count_titles,
    dose_and_route,
)
from caregiver_app.store.diary.medicines import MedicineRecord

# Narrow side padding, so a schedule or a prescriber's name stays on one line on A4.
SNUG = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
MEDICINE_COLUMNS = [0.38, 0.1, 0.12, 0.21, 0.19]
# With the scheduled doses' four counts: strength and route share a column, and the
# prescriber (whose number is with the key contacts) gives up its column to them.
COUNTED_COLUMNS = [0.34, 0.17, 0.19, 0.075, 0.075, 0.075, 0.075]


class MedicinesPart(DoseCountsPart):
    """The medicines section: what is taken now, and what changed in the period."""

    def change_tags(self, changes: list[MedicineChange]) -> str:
        """ "started Dec 3", "stopped Nov 25": the medicine's changes, as markup."""
        labels = self.labels
        kinds = {
            "started": labels.change_started,
            "stopped": labels.change_stopped,
            "changed": labels.change_edited,
        }
        tags = [
            f"{kinds[change.kind]} {labels.format_day(change.day)}".replace(" ", "\u00a0")
            for change in changes
        ]
        text = markup(" \u00b7 ".join(tags), bold=True)
        return f'<font color="{hex_color(ACCENT)}" size="7.5">{text}</font>'

    def medicine_row(
        self, medicine: MedicineRecord, section: MedicinesSection, changes: list[MedicineChange]
    ) -> list[Paragraph]:
        """One medicine: name and purpose (and its changes), strength, route, schedule, who."""
        labels, s = self.labels, self.styles
        name = markup(medicine.name, bold=True)
        if medicine.purpose.strip():
            name += " " + muted(markup(medicine.purpose.strip()), 7.5)
        if changes:
            name += " " + self.change_tags(changes)
        schedule = medicine.schedule.strip()
        if medicine.as_needed:
            schedule = fill(labels.as_needed, schedule=schedule).rstrip(": ")
        prescriber = section.prescribers.get(medicine.prescriber_id, "")
        if self.data.adherence is None:
            cells = [medicine.strength, medicine.route, schedule, prescriber]
        else:
            dose = ", ".join(part for part in (medicine.strength, medicine.route) if part.strip())
            cells = [dose, schedule]
        stopped = any(change.kind == "stopped" for change in changes)
        shown = [muted(markup(text)) if stopped else markup(text) for text in cells]
        row = [Paragraph(name, s.row), *(Paragraph(text, s.row) for text in shown)]
        if self.data.adherence is not None:
            row += self.count_cells(medicine)
        return row

    def medicines(self, section: MedicinesSection) -> list[Flowable]:
        """The medicine list on the last day, what changed marked in it; then those stopped."""
        labels, s = self.labels, self.styles
        by_medicine: dict[int | None, list[MedicineChange]] = {}
        for change in section.changes:
            by_medicine.setdefault(change.medicine.id, []).append(change)
        current = {medicine.id for medicine in section.current}
        stopped = [
            changes[0].medicine for key, changes in by_medicine.items() if key not in current
        ]
        if not section.current and not stopped:
            return self.headed(labels.medicines_title, [self.none_line(labels.medicines_none)])
        counted = self.data.adherence is not None
        if counted:
            titles = [labels.col_medicine, dose_and_route(), labels.col_schedule]
        else:
            titles = [labels.col_medicine, labels.col_strength, labels.col_route]
            titles += [labels.col_schedule, labels.col_prescriber]
        header = [self.p(text, s.head) for text in titles]
        if counted:  # the counts' headings centred over their numbers
            header += [
                Paragraph(f'<font size="7">{markup(text, bold=True)}</font>', s.head_centre)
                for text in count_titles()
            ]
        rows = [header]
        for medicine in [*section.current, *stopped]:
            rows.append(self.medicine_row(medicine, section, by_medicine.get(medicine.id, [])))
        widths = COUNTED_COLUMNS if counted else MEDICINE_COLUMNS
        table = self.table(rows, widths, SNUG, pad=0.3)
        caption = fill(labels.medicines_current, date=labels.format_date(section.on))
        caption += " \u00b7 " + (
            labels.changes_none if not section.changes else labels.changes_title
        )
        body: list[Flowable] = [table, *self.reasons_line()]
        return self.headed(labels.medicines_title, body, keep=len(rows) <= 12, aside=caption)
