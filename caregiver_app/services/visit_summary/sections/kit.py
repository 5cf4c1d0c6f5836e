"""What every section of the visit summary is built with: data, wording, width, helpers."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from caregiver_app.services.pdf.palette import RULE
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import muted
from caregiver_app.services.pdf.styles import joined_rows, table_style
from caregiver_app.services.pdf.tables import RowKeepingTable
from caregiver_app.services.pdf.text import SANS, markup
from caregiver_app.services.visit_summary.data import VisitSummaryData
from caregiver_app.services.visit_summary.style import Styles, SummaryWording, grid

CHART_GAP = 8
CHART_FONT = 5.6  # the band names; a third of the page's width still reads in print
# Room a heading needs below it for the first lines of its section.
KEEP_WITH_HEADING = 75
SPLIT_DAY_HEIGHT = 140
NOTE_COLUMN_GAP = 16


class _KeptUnlessTooTall(KeepTogether):
    """A heading kept with its section, unless no page could hold them: then they start
    where they are and flow on, rather than after a page left holding only the lines
    before them (the allergies line above a table taller than a page)."""

    def split(self, width: float, height: float) -> list[Flowable]:
        """The pieces, to flow on from here when no whole frame holds them; else kept."""
        frame = getattr(self, "_frame", None)
        self.wrap(width, height)  # its height is a sign to split; the content's is _H
        content_height = self._H
        if frame is not None and content_height > frame._height:
            return list(self._content)
        return super().split(width, height)


class SectionKit:
    """What every section of the visit summary is built with: data, wording, width, helpers."""

    def __init__(self, data: VisitSummaryData, wording: SummaryWording, width: float) -> None:
        self.data = data
        self.wording = wording
        self.labels = wording.labels
        self.width = width
        self.styles = Styles()

    def p(self, text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
        """A paragraph of plain ``text`` (escaped here)."""
        return Paragraph(markup(text, bold=bold), style)

    def heading(self, text: str, aside: str = "") -> Paragraph:
        """A section heading, with an optional remark after it in small grey type."""
        shown = markup(text)
        if aside:
            shown += "\u2003" + f'<font name="{SANS}">{muted(markup(aside), 8.5)}</font>'
        return Paragraph(shown, self.styles.section)

    def none_line(self, text: str) -> Paragraph:
        """A grey line saying a section has nothing to show."""
        return Paragraph(muted(markup(text)), self.styles.body)

    def table(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        commands: Sequence[tuple[object, ...]] = (),
        pad: float = 3,
        repeat: int = 1,
        width: float | None = None,
        continued: Collection[int] = (),
    ) -> Table:
        """A table in the summary's look, ``widths`` as shares of ``width`` (the text's);
        the rows in ``continued`` go on in the next (``joined_rows``)."""
        whole = width or self.width
        table = RowKeepingTable(
            rows,
            colWidths=[whole * share for share in widths],
            repeatRows=repeat,
            splitInRow=1,  # a row taller than a page splits rather than fail
        )
        table.setStyle(table_style(joined_rows(grid(commands, pad), continued, len(rows))))
        return table

    def row_table(
        self, rows: Sequence[Sequence[object]], widths: Sequence[float], pad: float = 1.5
    ) -> Table:
        """Rows without a heading row, in the summary's table look (a list's continuation)."""
        table = Table(rows, colWidths=[self.width * share for share in widths], splitInRow=1)
        commands = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        table.setStyle(table_style(commands))
        return table

    def headed(
        self,
        title: str,
        body: list[Flowable],
        keep: bool = True,
        aside: str = "",
        may_be_taller_than_a_page: bool = False,
    ) -> list[Flowable]:
        """A section: its heading kept with the first lines that follow it.

        A section that no page could hold starts where it is if that is the top of a page
        (``may_be_taller_than_a_page``), rather than after a page left empty.
        """
        heading = self.heading(title, aside)
        if keep and may_be_taller_than_a_page:
            return [_KeptUnlessTooTall([heading, *body])]
        if keep:
            return [KeepTogether([heading, *body])]
        return [CondPageBreak(KEEP_WITH_HEADING), heading, *body]
