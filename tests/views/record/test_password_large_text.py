"""File > Password protection... at 200% text: the lost-password warning is read whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.store.database import database_path, database_proxy
from caregiver_app.store.engine import SQLITE_HEADER, password_of
from tests.helpers.clipping import problems
from tests.helpers.large_text import window_at

PASSWORD = "kettle on the stove"


def test_the_warning_is_never_cut_at_200_percent(store, make_window, data_dir, qtbot):
    window = window_at(make_window, qtbot)
    window.actions_by_name["passwordProtection"].trigger()
    dialog = window.password_dialog
    qtbot.waitExposed(dialog)
    # Squeezed into a short window, the warning lost its first and last lines; now the
    # words scroll up and down and each label has the height its lines need.
    assert problems(dialog) == []
    warning = dialog.warning
    assert warning.height() >= warning.heightForWidth(warning.width())
    assert "no back door" in warning.text()

    qtbot.keyClicks(dialog.new_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    dialog.understood.setFocus()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.understood.isChecked()
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert database_path(data_dir).read_bytes()[:16] != SQLITE_HEADER
    assert password_of(database_proxy.obj) == PASSWORD
