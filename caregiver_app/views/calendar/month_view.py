"""The month grid: its six rows of days always whole, and weekend days readable in any theme."""

from __future__ import annotations

from datetime import date as date_type

from PySide6.QtCore import QDate, QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from caregiver_app.views.look.contrast import readable

WEEKEND_INK = QColor("#b00000")  # Qt's own weekend red, darker: 7.3:1 on white
ROWS = 7  # the weekday names and six weeks, the most a month can touch


class MonthView(QCalendarWidget):
    """A QCalendarWidget that never squeezes its rows below the text and reads at 7:1.

    The page around it scrolls when the window is too short (tab_page.TabPage).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour_weekends()
        self._draw_arrows()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the navigation bar and seven rows of the current font, whole."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        row = metrics.height() + 8  # the cell's text and the grid's padding
        navigation = metrics.height() + 16
        return QSize(hint.width(), max(hint.height(), navigation + ROWS * row))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate | date_type) -> None:  # noqa: N802
        """A marked day of the next or last month keeps its mark's ink, not Qt's faint grey."""
        super().paintCell(painter, rect, date)
        day = QDate(date)
        marked = self.dateTextFormat(day)
        if day.month() == self.monthShown() or marked.background().style() == Qt.BrushStyle.NoBrush:
            return
        fill = marked.background().color()
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        painter.setPen(readable(marked.foreground().color(), fill))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day()))
        painter.restore()

    def _draw_arrows(self) -> None:
        """Previous and next month as arrows in the text colour (the style's are dark on dark)."""
        ink = self.palette().color(QPalette.ColorRole.ButtonText)
        size = max(12, self.fontMetrics().height())
        for name, pointing_left in (
            ("qt_calendar_prevmonth", True),
            ("qt_calendar_nextmonth", False),
        ):
            button = self.findChild(QToolButton, name)
            if button is None:
                continue
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            tip, back = (size * 0.2, size * 0.8) if pointing_left else (size * 0.8, size * 0.2)
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(tip, size / 2), QPointF(back, size * 0.15), QPointF(back, size * 0.85)]
                )
            )
            painter.end()
            button.setIcon(QIcon(pixmap))
            button.setIconSize(QSize(size, size))

    def _colour_weekends(self) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        weekend = QTextCharFormat()
        weekend.setForeground(readable(WEEKEND_INK, base))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A new theme colours the weekends again; a new text size measures again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_weekends()
            self._draw_arrows()
        elif event.type() == QEvent.Type.FontChange:
            self._draw_arrows()
            self.updateGeometry()
