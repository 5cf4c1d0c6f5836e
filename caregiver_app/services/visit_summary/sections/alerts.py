"""The alerts the diary raised in the period: severe scores, sharp rises, fever, low oxygen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable

from caregiver_app.services.diary.trend_vitals import shown_value, unit_of, vital_name
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.digest_data import AlertCount, AlertsSection
from caregiver_app.services.visit_summary.sections.kit import SectionKit

ALERTS_NAMED = 2  # a line of each kind names the symptoms flagged most often


class AlertsPart(SectionKit):
    """The alerts raised in the period, one line for each kind."""

    def kind_title(self, kind: str) -> str:
        """What flagged them, with the threshold in force."""
        assert self.data.alerts is not None
        settings = self.data.alerts.settings
        if kind == "severe":
            return QCoreApplication.translate(
                "VisitSummary", "Severe scores ({at} or more)"
            ).format(at=settings.severe_at)
        if kind == "rise":
            return QCoreApplication.translate(
                "VisitSummary",
                "Sharp rises ({by} or more over the average of the {days} days before)",
            ).format(by=settings.rise_by, days=settings.baseline_days)
        if kind == "fever":
            return QCoreApplication.translate("VisitSummary", "Fever")
        return QCoreApplication.translate("VisitSummary", "Low oxygen saturation")

    def alert_item(self, item: AlertCount) -> str:
        """ "Pain 12 times, last Dec 3" or, for a vital, the worst reading too."""
        labels = self.labels
        last = labels.format_day(item.latest.date())
        if item.kind in {"severe", "rise"}:
            return VisitSummary.tr("{name} %n times, last {day}", None, item.times).format(
                name=labels.item_name(item.key), day=last
            )
        us = self.data.vitals.us_units if self.data.vitals is not None else False
        value = shown_value(item.key, item.worst, us)
        number = (
            str(round(value)) if item.key == "oxygen_saturation" else labels.format_number(value)
        )
        reading = f"{number}\u00a0{unit_of(item.key, us)}"
        if item.kind == "fever":
            text = VisitSummary.tr(
                "{name} %n times, last {day}, highest {reading}", None, item.times
            )
        else:
            text = VisitSummary.tr(
                "{name} %n times, last {day}, lowest {reading}", None, item.times
            )
        return text.format(name=vital_name(item.key), day=last, reading=reading)

    def kind_items(self, items: list[AlertCount]) -> str:
        """The symptoms most often flagged, and how many others were."""
        shown = [self.alert_item(item) for item in items[:ALERTS_NAMED]]
        rest = len(items) - len(shown)
        if rest > 0:
            shown.append(VisitSummary.tr("and %n more symptoms", None, rest))
        return self.labels.groups(shown)

    def alerts(self, section: AlertsSection) -> list[Flowable]:
        """Each kind of alert on its own line, the symptoms most often flagged first."""
        title = QCoreApplication.translate("VisitSummary", "Alerts raised in the period")
        if not section.counts:
            none = QCoreApplication.translate("VisitSummary", "No alert was raised in the period.")
            return self.headed(title, [self.none_line(none)])
        aside = VisitSummary.tr("in %n diary entries", None, section.entries_with_alerts)
        kinds: dict[str, list[AlertCount]] = {}
        for item in section.counts:
            kinds.setdefault(item.kind, []).append(item)
        body: list[Flowable] = [
            Paragraph(
                markup(self.kind_title(kind), bold=True) + ": " + markup(self.kind_items(items)),
                self.styles.dose_line,
            )
            for kind, items in kinds.items()
        ]
        return self.headed(title, body, aside=aside)
