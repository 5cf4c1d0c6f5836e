"""The symptom trend: one symptom over a week, a month, three months or everything.

The chart is the same ReportLab drawing the PDF summary prints
(:mod:`caregiver_app.services.diary.trend_chart`), shown here through Qt's SVG renderer
and redrawn at the widget's own size, so its text stays the app's text size. A
sentence under it says what the chart shows, for screen readers and for anyone
who would rather not read a chart.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFontInfo, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.esas import ESAS_ITEMS
from caregiver_app.services.diary.trend_chart import ChartContent
from caregiver_app.services.diary.trend_labels import TrendLabels
from caregiver_app.services.diary.trend_series import (
    OTHER_FIELD,
    PERIODS,
    TRACKER_PREFIX,
    TrendPoint,
    build_series,
    doses_for,
    other_problem_names,
    period_bounds,
    summarise,
)
from caregiver_app.services.diary.trend_svg import drawing_to_svg
from caregiver_app.services.diary.trend_vital_chart import chart_drawing
from caregiver_app.services.diary.trend_vitals import (
    VITAL_PREFIX,
    recorded_vitals,
    vital_name,
    vital_series,
)
from caregiver_app.store.diary.doses import doses_between
from caregiver_app.store.diary.entries import entries_between, list_trackers
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.diary.trend_vital_text import day_words, vital_labels, vital_sentence
from caregiver_app.views.look.fonts import CJK, LATIN, load_fonts
from caregiver_app.views.look.locale_format import display_locale, format_date
from caregiver_app.views.look.units import uses_us_units

DEFAULT_PERIOD = "30"


def _load_chart_fonts() -> None:
    """Give Qt the fonts the chart is measured in, so its SVG text lands where the PDF's does."""
    load_fonts(LATIN + CJK)


