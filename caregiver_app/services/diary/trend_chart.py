"""The symptom trend chart: one ReportLab drawing for the window (as SVG) and the PDF summary.

The drawing is plain vector shapes and ``String`` text in the shipped fonts, so the
same definition prints in a PDF (``renderPDF``) and shows in the window through
Qt's SVG renderer (:func:`drawing_to_svg`). No QtCharts: Qt deprecated it.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from caregiver_app.esas import (
    BAND_LOWEST,
    BAND_MILD,
    BAND_MODERATE,
    BAND_NONE,
    BAND_SEVERE,
    BANDS,
    SCORE_FIELDS,
)
from caregiver_app.services.pdf.palette import ACCENT, BAND_EDGE, DOSE_INK, INK, MUTED
from caregiver_app.services.pdf.text import CJK, SANS, SANS_BOLD, glyphs, register_fonts
from caregiver_app.store.diary import DoseRecord, EntryRecord

OTHER_FIELD = "other"
TRACKER_PREFIX = "tracker:"

PERIODS: dict[str, timedelta | None] = {
    "7": timedelta(days=7),
    "30": timedelta(days=30),
    "90": timedelta(days=90),
    "all": None,
}
# "Everything" never shows less than a week, so a new diary still reads as a timeline.
MIN_SPAN = timedelta(days=7)

# Light stripes, so dark text and the line stay readable on every band; the band
# names are printed too, so colour is never the only signal.
BAND_FILL = {
    BAND_NONE: colors.HexColor("#f5f7f8"),
    BAND_MILD: colors.HexColor("#e9f3ec"),
    BAND_MODERATE: colors.HexColor("#fbf1d9"),
    BAND_SEVERE: colors.HexColor("#f9e2df"),
}

# How Qt should name the shipped fonts when it reads the SVG.
_SVG_FONTS = {
    SANS: {"family": "DejaVu Sans"},
    SANS_BOLD: {"family": "DejaVu Sans", "weight": "bold"},
    CJK: {"family": "Droid Sans Fallback"},
}
_SVG_NS = "http://www.w3.org/2000/svg"


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class TrendPoint:
    """One rated score at the time it was recorded."""

    at: datetime
    score: int


def _score_of(entry: EntryRecord, field: str) -> int | None:
    if field == OTHER_FIELD:
        return entry.other_problem_score
    if field.startswith(TRACKER_PREFIX):
        return entry.trackers.get(field[len(TRACKER_PREFIX) :])
    if field in SCORE_FIELDS:
        return entry.score(field)
    raise ValueError(f"Unknown symptom field: {field!r}")


def build_series(entries: list[EntryRecord], field: str) -> list[TrendPoint]:
    """Rated scores of ``field`` (ESAS-r field, ``other`` or ``tracker:NAME``), oldest first."""
    points = [
        TrendPoint(entry.recorded_at, score)
        for entry in entries
        if (score := _score_of(entry, field)) is not None
    ]
    return sorted(points, key=lambda point: point.at)


def doses_for(doses: Iterable[DoseRecord], field: str) -> list[datetime]:
    """When the breakthrough doses that belong on the chart of ``field`` were given.

    A dose records which ESAS-r symptom it was for; a dose with no symptom named
    is shown on every chart, since it may have been for any of them.
    """
    wanted = {"", field} if field in SCORE_FIELDS else {""}
    return sorted(dose.given_at for dose in doses if (dose.symptom or "") in wanted)


def other_problem_names(entries: Iterable[EntryRecord]) -> list[str]:
    """The scored "other problem" names, most frequent first, each once (case ignored)."""
    counts: dict[str, list] = {}
    for entry in entries:
        name = " ".join(entry.other_problem.split())
        if name and entry.other_problem_score is not None:
            counts.setdefault(name.casefold(), [name, 0])[1] += 1
    ranked = sorted(counts.values(), key=lambda item: -item[1])
    return [name for name, _count in ranked]


@dataclass(frozen=True)
class TrendStats:
    """What a sentence under the chart says: how many, average, highest and latest."""

    count: int
    average: float | None
    highest: TrendPoint | None  # the latest time the highest score was recorded
    latest: TrendPoint | None


def summarise(points: list[TrendPoint]) -> TrendStats:
    """Count, average, highest and latest of a series."""
    if not points:
        return TrendStats(0, None, None, None)
    ordered = sorted(points, key=lambda point: point.at)
    top = max(point.score for point in ordered)
    highest = [point for point in ordered if point.score == top][-1]
    average = sum(point.score for point in ordered) / len(ordered)
    return TrendStats(len(ordered), average, highest, ordered[-1])


def _midnight(value: datetime) -> datetime:
    return datetime.combine(value.date(), time())


def period_bounds(
    period: str, now: datetime, first_entry_at: datetime | None
) -> tuple[datetime, datetime]:
    """[start, end) of a period: whole days up to the end of today.

    ``"7"``, ``"30"`` and ``"90"`` are that many days including today; ``"all"``
    starts on the day of the first entry (at least a week back).
    """
    if period not in PERIODS:
        raise ValueError(f"Unknown period: {period!r}")
    end = _midnight(now) + timedelta(days=1)
    length = PERIODS[period]
    if length is not None:
        return end - length, end
    start = end - MIN_SPAN
    if first_entry_at is not None:
        start = min(start, _midnight(first_entry_at))
    return start, end


# ---------------------------------------------------------------- wording


def _english_day(day: date) -> str:
    return f"{day:%b} {day.day}"


def _english_month(day: date) -> str:
    return f"{day:%b} {day.year}"


def _display_locale() -> QLocale:
    """The user's locale; the bare "C" locale reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


