"""The self-test's look at shipped files a bundle can lose: translations and the fonts.

Each function returns the problems found, one short phrase each (empty: all is well).
Nothing is installed into the application: translators are loaded and asked, not used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from caregiver_app.translations import LANGUAGES, SOURCE_LANGUAGE, qm_path

# A message every translated language has (Help > About's title), asked of each file.
KNOWN_MESSAGE = ("MainWindow", "About Care Companion")
# The languages whose dialogs also need Qt's own texts (OK, Cancel, the file dialog).
QT_LANGUAGES = tuple(language for language in LANGUAGES if language != SOURCE_LANGUAGE)


def _loaded(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)) or translator.isEmpty():
        return None
    return translator


def check_translation_files() -> list[str]:
    """Every language's .qm file loads (and translates), and Qt's own for es and zh_CN."""
    problems = []
    for language in LANGUAGES:
        translator = _loaded(qm_path(language))
        if translator is None:
            problems.append(
                QCoreApplication.translate("SelfTest", "{file} is missing or empty").format(
                    file=qm_path(language).name
                )
            )
        elif language != SOURCE_LANGUAGE:
            context, source = KNOWN_MESSAGE
            if translator.translate(context, source) in ("", source):
                problems.append(
                    QCoreApplication.translate(
                        "SelfTest", "{file} does not translate {text}"
                    ).format(file=qm_path(language).name, text=source)
                )
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in QT_LANGUAGES:
        path = folder / f"qtbase_{language}.qm"
        if _loaded(path) is None:
            problems.append(
                QCoreApplication.translate(
                    "SelfTest", "Qt's own {file} is missing from {folder}"
                ).format(file=path.name, folder=folder)
            )
    return problems


def check_font_files() -> list[str]:
    """The Chinese font file is shipped, Qt loads it, and it covers Simplified Chinese."""
    from PySide6.QtGui import QFontDatabase

    from caregiver_app.resources import resource_path
    from caregiver_app.views.app import application
    from caregiver_app.views.look import fonts

    application()  # Qt reads fonts only once there is an application
    problems = []
    for name in fonts.CJK:
        path = resource_path("fonts", name)
        if not path.is_file():
            problems.append(
                QCoreApplication.translate("SelfTest", "{file} is missing").format(file=path)
            )
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            problems.append(
                QCoreApplication.translate("SelfTest", "Qt cannot read {file}").format(
                    file=path.name
                )
            )
            continue
        chinese = QFontDatabase.WritingSystem.SimplifiedChinese
        if not any(chinese in QFontDatabase.writingSystems(family) for family in families):
            problems.append(
                QCoreApplication.translate(
                    "SelfTest", "{file} does not cover Simplified Chinese"
                ).format(file=path.name)
            )
    return problems


def check_print_font_files() -> list[str]:
    """Each font the printouts embed is shipped, ReportLab reads it, and it draws the
    characters it is shipped for (a font read only when a printout first needs it, as the
    emoji font is, would otherwise be found missing only then)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from caregiver_app.services.pdf.text import SAMPLES, font_file

    problems = []
    for name, sample in SAMPLES.items():
        path = font_file(name)
        if not path.is_file():
            problems.append(
                QCoreApplication.translate("SelfTest", "{file} is missing").format(file=path)
            )
            continue
        try:
            face = TTFont(name, str(path)).face
        except (OSError, TTFError):
            problems.append(
                QCoreApplication.translate("SelfTest", "ReportLab cannot read {file}").format(
                    file=path.name
                )
            )
            continue
        if ord(sample) not in face.charToGlyph:
            problems.append(
                QCoreApplication.translate("SelfTest", "{file} does not draw {character}").format(
                    file=path.name, character=sample
                )
            )
    return problems
