"""Two small bar charts of breakthrough doses: one bar a day over the period, and one bar an
hour of the day (the 24-hour chart), the busiest hours in the dose colour, the rest lighter.

Plain ReportLab shapes in the shipped fonts, built once per summary; the numbers are also
printed beside them, so the bars are never the only way to read them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from reportlab.graphics.shapes import Drawing, Line, Path
from reportlab.lib import colors

from caregiver_app.services.diary.trend_text import drawn_text, plain
from caregiver_app.services.pdf.palette import BAND_EDGE, DOSE_INK, MUTED
from caregiver_app.services.pdf.text import SANS
from caregiver_app.services.visit_summary.digest_data import CLUSTER_HOURS, DoseHours

LIGHT_DOSE = colors.HexColor("#e3b9a5")  # the other hours: the dose colour, lighter
FONT = 6.5


def _frame(width: float, height: float, title: str) -> tuple[Drawing, float, float, float]:
    """A drawing with its title; returns it with the plot's left, bottom and top."""
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=FONT)
    drawing.add(
        drawn_text(0, height - FONT, plain(title), FONT + 0.5, bold=True, room=width, color=MUTED)
    )
    left = FONT * 2.4
    bottom = FONT * 1.6
    top = height - FONT * 1.9
    return drawing, left, bottom, top


def _bars(color: colors.Color) -> Path:
    """One shape for every bar of a colour (each its own rectangle): drawn as one path."""
    return Path(fillColor=color, strokeColor=None)


def _bar(bars: Path, x: float, y: float, width: float, height: float) -> None:
    bars.moveTo(x, y)
    bars.lineTo(x + width, y)
    bars.lineTo(x + width, y + height)
    bars.lineTo(x, y + height)
    bars.closePath()


def _scale(drawing: Drawing, left: float, bottom: float, top: float, most: int) -> float:
    """The count axis: 0 and the highest count; how many points one dose is tall."""
    for value, y in ((0, bottom), (most, top)):
        drawing.add(
            drawn_text(left - 2, y - FONT * 0.35, str(value), FONT, color=MUTED, anchor="end")
        )
    drawing.add(Line(left, bottom, left, top, strokeColor=BAND_EDGE, strokeWidth=0.5))
    return (top - bottom) / max(most, 1)


def per_day_chart(
    per_day: Sequence[tuple[date, int]],
    width: float,
    height: float,
    title: str,
    format_day: Callable[[date], str],
) -> Drawing:
    """One bar a day; the first and last day named under the axis."""
    drawing, left, bottom, top = _frame(width, height, title)
    most = max((count for _day, count in per_day), default=0)
    unit = _scale(drawing, left, bottom, top, most)
    room = width - left - 2
    step = room / max(len(per_day), 1)
    bar = max(step * 0.75, 0.4)
    bars = _bars(DOSE_INK)
    for index, (_day, count) in enumerate(per_day):
        if count:
            _bar(bars, left + 1 + index * step, bottom, bar, count * unit)
    drawing.add(bars)
    drawing.add(Line(left, bottom, width, bottom, strokeColor=MUTED, strokeWidth=0.6))
    if per_day:
        y = bottom - FONT * 1.25
        drawing.add(drawn_text(left, y, plain(format_day(per_day[0][0])), FONT, color=MUTED))
        last = plain(format_day(per_day[-1][0]))
        drawing.add(drawn_text(width, y, last, FONT, color=MUTED, anchor="end"))
    return drawing


def by_hour_chart(
    hours: DoseHours, width: float, height: float, title: str, format_time: Callable[[time], str]
) -> Drawing:
    """24 bars from midnight; the busiest ``CLUSTER_HOURS`` hours darker; 0, 6, 12, 18 named."""
    drawing, left, bottom, top = _frame(width, height, title)
    most = max(hours.by_hour)
    unit = _scale(drawing, left, bottom, top, most)
    step = (width - left - 2) / 24
    busiest = set()
    if hours.busiest is not None:
        busiest = {(hours.busiest[0] + offset) % 24 for offset in range(CLUSTER_HOURS)}
    dark, light = _bars(DOSE_INK), _bars(LIGHT_DOSE)
    for hour, count in enumerate(hours.by_hour):
        if count:
            bars = dark if hour in busiest else light
            _bar(bars, left + 1 + hour * step, bottom, step * 0.8, count * unit)
    drawing.add(light)
    drawing.add(dark)
    drawing.add(Line(left, bottom, width, bottom, strokeColor=MUTED, strokeWidth=0.6))
    for hour in (0, 6, 12, 18):
        x = left + 1 + hour * step
        drawing.add(Line(x, bottom - 2, x, bottom, strokeColor=MUTED, strokeWidth=0.5))
        label = plain(format_time(time(hour)))
        drawing.add(drawn_text(x, bottom - FONT * 1.25, label, FONT, color=MUTED))
    return drawing
