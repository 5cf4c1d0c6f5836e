"""Shared fixtures: a fresh data folder and settings for every test, Qt offscreen."""

from __future__ import annotations

import contextlib
import os

# Must be set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QStandardPaths

from caregiver_app.paths import set_application_identity
from caregiver_app.store.home_clock import forget_home_zone
from caregiver_app.store.opening import open_store
from tests.helpers.locales import LOCALES


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder; no path reaches the real user's files."""
    folder = tmp_path / "care-data"
    monkeypatch.setenv("CAREGIVER_APP_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    QStandardPaths.setTestModeEnabled(True)
    set_application_identity()
    return folder


@pytest.fixture(autouse=True)
def _home_zone_forgotten() -> Iterator[None]:
    """A home time zone a test's record set is not kept for the next test's code."""
    yield
    forget_home_zone()


@pytest.fixture(autouse=True)
def _input_guards(request):
    """The wheel and number guards, as ``views.app.application()`` installs them."""
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        from caregiver_app.views.widgets.input_guards import install_input_guards

        install_input_guards(request.getfixturevalue("qapp"))


@pytest.fixture(params=sorted(LOCALES))
def typing_locale(request):
    """Each typing test runs in English (US), Spanish (Spain) and Chinese (China)."""
    previous = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield request.param
    QLocale.setDefault(previous)


@pytest.fixture
def store(data_dir):
    """The opened, migrated care record in the test's data folder."""
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def demo_store(store):
    """The store filled with the demo record."""
    from caregiver_app.services.record.demo import create_demo_record

    create_demo_record()
    return store


@pytest.fixture
def make_window(qtbot, data_dir):
    """Build main windows on the test's data folder (the store must be open)."""
    from PySide6.QtWidgets import QApplication

    from caregiver_app.views.app import build_window

    base_font = QApplication.font()

    made = []

    def make(demo: bool = False):
        window = build_window(data_dir, demo=demo)
        window.open_url = lambda url: opened_urls.append(url)
        qtbot.addWidget(window)
        made.append(window)
        return window

    opened_urls: list = []
    make.opened_urls = opened_urls
    yield make
    # A closed window is still a widget: left alive, it would answer a later test's
    # language change by reading a record that test has closed.
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.setFont(base_font)  # text size must not leak into the next test
    for class_name in ("QMenuBar", "QMenu", "QToolTip", "QStatusBar"):
        QApplication.setFont(base_font, class_name)
    from caregiver_app.views.look.view_options import app_language, app_themes

    app_language().apply("system")  # nor language or theme
    app_themes().apply("system")


@contextlib.contextmanager
def installed_translation(language: str):
    """The app's translation into ``language`` installed while the block runs."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from caregiver_app.translations import qm_path

    translator = QTranslator()
    assert translator.load(str(qm_path(language)))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def spanish(qapp):
    """The app's Spanish translation installed for the test, removed after it."""
    with installed_translation("es"):
        yield


@pytest.fixture(params=["en", "es", "zh_CN"])
def each_language(request, qapp):
    """The test once in each of the app's languages, that translation installed; the
    language's code."""
    with installed_translation(request.param):
        yield request.param
