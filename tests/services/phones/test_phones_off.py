"""With phones off no network library is loaded; the password goes to a keyring if one exists."""

from __future__ import annotations

import subprocess
import sys

from caregiver_app.services.phones import settings as phones_settings
from caregiver_app.services.phones.settings import (
    PhonesSettings,
    save_settings,
    server_password,
    stop_phones,
    stored_settings,
)
from caregiver_app.store.phones.state import phone_settings

OFF = r"""
import sys
from caregiver_app.cli.main import build_parser
from caregiver_app.store.opening import open_store
from caregiver_app.services.phones.sync import phones_status
build_parser()
database = open_store(sys.argv[1])
assert phones_status() is None
database.close()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("caldav", "niquests", "keyring",
                                                             "urllib3_future", "lxml"))
print("LOADED", ",".join(loaded) or "none")
"""


def test_with_phones_off_no_network_library_is_loaded(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", OFF, str(data_dir)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED none" in result.stdout


class _Keyring:
    """A keyring that keeps passwords in memory."""

    def __init__(self):
        self.kept = {}

    def set_password(self, service, account, password):
        self.kept[(service, account)] = password

    def get_password(self, service, account):
        return self.kept.get((service, account))

    def delete_password(self, service, account):
        del self.kept[(service, account)]


SETTINGS = PhonesSettings("https://cloud.example.org/dav", "laura", "Care", "Team", "title")


def test_the_password_goes_to_the_keyring_when_there_is_one(store, monkeypatch):
    keyring = _Keyring()
    monkeypatch.setattr(phones_settings, "_usable_keyring", lambda: keyring)
    save_settings(SETTINGS, "app-pass-1234")
    assert "password" not in phone_settings()
    assert keyring.kept == {
        (phones_settings.KEYRING_SERVICE, "laura@https://cloud.example.org/dav"): "app-pass-1234"
    }
    assert server_password() == "app-pass-1234"
    assert stored_settings() == SETTINGS
    stop_phones()
    assert keyring.kept == {}
    assert stored_settings() is None


def test_without_a_keyring_the_record_keeps_it(store, monkeypatch):
    monkeypatch.setattr(phones_settings, "_usable_keyring", lambda: None)
    save_settings(SETTINGS, "app-pass-1234")
    assert phone_settings()["password"] == "app-pass-1234"
    assert server_password() == "app-pass-1234"
    stop_phones()
    assert phone_settings() == {}
