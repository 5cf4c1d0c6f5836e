"""Date and time fields a person types into: what is typed is what is kept, or refused.

Each field is a line edit. It reads the whole text when asked (``typed_values``), so a
typed separator lands where the person meant it; blank means "not set" (the clear
button or Delete empties it); Tab moves on like any line edit; Alt+Down or F4 (or the
arrow button) opens a calendar at the value, or at today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.local_time import real_after
from caregiver_app.store.diary.saved_times import FUTURE_TOLERANCE as CLOCK_AHEAD
from caregiver_app.store.home_clock import home_now, home_today
from caregiver_app.store.repeated_hour import clock_apart
from caregiver_app.views.look.contrast import OUTLINE_MINIMUM, readable
from caregiver_app.views.look.locale_format import date_format, display_locale
from caregiver_app.views.widgets.hint_line import HintLine
from caregiver_app.views.widgets.typed_values import (
    EARLIEST,
    DatePattern,
    TypedValueError,
    example_time,
    format_date,
    format_time,
    parse_date,
    parse_time,
)

ZERO = timedelta(0)
WRONG_FRAME = QColor("#a61b1b")  # the red of every form's sentence saying what is wrong


class FieldInputError(TypedValueError):
    """A field's text is not a value: the sentence to show, and the field to focus."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


