"""A family server whose certificate this computer does not trust (self-signed, say) is
refused, as before, and said as what it is: not "cannot be reached"."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from caregiver_app.services.phones import connection
from caregiver_app.services.phones.errors import PhonesError

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]


class _Answer(BaseHTTPRequestHandler):
    def do_PROPFIND(self) -> None:
        self.send_response(207)
        self.end_headers()
        self.wfile.write(b"<d:multistatus xmlns:d='DAV:'/>")

    def log_message(self, format, *args) -> None:
        pass


@contextmanager
def _serving(tmp_path: Path, certificate, key) -> Iterator[str]:
    """An https server on 127.0.0.1 showing ``certificate`` (signed for ``key``); its
    address while it runs."""
    (tmp_path / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = HTTPServer(("127.0.0.1", 0), _Answer)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _certificate(subject: str, issuer_key, issuer: str, public_key, alt, ca: bool = False):
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
    )
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
    if alt is not None:
        builder = builder.add_extension(x509.SubjectAlternativeName([alt]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture
def self_signed(tmp_path: Path) -> Iterator[str]:
    """An https server on 127.0.0.1 with a certificate it signed itself; its address."""
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _certificate(
        "family server",
        key,
        "family server",
        key.public_key(),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    )
    with _serving(tmp_path, certificate, key) as address:
        yield address


def test_a_self_signed_server_is_said_as_untrusted(self_signed: str) -> None:
    with pytest.raises(PhonesError) as caught:
        connection.test_connection(self_signed, "family", "secret")
    assert caught.value.kind == "untrusted"
    assert str(caught.value) == (
        "This computer does not trust the calendar server's certificate (it may be "
        "self-signed or out of date), so nothing was sent: check the address, or ask "
        "whoever runs the server for a certificate from a recognized authority such as "
        "Let's Encrypt."
    )


@pytest.fixture
def for_another_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An https server on 127.0.0.1 whose certificate, from an authority this computer
    trusts, is made out for calendar.example.org; its address by number."""
    from caldav.davclient import DAVClient

    authority_key = ec.generate_private_key(ec.SECP256R1())
    authority = _certificate(
        "Family authority",
        authority_key,
        "Family authority",
        authority_key.public_key(),
        None,
        True,
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server_certificate = _certificate(
        "calendar.example.org",
        authority_key,
        "Family authority",
        key.public_key(),
        x509.DNSName("calendar.example.org"),
    )
    (tmp_path / "authority.pem").write_bytes(authority.public_bytes(serialization.Encoding.PEM))
    built = DAVClient.__init__

    def trusting(self, *args, **kwargs) -> None:
        kwargs["ssl_verify_cert"] = str(tmp_path / "authority.pem")  # as if a known authority
        built(self, *args, **kwargs)

    monkeypatch.setattr(DAVClient, "__init__", trusting)
    with _serving(tmp_path, server_certificate, key) as address:
        yield address


def test_a_certificate_for_another_address_says_to_check_the_address(
    for_another_host: str,
) -> None:
    with pytest.raises(PhonesError) as caught:
        connection.test_connection(for_another_host, "family", "secret")
    # Before: "may be self-signed or out of date ... ask for a certificate from a
    # recognized authority", though the certificate is a good one for the server's name.
    assert caught.value.kind == "other-host"
    assert str(caught.value) == (
        "The calendar server's certificate is made out for another address than the one "
        "typed, so nothing was sent: type the address exactly as the server's own web page "
        "shows it (its name, not a number), or ask whoever runs the server."
    )
