"""The note about a row changed on two computers: what was kept, the other version, OK."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caregiver_app.views.sharing.sharing_words import moment
from tests.helpers.dialogs import focusable_widgets_are_named
from tests.views.sharing.sharing_fakes import ConflictNote


def _note(conflict_id: int, what: str) -> ConflictNote:
    return ConflictNote(
        conflict_id,
        what,
        "Laura's laptop",
        datetime(2026, 3, 12, 10, 5),
        "Tom's laptop",
        datetime(2026, 3, 12, 9, 58),
        {
            "title": "Oncology review",
            "location": "Clinic B, 2nd floor",
            "notes": "",
            "created_at": "2026-03-01T09:00:00",
        },
    )


def test_the_note_shows_the_other_version_and_ok_marks_it_seen(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    fake_sharing.conflicts = [
        _note(7, "the appointment on 12 March"),
        _note(8, "the diary entry of 12 March"),
    ]
    family = tmp_path / "family"
    family.mkdir()
    fake_sharing.start_sharing(family, "Tom's laptop", "blue kettle 42")
    window = make_window()
    window.resize(1100, 750)
    window.show()
    qtbot.waitExposed(window)
    banner = window.sharing.banner
    qtbot.waitUntil(banner.isVisible)
    now = datetime.now()
    assert banner.banner.text() == (
        "Changed on two computers: kept the "
        f"{moment(datetime(2026, 3, 12, 10, 5), now)} version of the appointment on 12 March "
        "from Laura's laptop."
    )
    focusable_widgets_are_named(banner)
    banner.other_button.setFocus()
    qtbot.keyClick(banner.other_button, Qt.Key.Key_Space)  # from the keyboard
    dialog = banner.dialog
    assert dialog.isVisible()
    focusable_widgets_are_named(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Clinic B, 2nd floor" in texts
    assert "Oncology review" in texts
    assert {"Title", "Place", "Notes"} <= set(texts)  # under the forms' names
    assert "2026-03-01T09:00:00" not in texts  # bookkeeping the family never typed
    assert any(
        text.startswith("The version of the appointment on 12 March from Tom's laptop")
        for text in texts
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert fake_sharing.seen == []  # reading the other version is not "seen"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The window lays the note out (a moment after the page under it moved down).
    qtbot.waitUntil(lambda: window.banner_stack.height() > 0 and banner.ok_button.height() > 0)
    qtbot.mouseClick(banner.ok_button, Qt.MouseButton.LeftButton)
    assert fake_sharing.seen == [7]
    assert "the diary entry of 12 March" in banner.banner.text()
    banner.ok_button.setFocus()
    qtbot.keyClick(banner.ok_button, Qt.Key.Key_Space)
    assert fake_sharing.seen == [7, 8]
    assert not banner.isVisible()


def test_the_other_profile_in_spanish_at_large_text_is_whole_and_in_the_forms_order(
    qtbot, store, make_window, fake_sharing, tmp_path
):
    from PySide6.QtCore import QLocale

    from tests.helpers.clipping import problems
    from tests.helpers.large_text import window_at

    profile = {
        "advance_directive_location": "",
        "allergies": "",
        "caregiver_name": "Tom Delgado",
        "date_of_birth": "",
        "patient_name": "Rosa",
        "preferred_pharmacy": "",
    }
    fake_sharing.conflicts = [
        ConflictNote(
            9,
            "el perfil",
            "Laura's laptop",
            datetime(2026, 3, 12, 10, 5),
            "Tom's laptop",
            datetime(2026, 3, 12, 9, 58),
            profile,
        )
    ]
    family = tmp_path / "family"
    family.mkdir()
    fake_sharing.start_sharing(family, "Tom's laptop", "blue kettle 42")
    window = window_at(make_window, qtbot, 200)
    window.view_options.language_actions["es"].trigger()  # View > Language > Español
    banner = window.sharing.banner
    qtbot.waitUntil(banner.isVisible)
    # Before: "se conservó la versión de las 10:05 de el perfil"; Spanish says "del".
    assert " de el " not in banner.banner.text()
    qtbot.waitUntil(lambda: not banner.other_button.rect().isEmpty())
    qtbot.mouseClick(banner.other_button, Qt.MouseButton.LeftButton)
    dialog = banner.dialog
    qtbot.waitExposed(dialog)
    assert dialog.locale().language() == QLocale.Language.Spanish
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert not any(" de el " in text for text in texts), texts
    # Before, the values ran off the dialog's right edge ("To" for Tom Delgado).
    assert problems(dialog) == []
    names = [text for text in texts if text in ("Nombre de quien cuida", "Alergias")]
    patient = "Nombre de la persona que recibe los cuidados"
    assert texts.index(patient) < texts.index(names[0])  # the person cared for comes first
    dialog.close()