class _TypedField(QWidget):
    """A line edit with a value behind it; the base of the date and the time field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = HintLine(self)  # as wide as its hint asks ("for example 2:30 PM")
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(lambda _text: self._edited())
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(self.line, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._blank_text = ""
        self._required = False

    # Designer's generated code names the field itself; the line edit is what a
    # screen reader meets, so it carries the same name and description.
    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleDescription(text)
        self.line.setAccessibleDescription(text)

    def text(self) -> str:
        """What is typed."""
        return self.line.text()

    def set_required(self, required: bool) -> None:
        """Whether a blank field is refused (a visit needs its start) or means "not set"."""
        self._required = required
        self._show_hint()

    def set_blank_text(self, text: str) -> None:
        """What a blank field means ("Not recorded", "Still taking"), shown while it is empty."""
        self._blank_text = text
        self._show_hint()

    def hint(self) -> str:
        """The form to type, shown as the placeholder (each field says its own)."""
        return ""

    def _show_hint(self) -> None:
        hint = self.hint()
        self.line.setPlaceholderText(
            QCoreApplication.translate("DateFields", "{meaning} ({form})").format(
                meaning=self._blank_text, form=hint
            )
            if self._blank_text and not self._required
            else hint
        )
        self.setToolTip(hint)

    def _edited(self) -> None:
        self._mark(False)
        self.changed.emit()

    def _mark(self, wrong: bool) -> None:
        """A wrong value gets a red frame until it is edited (colour is never the only sign:
        the form's sentence says what is wrong)."""
        window = self.palette().color(QPalette.ColorRole.Window)
        red = readable(WRONG_FRAME, window, OUTLINE_MINIMUM).name()  # 3:1 on any theme's page
        self.line.setStyleSheet(f"QLineEdit {{ border: 2px solid {red}; }}" if wrong else "")

    def _refuse(self, message: str) -> FieldInputError:
        self._mark(True)
        return FieldInputError(message, self)

    def _refuse_typed(self, error: TypedValueError) -> FieldInputError:
        """A typed text that is not a value: the sentence says which field it is."""
        name = self.accessibleName()
        if not name:
            return self._refuse(str(error))
        return self._refuse(
            QCoreApplication.translate("DateFields", "{field}: {problem}").format(
                field=name, problem=error
            )
        )

    def _blank_refused(self) -> FieldInputError:
        return self._refuse(
            QCoreApplication.translate(
                "DateFields", "{field} is needed: type it as {form}."
            ).format(
                field=self.accessibleName()
                or QCoreApplication.translate("DateFields", "This field"),
                form=self.hint(),
            )
        )


class DateField(_TypedField):
    """A date in the locale's short form with a four-digit year; blank means not set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = DatePattern.of(date_format())
        self._latest: tuple[date, str] | None = None
        self._earliest: tuple[date, str] | None = None
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does it from the keys
        self.button.setAccessibleName(
            QCoreApplication.translate("DateFields", "Pick the date from a calendar")
        )
        self.button.setToolTip(
            QCoreApplication.translate("DateFields", "Pick the date from a calendar (Alt+Down)")
        )
        self.button.clicked.connect(self.open_calendar)
        # As tall as the line and square, so it grows with the text size.
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._fit_button()
        self.layout_.addWidget(self.button)
        self.line.installEventFilter(self)
        self.popup: QFrame | None = None
        self._show_hint()

    def hint(self) -> str:
        """The date pattern this language expects, as an example."""
        return self.pattern.hint()

    def _fit_button(self) -> None:
        self.button.setFixedWidth(self.line.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the calendar button square to the line when the font changes."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_button()
        super().changeEvent(event)

    def set_latest(self, latest: date | None, message: str = "") -> None:
        """Refuse dates after ``latest`` with ``message`` (for example: not in the future)."""
        self._latest = (latest, message) if latest else None

    def set_earliest(self, earliest: date | None, message: str = "") -> None:
        """Refuse dates before ``earliest`` with ``message``."""
        self._earliest = (earliest, message) if earliest else None

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (blank for None)."""
        self.line.setText(format_date(value, self.pattern) if value else "")

    def value(self) -> date | None:
        """The typed date, None when blank; raises FieldInputError with the sentence to show."""
        try:
            typed = parse_date(self.line.text(), self.pattern)
        except TypedValueError as error:
            raise self._refuse_typed(error) from None
        if typed is None:
            if self._required:
                raise self._blank_refused()
            return None
        if self._latest and typed > self._latest[0]:
            raise self._refuse(self._latest[1])
        if self._earliest and typed < self._earliest[0]:
            raise self._refuse(self._earliest[1])
        return typed

    def value_or_none(self) -> date | None:
        """The typed date, or None when blank or not (yet) a date; for live updates."""
        try:
            return parse_date(self.line.text(), self.pattern)
        except TypedValueError:
            return None

    # ------------------------------------------------------------ the calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Alt+Down or F4 in the field opens the calendar."""
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            alt_down = key_event.key() == Qt.Key.Key_Down and (
                key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or key_event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar under the field, at the typed date or today."""
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.Box)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar = QCalendarWidget(popup)
        calendar.setAccessibleName(QCoreApplication.translate("DateFields", "Calendar"))
        calendar.setMinimumDate(QDate(EARLIEST))
        if self._latest:
            calendar.setMaximumDate(QDate(self._latest[0]))
        calendar.setSelectedDate(QDate(self.value_or_none() or home_today()))
        calendar.activated.connect(lambda day: self._picked(day.toPython()))
        calendar.clicked.connect(lambda day: self._picked(day.toPython()))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(calendar)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        calendar.setFocus()
        self.popup = popup
        return calendar

    def _picked(self, day: date) -> None:
        self.set_value(day)
        if self.popup is not None:
            self.popup.close()
            self.popup = None
        self.line.setFocus()


class TimeField(_TypedField):
    """A time of day, typed in 12- or 24-hour form; blank means not set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_hint()

    def hint(self) -> str:
        """The time form this language expects, as an example."""
        return QCoreApplication.translate("DateFields", "for example {time}").format(
            time=example_time(display_locale())
        )

    def set_value(self, value: time | None) -> None:
        """Show ``value`` in the locale's short form (blank for None)."""
        self.line.setText(format_time(value, display_locale()) if value else "")

    def value(self) -> time | None:
        """The typed time, None when blank; raises FieldInputError with the sentence to show."""
        try:
            typed = parse_time(self.line.text(), display_locale())
        except TypedValueError as error:
            raise self._refuse_typed(error) from None
        if typed is None and self._required:
            raise self._blank_refused()
        return typed

    def value_or_none(self) -> time | None:
        """The typed time, or None when blank or not (yet) a time; for live updates."""
        try:
            return parse_time(self.line.text(), display_locale())
        except TypedValueError:
            return None


class DateTimeField(QWidget):
    """A date field and a time field side by side, both needed: when something happened."""

    changed = Signal()
    shown_set = Signal()  # set_value put a moment in the field (typing emits ``changed``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_field = DateField(self)
        self.time_field = TimeField(self)
        for field in (self.date_field, self.time_field):
            field.set_required(True)
            field.changed.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The time box keeps the width its hint asks for; the date box takes the rest
        # (shared 3:2, the time box got less than "for example 2:30 PM" needs).
        layout.addWidget(self.date_field, 1)
        layout.addWidget(self.time_field)
        # Which moment a typed wall time is (store/repeated_hour.py): set by a form that
        # keeps the pass of a repeated hour, given the time typed and the one shown.
        self.settle: Callable[[datetime, datetime | None], datetime] | None = None
        self.setFocusProxy(self.date_field)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._latest: tuple[datetime, str] | None = None
        self._not_after_now: str = ""
        self._shown: datetime | None = None

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """Name the field, and its date and time parts after it."""
        super().setAccessibleName(name)
        self.date_field.setAccessibleName(
            QCoreApplication.translate("DateFields", "{field}: date").format(field=name)
        )
        self.time_field.setAccessibleName(
            QCoreApplication.translate("DateFields", "{field}: time").format(field=name)
        )

    def set_latest(self, latest: datetime | None, message: str = "") -> None:
        """Refuse moments after ``latest`` with ``message`` (not in the future)."""
        self._latest = (latest, message) if latest else None
        self.date_field.set_latest(latest.date() if latest else None, message)

    def set_not_after_now(self, message: str) -> None:
        """Refuse moments after now with ``message``, "now" being when the value is read
        (the form may stay open a while, past midnight even), with the store's few minutes
        for a clock running ahead."""
        self._not_after_now = message
        self._latest_now()

    def _latest_now(self) -> None:
        if self._not_after_now:
            latest = real_after(home_now(), CLOCK_AHEAD)
            # The time the form opened with was saved before the clock went back (the night
            # the clocks go back, the time zone set further west): it was not in the future.
            if self._shown is not None and clock_apart(self._shown, latest) > ZERO:
                latest = self._shown
            self.set_latest(latest, self._not_after_now)

    def set_value(self, value: datetime) -> None:
        """Show ``value`` to the minute."""
        self._shown = value.replace(second=0, microsecond=0)
        self.date_field.set_value(value.date())
        self.time_field.set_value(value.time())
        self.shown_set.emit()

    def shown(self) -> datetime | None:
        """The moment the form opened with (its pass of a repeated hour kept), if any."""
        return self._shown

    def value(self) -> datetime:
        """The typed moment; raises FieldInputError naming the part that is wrong."""
        self._latest_now()
        moment = datetime.combine(self.date_field.value(), self.time_field.value())
        if self.settle is not None:
            moment = self.settle(moment, self._shown)
        if self._latest and clock_apart(moment, self._latest[0]) > ZERO:
            raise self.time_field._refuse(self._latest[1])
        return moment
