"""``caregiver-app phones`` run as the family would, in a subprocess, against a real Radicale."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from caregiver_app.services.record.password import change_password
from caregiver_app.store.calendar.appointments import save_appointment
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.engine import sqlite
from tests.services.phones.phone import Phone
from tests.services.phones.radicale_server import running_radicale

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]
RECORD_PASSWORD = "kettle on the stove"


@pytest.fixture
def radicale(tmp_path):
    """A real Radicale for the command to talk to."""
    with running_radicale(tmp_path) as server:
        yield server


@pytest.fixture
def phone(radicale):
    """A phone reading the same server."""
    client = Phone(radicale.url, radicale.user, radicale.password)
    yield client
    client.close()


def _run(data_dir, *args, stdin=""):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONKEYRING_BACKEND": ""}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _settings_rows(data_dir) -> int:
    connection = sqlite.connect(data_dir / "care-record.sqlite")
    try:
        return connection.execute("SELECT count(*) FROM phone_setting").fetchone()[0]
    finally:
        connection.close()


def _one_appointment(store):
    from datetime import datetime

    save_appointment(
        AppointmentRecord(title="Oncology review", starts_at=datetime(2027, 3, 10, 10, 30))
    )


def test_setup_sync_status_and_stop(store, data_dir, radicale, phone):
    _one_appointment(store)
    store.close()
    result = _run(
        data_dir,
        "--password-stdin",
        "phones",
        "setup",
        radicale.url,
        "--user",
        "family",
        "--address-book",
        "Care team",
        "--send",
        "when-where",
        stdin="secret\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Linked to" in result.stdout
    assert "the title, the place and the time" in result.stdout
    assert phone.collection("Care Companion")
    result = _run(data_dir, "phones", "sync")
    assert result.returncode == 0, result.stderr
    assert "Sent to the server: 1" in result.stdout
    assert "Changes waiting: 0" in result.stdout
    assert len(phone.events(phone.collection("Care Companion"))) == 1
    result = _run(data_dir, "phones", "status")
    assert result.returncode == 0, result.stderr
    assert "In step as of: 20" in result.stdout
    assert "Calendar: Care Companion" in result.stdout
    result = _run(data_dir, "phones", "stop")
    assert result.returncode == 0, result.stderr
    assert _run(data_dir, "phones", "status").stdout.strip() == "Phones and calendars: off"
    assert len(phone.events(phone.collection("Care Companion"))) == 1  # the server keeps it


def test_a_record_with_a_password_reads_two_lines(store, data_dir, radicale):
    change_password(store, data_dir, RECORD_PASSWORD).database.close()
    result = _run(
        data_dir,
        "--password-stdin",
        "phones",
        "setup",
        radicale.url,
        "--user",
        "family",
        stdin=f"{RECORD_PASSWORD}\nsecret\n",
    )
    assert result.returncode == 0, result.stderr
    result = _run(data_dir, "--password-stdin", "phones", "sync", stdin=f"{RECORD_PASSWORD}\n")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("url", "password", "words"),
    [
        ("http://calendar.example.org/", "secret", "https://"),
        (None, "wrong", "password"),
    ],
)
def test_a_refused_setup_is_one_line_and_writes_nothing(
    store, data_dir, radicale, url, password, words
):
    store.close()
    result = _run(
        data_dir,
        "--password-stdin",
        "phones",
        "setup",
        url or radicale.url,
        "--user",
        "family",
        stdin=f"{password}\n",
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert words in result.stderr
    assert _settings_rows(data_dir) == 0


def test_sync_before_setup_says_so(store, data_dir):
    store.close()
    result = _run(data_dir, "phones", "sync")
    assert result.returncode == 2
    assert "not set up" in result.stderr
