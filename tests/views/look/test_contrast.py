"""Every palette role and control state, measured in both themes: text 7:1, outlines 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.calendar.month_view import WEEKEND_INK, MonthView
from caregiver_app.views.diary.diary_labels import BAND_FILLS
from caregiver_app.views.diary.entry_table_model import INK
from caregiver_app.views.look.contrast import (
    OUTLINE_MINIMUM,
    TEXT_MINIMUM,
    TEXT_PAIRS,
    contrast,
    readable,
)
from caregiver_app.views.look.high_contrast import (
    CHECK_MARK,
    STATES,
    high_contrast_palette,
    style_sheet,
)
from caregiver_app.views.look.view_options import app_themes
from caregiver_app.views.widgets import banner
from caregiver_app.views.widgets.form_parts import ERROR_COLOUR, error_label
from caregiver_app.views.widgets.wrapping_tree import quiet_ink

THEMES = ("system", "high-contrast")
Group = QPalette.ColorGroup
QUIET = QColor("#46515c")  # the agenda's and Learn lists' quieter ink


@pytest.fixture(params=THEMES)
def theme(request, qapp):
    app_themes().apply(request.param)
    yield request.param
    app_themes().apply("system")


def test_every_text_role_reaches_seven_to_one(theme):
    palette = QApplication.palette()
    groups = [Group.Active, Group.Inactive]
    if theme == "high-contrast":
        groups.append(Group.Disabled)  # dimmed text too, where the theme is ours
    for group in groups:
        for text, background in TEXT_PAIRS:
            if group == Group.Disabled and text not in (
                QPalette.ColorRole.WindowText,
                QPalette.ColorRole.Text,
                QPalette.ColorRole.ButtonText,
            ):
                continue
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= TEXT_MINIMUM, (theme, group.name, text.name, round(ratio, 2))


def test_every_high_contrast_control_state_reaches_its_minimum():
    window = QColor(high_contrast_palette().color(QPalette.ColorRole.Window))
    for state, (text, outline, fill) in STATES.items():
        assert contrast(QColor(text), window) >= TEXT_MINIMUM, state
        assert contrast(QColor(outline), window) >= OUTLINE_MINIMUM, state
        assert contrast(QColor(outline), QColor(fill)) >= OUTLINE_MINIMUM, state
    assert contrast(QColor(CHECK_MARK), QColor(STATES["checked"][2])) >= OUTLINE_MINIMUM
    # The style sheet in force is the one written from that table.
    app_themes().apply("high-contrast")
    try:
        assert QApplication.instance().styleSheet() == style_sheet()
        for _state, (text, outline, _fill) in STATES.items():
            assert text in style_sheet() and outline in style_sheet()
    finally:
        app_themes().apply("system")


def _indicator_ring(button, qtbot, focus: bool) -> tuple[list[QColor], QColor]:
    """The colours along the left and top edge of the box, and the window behind it."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    if focus:
        holder.activateWindow()
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    image: QImage = button.grab().toImage()
    box = button.style().subElementRect(element, option, button).intersected(image.rect())
    middle = box.center()
    edge = [image.pixelColor(QPoint(x, middle.y())) for x in range(box.left(), middle.x())]
    edge += [image.pixelColor(QPoint(middle.x(), y)) for y in range(box.top(), middle.y())]
    behind = button.palette().color(QPalette.ColorRole.Window)
    return edge, behind


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
@pytest.mark.parametrize("state", ["unchecked", "checked", "disabled", "focused"])
def test_a_high_contrast_box_is_seen_in_every_state(qapp, qtbot, kind, state):
    app_themes().apply("high-contrast")
    try:
        button = kind("Show answered")
        button.setChecked(state == "checked")
        button.setEnabled(state != "disabled")
        if state == "focused":
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        edge, behind = _indicator_ring(button, qtbot, focus=state == "focused")
        best = max(contrast(colour, behind) for colour in edge)
        assert best >= OUTLINE_MINIMUM, (kind.__name__, state, round(best, 2))
    finally:
        app_themes().apply("system")


def test_the_app_s_own_colours_reach_seven_to_one(theme, qtbot):
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(banner.INK, banner.FILL) >= TEXT_MINIMUM  # painted on its own fill
    for fill in BAND_FILLS.values():
        if fill is not None:
            assert contrast(INK, fill) >= TEXT_MINIMUM  # diary scores on their band colour
    # A quieter ink on the page actually shown (the grey "The next four weeks").
    assert contrast(quiet_ink(QBrush(QUIET), palette), base) >= TEXT_MINIMUM
    # A form's sentence saying what is wrong.
    holder = QWidget()
    qtbot.addWidget(holder)
    label: QLabel = error_label(holder)
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(shown, window) >= TEXT_MINIMUM, (theme, shown.name())
    assert contrast(readable(ERROR_COLOUR, window), window) >= TEXT_MINIMUM
    # The month's weekend days.
    month = MonthView()
    qtbot.addWidget(month)
    weekend = month.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert contrast(weekend, base) >= TEXT_MINIMUM, (theme, weekend.name())
    assert contrast(WEEKEND_INK, QColor("#ffffff")) >= TEXT_MINIMUM
