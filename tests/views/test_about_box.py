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


def test_with_the_phones_linked_about_does_not_say_it_never_connects(store, make_window, qtbot):
    # It said "Everything stays on this computer" and "never connects to the internet"
    # while the appointments went to the family's calendar server.
    from caregiver_app.store.phones.state import save_phone_settings

    save_phone_settings({"url": "https://cloud.example.org/dav", "user": "rosa"})
    window = make_window()
    box = window.show_about()
    qtbot.waitExposed(box)
    text = box.text()
    box.close()
    assert "never connects to the internet" not in text
    assert "Everything stays on this computer" not in text
    assert "Care Companion does not look for updates by itself." in text
    assert "it does not give medical advice" in text
