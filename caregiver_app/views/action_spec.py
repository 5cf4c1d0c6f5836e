"""One menu command as data: what it says, what it does, and its keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    """One menu command: what it says, what it does, and its keys."""

    name: str
    text: str
    description: str
    triggered: Callable[[], object]
    shortcuts: tuple[QKeySequence | str, ...] = ()
