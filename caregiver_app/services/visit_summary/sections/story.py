"""The visit summary's story: every section asked for, in the order the team reads them.

Page 1 is the digest a visit needs (who, period, diagnosis, allergies, concerns, the
ESAS-r table and charts, vital signs, breakthrough doses, medicines, alerts); page 2 the
appointments, questions, key contacts, the digest's notes and the plan box. The
appendices the family ticked follow, each from a new page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from caregiver_app.services.visit_summary.sections.about import AboutPart
from caregiver_app.services.visit_summary.sections.alerts import AlertsPart
from caregiver_app.services.visit_summary.sections.appendix import AppendixPart
from caregiver_app.services.visit_summary.sections.appointments import AppointmentsPart
from caregiver_app.services.visit_summary.sections.concerns import ConcernsPart
from caregiver_app.services.visit_summary.sections.contacts import ContactsPart
from caregiver_app.services.visit_summary.sections.digest_page import AfterDigest, DigestPage
from caregiver_app.services.visit_summary.sections.dose_digest import DoseDigestPart
from caregiver_app.services.visit_summary.sections.medicines import MedicinesPart
from caregiver_app.services.visit_summary.sections.notes_digest import NotesDigestPart
from caregiver_app.services.visit_summary.sections.plan import PlanPart
from caregiver_app.services.visit_summary.sections.questions import QuestionsPart
from caregiver_app.services.visit_summary.sections.symptoms import SymptomsPart
from caregiver_app.services.visit_summary.sections.vitals import VitalsPart
from caregiver_app.services.visit_summary.style import PLAN_HEIGHT


class SummarySections(
    AboutPart,
    ConcernsPart,
    SymptomsPart,
    VitalsPart,
    DoseDigestPart,
    MedicinesPart,
    AlertsPart,
    NotesDigestPart,
    AppointmentsPart,
    QuestionsPart,
    ContactsPart,
    PlanPart,
    AppendixPart,
):
    """Builds the story: the optional sections in the order the team reads them."""

    def story(self) -> list[Flowable]:
        """Every chosen section, in the summary's order, then the appendices."""
        data = self.data
        about = self.about()
        first: list[Flowable] = [*self.about_and_concerns(about)]  # a new list: about stays
        if data.symptoms is not None:
            vitals = self.vitals(data.vitals) if data.vitals is not None else []
            first += self.symptoms(data.symptoms, vitals)
        if data.doses is not None and data.dose_hours is not None:
            first += self.dose_digest(data.doses, data.dose_hours)
        if data.medicines is not None:
            first += self.medicines(data.medicines)
        if data.alerts is not None:
            first += self.alerts(data.alerts)
        digest = DigestPage(first)
        story: list[Flowable] = [digest]
        if first != about:
            # Page 2 starts a page of its own after a digest; with none of page 1's sections
            # chosen it follows the diagnosis, not a page empty but for it.
            story.append(AfterDigest(digest))
        if data.appointments is not None:
            story += self.appointments()
        if data.questions is not None:
            story += self.questions()
        if data.contacts is not None:
            story += self.contacts()
        if data.notes is not None:
            story += self.notes_digest(reserve=PLAN_HEIGHT + 30)
        story += self.plan()
        if data.all_notes is not None:
            story += self.notes_appendix()
        if data.dose_list is not None:
            story += self.doses_appendix()
        return story
