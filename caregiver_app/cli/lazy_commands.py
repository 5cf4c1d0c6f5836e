"""Sub-commands whose modules are imported only when they are used.

A command's module (its parser and its handler) is imported when that command is read
on the command line, or when the full help lists every command; the window's start and
every other command import none of them. Each module keeps adding its own parsers (with
``commands.add_parser``, as argparse has it), so its help and its handler stay together.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Mapping


class LazyCommands(argparse._SubParsersAction):
    """argparse's sub-commands, each added by its module's function when first needed.

    ``declare`` takes a table of command name -> ``"module:function"``; the function is
    called with this action and adds the parsers of every command it names (``backup``
    adds ``backup``, ``restore`` and ``check``). ``prepare`` is then called on each parser
    it added.
    """

    def declare(
        self,
        table: Mapping[str, str],
        prepare: Callable[[argparse.ArgumentParser], None],
    ) -> None:
        """Make the commands of ``table`` known by name, their modules not yet imported."""
        self._pending = dict(table)
        self._order = list(table)
        self._prepare = prepare
        for name in table:
            # A name known before its parser exists: argparse checks a command's name
            # against these keys, and the parser takes its place when loaded.
            self._name_parser_map[name] = None  # type: ignore[assignment]

    def _load(self, name: str) -> None:
        """Import the module that adds ``name`` and let it add its parsers."""
        target = self._pending.get(name)
        if target is None:
            return
        names = [other for other, where in self._pending.items() if where == target]
        for other in names:
            del self._pending[other]
            del self._name_parser_map[other]  # add_parser refuses a name already there
        module_name, function_name = target.split(":")
        before = set(self._name_parser_map)
        getattr(importlib.import_module(module_name), function_name)(self)
        for added in self._name_parser_map.keys() - before:
            self._prepare(self._name_parser_map[added])

    def load_all(self) -> None:
        """Import every command's module, in the table's order (for the full help)."""
        for name in list(self._pending):
            self._load(name)
        # The help lists commands in the table's order, whatever order they were loaded in.
        order = {name: index for index, name in enumerate(self._order)}
        self._choices_actions.sort(key=lambda action: order.get(action.dest, len(order)))

    def _get_subactions(self) -> list[argparse.Action]:
        """Every command with its help: what ``--help`` lists."""
        self.load_all()
        return super()._get_subactions()

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[no-untyped-def]
        """Load the command named first in ``values``, then parse the rest with it."""
        self._load(values[0])
        super().__call__(parser, namespace, values, option_string)
