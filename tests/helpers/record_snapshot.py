"""What a fault test compares: the real command's answer, the record's rows, the files left."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite
from caregiver_app.store.opening import open_store


def run_cli(*args, data_dir: Path | str | None = None, env: dict | None = None, stdin: str = ""):
    """``caregiver-app [--data-dir DIR] ARGS`` in a subprocess; standard input is not a terminal."""
    command = [sys.executable, "-m", "caregiver_app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=180,
        env=env,
    )


def one_line(result: subprocess.CompletedProcess) -> str:
    """The single line on standard error (no traceback), without the program's name."""
    err = result.stderr
    assert err.count("\n") == 1 and err.startswith("caregiver-app: "), err
    assert "Traceback" not in err
    return err[len("caregiver-app: ") :].strip()


def files_in(folder: Path) -> list[str]:
    """Every file (and symlink) under ``folder``, relative, sorted."""
    folder = Path(folder)
    if not folder.exists():
        return []
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() or path.is_symlink()
    )


def record_rows(data_dir: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read from a copy so the data folder itself is not touched."""
    source = database_path(data_dir)
    scratch = Path(tempfile.mkdtemp(prefix="record-rows-"))
    try:
        copy = scratch / "copy.sqlite"
        for suffix in ("", "-wal"):
            if Path(f"{source}{suffix}").exists():
                shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
        connection = sqlite.connect(str(copy))
        try:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            return {
                table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables
            }
        finally:
            connection.close()
    finally:
        shutil.rmtree(scratch)


def make_demo_record(data_dir: Path) -> None:
    """A record with contacts, diary entries and appointments (the demo's), closed again."""
    from caregiver_app.services.record.demo import create_demo_record

    database = open_store(data_dir)
    try:
        create_demo_record()
    finally:
        database.close()
