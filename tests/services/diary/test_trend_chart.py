"""The symptom trend chart: the drawing, its PDF text and its SVG in Qt."""

from __future__ import annotations

from datetime import datetime, timedelta

import pypdfium2
import pytest
from PySide6.QtCore import QByteArray, QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import _PATH_OP_NAMES, Circle, Group, Path, String
from reportlab.pdfgen.canvas import Canvas

from caregiver_app.services.diary.trend_chart import ChartContent, trend_drawing
from caregiver_app.services.diary.trend_labels import TrendLabels, day_month_pattern
from caregiver_app.services.diary.trend_series import (
    PERIODS,
    TrendPoint,
    build_series,
    doses_for,
    period_bounds,
    summarise,
)
from caregiver_app.services.diary.trend_svg import drawing_to_svg
from caregiver_app.services.pdf.palette import DOSE_INK
from caregiver_app.services.pdf.text import SANS, register_fonts
from caregiver_app.store.diary.doses import DoseRecord
from caregiver_app.store.diary.entries import EntryRecord

_PATH_CLOSE = _PATH_OP_NAMES.index("closePath")
NOW = datetime(2026, 11, 14, 15, 30)
LABELS = TrendLabels.english()


def _shapes(drawing):
    for shape in drawing.contents:
        if isinstance(shape, Group):
            yield from _shapes(shape)
        else:
            yield shape


def _strings(drawing) -> list[str]:
    return [shape.text for shape in _shapes(drawing) if isinstance(shape, String)]


def _dose_markers(drawing) -> int:
    """Dose triangles, not counting the one in the legend: the marks are one path, each a
    closed triangle of its own."""
    marks = [
        shape
        for shape in _shapes(drawing)
        if isinstance(shape, Path) and shape.fillColor == DOSE_INK
    ]
    return sum(shape.operators.count(_PATH_CLOSE) for shape in marks)


def _series(days: int, scores: list[int]) -> list[TrendPoint]:
    first = NOW - timedelta(days=days)
    step = timedelta(days=days) / len(scores)
    return [TrendPoint(first + step * i, score) for i, score in enumerate(scores)]


def _chart(points, doses=(), period="30", title="Pain, last 30 days", **kwargs):
    start, end = period_bounds(period, NOW, NOW - timedelta(days=100))
    size = kwargs.pop("size", (540, 260))
    content = ChartContent(points, list(doses), start, end, title, LABELS)
    return trend_drawing(content, *size, **kwargs)


