"""A new record's forms at 200% text in each language: every hint in an empty box is shown
whole (a hint cut short, "Por ejemplo, Rosa Del…", cannot be read), and the profile's two
groups line up. The screen is the test platform's own (800 pixels wide), as small as a
laptop's at 200%: on a larger one there is only more room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFormLayout, QScrollArea

from caregiver_app.views.look.view_options import LANGUAGE_KEY
from tests.helpers.clipping import problems


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture(params=["en", "es", "zh_CN"])
def window(request, store, make_window, data_dir):
    settings = QSettings(str(data_dir / "window-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, request.param)
    settings.sync()
    window = make_window()
    window.show()
    window.view_options.theme_actions["high-contrast"].trigger()
    window.change_text_size(lambda: window.text_scale.apply(200))
    _settle()
    return window


def _nothing_cut_or_sideways(dialog) -> None:
    assert problems(dialog) == []
    scroll = dialog.findChild(QScrollArea)  # read top to bottom, never sideways
    assert scroll.widget().width() <= scroll.viewport().width()


def test_the_first_start_profile_shows_every_hint_whole(window, tmp_path):
    dialog = window.edit_profile(first_run=True)
    _settle()
    dialog.grab().save(str(tmp_path / "profile.png"))
    _nothing_cut_or_sideways(dialog)


def test_an_empty_contact_form_shows_every_hint_whole(window, tmp_path):
    dialog = window.care_team_tab.add_contact()
    _settle()
    dialog.grab().save(str(tmp_path / "contact.png"))
    _nothing_cut_or_sideways(dialog)


def test_the_profile_groups_fields_line_up(store, make_window):
    window = make_window()
    window.show()
    dialog = window.edit_profile()
    _settle()
    ui = dialog.ui
    if ui.patientLayout.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows:
        return  # labels above their fields: nothing to line up
    lefts = {
        edit.mapTo(dialog, edit.rect().topLeft()).x()
        for edit in (ui.patientNameEdit, ui.pharmacyEdit, ui.caregiverNameEdit)
    }
    assert len(lefts) == 1, lefts
