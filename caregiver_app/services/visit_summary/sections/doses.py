"""The breakthrough doses' week-by-week grid, printed above the appendix of every dose."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Table

from caregiver_app.services.pdf.palette import STRIPE_FILL
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.visit_summary.medication_data import DosesSection
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class DosesPart(SectionKit):
    """The breakthrough doses' grid: how many doses on each day, a week a row."""

    def dose_grid(self, section: DosesSection) -> Table:
        """Doses on each day, a week a row (weeks start on the locale's first day)."""
        labels, s = self.labels, self.styles
        first = labels.first_weekday()
        order = [(first + offset) % 7 for offset in range(7)]
        header: list[Paragraph | str] = [self.p(labels.doses_week, s.head)]
        header += [self.p(labels.format_weekday(day), s.head_centre) for day in order]
        header.append(self.p(labels.doses_total_column, s.head_centre))
        counts = dict(section.per_day)
        start_day = section.per_day[0][0]
        week_start = start_day - timedelta(days=(start_day.weekday() - first) % 7)
        last_day = section.per_day[-1][0]
        rows = [header]
        while week_start <= last_day:
            days = [week_start + timedelta(days=offset) for offset in range(7)]
            cells: list[Paragraph | str] = [
                self.p(labels.format_day(max(week_start, start_day)), s.cell)
            ]
            total = 0
            for day in days:
                if day in counts:
                    total += counts[day]
                    cells.append(self.p(str(counts[day]), s.cell_centre))
                else:
                    cells.append("")
            cells.append(self.p(str(total), s.score))
            rows.append(cells)
            week_start += timedelta(days=7)
        widths = [0.104] + [0.042] * 7 + [0.072]
        commands = [
            ("BACKGROUND", (-1, 1), (-1, -1), STRIPE_FILL),
            ("LEFTPADDING", (1, 0), (-1, -1), 1),
            ("RIGHTPADDING", (1, 0), (-1, -1), 1),
        ]
        return self.table(rows, widths, commands, pad=1.5)
