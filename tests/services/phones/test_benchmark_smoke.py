"""The phones benchmark still runs, on tiny sizes; no timing is asserted."""

import pytest

from benchmarks.phones_sync import phones_rows

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]


def test_the_phones_benchmark_runs_once(store, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store.close()  # the benchmark opens its own record
    rows = phones_rows(tiny=True)
    assert [row.what.split(":")[0] for row in rows] == ["phones", "phones"]
    assert all(row.measured.endswith(" ms") for row in rows)
