"""Every user-visible string is marked for translation, and every translation is finished."""

import ast
import xml.etree.ElementTree as ET

import pytest

from caregiver_app.translations import LANGUAGES, SOURCE_LANGUAGE, ts_path
from tests.helpers.paths import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "caregiver_app"

# Qt calls whose text argument is shown to the user.
SHOWN = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addItem",
    "addTab",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "showMessage",
    "setSpecialValueText",
    "setSuffix",
    "addButton",
    "information",
    "warning",
    "critical",
    "question",
}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QAction", "QGroupBox", "QRadioButton"}


def _plain_words(node: ast.AST) -> bool:
    """A literal string with letters in it (not a separator, an object name or a file name)."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(char.isalpha() for char in node.value)
        and " " in node.value.strip()
    )


def untranslated_literals() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts:
            continue  # generated from ui/ with QCoreApplication.translate
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):
                continue  # log lines are for developers, not shown
            if name in SHOWN or name in WIDGETS:
                for argument in node.args:
                    if _plain_words(argument):
                        found.append(
                            f"{path.relative_to(PACKAGE)}:{node.lineno} {argument.value!r}"
                        )
    return found


def test_no_user_visible_literal_escapes_translation():
    assert untranslated_literals() == []


# How many plural forms Qt gives each language: English and Spanish "one" and "other",
# Chinese a single form.
PLURAL_FORMS = {"en": 2, "es": 2, "zh_CN": 1}


def _finished(message: ET.Element, language: str) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [form.text for form in translation.findall("numerusform")]
        return len(forms) == PLURAL_FORMS[language] and all(forms)
    return bool(translation.text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_is_complete(language):
    root = ET.parse(ts_path(language)).getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if not _finished(message, language)
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"
    assert ts_path(language).with_suffix(".qm").is_file()


def test_the_english_file_holds_only_plural_forms():
    """English is the source text; its file gives the singular of each count ("1 entry")."""
    root = ET.parse(ts_path(SOURCE_LANGUAGE)).getroot()
    messages = list(root.iter("message"))
    assert messages
    assert all(message.get("numerus") == "yes" for message in messages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_is_filed_as_a_plural(language):
    """A %n message lupdate filed as plain would print "1 entries": tr(text, None, n) only."""
    root = ET.parse(ts_path(language)).getroot()
    plain = [
        message.findtext("source")
        for message in root.iter("message")
        if ("%n" in message.findtext("source") or "%Ln" in message.findtext("source"))
        and message.get("numerus") != "yes"
    ]
    assert plain == []


def test_counts_are_not_passed_to_translate():
    """lupdate reads the count of QCoreApplication.translate(ctx, text, None, n) as an
    encoding and files the message without plural forms; counts go through a class's tr."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and (len(node.args) > 3 or any(k.arg == "n" for k in node.keywords))
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_is_in_step_with_the_code(language, tmp_path):
    """Running lupdate finds no string that the .ts file lacks."""
    import subprocess

    from caregiver_app.translations import _tool, sources

    fresh = tmp_path / f"fresh_{language}.ts"
    command = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    command += [str(path) for path in sources()]
    command += ["-target-language", language, "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)

    def keys(path):
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in root.iter("context")
            for message in context.iter("message")
        }

    missing = keys(fresh) - keys(ts_path(language))
    assert not missing, f"run python -m caregiver_app.translations: {sorted(missing)[:5]}"


def test_no_translation_wrappers_hide_strings_from_lupdate():
    """lupdate reads QCoreApplication.translate("Context", "text") and self.tr("text");
    a helper like _tr(text) hides every string passed to it."""
    wrappers = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
        and node.name in ("_tr", "tr", "_translate")
        and "QCoreApplication.translate" in ast.unparse(node)
        and "text" in [argument.arg for argument in node.args.args]
    ]
    assert wrappers == []
