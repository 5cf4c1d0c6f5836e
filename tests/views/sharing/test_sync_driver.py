"""The sync loop: at start, on folder changes and on Sync now; the status bar's line."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from tests.helpers.large_text import window_at
from tests.views.sharing.sharing_fakes import DeviceSeen


def sharing_window(qtbot, make_window, fake_sharing, folder, others=()):
    folder = folder / "family"  # apart from the record's own folder, as in life
    folder.mkdir(exist_ok=True)
    fake_sharing.others = tuple(others)
    fake_sharing.start_sharing(folder, "Laura's laptop", "blue kettle 42")
    fake_sharing.calls.clear()
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.sharing.sharing)  # the sync at start
    return window


def test_not_sharing_starts_no_sync_and_shows_no_line(qtbot, store, make_window, fake_sharing):
    window = make_window()
    window.show()
    assert window.sharing.sync() is False
    assert fake_sharing.calls == []
    assert not window.sharing.label.isVisible()
    assert not window.actions_by_name["syncNow"].isVisible()


def test_the_line_names_the_computers_and_the_oldest_time(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    now = datetime.now().replace(second=0, microsecond=0)
    tom = DeviceSeen("tom", "Tom's laptop", False, now - timedelta(minutes=2))
    ana = DeviceSeen("ana", "Ana's computer", False, now - timedelta(minutes=30))
    window = sharing_window(qtbot, make_window, fake_sharing, tmp_path, [tom, ana])
    from caregiver_app.views.sharing.sharing_words import moment

    assert window.sharing.label.text() == (
        f"In step with Tom's laptop, Ana's computer as of {moment(ana.in_step_as_of, now)}"
    )
    assert fake_sharing.calls == [("sync",)]


def test_a_missing_folder_is_said_and_the_app_keeps_working(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    window = sharing_window(qtbot, make_window, fake_sharing, tmp_path)
    fake_sharing.status = replace(fake_sharing.status, folder_available=False)
    with qtbot.waitSignal(window.sharing.synced):
        window.actions_by_name["syncNow"].trigger()
    assert window.sharing.label.text() == (
        "The family folder is not there (a USB stick out?); your changes are kept here and "
        "shared when it is back."
    )


def test_a_failed_sync_says_its_sentence(qtbot, store, make_window, fake_sharing, tmp_path):
    window = sharing_window(qtbot, make_window, fake_sharing, tmp_path)
    fake_sharing.refuse = fake_sharing.error_class(
        "The family passphrase has changed on another computer: type the new one in "
        "File > Share with family."
    )
    with qtbot.waitSignal(window.sharing.sync_failed):
        window.actions_by_name["syncNow"].trigger()
    assert window.sharing.label.text().startswith("The family passphrase has changed")
    fake_sharing.refuse = None
    with qtbot.waitSignal(window.sharing.synced):
        window.actions_by_name["syncNow"].trigger()
    assert window.sharing.label.text().startswith("Sharing with the family folder")


def test_changes_that_came_in_refresh_every_tab(qtbot, store, make_window, fake_sharing, tmp_path):
    window = sharing_window(qtbot, make_window, fake_sharing, tmp_path)
    fake_sharing.received = 3
    heard = []
    window.signals.doses_changed.connect(lambda: heard.append("doses"))
    window.signals.record_changed.connect(lambda: heard.append("record"))
    messages = []
    window.signals.status_reported.connect(messages.append)
    with qtbot.waitSignal(window.sharing.synced):
        window.actions_by_name["syncNow"].trigger()
    assert "doses" in heard and "record" in heard
    assert messages == ["In step: 3 changes came in."]


def test_a_change_in_the_folder_starts_a_sync(qtbot, store, make_window, fake_sharing, tmp_path):
    tom = tmp_path / "family" / "changes" / "tom"
    tom.mkdir(parents=True)
    window = sharing_window(qtbot, make_window, fake_sharing, tmp_path)
    watched = set(window.sharing.watcher.directories())
    assert str(tom) in watched
    window.sharing._echo_until = 0.0  # the start's own echo is over
    with qtbot.waitSignal(window.sharing.synced, timeout=10_000):
        (tom / "000001-abc").write_bytes(b"change")
    assert fake_sharing.calls.count(("sync",)) == 2


def _sharing_onto_a_full_disk(fake_sharing, tmp_path) -> str:
    """A record sharing with a folder whose disk is full: the sentence every sync meets."""
    folder = tmp_path / "family"
    folder.mkdir()
    fake_sharing.start_sharing(folder, "Laura's laptop", "blue kettle 42")
    full = (
        f"The disk holding the family folder {folder} is full. Nothing was half-written "
        "and your changes wait here; free some space and sync again."
    )
    fake_sharing.refuse = fake_sharing.error_class(full)
    return full


def test_a_sync_failing_at_start_keeps_sync_now_and_tries_again(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    full = _sharing_onto_a_full_disk(fake_sharing, tmp_path)
    window = make_window()
    with qtbot.waitSignal(window.sharing.sync_failed):
        window.show()  # the sync at start meets the full disk
    assert window.sharing.label.text() == full
    # The sentence says "sync again": File > Sync now is there, and the minute's sync runs.
    sync_now = window.actions_by_name["syncNow"]
    assert sync_now.isVisible()
    assert window.sharing.timer.isActive()
    window.actions_by_name["shareWithFamily"].trigger()
    dialog = window.sharing.dialog
    assert dialog.pages.currentWidget() is dialog.status_page  # not Start or Join again
    assert dialog.status_page.isVisible()
    dialog.reject()
    fake_sharing.refuse = None  # space was freed
    with qtbot.waitSignal(window.sharing.synced):
        sync_now.trigger()
    assert window.sharing.label.text() == (
        "Sharing with the family folder; no other computer has joined yet."
    )


def test_a_long_line_ends_in_an_ellipsis_at_large_text_and_is_whole_on_hover(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    full = _sharing_onto_a_full_disk(fake_sharing, tmp_path)
    window = window_at(make_window, qtbot, 200)
    window.resize(900, 600)
    label = window.sharing.label
    qtbot.waitUntil(lambda: label.text() == full)
    qtbot.waitUntil(lambda: label.geometry().right() <= window.statusBar().width())
    # Before, the sentence was cut mid-word at the window's edge, with nothing to say so.
    shown = label.shown_text()
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert shown.endswith("…") and full.startswith(shown[:-1])
    assert label.toolTip() == full  # whole on hover, and whole for a screen reader


def test_changes_that_came_while_sending_failed_are_shown_and_the_failure_said(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    window = sharing_window(qtbot, make_window, fake_sharing, tmp_path)
    fake_sharing.received = 2
    full = fake_sharing.error_class(
        "The disk holding the family folder is full. Nothing was half-written and your "
        "changes wait here; free some space and sync again."
    )
    full.report = fake_sharing._report()
    fake_sharing.refuse = full
    heard = []
    window.signals.doses_changed.connect(lambda: heard.append("doses"))
    messages = []
    window.signals.status_reported.connect(messages.append)
    with qtbot.waitSignal(window.sharing.sync_failed):
        window.actions_by_name["syncNow"].trigger()
    assert heard == ["doses"]
    assert messages == []  # not "In step": this computer's changes did not go out
    assert window.sharing.label.text().startswith("The disk holding the family folder is full.")
