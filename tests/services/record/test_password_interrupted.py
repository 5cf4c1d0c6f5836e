"""A change of password killed part way (SIGKILL: a power cut, a forced quit): the next
start finds the record and its copies under one password, and says which one."""

from __future__ import annotations

import signal
from datetime import datetime

import pytest

from caregiver_app.services.record.backup_folder import list_backups
from caregiver_app.services.record.backup_reading import inspect_backup
from caregiver_app.services.record.backups import make_backup
from caregiver_app.services.record.password import (
    change_password,
    is_protected,
    unlock,
)
from caregiver_app.services.record.password_check import new_check_path, password_matches_check
from caregiver_app.store.errors import WrongPasswordError
from caregiver_app.store.opening import open_store
from caregiver_app.store.queries import record_counts
from tests.helpers.snippet import run_snippet

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

OLD = "blue kettle, café au lait"
NEW = "Seven swans, Élodie!"

# Changing the password, killed just before or just after the record is replaced by its
# copy under the new password.
KILLED_WHILE_CHANGING = r"""
import os, signal, sys
from pathlib import Path
from caregiver_app.services.record import password
from caregiver_app.store.opening import open_store

data_dir, when, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
real_replace = os.replace
def killed(source, target):
    if Path(target).name == "care-record.sqlite" and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(source, target)
    if Path(target).name == "care-record.sqlite":
        os.kill(os.getpid(), signal.SIGKILL)
password.os.replace = killed
database = open_store(data_dir, old)
password.change_password(database, data_dir, new)
"""

# Removing the password, killed at the second file it rewrites.
KILLED_WHILE_REMOVING = r"""
import os, signal, sys
from pathlib import Path
from caregiver_app.services.record import password
from caregiver_app.store.opening import open_store

data_dir = Path(sys.argv[1])
real_export = password.export_copy
calls = []
def killed(*args):
    calls.append(args)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_export(*args)
password.export_copy = killed
database = open_store(data_dir, sys.argv[2])
password.change_password(database, data_dir, None)
"""


@pytest.fixture
def protected(demo_store, data_dir):
    """The demo record under OLD, with two backups under it; closed."""
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 1, 9))
    make_backup(demo_store, data_dir, now=datetime(2026, 3, 2, 9))
    counts = record_counts()
    change_password(demo_store, data_dir, OLD).database.close()
    return counts


def test_the_old_password_after_a_change_killed_past_the_record_says_use_the_new(
    protected, data_dir
):
    # It said "the file may be damaged: restore a backup", sending the family to lose
    # what they typed since that backup; the record was whole, under the new password.
    killed = run_snippet(KILLED_WHILE_CHANGING, str(data_dir), "after", OLD, NEW)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with pytest.raises(WrongPasswordError) as refused:
        unlock(data_dir, OLD)
    assert "restore a backup" not in str(refused.value)
    assert "before it was changed" in str(refused.value)
    assert "new password" in str(refused.value)
    assert password_matches_check(data_dir, NEW) is True
    assert not new_check_path(data_dir).exists()
    assert unlock(data_dir, NEW) == NEW
    database = open_store(data_dir, NEW)
    try:
        assert record_counts() == protected
    finally:
        database.close()


def test_a_change_killed_before_the_record_leaves_the_old_password_whole(protected, data_dir):
    killed = run_snippet(KILLED_WHILE_CHANGING, str(data_dir), "before", OLD, NEW)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with pytest.raises(WrongPasswordError, match="not the password of this care record"):
        unlock(data_dir, NEW)
    assert unlock(data_dir, OLD) == OLD
    assert password_matches_check(data_dir, OLD) is True
    assert not new_check_path(data_dir).exists()


def test_a_removal_killed_part_way_leaves_no_copy_needing_a_removed_password(protected, data_dir):
    # The record had lost its password and the next start did not ask for one, but the
    # copies not yet rewritten kept it: restoring one asked for a password the family
    # had removed. Now the record keeps its password until every copy is without it.
    killed = run_snippet(KILLED_WHILE_REMOVING, str(data_dir), OLD)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    copies = list_backups(data_dir)
    assert len(copies) == 2
    if is_protected(data_dir):  # the next start asks for the password, as the record has it
        assert unlock(data_dir, OLD) == OLD
        for copy in copies:
            assert inspect_backup(copy.path, OLD).encrypted
    else:
        for copy in copies:
            assert not inspect_backup(copy.path).encrypted
