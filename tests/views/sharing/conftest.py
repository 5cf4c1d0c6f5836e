"""Fixtures of the sharing window tests: the services' stand-in, the Today page."""

from __future__ import annotations

import pytest

from tests.views.sharing.sharing_fakes import FakeSharing, install
from tests.views.today.conftest import page  # noqa: F401 - the Today page fixture, reused


@pytest.fixture
def fake_sharing(monkeypatch) -> FakeSharing:
    """The sharing services replaced by an in-memory stand-in for this test."""
    return install(monkeypatch)
