"""Start-up of the windowed app, step by step."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from caregiver_app import APP_NAME
from caregiver_app.paths import settings_path
from caregiver_app.resources import resource_path
from caregiver_app.services.record.password import is_protected, unlock
from caregiver_app.store.calendar import time_zones
from caregiver_app.store.errors import StoreError
from caregiver_app.store.opening import open_store
from caregiver_app.views.first_paint import after_first_paint
from caregiver_app.views.look.text_size import TextScale
from caregiver_app.views.look.view_options import apply_saved
from caregiver_app.views.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from caregiver_app.services.record.integrity import CheckResult

# Imported where they are used, not at start: the dialogs of a damaged record, a wrong
# password or a bug, and the icon (drawn once the window is on screen). PySide6 makes a
# Python class of each Qt class as it is first imported, with all its enums: time and
# memory the first paint does not need.

log = logging.getLogger(__name__)

# Set to 1 by the start-up benchmark (benchmarks/harness.py): quit right after the
# window's first paint. Nothing else reads it; an unset or other value changes nothing.
EXIT_AFTER_PAINT = "CAREGIVER_APP_EXIT_AFTER_PAINT"


def application(guards: bool = True) -> QApplication:
    """The one QApplication, created on first use, with the input guards (``guards``)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationDisplayName(APP_NAME)
    if guards:
        install_guards(app)
    return app


def install_guards(app: QApplication) -> None:
    """The wheel and number guards, on every value control, made before or after (once).

    They come with the application's style (``widgets/input_guards.py``), which puts
    them on each combo box, spin box and slider as it is polished; set after widgets
    were made, it polishes them again. ``run_gui`` installs them once the window has
    painted (or before a dialog that comes first): the first widget Qt made itself that
    reaches Python makes PySide6 build a class for every kind of widget (about 50), time
    the first paint does not need.
    """
    from caregiver_app.views.widgets.input_guards import install_input_guards

    install_input_guards(app)


def open_settings(data_dir: Path) -> QSettings:
    """Window settings kept beside the record, so a demo or test folder never touches yours."""
    return QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat)


def build_window(
    data_dir: Path, demo: bool = False, lazy_pages: bool = False, icon: bool = True
) -> MainWindow:
    """Make the main window on the open store (not yet shown); see MainWindow for lazy_pages.

    The input guards are the caller's (``application()`` or ``install_guards``); so is
    the window's icon when not ``icon`` (``run_gui`` sets it once the window is shown).
    """
    app = application(guards=False)
    settings = open_settings(data_dir)
    apply_saved(settings)  # language and theme, before any text is made
    text_scale = TextScale(app)
    text_scale.apply(settings.value("view/textPercent", 100, type=int))
    window = MainWindow(data_dir, settings, text_scale, demo=demo, lazy_pages=lazy_pages)
    if icon:
        window.setWindowIcon(app_icon())
    return window


def app_icon() -> QIcon:
    """Care Companion's icon (an SVG: drawing it loads Qt's SVG engine)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "care-companion.svg")))


def _set_icons(app: QApplication, window: MainWindow) -> None:
    """The icon of the app (its dialogs) and of the window."""
    icon = app_icon()
    app.setWindowIcon(icon)
    window.setWindowIcon(icon)


def _show_unexpected_error(exc_type, exc_value, exc_traceback) -> None:
    """Bugs are logged with their traceback and reported in a friendly dialog."""
    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))
    log.error("Unexpected error\n%s", details)
    print(details, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setText(
        QApplication.translate(
            "App",
            "Something went wrong inside Care Companion. What you saved before this is "
            "safe. Please close and reopen the app; if it happens again, report it with "
            "the details below.",
        )
    )
    box.setDetailedText(details)
    box.exec()


class ExitAfterFirstPaint(QObject):
    """Ends the event loop once the watched window has painted (for the start-up benchmark).

    ``exit()``, not ``quit()``: quit closes the windows, and the backup on close is not
    part of starting up.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """After the first paint, quit (the start-up benchmark's stopwatch)."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The children paint in the same pass; the timer fires once it is on screen.
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def _load_cjk_font(window: MainWindow) -> None:
    """Register the shipped CJK font, and paint again what may need it."""
    from caregiver_app.views.look.fonts import CJK, load_fonts

    load_fonts(CJK)
    window.update()


def _icon_if_damaged(
    app: QApplication, checked: Callable[[], CheckResult] | None
) -> Callable[[], CheckResult] | None:
    """``checked``, giving the app its icon first when the record is damaged (dialogs follow)."""
    if checked is None:
        return None
    early = checked

    def result() -> CheckResult:
        found = early()
        if not found.ok:
            app.setWindowIcon(app_icon())
        return found

    return result


def run_gui(
    data_dir: Path, demo: bool = False, checked: Callable[[], CheckResult] | None = None
) -> int:
    """Open the record in ``data_dir`` and run the window until it closes.

    ``checked`` waits for a quick_check the caller started early (``start_quick_check``);
    a record with a password is not checked early (its check needs the password, which
    is asked for first).
    """
    app = application(guards=False)  # installed once the window has painted
    password = None
    if is_protected(data_dir):
        from PySide6.QtWidgets import QDialog

        from caregiver_app.views.record.unlock_dialog import UnlockDialog

        install_guards(app)  # a dialog comes first
        app.setWindowIcon(app_icon())
        apply_saved(open_settings(data_dir))  # the question in the family's language
        unlock_dialog = UnlockDialog(lambda typed: unlock(data_dir, typed))
        if unlock_dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        password = unlock_dialog.password
    # quick_check first: a damaged record is moved aside, never opened for writing.
    found = checked() if checked is not None else None
    if found is None or not found.ok:
        from caregiver_app.views.record.recovery_dialog import ensure_record_is_sound

        done = (lambda: found) if found is not None else None
        if not ensure_record_is_sound(
            data_dir, checked=_icon_if_damaged(app, done), password=password
        ):
            return 3
    try:
        # A record made now is on this computer's clock (its home time zone).
        database = open_store(data_dir, password, time_zones.local_zone_name)
    except StoreError as error:
        from PySide6.QtWidgets import QMessageBox

        app.setWindowIcon(app_icon())
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    sys.excepthook = _show_unexpected_error
    try:
        window = build_window(data_dir, demo=demo, lazy_pages=True, icon=False)
        if os.environ.get(EXIT_AFTER_PAINT) == "1":
            exit_after_paint = ExitAfterFirstPaint(window)
            window.installEventFilter(exit_after_paint)
        window.show()
        # Once the window is on screen: its icon; names and notes in Chinese, Japanese
        # or Korean show even on a computer without such a font; the input guards;
        # then, on the very first start, the profile questions.
        after_first_paint(
            window,
            lambda: _set_icons(app, window),
            lambda: _load_cjk_font(window),
            lambda: install_guards(app),
            window.start_first_run_if_needed,
        )
        return app.exec()
    finally:
        from caregiver_app.services.record.open_record import close_replaced

        sys.excepthook = sys.__excepthook__
        database.close()
        close_replaced(database)  # a restore over a damaged record opened a new file
