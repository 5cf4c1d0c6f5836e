"""File > Share with family...: Start, Join and the status, typed and clicked."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers.dialogs import focusable_widgets_are_named
from tests.views.sharing.sharing_fakes import DeviceSeen


def open_dialog(window):
    window.actions_by_name["shareWithFamily"].trigger()
    dialog = window.sharing.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(qtbot, form, folder, name, passphrase, again=None) -> None:
    qtbot.keyClicks(form.folder_edit, str(folder))
    qtbot.keyClicks(form.name_edit, name)
    qtbot.keyClicks(form.passphrase_edit, passphrase)
    if again is not None:
        qtbot.keyClicks(form.again_edit, again)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_start_sharing_typed_and_clicked(qtbot, store, make_window, fake_sharing, tmp_path):
    folder = tmp_path / "Family"
    folder.mkdir()
    window = make_window()
    window.show()
    assert not window.actions_by_name["syncNow"].isVisible()  # not sharing: no Sync now
    dialog = open_dialog(window)
    focusable_widgets_are_named(dialog)
    click(qtbot, dialog.start_choice)
    form = dialog.form
    assert form.name_edit.text() == ""  # the name is the family's to give
    focusable_widgets_are_named(dialog)
    fill(qtbot, form, folder, "Laura's laptop", "blue kettle 42", "blue kettle 42")
    click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page)
    assert fake_sharing.calls[0] == ("start", folder, "Laura's laptop", "blue kettle 42")
    assert str(folder) in dialog.status_page.folder_label.text()
    assert "Laura's laptop (this computer)" in dialog.status_page.computers_label.text()
    assert form.passphrase_edit.text() == ""  # not kept in the window once used
    label = window.sharing.label
    assert label.isVisible()
    assert label.text() == ("Sharing with the family folder; no other computer has joined yet.")
    assert window.actions_by_name["syncNow"].isVisible()


def test_a_folder_typed_from_where_the_app_runs_is_kept_whole(
    qtbot, store, make_window, fake_sharing, tmp_path, monkeypatch
):
    (tmp_path / "Dropbox" / "Family").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)  # as a desktop launcher starts the app in the home folder
    window = make_window()
    dialog = open_dialog(window)
    click(qtbot, dialog.start_choice)
    fill(qtbot, dialog.form, "Dropbox/Family", "Laura's laptop", "blue kettle 42", "blue kettle 42")
    click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: bool(fake_sharing.calls))
    # Kept as the whole path: the next start, from another folder, still finds it.
    assert fake_sharing.calls[0][1] == tmp_path / "Dropbox" / "Family"


def test_passphrases_that_differ_are_said_at_the_box(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    window = make_window()
    dialog = open_dialog(window)
    click(qtbot, dialog.start_choice)
    form = dialog.form
    fill(qtbot, form, tmp_path, "Laura's laptop", "blue kettle 42", "blue kettle 24")
    click(qtbot, dialog.go_button)
    assert form.passphrase_error.isVisible()
    assert form.passphrase_error.text() == (
        "The two passphrases are not the same: type it again in both boxes."
    )
    assert fake_sharing.calls == []
    assert form.folder_edit.text() == str(tmp_path)  # everything typed is still there


def test_a_missing_name_and_folder_are_said_at_their_boxes(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    window = make_window()
    dialog = open_dialog(window)
    click(qtbot, dialog.join_choice)
    form = dialog.form
    click(qtbot, dialog.go_button)
    assert form.folder_error.text() == "Choose the family folder, or type where it is."
    qtbot.keyClicks(form.folder_edit, str(tmp_path / "gone"))
    click(qtbot, dialog.go_button)
    assert form.folder_error.text().startswith("There is no folder at ")
    form.folder_edit.selectAll()
    qtbot.keyClicks(form.folder_edit, str(tmp_path))
    qtbot.keyClicks(form.passphrase_edit, "blue kettle 42")
    click(qtbot, dialog.go_button)
    assert not form.folder_error.isVisible()
    # A screen reader no longer reads the folder's old mistake on the folder box.
    assert form.folder_edit.accessibleDescription() == ""
    assert form.name_error.text().startswith("Give this computer a name")
    assert form.name_edit.accessibleDescription() == form.name_error.text()
    assert form.again_edit.isHidden()  # Join asks for the passphrase once
    assert fake_sharing.calls == []


def test_a_refusal_is_said_at_its_box_and_nothing_changes(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    from caregiver_app.services.sharing import errors

    fake_sharing.refuse = errors.wrong_passphrase()
    window = make_window()
    dialog = open_dialog(window)
    click(qtbot, dialog.join_choice)
    form = dialog.form
    fill(qtbot, form, tmp_path, "Tom's laptop", "wrong")
    click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: form.passphrase_error.isVisible())
    assert form.passphrase_error.text() == (
        "The family passphrase does not match the one this folder was started with. "
        "Check it with your family and try again; nothing was changed."
    )
    assert window.sharing.status is None
    assert not window.sharing.label.isVisible()
    assert dialog.pages.currentWidget() is form


def test_a_half_copied_folder_file_is_said_at_the_folder_box(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    from caregiver_app.services.sharing import errors, layout

    fake_sharing.refuse = errors.file_not_whole(tmp_path, layout.FORMAT_FILE)
    window = make_window()
    dialog = open_dialog(window)
    click(qtbot, dialog.join_choice)
    form = dialog.form
    fill(qtbot, form, tmp_path, "Tom's laptop", "blue kettle 42")
    click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: form.folder_error.isVisible())
    assert form.folder_error.text().startswith(
        f"The family folder {tmp_path} is missing its file care-companion-family.json"
    )
    assert form.folder_edit.text() == str(tmp_path)  # kept as typed, to try again


def test_a_refusal_without_a_box_is_said_under_the_form(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    from caregiver_app.services.sharing import errors

    fake_sharing.refuse = errors.record_not_empty()
    window = make_window()
    dialog = open_dialog(window)
    click(qtbot, dialog.join_choice)
    fill(qtbot, dialog.form, tmp_path, "Tom's laptop", "blue kettle 42")
    qtbot.keyClick(dialog.form.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text().startswith("This care record already holds entries")


def test_while_sharing_the_item_shows_the_status_and_stop_asks_first(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    now = datetime.now()
    fake_sharing.others = (DeviceSeen("tom", "Tom's laptop", False, now - timedelta(minutes=3)),)
    (tmp_path / "family").mkdir()
    fake_sharing.start_sharing(tmp_path / "family", "Laura's laptop", "blue kettle 42")
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.sharing.sharing)
    assert window.sharing.label.text().startswith("In step with Tom's laptop as of ")
    dialog = open_dialog(window)
    assert dialog.pages.currentWidget() is dialog.status_page
    assert "Tom's laptop: synced as of" in dialog.status_page.computers_label.text()
    with qtbot.waitSignal(window.sharing.synced):
        click(qtbot, dialog.status_page.sync_button)
    click(qtbot, dialog.status_page.stop_button)
    box = dialog.stop_box
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nothing changes
    assert ("stop",) not in fake_sharing.calls
    click(qtbot, dialog.status_page.stop_button)
    stop = next(b for b in dialog.stop_box.buttons() if b.text() == "Stop sharing")
    click(qtbot, stop)
    assert ("stop",) in fake_sharing.calls
    assert dialog.pages.currentWidget() is dialog.choice_page
    assert not window.sharing.label.isVisible()
    assert not window.actions_by_name["syncNow"].isVisible()
    QApplication.processEvents()


def test_start_from_the_keyboard_alone(qtbot, store, make_window, fake_sharing, tmp_path):
    folder = tmp_path / "Family"
    folder.mkdir()
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["shareWithFamily"].trigger()
    dialog = window.sharing.dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.start_choice
    qtbot.keyClick(dialog.start_choice, Qt.Key.Key_Space)
    form = dialog.form
    assert dialog.focusWidget() is form.folder_edit
    qtbot.keyClicks(form.folder_edit, str(folder))
    qtbot.keyClick(form.folder_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is form.choose_button  # Choose... comes next
    qtbot.keyClick(form.choose_button, Qt.Key.Key_Tab)
    for text in ("Laura's laptop", "blue kettle 42"):
        qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is form.again_edit
    qtbot.keyClicks(form.again_edit, "blue kettle 42")
    assert form.name_edit.text() == "Laura's laptop"
    qtbot.keyClick(form.again_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page)
    assert fake_sharing.calls[0] == ("start", folder, "Laura's laptop", "blue kettle 42")


def test_the_dialog_speaks_spanish(qtbot, store, make_window, fake_sharing):
    from caregiver_app.views.look.view_options import app_language

    window = make_window()
    app_language().apply("es")
    qtbot.waitUntil(
        lambda: (
            "shareWithFamily" in window.actions_by_name
            and window.actions_by_name["shareWithFamily"].text().startswith("Compartir")
        )
    )
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Compartir con la familia"
    assert dialog.start_choice.text() == "&Empezar a compartir..."


def test_a_start_whose_first_sync_is_refused_shows_the_sharing_and_why(
    qtbot, store, make_window, fake_sharing, tmp_path, monkeypatch
):
    from caregiver_app.services.sharing import session

    folder = tmp_path / "Family"
    folder.mkdir()
    full = (
        f"The disk holding the family folder {folder} is full. Nothing was half-written "
        "and your changes wait here; free some space and sync again."
    )

    def started_then_full(folder, name, passphrase):
        fake_sharing.start_sharing(folder, name, passphrase)  # the record shares now...
        fake_sharing.refuse = fake_sharing.error_class(full)
        raise fake_sharing.refuse  # ...but the first change file did not fit

    monkeypatch.setattr(session, "start_sharing", started_then_full)
    window = make_window()
    window.show()
    dialog = open_dialog(window)
    click(qtbot, dialog.start_choice)
    form = dialog.form
    fill(qtbot, form, folder, "Laura's laptop", "blue kettle 42", "blue kettle 42")
    click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.status_page)
    assert dialog.status_page.state_label.text() == full
    qtbot.waitUntil(lambda: window.sharing.sharing)  # the window's own sync has answered
    assert dialog.status_page.state_label.text() == full
    assert str(folder) in dialog.status_page.folder_label.text()
    assert form.passphrase_edit.text() == ""  # not kept in the window once used
    assert window.actions_by_name["syncNow"].isVisible()
    fake_sharing.refuse = None  # space was freed
    with qtbot.waitSignal(window.sharing.synced):
        click(qtbot, dialog.status_page.sync_button)
    assert dialog.status_page.state_label.text() == (
        "Sharing with the family folder; no other computer has joined yet."
    )


def test_the_start_and_join_forms_show_every_box_without_scrolling(
    qtbot, store, make_window, fake_sharing
):
    from PySide6.QtWidgets import QScrollArea

    from tests.helpers.clipping import problems

    window = make_window()
    window.show()
    dialog = open_dialog(window)
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    page = scroll.widget()
    for choice in ("start", "join"):
        click(qtbot, dialog.start_choice if choice == "start" else dialog.join_choice)
        # Before, the dialog kept a scroll area's height and squeezed the form into it:
        # the sentences under the boxes were cut, the passphrase boxes pressed together.
        qtbot.waitUntil(lambda: page.height() >= page.heightForWidth(page.width()))
        qtbot.waitUntil(lambda: problems(dialog) == [])
        assert scroll.verticalScrollBar().maximum() == 0
        click(qtbot, dialog.back_button)


def test_join_says_what_becomes_of_the_profile_typed_here(qtbot, store, make_window, fake_sharing):
    from PySide6.QtWidgets import QLabel

    dialog = open_dialog(make_window())
    texts = [label.text() for label in dialog.choice_page.findChildren(QLabel)]
    # Before: "a profile filled in here is kept", though the family's profile is the one
    # used when they differ, and this one only kept as the other version.
    assert (
        "Another computer already shares: this one builds its record from the folder. Its own "
        "record must hold no entries yet. A profile filled in here is not lost: where the "
        "family's differs, the family's is used and this one can be seen with “Show the other "
        "version...”."
    ) in texts


def test_in_spanish_at_large_text_the_choice_shows_both_explanations_whole(
    qtbot, store, make_window, fake_sharing
):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QScrollArea

    from tests.helpers.clipping import problems
    from tests.helpers.large_text import window_at

    window = window_at(make_window, qtbot, 200)
    window.view_options.language_actions["es"].trigger()  # View > Language > Español
    dialog = open_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.locale().language() == QLocale.Language.Spanish
    scroll = dialog.findChild(QScrollArea)
    page = scroll.widget()
    qtbot.waitUntil(lambda: page.height() >= page.heightForWidth(page.width()))
    qtbot.waitUntil(lambda: problems(dialog) == [])
    # Before, what Join does with this computer's profile was below the fold.
    assert scroll.verticalScrollBar().maximum() == 0