_FORMAT_TOKEN = re.compile(r"'[^']*'|d+|M+|y+|.", re.DOTALL)


def day_month_pattern(locale: QLocale) -> str:
    """The locale's long date pattern without weekday and year, e.g. "MMM d" or "d. MMM"."""
    tokens = _FORMAT_TOKEN.findall(locale.dateFormat(QLocale.FormatType.LongFormat))
    kept = [i for i, token in enumerate(tokens) if token in ("d", "dd") or token[0] == "M"]
    if not kept:
        return "d MMM"
    first, last = kept[0], kept[-1]
    # A letter right after the last part belongs to it (Japanese 日, Chinese 日).
    if last + 1 < len(tokens) and tokens[last + 1].strip("'").isalpha():
        last += 1
    return "".join(tokens[first : last + 1]).replace("MMMM", "MMM")


def locale_day(day: date) -> str:
    """A day and short month in the user's locale ("Nov 12", "12 nov.", "11月12日")."""
    locale = _display_locale()
    return locale.toString(QDate(day), day_month_pattern(locale))


def locale_month(day: date) -> str:
    """A short month and year in the user's locale ("Nov 2025")."""
    locale = _display_locale()
    month = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    year = str(day.year)
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    year_first = long_format.find("y") < long_format.find("M")
    return f"{year} {month}" if year_first else f"{month} {year}"


@dataclass(frozen=True)
class TrendLabels:
    """Every fixed string the chart prints, already translated, and how it writes dates."""

    axis_title: str
    band_none: str
    band_mild: str
    band_moderate: str
    band_severe: str
    legend_score: str
    legend_dose: str
    no_scores: str
    format_day: Callable[[date], str] = _english_day
    format_month: Callable[[date], str] = _english_month

    @classmethod
    def english(cls) -> TrendLabels:
        """The English wording, used when no translation is given."""
        return cls(
            axis_title=QT_TRANSLATE_NOOP("TrendChart", "Score (0-10)"),
            band_none=QT_TRANSLATE_NOOP("TrendChart", "none"),
            band_mild=QT_TRANSLATE_NOOP("TrendChart", "mild"),
            band_moderate=QT_TRANSLATE_NOOP("TrendChart", "moderate"),
            band_severe=QT_TRANSLATE_NOOP("TrendChart", "severe"),
            legend_score=QT_TRANSLATE_NOOP("TrendChart", "Score"),
            legend_dose=QT_TRANSLATE_NOOP("TrendChart", "Breakthrough dose"),
            no_scores=QT_TRANSLATE_NOOP("TrendChart", "No scores recorded in this period"),
        )

    @classmethod
    def translated(cls) -> TrendLabels:
        """The wording in the user's language, dates in the user's locale."""
        english = cls.english()
        texts = {
            field.name: QCoreApplication.translate("TrendChart", getattr(english, field.name))
            for field in fields(english)
            if isinstance(getattr(english, field.name), str)
        }
        return replace(english, **texts, format_day=locale_day, format_month=locale_month)

    def band_name(self, band: str) -> str:
        """The printed name of a Selby band."""
        return {
            BAND_NONE: self.band_none,
            BAND_MILD: self.band_mild,
            BAND_MODERATE: self.band_moderate,
            BAND_SEVERE: self.band_severe,
        }[band]


