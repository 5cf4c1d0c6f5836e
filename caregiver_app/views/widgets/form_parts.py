"""Pieces every form dialog shares: the scrolling form, Save and Cancel, the error line, plurals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.views.look.contrast import readable
from caregiver_app.views.widgets.tab_page import set_bold

ERROR_COLOUR = QColor("#a61b1b")  # 6.5:1 against white


def scrolling_form(form: QWidget, parent: QWidget, accessible_name: str = "") -> QScrollArea:
    """``form`` in a frameless scroll area, so a long form scrolls at large text sizes."""
    scroll = QScrollArea(parent)
    if accessible_name:
        scroll.setAccessibleName(accessible_name)
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


def note_under_check(note: QLabel, check: QAbstractButton) -> None:
    """Start ``note`` where ``check``'s text starts, in any style (check box text never wraps,
    so a long explanation is a wrapped line under a short box text)."""
    style = check.style()
    note.setIndent(
        style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
    )


def save_cancel_buttons(
    dialog: QDialog, save_name: str
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Save (the default, named ``save_name`` for screen readers) and Cancel, wired up."""
    buttons = QDialogButtonBox(dialog)
    save = buttons.addButton(
        QCoreApplication.translate("FormParts", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    save.setAccessibleName(save_name)
    save.setDefault(True)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("FormParts", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save, cancel


def error_label(parent: QWidget) -> QLabel:
    """A bold red line for what is wrong with the form, hidden until needed."""
    label = QLabel(parent)
    label.setObjectName("formError")
    label.setWordWrap(True)
    mark_as_error(label)
    label.hide()
    return label


def mark_as_error(label: QLabel) -> None:
    """Bold and red: how every sentence saying what is wrong looks."""
    set_bold(label)
    palette = label.palette()
    # Red chosen for a white page reaches 7:1 on the page actually shown (dark, high contrast).
    window = palette.color(QPalette.ColorRole.Window)
    palette.setColor(QPalette.ColorRole.WindowText, readable(ERROR_COLOUR, window))
    label.setPalette(palette)


def line_up_labels(form: QWidget, width: int) -> None:
    """Labels above their fields if the widest takes over 30% of ``width`` (large text).

    Otherwise one label column width for every group, so the fields line up down the form.
    """
    layouts = form.findChildren(QFormLayout)
    labels = [
        item.widget()
        for layout in layouts
        for row in range(layout.rowCount())
        if (item := layout.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and item.widget() is not None
    ]
    widest = max((label.sizeHint().width() for label in labels), default=0)
    if widest > width * 0.3:
        for layout in layouts:
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        return
    for label in labels:
        label.setMinimumWidth(widest)


LINE_EDIT_SIDE = 2  # QLineEdit's own margin each side of its text, inside the frame


def fit_hints(form: QWidget, most: int) -> None:
    """Make ``form`` (a line box) or each line box in it wide enough to show its hint whole
    (up to ``most`` pixels): a hint cut short ("For example, Rosa Del…") cannot be read.
    For boxes in a flowing row (they take their width from it), in the text size in use."""
    edits = [form] if isinstance(form, QLineEdit) else form.findChildren(QLineEdit)
    for edit in edits:
        hint = edit.placeholderText()
        if not hint.strip():
            continue
        metric = QStyle.PixelMetric.PM_DefaultFrameWidth
        frame = edit.style().pixelMetric(metric, None, edit) if edit.hasFrame() else 0
        margins = edit.textMargins()
        sides = 2 * frame + margins.left() + margins.right() + 2 * LINE_EDIT_SIDE + 1
        need = edit.fontMetrics().horizontalAdvance(hint) + sides
        edit.setMinimumWidth(min(max(edit.minimumWidth(), need), most))


def form_room(dialog: QWidget, least: int) -> int:
    """The width a form dialog may take: about 84 characters (``least`` at the fewest),
    within its screen; what ``line_up_labels`` is given."""
    width = max(least, dialog.fontMetrics().averageCharWidth() * 84)
    screen = dialog.screen()
    return min(width, screen.availableGeometry().width() - 20) if screen else width


def hint_room(widget: QWidget) -> int:
    """The most a box widened for its hint may take: half the screen's width."""
    screen = widget.screen()
    return screen.availableGeometry().width() // 2 if screen else 400


def plural_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """Give ``spin`` the words after its number in the right form ("1 day", "2 days").

    ``suffix(n)`` is the translated words for ``n`` (a ``tr(" days", None, n)``); they
    change with the value, as it is typed or stepped.
    """
    spin.setSuffix(suffix(spin.value()))
    spin.valueChanged.connect(lambda value: spin.setSuffix(suffix(value)))


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Make Tab go through ``widgets`` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def command_button(
    parent: QWidget, text: str, action: Callable[[], object], accessible: str = ""
) -> QPushButton:
    """A push button that runs ``action``, named for screen readers (its text by default)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible or text.replace("&", "").rstrip("."))
    button.clicked.connect(lambda _checked=False: action())
    return button


def button_line(*buttons: QWidget, vertical: bool = False) -> QBoxLayout:
    """``buttons`` side by side (or one under the other), the room left over after them."""
    line = QVBoxLayout() if vertical else QHBoxLayout()
    for button in buttons:
        line.addWidget(button)
    line.addStretch(1)
    return line


def on_delete_key(widget: QWidget, action: Callable[[], object]) -> QAction:
    """The Delete key, while ``widget`` has the focus, runs ``action``."""
    delete_key = QAction(widget)
    delete_key.setShortcut(QKeySequence.StandardKey.Delete)
    delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.triggered.connect(lambda: action())
    widget.addAction(delete_key)
    return delete_key
