"""A small fault server: a proxy in front of Radicale whose answers a test can script.

Each request is passed to Radicale unless the test's rule for it gives an answer of its
own (a status and body), or a delay longer than the client waits (a timeout).
"""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Scripted:
    """An answer the proxy gives instead of Radicale's."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain"
    delay: float = 0.0


Rule = Callable[[str, str, bytes], Scripted | None]


@dataclass
class FaultProxy:
    """The proxy's address, the rule in force and every request it saw (method, path)."""

    url: str = ""
    rule: Rule = lambda method, path, body: None
    seen: list[tuple[str, str]] = field(default_factory=list)


def _handler(proxy: FaultProxy, target: str) -> type[BaseHTTPRequestHandler]:
    host = urlsplit(target)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):
            pass

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            proxy.seen.append((self.command, self.path))
            scripted = proxy.rule(self.command, self.path, body)
            if scripted is not None:
                if scripted.delay:
                    time.sleep(scripted.delay)
                self.send_response(scripted.status)
                self.send_header("Content-Type", scripted.content_type)
                self.send_header("Content-Length", str(len(scripted.body)))
                if scripted.status == 401:
                    self.send_header("WWW-Authenticate", 'Basic realm="test"')
                self.end_headers()
                self.wfile.write(scripted.body)
                return
            connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            connection.request(self.command, self.path, body, headers)
            answer = connection.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            connection.close()

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = _any  # noqa: N815
        do_MKCOL = do_MKCALENDAR = do_OPTIONS = do_PROPPATCH = _any  # noqa: N815

    return Handler


def start_proxy(target: str) -> tuple[FaultProxy, Callable[[], None]]:
    """A proxy in front of ``target`` on 127.0.0.1 at a free port, and how to stop it."""
    proxy = FaultProxy()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(proxy, target))
    server.daemon_threads = True
    proxy.url = f"http://127.0.0.1:{server.server_port}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)

    return proxy, stop
