"""The package's modules and every import they make, read with ast (nothing is imported).

Every ``import`` statement counts, wherever it is: at the top of a module, inside a function
or a method, under ``try``, or in an ``if TYPE_CHECKING:`` block (those are marked, so that
a rule can leave them out). Imports written as strings (``importlib.import_module``) are not
seen; the package has none.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.helpers.paths import PROJECT_ROOT

PACKAGE_NAME = "caregiver_app"
PACKAGE = PROJECT_ROOT / PACKAGE_NAME


@dataclass(frozen=True)
class Import:
    """One imported module: who imports it, where, and whether it only runs for type checkers.

    ``target`` is the module when it is part of the package (``from x import y`` names the
    submodule ``x.y`` when there is one, else ``x``); for other libraries it is the dotted
    name as written, with the imported name added (``PySide6.QtWidgets.QWidget``).
    """

    source: str
    target: str
    line: int
    type_checking: bool

    def within(self, prefix: str) -> bool:
        """Whether the imported name is ``prefix`` or lies inside it."""
        return self.target == prefix or self.target.startswith(prefix + ".")

    def where(self) -> str:
        """``module:line -> target``, for a failure message."""
        return f"{self.source}:{self.line} -> {self.target}"


def module_name(path: Path) -> str:
    """The dotted name of a file of the package (a package's ``__init__.py`` is the package)."""
    parts = list(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def package_modules() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _base_of_relative(source: str, is_package: bool, level: int, module: str | None) -> str:
    parts = source.split(".")
    if not is_package:
        parts.pop()  # a module's relative imports start from its package
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    return ".".join([*parts, module] if module else parts)


class _ImportReader(ast.NodeVisitor):
    """Collects every import of one module, noting those under ``if TYPE_CHECKING:``."""

    def __init__(self, source: str, is_package: bool) -> None:
        self.source = source
        self.is_package = is_package
        self.type_checking = 0
        self.found: list[Import] = []

    def _add(self, target: str, line: int) -> None:
        self.found.append(Import(self.source, target, line, self.type_checking > 0))

    def visit_If(self, node: ast.If) -> None:
        self.visit(node.test)
        if _is_type_checking(node.test):
            self.type_checking += 1
            for child in node.body:
                self.visit(child)
            self.type_checking -= 1
        else:
            for child in node.body:
                self.visit(child)
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = _base_of_relative(self.source, self.is_package, node.level, node.module)
        else:
            base = node.module or ""
        modules = package_modules()
        for alias in node.names:
            if alias.name == "*":
                self._add(base, node.lineno)
            elif base.split(".")[0] != PACKAGE_NAME or f"{base}.{alias.name}" in modules:
                self._add(f"{base}.{alias.name}", node.lineno)
            else:
                self._add(base, node.lineno)


def imports_in(source: str, text: str, is_package: bool = False) -> list[Import]:
    """Every import written in ``text``, the code of the module named ``source``."""
    reader = _ImportReader(source, is_package)
    reader.visit(ast.parse(text, filename=source))
    return reader.found


@cache
def package_imports() -> tuple[Import, ...]:
    """Every import made by every module of the package."""
    found: list[Import] = []
    for name, path in package_modules().items():
        found.extend(imports_in(name, path.read_text(encoding="utf-8"), path.stem == "__init__"))
    return tuple(found)


def imports_from(layer: str) -> list[Import]:
    """The imports made by the modules of ``caregiver_app.<layer>``."""
    prefix = f"{PACKAGE_NAME}.{layer}"
    return [
        found
        for found in package_imports()
        if found.source == prefix or found.source.startswith(prefix + ".")
    ]
