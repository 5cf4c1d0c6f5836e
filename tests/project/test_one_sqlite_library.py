"""The process never opens a file through two SQLite libraries: everything goes through
sqlcipher3, and the standard ``sqlite3`` module (which peewee imports) never connects."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

from tests.helpers.paths import PROJECT_ROOT

TOUR = textwrap.dedent(
    """
    import os, sqlite3, sys, tempfile
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    def refuse(*args, **kwargs):
        raise SystemExit("the standard sqlite3 module was asked to connect")

    sqlite3.connect = refuse
    from caregiver_app.services.record.backup_reading import inspect_backup
    from caregiver_app.services.record.backups import make_backup, restore_backup
    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.services.record.integrity import check_record_file, start_quick_check
    from caregiver_app.services.record.password import change_password, unlock
    from caregiver_app.store.opening import open_store
    from caregiver_app.views.app import application, build_window

    folder = Path(tempfile.mkdtemp()) / "record"
    database = open_store(folder)
    create_demo_record()
    plain = make_backup(database, folder).replace(folder.parent / "usb.sqlite")
    database = change_password(database, folder, "a long password").database
    copy = make_backup(database, folder)
    inspect_backup(copy, "a long password")
    database = restore_backup(database, folder, plain).database
    app = application()
    window = build_window(folder)
    window.show()
    app.processEvents()
    window.close()
    database.close()
    assert unlock(folder, "a long password")
    assert start_quick_check(folder, "a long password")().ok
    assert check_record_file(folder, True, "a long password").ok
    database = open_store(folder, "a long password")
    database = change_password(database, folder, None).database
    database.close()
    assert check_record_file(folder).ok
    print("one library")
    """
)


def test_a_tour_with_and_without_a_password_never_connects_through_sqlite3():
    result = subprocess.run(
        [sys.executable, "-c", TOUR],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "one library" in result.stdout


def test_the_package_never_imports_sqlite3_itself():
    offenders = []
    for path in (PROJECT_ROOT / "caregiver_app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(name.split(".")[0] == "sqlite3" for name in names):
                offenders.append(str(path.relative_to(PROJECT_ROOT)))
    assert offenders == []
