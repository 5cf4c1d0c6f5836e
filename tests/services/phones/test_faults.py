"""Faults between the app and the server: one sentence each, nothing lost, the queue resumes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from caregiver_app.services.phones import connection, dav, exchange
from caregiver_app.services.phones.errors import PhonesError
from caregiver_app.services.phones.settings import save_settings, stored_settings
from caregiver_app.services.phones.sync import phones_status, sync_phones
from caregiver_app.store.calendar.appointments import get_appointment, save_appointment
from tests.services.phones.faults import Scripted, start_proxy
from tests.services.phones.helpers import CALENDAR, link, visit

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]


@pytest.fixture
def proxy(radicale):
    """The fault proxy in front of the test's Radicale."""
    found, stop = start_proxy(radicale.url)
    yield found
    stop()


def _through(proxy, radicale, send="all"):
    """Link to Radicale, then point the settings at the proxy."""
    settings = link(radicale, send)
    save_settings(replace(settings, url=proxy.url), radicale.password)


def _on(method, status, body=b"", content_type="text/plain", delay=0.0):
    def rule(seen_method, path, _body):
        if seen_method == method:
            return Scripted(status, body, content_type, delay)
        return None

    return rule


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, "wrong-password"),
        (403, "forbidden"),
        (404, "not-found"),
        (507, "server-full"),
        (500, "server-error"),  # before: "an answer that cannot be read: check the address"
    ],
)
def test_a_refused_upload_keeps_everything_and_resumes(store, radicale, proxy, status, kind):
    _through(proxy, radicale)
    first = visit()
    proxy.rule = _on("PUT", status)
    with pytest.raises(PhonesError) as caught:
        sync_phones()
    assert caught.value.kind == kind
    assert str(caught.value).endswith(".")
    assert get_appointment(first).title == "Oncology review"
    current = phones_status()
    assert current.waiting == 1
    assert current.problem == str(caught.value)
    assert current.paused is (status == 401)
    proxy.rule = _on("NONE", 200)
    if status == 401:
        proxy.seen.clear()
        with pytest.raises(PhonesError):
            sync_phones()  # paused: the server is not even asked
        assert proxy.seen == []
        save_settings(stored_settings(), radicale.password)  # the password entered again
    report = sync_phones()
    assert report.sent == 1
    assert phones_status().waiting == 0
    assert phones_status().problem == ""


def test_a_server_that_does_not_answer_in_time(store, radicale, proxy, monkeypatch):
    monkeypatch.setattr(dav, "TIMEOUT_SECONDS", 0.5)
    _through(proxy, radicale)
    visit()
    proxy.rule = _on("PROPFIND", 207, delay=2.0)
    with pytest.raises(PhonesError) as caught:
        sync_phones()
    assert caught.value.kind == "unreachable"
    assert phones_status().waiting == 1


@pytest.mark.parametrize(
    ("body", "content_type"),
    [(b"<html>Welcome to our router</html>", "text/html"), (b"\x00\x01garbage", "text/xml")],
)
def test_a_garbled_answer_is_a_bad_response(store, radicale, proxy, body, content_type):
    _through(proxy, radicale)
    visit()
    proxy.rule = _on("PROPFIND", 207, body, content_type)
    with pytest.raises(PhonesError) as caught:
        sync_phones()
    assert caught.value.kind == "bad-response"
    assert phones_status().waiting == 1


def test_a_refused_sync_token_falls_back_to_a_full_comparison(store, radicale, proxy, phone):
    _through(proxy, radicale)
    first = visit()
    sync_phones()
    uid = get_appointment(first).uid
    path = phone.path_of_uid(phone.collection(CALENDAR), uid)
    data = phone.request("GET", path).content
    phone.put(path, data.replace(b"SUMMARY:Oncology review", b"SUMMARY:Moved by the phone"))
    refusal = b'<?xml version="1.0"?><d:error xmlns:d="DAV:"><d:valid-sync-token/></d:error>'

    def rule(method, _path, body):
        if method == "REPORT" and b"<d:sync-token></d:sync-token>" not in body:
            return Scripted(403, refusal, "application/xml")
        return None

    proxy.rule = rule
    report = sync_phones()
    assert report.received == 1
    assert get_appointment(first).title == "Moved by the phone"


def test_changed_meanwhile_is_fetched_and_merged(store, radicale, phone, monkeypatch):
    link(radicale)
    first = visit()
    sync_phones()
    record = get_appointment(first)
    path = phone.path_of_uid(phone.collection(CALENDAR), record.uid)
    data = phone.request("GET", path).content
    phone.put(
        path,
        data.replace(
            b"SUMMARY:Oncology review",
            b"SUMMARY:Phone, long ago\r\nLAST-MODIFIED:20200101T000000Z",
        ),
    )
    record.title = "Changed here"
    save_appointment(record)
    # The phone's change lands after the listing: the upload meets 412 Precondition Failed.
    monkeypatch.setattr(
        exchange, "remote_changes", lambda *args: exchange.RemoteChanges({}, set(), "", False)
    )
    report = sync_phones()
    assert len(report.conflicts) == 1
    assert report.sent == 1
    assert b"SUMMARY:Changed here" in phone.request("GET", path).content


@pytest.mark.parametrize("url", ["http://calendar.example.org/", "http://10.0.0.5/dav"])
def test_plain_http_is_refused_except_on_this_computer(store, url):
    with pytest.raises(PhonesError) as caught:
        connection.test_connection(url, "family", "secret")
    assert caught.value.kind == "insecure"
    assert "https://" in str(caught.value)
