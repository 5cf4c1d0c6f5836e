"""The medicines section: the list on the period's last day, each medicine started, stopped or
changed in the period marked in its row (a stopped one in grey, after the list)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from caregiver_app.services.pdf.palette import ACCENT
from caregiver_app.services.pdf.pieces import fill, hex_color, muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.medication_data import MedicineChange, MedicinesSection
from caregiver_app.services.visit_summary.sections.kit import SectionKit
from caregiver_app.store.diary.medicines import MedicineRecord

# Narrow side padding, so a schedule or a prescriber's name stays on one line on A4.
SNUG = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
MEDICINE_COLUMNS = [0.38, 0.1, 0.12, 0.21, 0.19]


class MedicinesPart(SectionKit):
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
        cells = [medicine.strength, medicine.route, schedule]
        cells.append(section.prescribers.get(medicine.prescriber_id, ""))
        stopped = any(change.kind == "stopped" for change in changes)
        shown = [muted(markup(text)) if stopped else markup(text) for text in cells]
        return [Paragraph(name, s.row), *(Paragraph(text, s.row) for text in shown)]

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
        header = [
            self.p(text, s.head)
            for text in (
                labels.col_medicine,
                labels.col_strength,
                labels.col_route,
                labels.col_schedule,
                labels.col_prescriber,
            )
        ]
        rows = [header]
        for medicine in [*section.current, *stopped]:
            rows.append(self.medicine_row(medicine, section, by_medicine.get(medicine.id, [])))
        table = self.table(rows, MEDICINE_COLUMNS, SNUG, pad=0.3)
        caption = fill(labels.medicines_current, date=labels.format_date(section.on))
        caption += " \u00b7 " + (
            labels.changes_none if not section.changes else labels.changes_title
        )
        return self.headed(labels.medicines_title, [table], keep=len(rows) <= 12, aside=caption)
