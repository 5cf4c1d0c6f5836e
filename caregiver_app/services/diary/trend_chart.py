"""The symptom trend chart: one ReportLab drawing for the window (as SVG) and the PDF summary.

The drawing is plain vector shapes and ``String`` text in the shipped fonts, so the
same definition prints in a PDF (``renderPDF``) and shows in the window through
Qt's SVG renderer (:func:`caregiver_app.services.diary.trend_svg.drawing_to_svg`).
No QtCharts: Qt deprecated it.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import NamedTuple

from reportlab.graphics.shapes import (
    FILL_NON_ZERO,
    Circle,
    Drawing,
    Line,
    Path,
    Polygon,
    PolyLine,
    Rect,
    Shape,
)
from reportlab.lib import colors

from caregiver_app.esas import BAND_LOWEST, BAND_MILD, BAND_MODERATE, BAND_NONE, BAND_SEVERE, BANDS
from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.diary.trend_series import TrendPoint
from caregiver_app.services.diary.trend_text import drawn_text, plain, shown_width, text_width
from caregiver_app.services.diary.trend_ticks import x_ticks
from caregiver_app.services.pdf.palette import ACCENT, BAND_EDGE, DOSE_INK, MUTED
from caregiver_app.services.pdf.text import SANS, SANS_BOLD, register_fonts

# Light stripes, so dark text and the line stay readable on every band; the band
# names are printed too, so colour is never the only signal.
BAND_FILL = {
    BAND_NONE: colors.HexColor("#f5f7f8"),
    BAND_MILD: colors.HexColor("#e9f3ec"),
    BAND_MODERATE: colors.HexColor("#fbf1d9"),
    BAND_SEVERE: colors.HexColor("#f9e2df"),
}


def _band_ranges() -> list[tuple[str, float, float, str]]:
    """(band, lowest edge, highest edge, printed range) on a scale drawn from -0.5 to 10.5."""
    lows = [BAND_LOWEST[band] for band in BANDS]
    highs = [low - 1 for low in lows[1:]] + [10]
    ranges = []
    for band, low, high in zip(BANDS, lows, highs, strict=True):
        printed = str(low) if low == high else f"{low}–{high}"
        ranges.append((band, low - 0.5, high + 0.5, printed))
    return ranges


def _triangle(x: float, base: float, fs: float, half: float | None = None) -> Polygon:
    """A dose marker: a small upward triangle whose base sits at ``base``."""
    half, tall = fs * 0.42 if half is None else half, fs * 0.75
    return Polygon(
        [x - half, base, x + half, base, x, base + tall], fillColor=DOSE_INK, strokeColor=None
    )


class _Chart:
    """Lays out one chart: title row, legend row, the plot with its bands, the date axis."""

    def __init__(
        self, content: ChartContent, width: float, height: float, font_size: float
    ) -> None:
        labels, start, end = content.labels, content.start, content.end
        self.labels, self.start, self.end = labels, start, end
        self.width, self.height = width, height
        self.fs = fs = font_size
        self.small = fs * 0.92
        self.pad = fs * 0.6
        # CareSans from the start, so no Helvetica reaches the PDF, not even unused.
        self.drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=fs)
        self.ranges = _band_ranges()
        self.band_texts = [(plain(labels.band_name(b)), printed) for b, *_x, printed in self.ranges]
        self.legend_texts = (plain(labels.legend_score), plain(labels.legend_dose))
        self.title_size = fs * 1.3
        self.title_baseline = height - self.pad - self.title_size * 0.93
        self.axis_baseline = self.title_baseline - self.title_size * 0.24 - fs * 0.7
        self.axis_baseline -= self.small * 0.93
        room = width - 2 * self.pad
        axis_width = text_width(plain(labels.axis_title), SANS, self.small)
        self.legend_baseline = self.axis_baseline
        if axis_width + fs * 2 + self.legend_width() > room:  # no room for both on one row
            self.legend_baseline -= self.small * 1.35
        self.band_room = min(
            width * 0.3,
            max(
                text_width(name, SANS_BOLD, fs) + fs * 0.35 + text_width(printed, SANS, self.small)
                for name, printed in self.band_texts
            ),
        )
        self.left = self.pad + text_width("10", SANS, self.small) + fs * 0.6
        self.right = width - self.pad - self.band_room - fs * 0.6
        self.date_baseline = self.pad + self.small * 0.24
        self.lane = fs * 1.2  # the strip under the plot where doses are marked
        self.bottom = self.date_baseline + self.small * 0.93 + fs * 0.45 + self.lane
        self.top = self.legend_baseline - self.small * 0.24 - fs * 0.6
        self.plot_w = max(self.right - self.left, 1.0)
        self.plot_h = max(self.top - self.bottom, 1.0)
        self.span = max((end - start).total_seconds(), 1.0)

    def x_of(self, at: datetime) -> float:
        return self.left + (at - self.start).total_seconds() / self.span * self.plot_w

    def y_of(self, score: float) -> float:
        """Scores sit mid-way in their row: the scale runs from -0.5 to 10.5."""
        return self.bottom + (score + 0.5) / 11 * self.plot_h

    def add(self, *shapes: Shape) -> None:
        for shape in shapes:
            self.drawing.add(shape)

    def legend_width(self) -> float:
        fs, score, dose = self.fs, *self.legend_texts
        return (
            fs * 2.2
            + fs * 0.4
            + text_width(score, SANS, self.small)
            + fs * 2.9
            + text_width(dose, SANS, self.small)
        )

    def header(self, title: str) -> None:
        """The title, the axis title, and the legend right-aligned with the band names."""
        fs, small = self.fs, self.small
        self.add(
            Rect(0, 0, self.width, self.height, fillColor=colors.white, strokeColor=None),
            drawn_text(
                self.pad,
                self.title_baseline,
                plain(title),
                self.title_size,
                bold=True,
                room=self.width - 2 * self.pad,
            ),
            drawn_text(
                self.pad,
                self.axis_baseline,
                plain(self.labels.axis_title),
                small,
                color=MUTED,
                room=self.width - 2 * self.pad,
            ),
        )
        score, dose = self.legend_texts
        x = self.width - self.pad - self.legend_width()
        y = self.legend_baseline
        middle = y + small * 0.32
        self.add(
            Line(x, middle, x + fs * 2.2, middle, strokeColor=ACCENT, strokeWidth=fs * 0.18),
            Circle(x + fs * 1.1, middle, fs * 0.3, fillColor=ACCENT, strokeColor=colors.white),
            drawn_text(x + fs * 2.6, y, score, small),
        )
        x += fs * 2.6 + text_width(score, SANS, small) + fs * 1.5
        self.add(
            _triangle(x + fs / 2, y - small * 0.1, fs), drawn_text(x + fs * 1.4, y, dose, small)
        )

    def bands(self) -> None:
        """Severity bands as light stripes, each named at the right edge.

        Selby D et al., J Pain Symptom Manage 2010: 0 none, 1-3 mild, 4-6 moderate,
        7-10 severe (the bands in caregiver_app.esas).
        """
        fs = self.fs
        baselines = self.band_baselines()
        for (band, low, high, _printed), (name, printed), baseline in zip(
            self.ranges, self.band_texts, baselines, strict=True
        ):
            y0, y1 = self.y_of(low), self.y_of(high)
            self.add(
                Rect(
                    self.left, y0, self.plot_w, y1 - y0, fillColor=BAND_FILL[band], strokeColor=None
                )
            )
            if low > -0.5:  # an edge line too, so the bands show in black-and-white print
                self.add(
                    Line(self.left, y0, self.right, y0, strokeColor=BAND_EDGE, strokeWidth=0.6)
                )
            name_x = self.right + fs * 0.6
            shown = drawn_text(name_x, baseline, name, fs, bold=True, room=self.band_room)
            self.add(shown)
            range_x = name_x + shown_width(shown, fs) + fs * 0.35
            if range_x + text_width(printed, SANS, self.small) <= self.width - self.pad / 2:
                self.add(drawn_text(range_x, baseline, printed, self.small, color=MUTED))

    def band_baselines(self) -> list[float]:
        """Each band name mid-way up its band, moved apart where the bands are too thin."""
        step = self.fs * 1.15
        wanted = [
            (self.y_of(low) + self.y_of(high)) / 2 - self.fs * 0.35
            for _b, low, high, _p in self.ranges
        ]
        placed: list[float] = []
        for baseline in wanted:  # bottom up: never closer than a line to the one below
            placed.append(max(baseline, placed[-1] + step) if placed else baseline)
        highest = self.top - self.fs
        for index in range(len(placed) - 1, -1, -1):  # top down: never above the plot
            limit = highest if index == len(placed) - 1 else placed[index + 1] - step
            placed[index] = min(placed[index], limit)
        return placed

    def score_axis(self) -> None:
        """0 to 10 on the left: every number when there is room, else every other one."""
        fs, small = self.fs, self.small
        step = 1 if self.plot_h / 11 >= small * 1.2 else 2
        for score in range(0, 11, step):
            y = self.y_of(score)
            self.add(
                Line(self.left - fs * 0.25, y, self.left, y, strokeColor=MUTED, strokeWidth=0.6),
                drawn_text(
                    self.left - fs * 0.4,
                    y - small * 0.35,
                    str(score),
                    small,
                    color=MUTED,
                    anchor="end",
                ),
            )
        self.add(
            Line(self.left, self.bottom, self.left, self.top, strokeColor=MUTED, strokeWidth=0.8)
        )

    def time_axis(self) -> None:
        """Grid lines at the ticks, dates under the dose strip, never two dates overlapping."""
        fs, small, lane = self.fs, self.small, self.lane
        ticks, fmt, mid_day = x_ticks(self.start, self.end, self.plot_w, self.labels, small)
        last_right = -1e9
        for at in ticks:
            x = self.x_of(at)
            if at > self.start:
                self.add(
                    Line(x, self.bottom, x, self.top, strokeColor=colors.white, strokeWidth=0.9)
                )
            self.add(
                Line(x, self.bottom - lane, x, self.bottom, strokeColor=BAND_EDGE, strokeWidth=0.5)
            )
            centre = self.x_of(at + timedelta(hours=12)) if mid_day else x
            label = plain(fmt(at.date()))
            half = text_width(label, SANS, small) / 2
            centre = min(max(centre, half + self.pad / 2), self.width - half - self.pad / 2)
            if centre - half >= last_right + fs * 0.8:
                self.add(
                    drawn_text(
                        centre, self.date_baseline, label, small, color=MUTED, anchor="middle"
                    )
                )
                last_right = centre + half
        y = self.bottom - lane
        self.add(Line(self.left, y, self.right, y, strokeColor=MUTED, strokeWidth=0.8))

    def doses(self, doses: list[datetime]) -> None:
        """Breakthrough doses: small triangles in the strip under the plot."""
        # Narrower triangles when a day is narrow, so a busy day still shows each dose.
        day_width = self.plot_w / (self.span / 86400)
        half = min(self.fs * 0.42, max(day_width * 0.35, self.fs * 0.2))
        base = self.bottom - self.lane + self.fs * 0.2
        tall = self.fs * 0.75
        # One shape for every mark (its own triangle each): a page of hundreds of doses
        # is drawn as one path, not hundreds of shapes each with its own colours set.
        # Overlapping marks stay filled (non-zero rule).
        marks = Path(fillColor=DOSE_INK, strokeColor=None, fillMode=FILL_NON_ZERO)
        for given_at in doses:
            if self.start <= given_at < self.end:
                x = self.x_of(given_at)
                marks.moveTo(x - half, base)
                marks.lineTo(x + half, base)
                marks.lineTo(x, base + tall)
                marks.closePath()
        if marks.operators:
            self.add(marks)

    def scores(self, shown: list[TrendPoint]) -> None:
        """A line, broken where the diary has a long gap, with a dot for every score."""
        gap = max(timedelta(days=2), (self.end - self.start) / 40)
        runs: list[list[TrendPoint]] = [[shown[0]]]
        for previous, point in itertools.pairwise(shown):
            if point.at - previous.at > gap:
                runs.append([])
            runs[-1].append(point)
        # Many scores close together: a thinner line and smaller dots keep the chart calm.
        room = self.plot_w / len(shown)
        line_width = min(max(room * 0.6, 0.9), self.fs * 0.18)
        radius = min(max(room * 0.35, 1.3), self.fs * 0.32)
        for run in runs:
            if len(run) > 1:
                xy = [v for p in run for v in (self.x_of(p.at), self.y_of(p.score))]
                self.add(
                    PolyLine(
                        xy,
                        strokeColor=ACCENT,
                        strokeWidth=line_width,
                        strokeLineJoin=1,
                        strokeLineCap=1,
                    )
                )
        # Years of scores leave under a pixel each: the line alone shows them, and only
        # a score standing alone keeps its dot.
        dotted = shown if room >= 1.0 else [run[0] for run in runs if len(run) == 1]
        for p in dotted:
            self.add(
                Circle(
                    self.x_of(p.at),
                    self.y_of(p.score),
                    radius,
                    fillColor=ACCENT,
                    strokeColor=colors.white,
                    strokeWidth=0.5,
                )
            )

    def message(self, message: str) -> None:
        """A short message centred on a white card inside the plot."""
        fs, size = self.fs, self.fs * 1.15
        middle_x, middle_y = self.left + self.plot_w / 2, self.bottom + self.plot_h / 2
        text = drawn_text(
            middle_x,
            middle_y - size * 0.35,
            plain(message),
            size,
            anchor="middle",
            room=self.plot_w - fs * 3,
        )
        card = shown_width(text, size) + fs * 2
        self.add(
            Rect(
                middle_x - card / 2,
                middle_y - size * 1.1,
                card,
                size * 2.2,
                rx=fs * 0.4,
                ry=fs * 0.4,
                fillColor=colors.white,
                strokeColor=BAND_EDGE,
                strokeWidth=0.6,
            ),
            text,
        )


class ChartContent(NamedTuple):
    """Everything one chart shows; it is drawn at whatever size the page or window gives."""

    points: list[TrendPoint]
    doses: list[datetime]
    start: datetime
    end: datetime
    title: str
    labels: TrendLabels
    vital: str = ""  # a vital sign's field: its own scale, no bands and no doses


def trend_drawing(
    content: ChartContent,
    width: float,
    height: float,
    *,
    font_size: float = 8.5,
    fit_text: bool = True,
) -> Drawing:
    """A calm line chart of one symptom over [start, end) with the severity bands and doses.

    ``font_size`` is the size of the band names; the rest of the text follows it. With
    ``fit_text`` (the window's charts) the text shrinks with a small chart; the
    summary's small charts keep the size they ask for, to stay readable on paper.
    """
    register_fonts()
    if fit_text:  # large text in a small chart would leave no room to plot: it gives way
        font_size = min(font_size, height / 22, width / 40)
    chart = _Chart(content, width, height, font_size)
    chart.header(content.title)
    chart.bands()
    chart.score_axis()
    chart.time_axis()
    chart.doses(content.doses)
    shown = [point for point in content.points if content.start <= point.at < content.end]
    if shown:
        chart.scores(shown)
    else:
        chart.message(content.labels.no_scores)
    return chart.drawing
