"""Putting the keyboard into a page: its first control in Tab order, or the one it names.

A tab or section chosen by a key leaves the focus where it was (on a button above the
tabs, say), so the next Space or Enter acts there and not in the page just chosen. These
move it into the page, as Tab from the tab bar would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# A chain of more widgets than a window ever holds is a broken one: stop there.
_CHAIN_LIMIT = 5000


def first_control(root: QWidget) -> QWidget | None:
    """The first shown, enabled control inside ``root`` that Tab stops at, in Tab order."""
    widget = root.nextInFocusChain()
    for _ in range(_CHAIN_LIMIT):
        if widget is None or widget is root:
            return None
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_into(page: QWidget) -> QWidget | None:
    """Put the keyboard on the control ``page`` starts at: the one its ``keyboard_start()``
    names, else its first control. Returns that control (None: the page has none)."""
    start = getattr(page, "keyboard_start", None)
    target = start() if callable(start) else None
    if target is None:
        target = first_control(page)
    if target is not None:
        # Shortcut, as Tab would: a line edit's text is selected, ready to be typed over.
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target