class TrendCanvas(QWidget):
    """Paints the chart's SVG, rebuilt when the content, the size or the text size changes.

    While the window is being resized the last chart is stretched, and rebuilt at
    the new size once the resizing pauses: years of scores take a moment to lay out.
    """

    RESIZE_PAUSE_MS = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content: ChartContent | None = None
        self._renderer: QSvgRenderer | None = None
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(self.RESIZE_PAUSE_MS)
        self._resize_timer.timeout.connect(self._resized)
        self._built_for: tuple[int, int, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 220)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide rather than tall, like a chart on paper."""
        return QSize(760, 360)

    def set_content(self, content: ChartContent | None) -> None:
        """Show ``content`` (None: nothing)."""
        self.content = content
        self._rebuild()

    def font_size(self) -> float:
        """The chart's text size: the app's, which follows the text size setting."""
        return max(9.0, QFontInfo(self.font()).pixelSize() * 1.08)

    def svg(self, width: int | None = None, height: int | None = None) -> bytes:
        """The chart as SVG at ``width`` x ``height`` (default: the widget's size)."""
        content = self.content
        if content is None:
            return b""
        width, height = width or max(self.width(), 1), height or max(self.height(), 1)
        drawing = chart_drawing(content, width, height, font_size=self.font_size())
        return drawing_to_svg(drawing)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Redraw in the new size when the app's text size changes."""
        if event.type() == QEvent.Type.FontChange:
            self._rebuild()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Rebuild at the new size once the resizing pauses."""
        self._resize_timer.start()
        super().resizeEvent(event)

    def _key(self) -> tuple[int, int, float]:
        return (self.width(), self.height(), self.font_size())

    def _resized(self) -> None:
        if self._built_for != self._key():
            self._rebuild()

    def _rebuild(self) -> None:
        self._resize_timer.stop()
        self._renderer = None
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Draw the chart; build it first if the content or the text size has changed."""
        if self.content is None:
            return
        if self._renderer is None:
            _load_chart_fonts()
            self._renderer = QSvgRenderer(QByteArray(self.svg()))  # owned here, freed when replaced
            self._built_for = self._key()
        painter = QPainter(self)
        self._renderer.render(painter, QRectF(self.rect()))
        painter.end()


class TrendView(QWidget):
    """A symptom chooser, period buttons, the chart and a sentence that says what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symptom_label = QLabel(self.tr("&Symptom:"), self)
        self.symptom_combo = QComboBox(self)
        self.symptom_combo.setAccessibleName(self.tr("Symptom shown in the chart"))
        # Long tracker names are shortened in the closed box, never widen the window.
        self.symptom_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.symptom_combo.setMinimumContentsLength(18)
        self.symptom_label.setBuddy(self.symptom_combo)
        self.period_label = QLabel(self.tr("Show:"), self)
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        self.period_buttons: dict[str, QPushButton] = {}
        periods = (
            ("7", self.tr("7 days"), self.tr("Show the last 7 days")),
            ("30", self.tr("30 days"), self.tr("Show the last 30 days")),
            ("90", self.tr("90 days"), self.tr("Show the last 90 days")),
            ("all", self.tr("Everything"), self.tr("Show every entry")),
        )
        controls = QHBoxLayout()
        controls.addWidget(self.symptom_label)
        controls.addWidget(self.symptom_combo)
        controls.addStretch(1)
        controls.addWidget(self.period_label)
        for key, text, accessible in periods:
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAccessibleName(accessible)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.period_group.addButton(button)
            self.period_buttons[key] = button
            controls.addWidget(button)
        self.period_buttons[DEFAULT_PERIOD].setChecked(True)

        self.canvas = TrendCanvas(self)
        self.canvas.setAccessibleName(self.tr("Symptom trend chart"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("trendSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.summary)
        self._fill_symptoms([])  # the trackers come with the first refresh()
        self.summary.setText(self._no_scores_hint())
        self.summary.setAccessibleName(self.summary.text())
        self.symptom_combo.currentIndexChanged.connect(self.refresh)
        self.period_group.buttonToggled.connect(self._period_toggled)

    # ------------------------------------------------------------ choices

    def _fill_symptoms(self, trackers: list[str], vitals: list[str] | None = None) -> None:
        """The nine ESAS-r items by their own names, "Other problem", the trackers, then
        the vital signs recorded in the period."""
        current = self.symptom_combo.currentData()
        self.symptom_combo.blockSignals(True)
        self.symptom_combo.clear()
        for item in ESAS_ITEMS:
            self.symptom_combo.addItem(QCoreApplication.translate("Esas", item.name), item.field)
        self.symptom_combo.addItem(self.tr("Other problem"), OTHER_FIELD)
        for name in trackers:
            self.symptom_combo.addItem(name, TRACKER_PREFIX + name)
        if vitals:
            self.symptom_combo.insertSeparator(self.symptom_combo.count())
        for field in vitals or ():
            self.symptom_combo.addItem(vital_name(field), VITAL_PREFIX + field)
        index = self.symptom_combo.findData(current) if current else 0
        self.symptom_combo.setCurrentIndex(max(index, 0))
        self.symptom_combo.blockSignals(False)

    def symptom(self) -> str:
        """The field shown: an ESAS-r field, ``other`` or ``tracker:NAME``."""
        return self.symptom_combo.currentData()

    def period(self) -> str:
        """The period shown: a key of PERIODS."""
        for key, button in self.period_buttons.items():
            if button.isChecked():
                return key
        return DEFAULT_PERIOD

    def set_symptom(self, field: str) -> None:
        """Show ``field``; an unknown field raises ValueError."""
        index = self.symptom_combo.findData(field)
        if index < 0:
            raise ValueError(f"No such symptom in the chooser: {field!r}")
        if index == self.symptom_combo.currentIndex():
            self.refresh()
        else:
            self.symptom_combo.setCurrentIndex(index)  # refreshes

    def set_period(self, key: str) -> None:
        """Show the period ``key`` ("7", "30", "90" or "all")."""
        if key not in PERIODS:
            raise ValueError(f"Unknown period: {key!r}")
        if self.period_buttons[key].isChecked():
            self.refresh()
        else:
            self.period_buttons[key].setChecked(True)  # refreshes

    def _period_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.refresh()

    # ------------------------------------------------------------ content

    def refresh(self) -> None:
        """Reload the trackers, the scores and the doses from the store and redraw."""
        field, period = self.symptom(), self.period()
        now = home_now()
        if PERIODS[period] is None:
            entries = entries_between(None, None)
            doses = doses_between(None, None)
            times = [entry.recorded_at for entry in entries] + [d.given_at for d in doses]
            start, end = period_bounds(period, now, min(times, default=None))
        else:
            start, end = period_bounds(period, now, None)
            entries = entries_between(start, end)
            doses = doses_between(start, end)
        self._fill_symptoms(list_trackers(active_only=False), recorded_vitals(entries))
        field = self.symptom()  # a vital not recorded in this period is no longer offered
        if field.startswith(VITAL_PREFIX):
            self._show_vital(field.removeprefix(VITAL_PREFIX), entries, period, start, end)
            return
        points = build_series(entries, field)
        dose_times = doses_for(doses, field)
        labels = TrendLabels.translated()
        title = self._title(field, entries, period, start)
        self.canvas.set_content(ChartContent(points, dose_times, start, end, title, labels))
        text = self._summary(title, points, dose_times, self._unscored_hint(field, entries))
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.canvas.setAccessibleDescription(text)

    def _show_vital(self, field: str, entries, period: str, start: datetime, end: datetime) -> None:
        points = vital_series(entries, field, uses_us_units())
        title = self._title(VITAL_PREFIX + field, entries, period, start)
        labels = vital_labels(field)
        self.canvas.set_content(ChartContent(points, [], start, end, title, labels, field))
        text = vital_sentence(
            title, field, points, lambda count: self.tr("%Ln readings", None, count)
        )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.canvas.setAccessibleDescription(text)

    def _symptom_name(self, field: str, entries) -> str:
        name = self.symptom_combo.itemText(self.symptom_combo.findData(field))
        if field == OTHER_FIELD:
            names = other_problem_names(entries)
            if names:
                shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
                return self.tr("Other problem ({names})").format(names=shown)
        return name

    def _title(self, field: str, entries, period: str, start: datetime) -> str:
        symptom = self._symptom_name(field, entries)
        if period == "all":
            when = self.tr("since {date}").format(date=format_date(start.date()))
        else:
            when = self.tr("last %n days", None, int(period))
        return self.tr("{symptom}, {period}").format(symptom=symptom, period=when)

    def _no_scores_hint(self) -> str:
        return self.tr(
            "No scores recorded in this period. Entries you add in the diary appear here."
        )

    def _unscored_hint(self, field: str, entries) -> str:
        """What to say when ``field`` has no scores: with entries in the period, that this
        symptom was not scored in them (and, for a tracker, where to score it)."""
        if not entries:
            return self._no_scores_hint()
        name = self._symptom_name(field, entries)
        if field.startswith(TRACKER_PREFIX):
            return self.tr(
                "{name} has no scores in this period, though it has diary entries. To score "
                "it, open an entry (New entry, or Edit on a saved one) and give {name} a "
                "score from 0 to 10."
            ).format(name=name)
        return self.tr("{name} was not rated in this period's diary entries.").format(name=name)

    def _summary(
        self, title: str, points: list[TrendPoint], doses: list[datetime], hint: str
    ) -> str:
        """One sentence: how many scores, average, highest and latest, and the doses
        (``hint``: what to say when there are no scores)."""
        locale = display_locale()
        day = day_words(points)
        # %Ln: the count written the locale's way (1,234 or 1.234).
        if not doses:
            dose_text = self.tr("no breakthrough doses")
        else:
            dose_text = self.tr("%Ln breakthrough doses", None, len(doses))
        stats = summarise(points)
        if not stats.scores:
            if doses:
                return hint + " " + self.tr("{doses} in this period.").format(doses=dose_text)
            return hint
        count_text = self.tr("%Ln scores", None, stats.scores)
        return self.tr(
            "{title}: {count}, average {average}, highest {highest} on {highest_day}, "
            "latest {latest} on {latest_day}; {doses}."
        ).format(
            title=title,
            count=count_text,
            average=locale.toString(stats.average, "f", 1),
            highest=locale.toString(stats.highest.score),
            highest_day=day(stats.highest.at.date()),
            latest=locale.toString(stats.latest.score),
            latest_day=day(stats.latest.at.date()),
            doses=dose_text,
        )
