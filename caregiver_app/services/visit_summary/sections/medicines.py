"""The medicines section: what is taken now, and what changed in the period."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from caregiver_app.services.pdf.palette import RULE
from caregiver_app.services.pdf.pieces import fill, muted
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.medication_data import MedicinesSection
from caregiver_app.services.visit_summary.sections.kit import SectionKit
from caregiver_app.services.visit_summary.style import grid

# Narrow side padding, so a schedule or a prescriber's name stays on one line on A4.
SNUG = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]


class MedicinesPart(SectionKit):
    """The medicines section: what is taken now, and what changed in the period."""

    def medicines(self, section: MedicinesSection) -> list[Flowable]:
        """The medicine list on the last day, then what changed in the period."""
        labels, s = self.labels, self.styles
        story: list[Flowable] = []
        if not section.current:
            story += self.headed(labels.medicines_title, [self.none_line(labels.medicines_none)])
        else:
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
            for medicine in section.current:
                name = markup(medicine.name, bold=True)
                if medicine.purpose.strip():
                    name += " " + muted(markup(medicine.purpose.strip()), 7.5)
                schedule = medicine.schedule.strip()
                if medicine.as_needed:
                    schedule = fill(labels.as_needed, schedule=schedule).rstrip(": ")
                prescriber = section.prescribers.get(medicine.prescriber_id, "")
                rows.append(
                    [
                        Paragraph(name, s.row),
                        self.p(medicine.strength, s.row),
                        self.p(medicine.route, s.row),
                        self.p(schedule, s.row),
                        self.p(prescriber, s.row),
                    ]
                )
            table = self.table(rows, [0.38, 0.1, 0.12, 0.21, 0.19], SNUG, pad=0.3)
            caption = fill(labels.medicines_current, date=labels.format_date(section.on))
            if not section.changes:
                caption += " \u00b7 " + labels.changes_none
            story += self.headed(labels.medicines_title, [table], keep=False, aside=caption)
        if section.current and not section.changes:
            return story
        story += self.medicine_changes(section)
        return story

    def medicine_changes(self, section: MedicinesSection) -> list[Flowable]:
        """The medicines started, stopped or changed in the period."""
        labels, s = self.labels, self.styles
        heading = self.p(labels.changes_title, s.sub)
        if not section.changes:
            none = (
                markup(labels.changes_title, bold=True) + " " + muted(markup(labels.changes_none))
            )
            return [Paragraph(none, s.body)]
        kinds = {
            "started": labels.change_started,
            "stopped": labels.change_stopped,
            "changed": labels.change_edited,
        }
        rows = []
        for change in section.changes:
            medicine = change.medicine
            details = ", ".join(
                part.strip() for part in (medicine.strength, medicine.schedule) if part.strip()
            )
            what = markup(medicine.name, bold=True)
            if details:
                what += " " + muted(markup(details))
            rows.append(
                [
                    self.p(labels.format_date(change.day), s.row),
                    self.p(kinds[change.kind], s.row, bold=True),
                    Paragraph(what, s.row),
                ]
            )
        table = Table(rows, colWidths=[self.width * share for share in (0.2, 0.12, 0.68)])
        table.setStyle(
            table_style(grid([("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE), *SNUG], pad=0.3)[1:])
        )
        if len(rows) <= 6:
            return [KeepTogether([heading, table])]
        return [CondPageBreak(80), heading, table]
