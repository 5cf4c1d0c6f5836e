"""The upcoming appointments section: one line for each kind of visit, its dates after it."""

from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.listed_lines import AppointmentGroup, grouped_appointments
from caregiver_app.services.visit_summary.sections.fitted import Block, FittedBlocks
from caregiver_app.services.visit_summary.sections.kit import SectionKit

APPOINTMENT_COLUMNS = (0.3, 0.15, 0.2, 0.35)
APPOINTMENTS_MOST = 100  # points: about eight lines, so the rest of page 2 keeps its room


class AppointmentsPart(SectionKit):
    """The upcoming appointments section."""

    def group_when(self, group: AppointmentGroup) -> str:
        """The dates of a group; the time said once when every visit starts at the same time."""
        labels = self.labels
        visits = group.visits
        times = {visit.starts_at.time() for visit in visits if not visit.all_day}
        if len(times) == 1 and not any(visit.all_day for visit in visits):
            days = labels.items(labels.format_day(visit.starts_at.date()) for visit in visits)
            return f"{days} \u00b7 {labels.format_time(times.pop())}"
        return labels.items(
            labels.format_day(visit.starts_at.date())
            if visit.all_day
            else labels.when(visit.starts_at)
            for visit in visits
        )

    def group_line(self, group: AppointmentGroup) -> Flowable:
        """A one-row table in the header's columns, so lines can be counted off."""
        labels, s = self.labels, self.styles
        row = [
            # The placeholder for a missing title is not bold: it is not a title typed.
            self.p(group.title or labels.no_title, s.row, bold=bool(group.title)),
            self.p(labels.kind_label(group.kind), s.row),
            self.p(group.location, s.row),
            self.p(self.group_when(group), s.row),
        ]
        return self.row_table([row], APPOINTMENT_COLUMNS)

    def more_appointments(self, count: int) -> Paragraph | None:
        """How many appointments of the four weeks did not fit."""
        text = VisitSummary.tr(
            "%n more appointments in the next four weeks are on the calendar.",
            None,
            count,
        )
        return Paragraph(muted(markup(text), 8), self.styles.small)

    def appointments(self) -> list[Flowable]:
        """The next four weeks' appointments, one line for each title, kind and place."""
        labels, s = self.labels, self.styles
        title = labels.appointments_title
        if not self.data.appointments:
            return self.headed(title, [self.none_line(labels.appointments_none)])
        header = self.table(
            [
                [
                    self.p(text, s.head)
                    for text in (
                        labels.col_what,
                        labels.col_kind,
                        labels.col_where,
                        labels.col_when,
                    )
                ]
            ],
            APPOINTMENT_COLUMNS,
            pad=1.5,
        )
        blocks: list[Block] = [
            (len(group.visits), partial(self.group_line, group))
            for group in grouped_appointments(list(self.data.appointments))
        ]
        fitted = FittedBlocks(blocks, self.more_appointments, most=APPOINTMENTS_MOST)
        return [*self.headed(title, [header]), fitted]
