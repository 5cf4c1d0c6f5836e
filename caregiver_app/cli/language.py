"""The command line's language: the system's, like the window's, with plural forms of counts.

Qt translates only through an installed translator, and a translator needs a
``QCoreApplication``. A headless command has none (it never starts the window), so
:class:`CommandLanguage` makes one while the command line is read and the command runs,
and installs ``caregiver_app_<language>.qm``: "se importó 1 entrada", "导入了 2 条记录".
English has a file too: it gives the singular and plural of every count ("1 entry").
"""

from __future__ import annotations

import locale
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from caregiver_app import APP_ID
from caregiver_app.translations import LANGUAGES, SOURCE_LANGUAGE, qm_path

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


def system_language() -> str:
    """The shipped language closest to the system's (LC_ALL, else LANG on Linux).

    The same choice the window makes for "Same as the computer": Chinese of any region
    is Simplified Chinese, a language not shipped is English.
    """
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    language = name.split("_")[0].split(".")[0]
    return language if language in LANGUAGES else SOURCE_LANGUAGE


class _QuietLanguageChange(QObject):
    """Keeps the language-change event of one translator swap from the application.

    When the command runs inside a process that already has windows (the tests run it
    so), they must not rebuild their text for a translator that is gone again when the
    command ends.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Swallow the application's LanguageChange; let everything else through."""
        # Here, not at the top: a command line that makes its own application never
        # filters, and never pays for QEvent's 179 event types made into a Python enum.
        from PySide6.QtCore import QEvent

        return event.type() == QEvent.Type.LanguageChange and watched is QCoreApplication.instance()


class CommandLanguage:
    """A translator for the command line, installed by :meth:`start`, gone after :meth:`stop`.

    ``stop`` may be called early (before the window starts: the window makes its own
    application and language) and again at the end; the second call does nothing.
    """

    def __init__(self, language: str | None = None) -> None:
        self.language = language or system_language()
        self._app: QCoreApplication | None = None
        self._made = False
        self._translator: QTranslator | None = None

    def start(self) -> None:
        """Install the translator (making an application for it when there is none)."""
        app = QCoreApplication.instance()
        self._made = app is None
        if app is None:
            # Qt's start-up applies the system's C locale (dates, decimals); the command
            # keeps the one Python started with, so its output does not change with it.
            before = locale.setlocale(locale.LC_ALL)
            app = QCoreApplication([APP_ID])
            locale.setlocale(locale.LC_ALL, before)
        self._app = app
        translator = QTranslator(app)
        with _quiet(app, self._made):
            if translator.load(str(qm_path(self.language))) and app.installTranslator(translator):
                self._translator = translator

    def stop(self) -> None:
        """Remove the translator, and the application if it was made for it."""
        app = self._app
        if app is None:
            return
        self._app = None
        if self._translator is not None:
            with _quiet(app, self._made):
                app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        if self._made:
            app.shutdown()


@contextmanager
def _quiet(app: QCoreApplication, made: bool) -> Iterator[None]:
    """Within the block, the application's LanguageChange event is kept from its windows.

    An application the command ``made`` itself has no windows to keep it from: no filter
    (and no Python wrapper for every event it would have seen).
    """
    if made:
        yield
        return
    quiet = _QuietLanguageChange(app)
    app.installEventFilter(quiet)
    try:
        yield
    finally:
        app.removeEventFilter(quiet)
        quiet.deleteLater()


@contextmanager
def command_language(language: str | None = None) -> Iterator[None]:
    """Within the block, text is in ``language`` (the system's when None)."""
    chosen = CommandLanguage(language)
    chosen.start()
    try:
        yield
    finally:
        chosen.stop()
