"""The upcoming appointments section."""

from __future__ import annotations

from reportlab.platypus import Flowable

from caregiver_app.services.visit_summary.sections.kit import SectionKit


class AppointmentsPart(SectionKit):
    """The upcoming appointments section."""

    def appointments(self) -> list[Flowable]:
        """The appointments of the next four weeks, as a table."""
        labels, s = self.labels, self.styles
        title = labels.appointments_title
        if not self.data.appointments:
            return self.headed(title, [self.none_line(labels.appointments_none)])
        header = [
            self.p(text, s.head)
            for text in (labels.col_when, labels.col_what, labels.col_kind, labels.col_where)
        ]
        rows = [header]
        for item in self.data.appointments:
            when = (
                labels.format_day(item.starts_at.date())
                if item.all_day
                else labels.when(item.starts_at)
            )
            rows.append(
                [
                    self.p(when, s.row),
                    self.p(item.title, s.row, bold=True),
                    self.p(labels.kind_label(item.kind), s.row),
                    self.p(item.location, s.row),
                ]
            )
        table = self.table(rows, [0.17, 0.29, 0.19, 0.35], pad=1.5)
        return self.headed(title, [table], keep=len(rows) <= 4)
