"""What a sync brings to say: the conflict note, and each visit deleted on a phone asked once."""

from __future__ import annotations

from datetime import datetime

from caregiver_app.services.phones import sync
from tests.project.test_accessibility import unnamed_focusable
from tests.views.phones.fakes import FakeSync, report, set_up_phones
from tests.views.phones.helpers import click

CONFLICT = "“Oncology review” was changed on a phone and here: the phone's 10:05 version was kept."
REVIEW = sync.PhoneDeletion(
    appointment_id=7, title="Oncology review", starts=datetime(2027, 3, 12, 10)
)
SCAN = sync.PhoneDeletion(appointment_id=9, title="CT scan", starts=datetime(2027, 3, 14, 8, 30))


def _window(qtbot, make_window, monkeypatch, *reports):
    set_up_phones()
    fake = FakeSync(monkeypatch, *reports)
    answers: list[tuple[int, bool]] = []
    monkeypatch.setattr(sync, "resolve_deletion", lambda i, delete: answers.append((i, delete)))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: fake.runs >= 1 and window.phones.job is None, timeout=10_000)
    return window, fake, answers


def test_the_conflict_note_says_what_was_kept(store, make_window, qtbot, monkeypatch):
    window, _fake, _answers = _window(qtbot, make_window, monkeypatch, report(conflicts=[CONFLICT]))
    notes = window.phones.notes
    assert notes.conflict_banner.isVisible()
    assert notes.conflict_banner.text() == CONFLICT
    assert notes.widget.parentWidget() is window.banner_stack.widget()  # with the reminders
    click(qtbot, notes.seen_button)
    assert not notes.conflict_banner.isVisible()
    assert not notes.widget.isVisible()


def test_deleted_on_a_phone_is_asked_once_each(store, make_window, qtbot, monkeypatch):
    window, fake, answers = _window(
        qtbot, make_window, monkeypatch, report(deleted=[REVIEW, SCAN]), report(deleted=[SCAN])
    )
    notes = window.phones.notes
    assert notes.deletion_banner.isVisible()
    assert unnamed_focusable(window) == []
    assert notes.deletion_banner.text() == (
        "“Oncology review” on March 12, 2027 was deleted on a phone. Delete it here too?"
    )
    with qtbot.waitSignal(window.signals.appointments_changed):
        click(qtbot, notes.delete_button)
    assert answers == [(7, True)]
    assert notes.deletion_banner.text().startswith("“CT scan” on March 14, 2027")
    # The next sync reports the scan again: it is still being asked, not asked twice.
    window.phones.sync_now()
    qtbot.waitUntil(lambda: fake.runs == 2 and window.phones.job is None, timeout=10_000)
    assert [d.appointment_id for d in notes.waiting] == [9]
    click(qtbot, notes.keep_button)
    assert answers == [(7, True), (9, False)]
    assert not notes.deletion_banner.isVisible()
    assert not notes.widget.isVisible()


def test_a_visit_with_no_title_is_asked_about_as_untitled(store, make_window, qtbot, monkeypatch):
    untitled = sync.PhoneDeletion(appointment_id=8, title="", starts=datetime(2027, 3, 13, 9))
    window, _fake, _answers = _window(qtbot, make_window, monkeypatch, report(deleted=[untitled]))
    assert window.phones.notes.deletion_banner.text() == (
        "“(no title)” on March 13, 2027 was deleted on a phone. Delete it here too?"
    )
