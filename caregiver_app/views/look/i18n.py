"""The interface language: the system's by default, or the one chosen in View > Language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caregiver_app.translations import qm_path

# (setting value, name shown in its own language)
LANGUAGES = (
    ("en", "English"),
    ("es", "Español"),
    ("zh_CN", "中文（简体）"),
)
SYSTEM = "system"


def resolve(choice: str) -> str:
    """The language to use for a saved choice: a shipped one, else English."""
    if choice == SYSTEM or not choice:
        name = QLocale.system().name()
        if name.startswith("zh"):
            return "zh_CN"
        choice = name.split("_")[0]
    shipped = {code for code, _name in LANGUAGES}
    return choice if choice in shipped else "en"


class LanguageSwitcher:
    """Installs the app's and Qt's own translators, replacing the previous ones."""

    def __init__(self) -> None:
        self.language = "en"
        self._translators: list[QTranslator] = []
        self._in_force: tuple[str, str] | None = None  # (language, locale name) installed

    def apply(self, choice: str) -> str:
        """Switch to ``choice`` (a code or "system"); return the language in force.

        Installing a translator sends every widget a LanguageChange event, so the
        same language and locale again change nothing.
        """
        language = resolve(choice)
        locale = QLocale(language) if choice != SYSTEM else QLocale.system()
        if choice != SYSTEM and language == "en":
            locale = QLocale(QLocale.Language.English, QLocale.system().territory())
        QLocale.setDefault(locale)
        if self._in_force == (language, locale.name()):
            return language
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if language == "zh_CN":
            from caregiver_app.views.look.fonts import CJK, load_fonts

            load_fonts(CJK)  # so Chinese shows even where the computer has no CJK font
        # English too: its file gives the singular and plural of every count ("1 entry").
        files: list[tuple[str, str | None]] = [(str(qm_path(language)), None)]
        if language != "en":
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files.append((f"qtbase_{language}", folder))
        for translator_file, folder in files:
            translator = QTranslator(app)
            loaded = (
                translator.load(translator_file, folder)
                if folder
                else translator.load(translator_file)
            )
            if loaded:
                app.installTranslator(translator)
                self._translators.append(translator)
        self.language = language
        self._in_force = (language, locale.name())
        return language
