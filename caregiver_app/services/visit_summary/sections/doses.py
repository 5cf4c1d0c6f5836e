"""The breakthrough doses section: the day-by-day grid and the doses listed."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from caregiver_app.services.pdf.palette import STRIPE_FILL
from caregiver_app.services.pdf.pieces import fill
from caregiver_app.services.pdf.styles import table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.medication_data import DosesSection
from caregiver_app.services.visit_summary.sections.kit import SectionKit


class DosesPart(SectionKit):
    """The breakthrough doses section: the day-by-day grid and the doses listed."""

    def dose_grid(self, section: DosesSection) -> Table:
        """Doses on each day, a week a row (weeks start on the locale's first day)."""
        labels, s = self.labels, self.styles
        first = labels.first_weekday
        order = [(first + offset) % 7 for offset in range(7)]
        header = [self.p(labels.doses_week, s.head)]
        header += [self.p(labels.format_weekday(day), s.head_centre) for day in order]
        header.append(self.p(labels.doses_total_column, s.head_centre))
        counts = dict(section.per_day)
        start_day = section.per_day[0][0]
        week_start = start_day - timedelta(days=(start_day.weekday() - first) % 7)
        last_day = section.per_day[-1][0]
        rows = [header]
        while week_start <= last_day:
            days = [week_start + timedelta(days=offset) for offset in range(7)]
            cells = [self.p(labels.format_day(max(week_start, start_day)), s.cell)]
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

    def doses(self, section: DosesSection) -> list[Flowable]:
        """The breakthrough doses: totals, a week-by-week table, reasons and relief."""
        labels, s = self.labels, self.styles
        if section.total == 0:
            return self.headed(labels.doses_title, [self.none_line(labels.doses_none)])
        lines = [
            fill(
                labels.doses_total,
                count=str(section.total),
                days=str(len(section.per_day)),
                average=labels.format_number(section.average_per_day),
                most=str(section.most_in_a_day),
            )
        ]
        lines += [
            fill(labels.doses_given, medicine=name, dose=dose, count=str(count)).strip()
            for name, dose, count in section.by_medicine
        ]
        if section.reasons:
            reasons = ", ".join(f"{reason} ({count})" for reason, count in section.reasons)
            lines.append(fill(labels.doses_reasons, list=reasons))
        for relief in section.relief:
            symptom = (
                labels.item_name(relief.symptom) if relief.symptom else labels.doses_no_symptom
            )
            lines.append(
                fill(
                    labels.doses_relief,
                    symptom=symptom,
                    before=labels.format_number(relief.before),
                    after=labels.format_number(relief.after),
                    count=str(relief.count),
                )
            )
        if section.without_after:
            lines.append(fill(labels.doses_awaiting, count=str(section.without_after)))
        text = [Paragraph(markup(line), s.dose_line) for line in lines]
        grid_table = self.dose_grid(section)
        grid_width = self.width * 0.47
        side = Table(
            [[grid_table, text]],
            colWidths=[grid_width + 12, self.width - grid_width - 12],
            splitInRow=1,
        )
        side.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 12),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        if len(section.per_day) > 120:  # a long period's grid may need to split over pages
            return self.headed(labels.doses_title, [*text, Spacer(0, 4), grid_table], keep=False)
        return self.headed(labels.doses_title, [side])
