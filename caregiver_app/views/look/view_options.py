"""View > Language and View > Theme: chosen once, remembered, applied without restarting."""

from __future__ import annotations

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
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(language_menu)
        chosen = str(self.settings.value(LANGUAGE_KEY, SYSTEM))
        choices = [(SYSTEM, self.tr("Same as the computer")), *LANGUAGES]
        self.language_actions = {}
        for code, name in choices:
            action = QAction(name, language_menu, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        theme_menu = menu.addMenu(self.tr("T&heme"))
        group = QActionGroup(theme_menu)
        current = app_themes().current
        self.theme_actions = {}
        for key, name in (
            ("system", self.tr("Same as the computer (light or dark)")),
            (HIGH_CONTRAST, self.tr("High contrast")),
        ):
            action = QAction(name, theme_menu, checkable=True)
            action.setObjectName(f"theme_{key}")
            action.setChecked(key == current)
            action.triggered.connect(lambda _checked=False, key=key: self.choose_theme(key))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[key] = action

    def choose_language(self, code: str) -> None:
        """Switch language now; every window rebuilds its text (LanguageChange)."""
        self.settings.setValue(LANGUAGE_KEY, code)
        app_language().apply(code)

    def choose_theme(self, key: str) -> None:
        """Switch theme now."""
        self.settings.setValue(THEME_KEY, key)
        app_themes().apply(key)
