"""A vital sign's trend chart: the symptom chart's layout on the reading's own scale.

Same title row, date axis, line and dots as the symptom chart, so the two read alike;
no severity bands (a vital has none) and no dose strip. The scale is the readings' own
range, rounded out to whole steps, so a small change is not made to look large.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from caregiver_app.services.diary.trend_chart import ChartContent, _Chart, trend_drawing
from caregiver_app.services.diary.trend_text import drawn_text, plain, text_width
from caregiver_app.services.locale_dates import display_locale
from caregiver_app.services.pdf.palette import MUTED
from caregiver_app.services.pdf.text import SANS, register_fonts

# The least a scale spans, in the unit shown, so steady readings draw as a calm line.
_MIN_SPAN = {"temperature_c": 2.0, "oxygen_saturation": 10.0, "pulse_bpm": 20.0}
_DEFAULT_MIN_SPAN = 4.0
_STEPS = (0.5, 1, 2, 5, 10, 20, 25, 50, 100)


def vital_scale(values: list[float], field: str) -> tuple[float, float, float]:
    """(lowest, highest, step) of the scale for ``values``: whole steps, a minimum span."""
    low, high = min(values), max(values)
    least = _MIN_SPAN.get(field, _DEFAULT_MIN_SPAN)
    if high - low < least:
        middle = (low + high) / 2
        low, high = middle - least / 2, middle + least / 2
    step = next((s for s in _STEPS if (high - low) / s <= 6), _STEPS[-1])
    bottom = math.floor(low / step) * step
    top = math.ceil(high / step) * step
    if field == "oxygen_saturation" and top > 100:  # never more than all of it
        bottom, top = bottom - (top - 100), 100
    return bottom, top, step


def _number(value: float, step: float) -> str:
    """A scale number written the user's way (36,5 in Spanish), tenths only where the step has."""
    return display_locale().toString(float(value), "f", 1 if step < 1 else 0)


class _VitalChart(_Chart):
    """The symptom chart's layout with the reading's scale in place of the 0-10 bands."""

    def __init__(
        self,
        content: ChartContent,
        width: float,
        height: float,
        font_size: float,
        scale: tuple[float, float, float],
    ) -> None:
        super().__init__(content, width, height, font_size)
        self.low, self.high, self.step = scale
        fs = self.fs
        widest = max(
            text_width(_number(self.low, self.step), SANS, self.small),
            text_width(_number(self.high, self.step), SANS, self.small),
        )
        self.left = self.pad + widest + fs * 0.6
        self.right = width - self.pad - fs * 0.6  # no band names on the right
        self.lane = fs * 0.4  # no dose strip, only a little air above the dates
        self.bottom = self.date_baseline + self.small * 0.93 + fs * 0.45 + self.lane
        self.top = self.axis_baseline - self.small * 0.24 - fs * 0.6
        self.plot_w = max(self.right - self.left, 1.0)
        self.plot_h = max(self.top - self.bottom, 1.0)

    def y_of(self, score: float) -> float:
        """A reading's height on the scale from ``low`` to ``high``."""
        return self.bottom + (score - self.low) / (self.high - self.low) * self.plot_h

    def vital_header(self, title: str) -> None:
        """The title and, under it, the unit the readings are in."""
        room = self.width - 2 * self.pad
        self.add(
            Rect(0, 0, self.width, self.height, fillColor=colors.white, strokeColor=None),
            drawn_text(
                self.pad, self.title_baseline, plain(title), self.title_size, bold=True, room=room
            ),
            drawn_text(
                self.pad,
                self.axis_baseline,
                plain(self.labels.axis_title),
                self.small,
                color=MUTED,
                room=room,
            ),
        )

    def value_axis(self) -> None:
        """The scale on the left, with light grid lines across the plot."""
        fs, small = self.fs, self.small
        count = round((self.high - self.low) / self.step)
        every = 1 if self.plot_h / max(count, 1) >= small * 1.3 else 2
        self.add(
            Rect(
                self.left,
                self.bottom,
                self.plot_w,
                self.plot_h,
                fillColor=colors.HexColor("#f5f7f8"),
                strokeColor=None,
            )
        )
        for index in range(0, count + 1, every):
            value = self.low + index * self.step
            y = self.y_of(value)
            self.add(
                Line(self.left, y, self.right, y, strokeColor=colors.white, strokeWidth=0.9),
                Line(self.left - fs * 0.25, y, self.left, y, strokeColor=MUTED, strokeWidth=0.6),
                drawn_text(
                    self.left - fs * 0.4,
                    y - small * 0.35,
                    _number(value, self.step),
                    small,
                    color=MUTED,
                    anchor="end",
                ),
            )
        self.add(
            Line(self.left, self.bottom, self.left, self.top, strokeColor=MUTED, strokeWidth=0.8)
        )


def vital_drawing(
    content: ChartContent, width: float, height: float, *, font_size: float = 8.5
) -> Drawing:
    """A calm line chart of one vital sign over [start, end), on the readings' own scale.

    ``labels.axis_title`` names the unit; ``labels.no_scores`` is shown when the
    period holds no reading.
    """
    register_fonts()
    font_size = min(font_size, height / 22, width / 40)
    labels, start, end = content.labels, content.start, content.end
    shown = [point for point in content.points if start <= point.at < end]
    scale = vital_scale([point.score for point in shown] or [0.0], content.vital)
    chart = _VitalChart(content, width, height, font_size, scale)
    chart.vital_header(content.title)
    chart.value_axis()
    chart.time_axis()
    if shown:
        chart.scores(shown)
    else:
        chart.message(labels.no_scores)
    return chart.drawing


def chart_drawing(
    content: ChartContent, width: float, height: float, *, font_size: float = 8.5
) -> Drawing:
    """A symptom's chart, or a vital sign's when ``content.vital`` names one."""
    draw = vital_drawing if content.vital else trend_drawing
    return draw(content, width, height, font_size=font_size)
