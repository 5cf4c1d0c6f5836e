"""View > Language and View > Theme: chosen once, remembered, applied without restarting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from caregiver_app.views.look.i18n import LANGUAGES, SYSTEM, LanguageSwitcher
from caregiver_app.views.look.theme import HIGH_CONTRAST, Themes

LANGUAGE_KEY = "view/language"
THEME_KEY = "view/theme"


def app_language() -> LanguageSwitcher:
    """The one language switcher of the running app."""
    app = QApplication.instance()
    if not hasattr(app, "care_language"):
        app.care_language = LanguageSwitcher()
    return app.care_language


def app_themes() -> Themes:
    """The one theme keeper of the running app (it remembers the system's own look)."""
    app = QApplication.instance()
    if not hasattr(app, "care_themes"):
        app.care_themes = Themes(app)
    return app.care_themes


def apply_saved(settings: QSettings) -> None:
    """At start: the language and theme the user chose last time."""
    app_language().apply(str(settings.value(LANGUAGE_KEY, SYSTEM)))
    app_themes().apply(str(settings.value(THEME_KEY, "system")))


class ViewOptions(QObject):
    """Adds the Language and Theme menus to View and carries out the choices."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language_actions: dict[str, QAction] = {}
        self.theme_actions: dict[str, QAction] = {}

    def add_to(self, menu: QMenu) -> None:
        """Append the two sub-menus to ``menu``."""
        menu.addSeparator()
        chosen = str(self.settings.value(LANGUAGE_KEY, SYSTEM))
        self.language_actions = self._choice_menu(
            menu.addMenu(self.tr("Lang&uage")),
            "language",
            [(SYSTEM, self.tr("Same as the computer")), *LANGUAGES],
            chosen,
            self.choose_language,
        )
        self.theme_actions = self._choice_menu(
            menu.addMenu(self.tr("T&heme")),
            "theme",
            [
                ("system", self.tr("Same as the computer (light or dark)")),
                (HIGH_CONTRAST, self.tr("High contrast")),
            ],
            app_themes().current,
            self.choose_theme,
        )

    @staticmethod
    def _choice_menu(
        menu: QMenu,
        prefix: str,
        choices: list[tuple[str, str]],
        current: str,
        choose: Callable[[str], None],
    ) -> dict[str, QAction]:
        """Fill ``menu`` with one checkable action a choice, ``current`` checked; by key."""
        group = QActionGroup(menu)
        actions = {}
        for key, name in choices:
            action = QAction(name, menu, checkable=True)
            action.setObjectName(f"{prefix}_{key}")
            action.setChecked(key == current)
            action.triggered.connect(lambda _checked=False, key=key: choose(key))
            group.addAction(action)
            menu.addAction(action)
            actions[key] = action
        return actions

    def choose_language(self, code: str) -> None:
        """Switch language now; every window rebuilds its text (LanguageChange)."""
        self.settings.setValue(LANGUAGE_KEY, code)
        app_language().apply(code)

    def choose_theme(self, key: str) -> None:
        """Switch theme now."""
        self.settings.setValue(THEME_KEY, key)
        app_themes().apply(key)