def _write_pdf(drawing, path) -> None:
    """The drawing on a page, as the visit summary places it: CareSans from the start."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=(drawing.width, drawing.height), initialFontName=SANS)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.showPage()
    canvas.save()


def _pdf_text(drawing, path) -> str:
    _write_pdf(drawing, path)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[0]
        return page.get_textpage().get_text_range()
    finally:
        pdf.close()


# ---------------------------------------------------------------- series and periods


def test_build_series_skips_what_was_not_rated():
    day = datetime(2026, 11, 1, 9, 0)
    entries = [
        EntryRecord(
            day, scores={"pain": 3}, other_problem="cough", other_problem_score=5, trackers={}
        ),
        EntryRecord(day + timedelta(hours=5), scores={"pain": None}, trackers={"Cough": 6}),
        EntryRecord(day + timedelta(days=1), scores={"pain": 0, "nausea": 2}),
    ]
    assert build_series(entries, "pain") == [
        TrendPoint(day, 3),
        TrendPoint(day + timedelta(days=1), 0),
    ]
    assert build_series(entries, "other") == [TrendPoint(day, 5)]
    assert build_series(entries, "tracker:Cough") == [TrendPoint(day + timedelta(hours=5), 6)]
    assert build_series(entries, "wellbeing") == []
    with pytest.raises(ValueError):
        build_series(entries, "mood")


def test_period_bounds_are_whole_days_up_to_the_end_of_today():
    tomorrow = datetime(2026, 11, 15)
    assert period_bounds("7", NOW, None) == (datetime(2026, 11, 8), tomorrow)
    assert period_bounds("30", NOW, None) == (tomorrow - timedelta(days=30), tomorrow)
    assert period_bounds("90", NOW, None) == (tomorrow - timedelta(days=90), tomorrow)
    first = datetime(2026, 3, 2, 20, 15)
    assert period_bounds("all", NOW, first) == (datetime(2026, 3, 2), tomorrow)
    # A new diary, or none at all, still shows a week.
    assert period_bounds("all", NOW, NOW - timedelta(hours=2)) == (datetime(2026, 11, 8), tomorrow)
    assert period_bounds("all", NOW, None) == (datetime(2026, 11, 8), tomorrow)
    assert set(PERIODS) == {"7", "30", "90", "all"}
    with pytest.raises(ValueError):
        period_bounds("365", NOW, None)


def test_doses_go_on_the_chart_of_their_symptom():
    at = datetime(2026, 11, 10, 8, 0)
    doses = [
        DoseRecord(1, at, symptom="pain"),
        DoseRecord(1, at + timedelta(hours=1), symptom="shortness_of_breath"),
        DoseRecord(1, at + timedelta(hours=2), symptom=""),
    ]
    assert doses_for(doses, "pain") == [at, at + timedelta(hours=2)]
    assert doses_for(doses, "shortness_of_breath") == [
        at + timedelta(hours=1),
        at + timedelta(hours=2),
    ]
    assert doses_for(doses, "tracker:Cough") == [at + timedelta(hours=2)]


def test_summary_counts_average_highest_and_latest():
    points = _series(10, [2, 7, 3, 7, 4])
    stats = summarise(points)
    assert stats.scores == 5
    assert stats.average == pytest.approx(4.6)
    assert stats.highest == points[3]  # the most recent time the highest score came
    assert stats.latest == points[4]
    assert summarise([]).scores == 0


# ---------------------------------------------------------------- the drawing


def test_drawing_names_the_bands_and_prints_the_title(tmp_path):
    drawing = _chart(_series(25, [1, 4, 8, 6, 2, 0, 9]))
    texts = _strings(drawing)
    assert "Pain, last 30 days" in texts
    assert "Score (0-10)" in texts
    for band in ("none", "mild", "moderate", "severe"):
        assert band in texts
    assert {"0", "1–3", "4–6", "7–10"} <= set(texts)
    assert "Score" in texts and "Breakthrough dose" in texts
    assert "No scores recorded in this period" not in texts
    # Seven scores, seven dots (one more in the legend).
    assert len([s for s in _shapes(drawing) if isinstance(s, Circle)]) == 7 + 1

    text = _pdf_text(drawing, tmp_path / "chart.pdf")
    for expected in ("Pain, last 30 days", "severe", "moderate", "mild", "none", "Score (0-10)"):
        assert expected in text
    assert "Breakthrough dose" in text


def test_pdf_uses_only_the_shipped_fonts(tmp_path):
    path = tmp_path / "chart.pdf"
    _write_pdf(_chart(_series(20, [3, 5])), path)
    data = path.read_bytes()
    assert b"Helvetica" not in data
    assert b"DejaVuSans" in data


def test_dose_markers_are_counted_inside_the_period_only():
    inside = [NOW - timedelta(days=day, hours=3) for day in (1, 2, 2, 20)]
    outside = [NOW - timedelta(days=45)]
    drawing = _chart(_series(25, [3, 4, 5]), doses=inside + outside)
    assert _dose_markers(drawing) == 4
    assert _dose_markers(_chart(_series(25, [3]))) == 0


def test_no_scores_shows_a_message_inside_the_plot():
    drawing = _chart([], doses=[NOW - timedelta(days=2)])
    assert "No scores recorded in this period" in _strings(drawing)
    assert _dose_markers(drawing) == 1
    assert not [s for s in _shapes(drawing) if isinstance(s, Circle)][1:]


def test_scores_outside_the_period_are_left_out():
    old = [TrendPoint(NOW - timedelta(days=60), 9)]
    drawing = _chart(old, period="7", title="Pain, last 7 days")
    assert "No scores recorded in this period" in _strings(drawing)


def test_date_ticks_are_days_for_a_week_and_months_for_a_year():
    week = _strings(_chart([], period="7"))
    assert [f"Nov {day}" for day in range(8, 15)] == [t for t in week if t.startswith("Nov ")]
    start, end = datetime(2025, 11, 1), datetime(2026, 11, 15)
    year = _strings(trend_drawing(ChartContent([], [], start, end, "Pain", LABELS), 540, 260))
    months = [t for t in year if t[:3] in ("Nov", "Dec", "Jan", "Feb", "Mar", "Jul")]
    assert "Jan 2026" in months
    assert not any(t.startswith("Nov ") and len(t) <= 6 for t in year)  # no single days


def test_long_or_hostile_titles_stay_on_the_chart():
    title = 'Cough <b>& "wheeze"\x00\n' + "very long name " * 20
    drawing = _chart(_series(10, [2, 3]), title=title)
    shown = next(text for text in _strings(drawing) if text.startswith("Cough"))
    assert shown.endswith("…") and "\x00" not in shown and "\n" not in shown
    svg = drawing_to_svg(drawing)
    assert QSvgRenderer(QByteArray(svg)).isValid()
    assert "Cough &lt;b&gt;&amp;" in svg.decode("utf-8")


def test_text_gives_way_in_a_small_chart():
    drawing = _chart(_series(25, [3, 8]), size=(300, 160), font_size=30)
    sizes = {shape.fontSize for shape in _shapes(drawing) if isinstance(shape, String)}
    assert max(sizes) < 12


def test_day_and_month_follow_the_locale():
    assert day_month_pattern(QLocale("en_US")) == "MMM d"
    assert day_month_pattern(QLocale("de_DE")) == "d. MMM"
    assert day_month_pattern(QLocale("fr_FR")) == "d MMM"
    assert day_month_pattern(QLocale("ja_JP")) == "M月d日"


# ---------------------------------------------------------------- the SVG in Qt


def test_svg_renders_in_qt_with_visible_text(qapp):
    drawing = _chart(_series(25, [1, 4, 8, 6, 2]), doses=[NOW - timedelta(days=3)])
    svg = drawing_to_svg(drawing)
    text = svg.decode("utf-8")
    # Qt's SVG Tiny renderer draws a clipPath's rectangle black and fills "None".
    assert "clipPath" not in text and "clip-path" not in text and "None" not in text
    assert "font-family: DejaVu Sans; font-weight: bold" in text
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    image = QImage(540, 260, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 540, 260))
    painter.end()
    # The title row is dark text on white; the rest of the row above the plot is white.
    dark = sum(
        1
        for x in range(0, 200)
        for y in range(0, 22)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
    assert dark > 50
    assert QColor(image.pixel(530, 2)).lightness() > 250


def test_mixed_chinese_and_digits_keep_every_character(tmp_path):
    """The CJK font has no Latin digits: a label like 评分（0-10） is drawn in runs."""
    import pypdfium2
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing

    from caregiver_app.services.diary.trend_text import drawn_text
    from caregiver_app.services.pdf.text import register_fonts

    register_fonts()
    drawing = Drawing(200, 40)
    drawing.add(drawn_text(10, 10, "评分（0-10）", 9))
    path = tmp_path / "mixed.pdf"
    renderPDF.drawToFile(drawing, str(path))
    document = pypdfium2.PdfDocument(str(path))
    assert document[0].get_textpage().get_text_range().strip() == "评分（0-10）"
    document.close()
