"""The package's modules stay small, and a subpackage's ``__init__.py`` only says what it holds.

Line counts are of the file as written (``wc -l``); the forms pyside6-uic generates from
``ui/*.ui`` (``views/forms/ui_*.py``) are left out, as nobody edits them by hand.
"""

from __future__ import annotations

import ast

from tests.helpers.package_imports import PACKAGE, package_modules

MAX_LINES = 400


def is_generated(path) -> bool:
    return path.parent.name == "forms" and path.name.startswith("ui_")


def test_no_module_is_over_400_lines():
    sizes = {
        path.relative_to(PACKAGE.parent).as_posix(): len(path.read_bytes().splitlines())
        for path in package_modules().values()
        if not is_generated(path)
    }
    offenders = sorted((name, lines) for name, lines in sizes.items() if lines > MAX_LINES)
    assert not offenders, f"Modules over {MAX_LINES} lines (split them by what they do):\n" + (
        "\n".join(f"  {name}: {lines} lines" for name, lines in offenders)
    )


def test_subpackage_inits_hold_only_a_docstring():
    offenders = []
    for path in package_modules().values():
        if path.name != "__init__.py" or path.parent == PACKAGE:
            continue  # the package's own __init__ carries the version and the app's names
        body = ast.parse(path.read_text(encoding="utf-8")).body
        docstring_only = (
            len(body) == 1
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        )
        if not docstring_only:
            offenders.append(path.relative_to(PACKAGE.parent).as_posix())
    assert not offenders, "Subpackage __init__.py files with more than a docstring:\n" + (
        "\n".join(f"  {name}" for name in sorted(offenders))
    )
