"""The digest's breakthrough doses: the totals, the hours they cluster in, a bar a day and the
24-hour chart, side by side."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable, Spacer, Table

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill
from caregiver_app.services.pdf.styles import FLUSH, table_style
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.digest_data import CLUSTER_HOURS, DoseHours
from caregiver_app.services.visit_summary.dose_charts import by_hour_chart, per_day_chart
from caregiver_app.services.visit_summary.medication_data import DosesSection
from caregiver_app.services.visit_summary.sections.kit import SectionKit

DOSE_CHART_HEIGHT = 34


class DoseDigestPart(SectionKit):
    """The digest's breakthrough doses: totals, clustering hours, the two small charts."""

    def cluster_line(self, hours: DoseHours) -> str:
        """ "Most often between 2:00 AM and 5:00 AM: 41 of 120 doses"."""
        if hours.busiest is None:
            return ""
        first, count = hours.busiest
        labels = self.labels
        return VisitSummary.tr(
            "Most often between {start} and {end}: %n of {total} doses.",
            None,
            count,
        ).format(
            start=labels.format_time(time(first)),
            end=labels.format_time(time((first + CLUSTER_HOURS) % 24)),
            total=hours.total,
        )

    def digest_lines(self, section: DosesSection, hours: DoseHours) -> list[str]:
        """The totals, by medicine, the hours, the reasons and the relief, one line each."""
        labels = self.labels
        lines = [
            fill(
                labels.doses_total,
                count=str(section.total),
                days=str(len(section.per_day)),
                average=labels.format_number(section.average_per_day),
                most=str(section.most_in_a_day),
            )
        ]
        if section.reasons:
            shown = section.reasons[:4]  # the digest names the most frequent; the appendix all
            reasons = labels.items(f"{reason} ({count})" for reason, count in shown)
            lines[0] += " " + fill(labels.doses_reasons, list=reasons)
        if cluster := self.cluster_line(hours):
            lines.append(cluster)
        given = [
            fill(labels.doses_given, medicine=name, dose=dose, count=str(count)).strip()
            for name, dose, count in section.by_medicine
        ]
        if given:
            lines.append(labels.groups(given))
        relief = [
            f"{labels.item_name(item.symptom) if item.symptom else labels.doses_no_symptom} "
            f"{labels.format_number(item.before)} \u2192 {labels.format_number(item.after)} "
            f"({item.doses})"
            for item in section.relief
        ]
        if relief:
            lines.append(
                QCoreApplication.translate(
                    "VisitSummary",
                    "Average score before \u2192 after a dose (doses with both scores): {list}",
                ).format(list=labels.groups(relief))
            )
        if section.without_after:
            lines.append(fill(labels.doses_awaiting, count=str(section.without_after)))
        return lines

    def dose_digest(self, section: DosesSection, hours: DoseHours) -> list[Flowable]:
        """The breakthrough doses of the period in a few lines and two small charts."""
        labels, s = self.labels, self.styles
        if section.total == 0:
            return self.headed(labels.doses_title, [self.none_line(labels.doses_none)])
        text = [Paragraph(markup(line), s.dose_line) for line in self.digest_lines(section, hours)]
        text_width = self.width * 0.6
        chart_width = self.width - text_width - 12
        per_day = per_day_chart(
            section.per_day,
            chart_width,
            DOSE_CHART_HEIGHT,
            QCoreApplication.translate("VisitSummary", "Doses each day"),
            labels.format_day,
        )
        by_hour = by_hour_chart(
            hours,
            chart_width,
            DOSE_CHART_HEIGHT,
            QCoreApplication.translate("VisitSummary", "Doses by hour of the day"),
            labels.format_time,
        )
        row = Table(
            [[text, [per_day, Spacer(0, 2), by_hour]]],
            colWidths=[text_width + 12, chart_width],
            splitInRow=1,  # lines taller than a page (many doses typed differently) split
        )
        row.setStyle(
            table_style(
                [*FLUSH, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (0, 0), 12)]
            )
        )
        return self.headed(labels.doses_title, [row])
