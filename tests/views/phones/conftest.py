"""The real Radicale server and the independent "phone" of the service tests, for the window."""

import pytest

from tests.services.phones.conftest import phone, radicale  # noqa: F401 - fixtures used here


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    """The password is kept in the record, as on a computer without a keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
