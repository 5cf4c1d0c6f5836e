"""The key contacts section: the people to call first, as the Who to call sheet shows them,
and the first after-hours numbers (the sheet lists every one)."""

from __future__ import annotations

from functools import partial

from reportlab.platypus import CondPageBreak, Flowable

from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.text import markup
from caregiver_app.services.visit_summary.counted import VisitSummary
from caregiver_app.services.visit_summary.sections.fitted import Block, FittedBlocks
from caregiver_app.services.visit_summary.sections.kit import KEEP_WITH_HEADING, SectionKit
from caregiver_app.services.who_to_call.sheet import Sheet, SheetContent
from caregiver_app.services.who_to_call.sheet_style import TIGHT
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.home_clock import home_today

AFTER_HOURS_MOST = 64  # points: three or four numbers
AFTER_HOURS_COLUMNS = (0.3, 0.7)


class ContactsPart(SectionKit):
    """The key contacts section, as the Who to call sheet lists them."""

    def more_numbers(self, count: int) -> Paragraph | None:
        """How many after-hours numbers did not fit, and where they all are."""
        text = VisitSummary.tr(
            "%n more after-hours numbers are on the “Who to call” sheet.",
            None,
            count,
        )
        return Paragraph(muted(markup(text), 8), self.styles.small)

    def after_hours_line(self, sheet: Sheet, number: str, owners: list[ContactRecord]) -> Flowable:
        """An after-hours number and whose line it is, as a one-row table."""
        names = self.labels.items(
            markup(owner.name, bold=True)
            + (f"\u00a0{muted(markup(role))}" if (role := sheet.role_text(owner.role)) else "")
            for owner in owners
        )
        room = self.width * AFTER_HOURS_COLUMNS[0] - 10  # the row table's padding
        row = [
            Paragraph(sheet.number(number, self.styles.row.fontSize, room), self.styles.row),
            Paragraph(names, self.styles.row),
        ]
        return self.row_table([row], AFTER_HOURS_COLUMNS, pad=1)

    def contacts(self) -> list[Flowable]:
        """The people to call first, then the first after-hours numbers."""
        wording = self.wording
        content = SheetContent(
            list(self.data.contacts or ()),
            "",
            home_today(),
            wording.sheet,
            wording.role_label,
            wording.phone_display,
        )
        sheet = Sheet(content, self.width, TIGHT)
        sheet.styles.section = self.styles.sub
        story: list[Flowable] = [
            CondPageBreak(KEEP_WITH_HEADING + 40),
            self.heading(self.labels.contacts_title),
            *sheet.call_first(),
        ]
        lines = sheet.after_hours_lines()
        if not lines:
            return story
        blocks: list[Block] = [
            (1, partial(self.after_hours_line, sheet, number, owners)) for number, owners in lines
        ]
        heading = self.p(wording.sheet.after_hours_title, self.styles.sub)
        story += [heading, FittedBlocks(blocks, self.more_numbers, most=AFTER_HOURS_MOST)]
        return story
