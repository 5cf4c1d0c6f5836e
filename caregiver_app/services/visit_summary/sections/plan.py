"""The blank ruled box where the clinician writes the plan."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from caregiver_app.services.visit_summary.sections.kit import SectionKit
from caregiver_app.services.visit_summary.style import PLAN_HEIGHT, PlanBox


class PlanPart(SectionKit):
    """The blank ruled box where the clinician writes the plan."""

    def plan(self) -> list[Flowable]:
        """A blank ruled box for the clinician, filling what is left of the last page."""
        box = PlanBox(self.labels.plan_hint, self.styles.small)
        return [
            CondPageBreak(PLAN_HEIGHT + 30),
            self.heading(self.labels.plan_title),
            box,
        ]
