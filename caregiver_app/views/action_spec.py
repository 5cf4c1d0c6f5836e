"""One menu command as data: what it says, what it does, and its keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QKeySequence


class ActionSpec(NamedTuple):
    """One menu command: what it says, what it does, and its keys."""

    name: str
    text: str
    description: str
    triggered: Callable[[], object]
    shortcuts: tuple[QKeySequence | str, ...] = ()
