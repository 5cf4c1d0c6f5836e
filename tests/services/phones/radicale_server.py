"""A real Radicale server on 127.0.0.1 at a free port, with htpasswd users.

The server runs in a thread of the test process (Radicale's WSGI application under a
threading wsgiref server) with its storage in the given folder, and is stopped on leaving.
Tests that use it allow sockets to 127.0.0.1 only (pytest-socket markers).
"""

from __future__ import annotations

import contextlib
import socketserver
import threading
import wsgiref.simple_server
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class _Quiet(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


class _Threading(socketserver.ThreadingMixIn, wsgiref.simple_server.WSGIServer):
    daemon_threads = True


@dataclass(frozen=True)
class Radicale:
    """Where the server is and who may log in."""

    url: str
    user: str
    password: str


def _serve(app) -> tuple[socketserver.BaseServer, threading.Thread, int]:
    server = wsgiref.simple_server.make_server(
        "127.0.0.1", 0, app, server_class=_Threading, handler_class=_Quiet
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread, server.server_port


@contextlib.contextmanager
def running_radicale(folder: Path) -> Iterator[Radicale]:
    """Radicale 3 with two users (family/secret, other/other), stopped on leaving."""
    from radicale import Application, config

    users = folder / "radicale-users"
    users.write_text("family:secret\nother:other\n", encoding="utf-8")
    configuration = config.load()
    configuration.update(
        {
            "auth": {
                "type": "htpasswd",
                "htpasswd_filename": str(users),
                "htpasswd_encryption": "plain",
                "delay": "0",
            },
            "storage": {
                "filesystem_folder": str(folder / "radicale-collections"),
                "_filesystem_fsync": "False",  # a test folder need not survive a power cut
            },
            "rights": {"type": "owner_only"},
            "logging": {"level": "error", "mask_passwords": "True"},
        },
        "test",
        privileged=True,
    )
    server, thread, port = _serve(Application(configuration))
    try:
        yield Radicale(f"http://127.0.0.1:{port}/", "family", "secret")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
