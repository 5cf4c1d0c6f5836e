"""The visit summary's story: every section asked for, in the order the team reads them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from caregiver_app.services.visit_summary.sections.about import AboutPart
from caregiver_app.services.visit_summary.sections.appointments import AppointmentsPart
from caregiver_app.services.visit_summary.sections.concerns import ConcernsPart
from caregiver_app.services.visit_summary.sections.contacts import ContactsPart
from caregiver_app.services.visit_summary.sections.doses import DosesPart
from caregiver_app.services.visit_summary.sections.medicines import MedicinesPart
from caregiver_app.services.visit_summary.sections.notes import NotesPart
from caregiver_app.services.visit_summary.sections.plan import PlanPart
from caregiver_app.services.visit_summary.sections.questions import QuestionsPart
from caregiver_app.services.visit_summary.sections.symptoms import SymptomsPart
from caregiver_app.services.visit_summary.sections.vitals import VitalsPart


class SummarySections(
    AboutPart,
    ConcernsPart,
    SymptomsPart,
    VitalsPart,
    DosesPart,
    MedicinesPart,
    NotesPart,
    AppointmentsPart,
    QuestionsPart,
    ContactsPart,
    PlanPart,
):
    """Builds the story: the optional sections in the order the team reads them."""

    def story(self) -> list[Flowable]:
        """Every chosen section, in the summary's order."""
        story: list[Flowable] = [*self.about()]
        data = self.data
        if data.concerns:
            story += self.concerns()
        if data.symptoms is not None:
            vitals = self.vitals(data.vitals) if data.vitals is not None else []
            story += self.symptoms(data.symptoms, vitals)
        if data.doses is not None:
            story += self.doses(data.doses)
        if data.medicines is not None:
            story += self.medicines(data.medicines)
        if data.notes is not None:
            story += self.notes()
        if data.appointments is not None:
            story += self.appointments()
        if data.questions is not None:
            story += self.questions()
        if data.contacts is not None:
            story += self.contacts()
        story += self.plan()
        return story