# ---------------------------------------------------------------- text helpers


def _plain(text: str) -> str:
    """One line of text: control characters (never printable, invalid in XML) as spaces."""
    cleaned = "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in text)
    return " ".join(cleaned.split())


def _font_for(text: str, font_name: str) -> str:
    """``font_name``, or the CJK font when the text needs glyphs only that font has."""
    sans = glyphs(SANS)  # the CJK font is read only for text CareSans cannot print
    needs_cjk = any(ord(c) not in sans and ord(c) in glyphs(CJK) for c in text if not c.isspace())
    return CJK if needs_cjk else font_name


def _width(text: str, font_name: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font_name, size)


def _fit(text: str, font_name: str, size: float, room: float) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``room``."""
    if _width(text, font_name, size) <= room:
        return text
    while text and _width(text + "…", font_name, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """(piece, font) runs: CJK characters in the CJK font, everything else in ``font_name``.

    The CJK font has no Latin letters or digits, so one font for a mixed label
    ("评分（0-10）") would drop the digits.
    """
    sans = glyphs(SANS)
    runs: list[tuple[str, str]] = []
    for char in text:
        font = CJK if ord(char) not in sans and ord(char) in glyphs(CJK) else font_name
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return runs


class _Label(Group):
    """A line of text drawn as one String per font run, placed side by side."""

    def __init__(self, x, y, text, font_name, size, color, anchor) -> None:
        super().__init__()
        # Plain attributes for callers; ReportLab's shapes only accept declared ones.
        self.__dict__.update(text=text, fontName=font_name, size=size)
        runs = _runs(text, font_name)
        total = sum(_width(piece, font, size) for piece, font in runs)
        start = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
        for piece, font in runs:
            self.add(String(start, y, piece, fontName=font, fontSize=size, fillColor=color))
            start += _width(piece, font, size)

    def width(self) -> float:
        """How wide the label is when drawn."""
        return sum(
            _width(piece, font, self.size) for piece, font in _runs(self.text, self.fontName)
        )


def _text(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    color=INK,
    anchor: str = "start",
    room: float | None = None,
) -> String | _Label:
    base = SANS_BOLD if bold else SANS
    font = _font_for(text, base)
    if room is not None:
        text = _fit(text, font, size, room)
    if font == base:
        return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)
    return _Label(x, y, text, base, size, color, anchor)


def _shown_width(shape: String | _Label, size: float) -> float:
    """The drawn width of what _text returned."""
    if isinstance(shape, _Label):
        return shape.width()
    return _width(shape.text, shape.fontName, size)


# ---------------------------------------------------------------- the drawing


def _band_ranges() -> list[tuple[str, float, float, str]]:
    """(band, lowest edge, highest edge, printed range) on a scale drawn from -0.5 to 10.5."""
    lows = [BAND_LOWEST[band] for band in BANDS]
    highs = [low - 1 for low in lows[1:]] + [10]
    ranges = []
    for band, low, high in zip(BANDS, lows, highs, strict=True):
        printed = str(low) if low == high else f"{low}–{high}"
        ranges.append((band, low - 0.5, high + 0.5, printed))
    return ranges


def _day_ticks(start: datetime, end: datetime, step: int) -> list[datetime]:
    """Midnights ``step`` days apart, ending with the last day in the period."""
    ticks = []
    at = _midnight(end - timedelta(seconds=1))
    while at >= start:
        ticks.append(at)
        at -= timedelta(days=step)
    return ticks[::-1]


def _month_ticks(start: datetime, end: datetime, step: int) -> list[datetime]:
    """First days of months ``step`` months apart (January always among them when step fits).

    ``step`` divides 12; the months are counted, not walked one by one.
    """
    index = start.year * 12 + start.month - 1  # months since year 0
    if datetime(start.year, start.month, 1) < start:
        index += 1  # the first of this month is before the period
    index += -index % step
    ticks = []
    while index // 12 <= 9999:
        at = datetime(index // 12, index % 12 + 1, 1)
        if at >= end:
            break
        ticks.append(at)
        index += step
    return ticks


def _months(start: datetime, end: datetime) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _x_ticks(
    start: datetime, end: datetime, room: float, labels: TrendLabels, size: float
) -> tuple[list[datetime], Callable[[date], str], bool]:
    """Tick times, their label format and whether labels sit mid-day (daily ticks).

    Days for a week, weeks for a month or three, months for longer; a step is
    only used when its labels fit side by side in ``room``.
    """
    gap = size * 2

    def fits(ticks: list[datetime], fmt: Callable[[date], str]) -> bool:
        widest = max((_width(_plain(fmt(t.date())), SANS, size) for t in ticks), default=0)
        return len(ticks) * (widest + gap) <= room

    days = (end - start) / timedelta(days=1)
    if days <= 120:
        for step in (1, 2, 7, 14):
            if days / step > 16:
                continue
            ticks = _day_ticks(start, end, step)
            if fits(ticks, labels.format_day):
                return ticks, labels.format_day, step == 1
    for step in (1, 2, 3, 6, 12):
        if (_months(start, end) - 1) // step * gap > room:
            continue  # at least that many ticks: they cannot fit, whatever their labels
        ticks = _month_ticks(start, end, step)
        if fits(ticks, labels.format_month):
            return ticks, labels.format_month, False
    return _month_ticks(start, end, 12), labels.format_month, False


def _triangle(x: float, base: float, fs: float, half: float | None = None) -> Polygon:
    """A dose marker: a small upward triangle whose base sits at ``base``."""
    half, tall = fs * 0.42 if half is None else half, fs * 0.75
    return Polygon(
        [x - half, base, x + half, base, x, base + tall], fillColor=DOSE_INK, strokeColor=None
    )


class _Chart:
    """Lays out one chart: title row, legend row, the plot with its bands, the date axis."""

    def __init__(self, labels: TrendLabels, start, end, width, height, font_size) -> None:
        self.labels, self.start, self.end = labels, start, end
        self.width, self.height = width, height
        self.fs = fs = font_size
        self.small = fs * 0.92
        self.pad = fs * 0.6
        # CareSans from the start, so no Helvetica reaches the PDF, not even unused.
        self.drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=fs)
        self.ranges = _band_ranges()
        self.band_texts = [
            (_plain(labels.band_name(b)), printed) for b, *_x, printed in self.ranges
        ]
        self.legend_texts = (_plain(labels.legend_score), _plain(labels.legend_dose))
        self.title_size = fs * 1.3
        self.title_baseline = height - self.pad - self.title_size * 0.93
        self.axis_baseline = self.title_baseline - self.title_size * 0.24 - fs * 0.7
        self.axis_baseline -= self.small * 0.93
        room = width - 2 * self.pad
        axis_width = _width(_plain(labels.axis_title), SANS, self.small)
        self.legend_baseline = self.axis_baseline
        if axis_width + fs * 2 + self.legend_width() > room:  # no room for both on one row
            self.legend_baseline -= self.small * 1.35
        self.band_room = min(
            width * 0.3,
            max(
                _width(name, SANS_BOLD, fs) + fs * 0.35 + _width(printed, SANS, self.small)
                for name, printed in self.band_texts
            ),
        )
        self.left = self.pad + _width("10", SANS, self.small) + fs * 0.6
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

    def add(self, *shapes) -> None:
        for shape in shapes:
            self.drawing.add(shape)

    def legend_width(self) -> float:
        fs, score, dose = self.fs, *self.legend_texts
        return (
            fs * 2.2
            + fs * 0.4
            + _width(score, SANS, self.small)
            + fs * 2.9
            + _width(dose, SANS, self.small)
        )

    def header(self, title: str) -> None:
        """The title, the axis title, and the legend right-aligned with the band names."""
        fs, small = self.fs, self.small
        self.add(
            Rect(0, 0, self.width, self.height, fillColor=colors.white, strokeColor=None),
            _text(
                self.pad,
                self.title_baseline,
                _plain(title),
                self.title_size,
                bold=True,
                room=self.width - 2 * self.pad,
            ),
            _text(
                self.pad,
                self.axis_baseline,
                _plain(self.labels.axis_title),
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
            _text(x + fs * 2.6, y, score, small),
        )
        x += fs * 2.6 + _width(score, SANS, small) + fs * 1.5
        self.add(_triangle(x + fs / 2, y - small * 0.1, fs), _text(x + fs * 1.4, y, dose, small))

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
            shown = _text(name_x, baseline, name, fs, bold=True, room=self.band_room)
            self.add(shown)
            range_x = name_x + _shown_width(shown, fs) + fs * 0.35
            if range_x + _width(printed, SANS, self.small) <= self.width - self.pad / 2:
                self.add(_text(range_x, baseline, printed, self.small, color=MUTED))

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
                _text(
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
        ticks, fmt, mid_day = _x_ticks(self.start, self.end, self.plot_w, self.labels, small)
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
            label = _plain(fmt(at.date()))
            half = _width(label, SANS, small) / 2
            centre = min(max(centre, half + self.pad / 2), self.width - half - self.pad / 2)
            if centre - half >= last_right + fs * 0.8:
                self.add(
                    _text(centre, self.date_baseline, label, small, color=MUTED, anchor="middle")
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
        for given_at in doses:
            if self.start <= given_at < self.end:
                self.add(_triangle(self.x_of(given_at), base, self.fs, half))

    def scores(self, shown: list[TrendPoint]) -> None:
        """A line, broken where the diary has a long gap, with a dot for every score."""
        gap = max(timedelta(days=2), (self.end - self.start) / 40)
        runs: list[list[TrendPoint]] = [[shown[0]]]
        for previous, point in zip(shown, shown[1:], strict=False):
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
        text = _text(
            middle_x,
            middle_y - size * 0.35,
            _plain(message),
            size,
            anchor="middle",
            room=self.plot_w - fs * 3,
        )
        card = _shown_width(text, size) + fs * 2
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


def trend_drawing(
    points: list[TrendPoint],
    doses: list[datetime],
    start: datetime,
    end: datetime,
    title: str,
    labels: TrendLabels,
    width: float,
    height: float,
    *,
    font_size: float = 8.5,
) -> Drawing:
    """A calm line chart of one symptom over [start, end) with the severity bands and doses.

    ``font_size`` is the size of the band names; the rest of the text follows it.
    """
    register_fonts()
    # Large text in a small chart would leave no room to plot: the text gives way.
    font_size = min(font_size, height / 22, width / 40)
    chart = _Chart(labels, start, end, width, height, font_size)
    chart.header(title)
    chart.bands()
    chart.score_axis()
    chart.time_axis()
    chart.doses(doses)
    shown = [point for point in points if start <= point.at < end]
    if shown:
        chart.scores(shown)
    else:
        chart.message(labels.no_scores)
    return chart.drawing


# ---------------------------------------------------------------- SVG for the window


def _tidy_style(style: str) -> str:
    """A renderSVG style attribute in a form Qt's SVG Tiny 1.2 renderer reads."""
    tidy = []
    for declaration in style.split(";"):
        name, _colon, value = declaration.partition(":")
        name, value = name.strip(), value.strip()
        if not name or name == "clip-path":
            continue
        if value == "None":  # renderSVG writes "None"; Qt would fill such shapes black
            value = "none"
        tidy.append(f"{name}: {value}")
    return "; ".join(tidy)


def drawing_to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG that Qt's renderer (SVG Tiny 1.2) draws as the PDF would."""
    svg = renderSVG.drawToString(drawing, useClip=True, fontHacks=copy.deepcopy(_SVG_FONTS))
    root = ET.fromstring(svg.encode("utf-8"))
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]  # one plain namespace, set on the root
        element.attrib.pop("clip", None)
        if "style" in element.attrib:
            element.set("style", _tidy_style(element.get("style")))
        if element.tag == "text":
            # renderSVG rounds the flip of each text to whole units; keep its exact place.
            element.set("transform", f"translate(0,{2 * float(element.get('y')):g}) scale(1,-1)")
        elif element.get("id") == "group":
            element.set("transform", f"scale(1,-1) translate(0,{-drawing.height:g})")
    for element in list(root):
        # renderSVG's placeholder title and description ("...") would be read aloud.
        if element.tag in ("title", "desc"):
            root.remove(element)
    root.set("xmlns", _SVG_NS)
    root.set("viewBox", f"0 0 {drawing.width:g} {drawing.height:g}")
    root.set("width", f"{drawing.width:g}")
    root.set("height", f"{drawing.height:g}")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
