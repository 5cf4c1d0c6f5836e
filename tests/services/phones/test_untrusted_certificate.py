"""A family server whose certificate this computer does not trust (self-signed, say) is
refused, as before, and said as what it is: not "cannot be reached"."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
from collections.abc import Iterator
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


@pytest.fixture
def self_signed(tmp_path: Path) -> Iterator[str]:
    """An https server on 127.0.0.1 with a certificate it signed itself; its address."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "family server")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
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
