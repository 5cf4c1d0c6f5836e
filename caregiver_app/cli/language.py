"""The command line's language: English, with the plural forms of its counts.

Qt gives a ``%n`` message its singular or plural only through an installed translator,
and a translator needs a ``QCoreApplication``. A headless command has none (it never
starts the window), so :func:`command_language` makes one for the command's duration
and installs ``caregiver_app_en.qm``: "imported 1 entry", "imported 2 entries".
"""

from __future__ import annotations

import locale
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from caregiver_app import APP_ID
from caregiver_app.translations import SOURCE_LANGUAGE, qm_path


class _QuietLanguageChange(QObject):
    """Keeps the language-change event of one translator swap from the application.

    When the command runs inside a process that already has windows (the tests run it
    so), they must not rebuild their text for a translator that is gone again when the
    command ends.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return event.type() == QEvent.Type.LanguageChange and watched is QCoreApplication.instance()


@contextmanager
def command_language(language: str = SOURCE_LANGUAGE) -> Iterator[None]:
    """Within the block, text is in ``language`` (English: only the counts change, to read
    right); the translator and any application made for it are gone after."""
    app = QCoreApplication.instance()
    made = app is None
    if made:
        # Qt's start-up applies the system's C locale (dates, decimals); the command keeps
        # the one Python started with, so its output does not change with it.
        before = locale.setlocale(locale.LC_ALL)
        app = QCoreApplication([APP_ID])
        locale.setlocale(locale.LC_ALL, before)
    quiet = _QuietLanguageChange(app)
    app.installEventFilter(quiet)
    translator = QTranslator(app)
    try:
        installed = translator.load(str(qm_path(language))) and app.installTranslator(translator)
    finally:
        app.removeEventFilter(quiet)
    try:
        yield
    finally:
        app.installEventFilter(quiet)
        if installed:
            app.removeTranslator(translator)
        app.removeEventFilter(quiet)
        quiet.deleteLater()
        translator.deleteLater()
        if made:
            app.shutdown()
