"""Python's cycle collector held off while the process's own command loads its modules.

A command's start is mostly imports: PySide6's core, peewee, ReportLab, the app's own
modules. Each time 700 more objects are made, the collector walks the young ones, and at
start-up nearly all of them live on (modules, classes, functions, Qt's enums): on the
weekly medicine chart of the benchmark record, 90 collections took 15 to 20 ms of a
380 ms process and freed a few hundred objects.

So ``caregiver-app`` (``main()`` on the process's own command line) holds the collector
off from its first import until the command's own work starts, then turns it back on with
what was loaded moved out of its walks (``gc.freeze``: start-up objects are never garbage
later either). A PDF command holds it again while it loads ReportLab and its layout
(:func:`loading`). A caller passing its own arguments to ``main`` (the tests) never has
its collector touched.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Whether hold() turned the collector off, and whether this process's start was held
# at all (only then does loading() hold it again).
_state = {"held": False, "command_line": False}


def hold() -> None:
    """Turn the collector off for this process's start (left as it is when already off)."""
    if gc.isenabled():
        gc.disable()
        _state["held"] = True
        _state["command_line"] = True


def release() -> None:
    """Turn the collector back on if :func:`hold` turned it off; safe to repeat."""
    if _state["held"]:
        _state["held"] = False
        gc.freeze()
        gc.enable()


@contextmanager
def loading() -> Iterator[None]:
    """Hold the collector while a command loads more modules, if its start was held."""
    if _state["command_line"]:
        hold()
    try:
        yield
    finally:
        release()
