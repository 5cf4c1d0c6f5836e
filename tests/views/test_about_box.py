"""Help > About: the version, the folder of the open record, and how updates come."""

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QMessageBox

from caregiver_app import __version__
from caregiver_app.views.help_boxes import about_text


def test_about_names_the_version_and_the_record_folder(store, make_window, data_dir, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["about"].trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    qtbot.waitExposed(box)
    assert f"Care Companion {__version__}" in box.text()
    assert str(data_dir) in box.text()
    assert "never connects to the internet" in box.text()
    box.close()


def test_a_folder_name_with_markup_is_shown_as_typed(qapp, tmp_path):
    folder = tmp_path / "Mum & Dad <care>"
    text = about_text(folder)
    assert "Mum &amp; Dad &lt;care&gt;" in text
    label = QLabel(text)  # as the message box draws it: the name as typed
    assert "Mum & Dad <care>" in QTextDocumentFragment.fromHtml(label.text()).toPlainText()
