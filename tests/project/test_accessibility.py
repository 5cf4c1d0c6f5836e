"""Every focusable control, in every tab and dialog, has a name a screen reader can say."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

# Parts Qt builds inside composite widgets; their owner carries the name.
INNER = {"qt_spinbox_lineedit", "qt_calendar_calendarview", "qt_tabwidget_tabbar"}


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable, visible, enabled widgets without an accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName() in INNER:
            continue
        if isinstance(widget, QScrollBar) or type(widget) is QWidget:
            continue
        parent = widget.parentWidget()
        # The viewport of a list or table is named through its view.
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if parent is not None and parent.objectName() in INNER:
            continue
        if isinstance(parent, QComboBox) and widget is parent.lineEdit():
            continue  # an editable combo box's text field is named through the box
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_tab_and_section(demo_store, make_window, qtbot):
    window = make_window(demo=True)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        sections = getattr(page, "sections", None)
        for section in range(sections.count() if sections else 1):
            if sections:
                sections.setCurrentIndex(section)
            QApplication.processEvents()
            assert unnamed_focusable(window) == [], window.tabs.tabText(index)


def _dialogs(window):
    diary = window.diary_tab
    diary.select_entry(diary.model.entry(0).id)
    care = window.care_team_tab
    care.select_contact(care.contacts[0].id)
    yield "profile", window.edit_profile()
    yield "first run", window.edit_profile(first_run=True)
    yield "new contact", care.add_contact()
    yield "edit contact", care.edit_selected()
    yield "new entry", diary.new_entry()
    yield "edit entry", diary.edit_selected()
    yield "medicine", diary.medicines.add_medicine()
    yield "dose", diary.doses.record_dose()
    yield "alert settings", diary.open_alert_settings()
    yield "question", window.learn_tab.questions.add_question()
    yield "restore", window.backup_actions.choose_restore()
    yield "getting started", window.show_getting_started()


def test_every_dialog(demo_store, make_window, qtbot):
    window = make_window(demo=True)
    window.show()
    for name, dialog in _dialogs(window):
        qtbot.waitExposed(dialog)
        assert unnamed_focusable(dialog) == [], name
        dialog.close()
