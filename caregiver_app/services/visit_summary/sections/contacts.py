"""The key contacts section, as the Who to call sheet lists them."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from caregiver_app.services.visit_summary.sections.kit import KEEP_WITH_HEADING, SectionKit
from caregiver_app.services.who_to_call.sheet import key_contact_flowables


class ContactsPart(SectionKit):
    """The key contacts section, as the Who to call sheet lists them."""

    def contacts(self) -> list[Flowable]:
        """The key contacts, as the "Who to call" sheet lists them."""
        heading = self.heading(self.labels.contacts_title)
        pieces = key_contact_flowables(
            list(self.data.contacts or ()),
            self.wording.sheet,
            self.wording.role_label,
            self.wording.phone_display,
            self.width,
            heading_style=self.styles.sub,
        )
        return [CondPageBreak(KEEP_WITH_HEADING + 40), heading, *pieces]
