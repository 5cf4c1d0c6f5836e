"""Every menu item has its own underlined key, in each language the window speaks.

Two items of one menu with the same key make that key only move between them, so a
person who opens the File menu with Alt+F and presses the letter they see gets nothing.
"""

import pytest

from tests.helpers.mnemonics import clashes as _clashes
from tests.helpers.mnemonics import mnemonic_key as _key

LANGUAGES = ("en", "es", "zh_CN")
# Chosen from lists of names (a language, a theme): found by reading, not by a key.
WITHOUT_KEYS = ("Language", "Idioma", "语言", "Theme", "Tema", "主题")


def _menus(menu, path):
    """(path, the menu's item texts) for a menu and each menu inside it."""
    actions = [action for action in menu.actions() if not action.isSeparator()]
    yield path, [action.text() for action in actions]
    for action in actions:
        if action.menu() is not None:
            yield from _menus(action.menu(), f"{path} > {action.text()}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_items_of_a_menu_share_a_key(store, make_window, qtbot, language):
    window = make_window()
    window.view_options.language_actions[language].trigger()
    bar = window.menuBar()
    problems = []
    for title_action in bar.actions():
        for path, texts in _menus(title_action.menu(), title_action.text()):
            problems += [f"{path}: {clash}" for clash in _clashes(texts)]
            last = path.split(" > ")[-1].replace("&", "")
            if not any(name in last for name in WITHOUT_KEYS):
                problems += [f"{path}: no key in {text!r}" for text in texts if not _key(text)]
    # The menu titles and the tabs are both reached with Alt and their key.
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    titles = [action.text() for action in bar.actions()]
    problems += [f"menu bar and tabs: {clash}" for clash in _clashes(titles + tabs)]
    assert problems == []
