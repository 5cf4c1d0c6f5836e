"""The Radicale server and the phone for the phones tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.services.phones.phone import Phone
from tests.services.phones.radicale_server import Radicale, running_radicale


@pytest.fixture
def radicale(tmp_path) -> Iterator[Radicale]:
    """A real Radicale on 127.0.0.1 at a free port, stopped after the test."""
    with running_radicale(tmp_path) as server:
        yield server


@pytest.fixture
def phone(radicale) -> Iterator[Phone]:
    """An independent client, as a phone would be: plain HTTP, its own parsing."""
    client = Phone(radicale.url, radicale.user, radicale.password)
    yield client
    client.close()
