"""Requests to the calendar server through the ``caldav`` library's client, faults as sentences.

The client (``caldav.DAVClient``, over ``niquests``) carries the user and password, checks
the server's TLS certificate and gives up after a timeout. Plain http is refused unless the
server is this computer. Every answer the sync cannot go past becomes a
:class:`PhonesError`; multistatus answers are read here. ``caldav`` is imported only when
a client is made, so the app with phones off never loads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

from caregiver_app.services.phones import errors
from caregiver_app.services.phones.errors import PhonesError

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
CARDDAV = "{urn:ietf:params:xml:ns:carddav}"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
TIMEOUT_SECONDS = 30


class SyncTokenRefusedError(Exception):
    """The server no longer knows the sync token (403/409 valid-sync-token): compare all."""


@dataclass
class Answer:
    """One response of a multistatus: its address, status and properties by tag."""

    href: str
    status: int
    props: dict[str, ElementTree.Element] = field(default_factory=dict)

    def text(self, tag: str) -> str:
        """The text of a property, "" when absent."""
        element = self.props.get(tag)
        return (element.text or "").strip() if element is not None else ""


def server_url(url: str) -> str:
    """The address as typed, with https:// when it has no scheme; refuses plain http elsewhere."""
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and (parts.hostname or "") in LOCAL_HOSTS:
        return url
    raise errors.insecure()


def _status_line(text: str) -> int:
    pieces = text.split()
    return int(pieces[1]) if len(pieces) > 1 and pieces[1].isdigit() else 0


def parse_multistatus(raw: bytes) -> tuple[list[Answer], str]:
    """The answers of a 207 multistatus body, and its sync token ("" when none)."""
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as error:
        raise errors.bad_response(str(error)) from error
    if root.tag != DAV + "multistatus":
        raise errors.bad_response(root.tag)
    answers = []
    for response in root.findall(DAV + "response"):
        href = unquote(response.findtext(DAV + "href", "").strip())
        status = _status_line(response.findtext(DAV + "status", ""))
        props: dict[str, ElementTree.Element] = {}
        for propstat in response.findall(DAV + "propstat"):
            if _status_line(propstat.findtext(DAV + "status", "")) != 200:
                continue
            for prop in propstat.findall(DAV + "prop"):
                for element in prop:
                    props[element.tag] = element
        answers.append(Answer(href, status or 200, props))
    return answers, (root.findtext(DAV + "sync-token") or "").strip()


# OpenSSL's verify codes for a certificate made out for another name or address.
_OTHER_HOST_CODES = frozenset({62, 64})  # X509_V_ERR_HOSTNAME_MISMATCH, _IP_ADDRESS_MISMATCH


def _certificate_refused(error: BaseException) -> PhonesError | None:
    """The sentence when the connection failed on the server's certificate (the HTTP
    library wraps ssl's own error a few layers down), None for any other failure."""
    import ssl

    current: BaseException | None = error
    for _depth in range(10):
        if current is None:
            return None
        if isinstance(current, ssl.SSLCertVerificationError):
            # A certificate for another host is not cured by a new certificate: the
            # address typed differs from the server's own.
            if current.verify_code in _OTHER_HOST_CODES:
                return errors.other_host()
            return errors.untrusted()
        current = current.__cause__ or current.__context__
    return None


class Server:
    """One conversation with the server: the client, and requests that raise PhonesError."""

    def __init__(self, url: str, user: str, password: str) -> None:
        self.url = server_url(url)
        from caldav.davclient import DAVClient

        self.client: Any = DAVClient(
            url=self.url,
            username=user,
            password=password,
            timeout=TIMEOUT_SECONDS,
            ssl_verify_cert=True,
        )

    def close(self) -> None:
        """Close the connection."""
        self.client.close()

    def absolute(self, href: str) -> str:
        """A server path as a full address."""
        return urljoin(self.url, href)

    def request(
        self,
        url: str,
        method: str,
        body: str = "",
        headers: Mapping[str, str] | None = None,
        accept: Iterable[int] = (),
        sync: bool = False,
    ) -> Any:
        """Send one request; the answer when its status is 2xx or in ``accept``."""
        from caldav.lib import error as dav_error
        from lxml import etree  # type: ignore[import-untyped]  # caldav reads XML with it

        try:
            response = self.client.request(url, method, body, dict(headers or {}))
        except dav_error.AuthorizationError as error:
            preconditions = " ".join(str(p) for p in (error.preconditions or ()))
            if sync and "valid-sync-token" in preconditions:
                raise SyncTokenRefusedError from error
            raise errors.for_status(error.status or 401) from error
        except dav_error.RateLimitError as error:
            raise errors.unreachable("HTTP 429/503") from error
        except dav_error.DAVError as error:
            raise errors.bad_response(str(error)) from error
        except PhonesError:
            raise
        except etree.LxmlError as error:  # an answer said to be XML that is not
            raise errors.bad_response(str(error)) from error
        except Exception as error:
            refused = _certificate_refused(error)
            if refused is not None:
                raise refused from error
            raise errors.unreachable(type(error).__name__) from error
        status = int(response.status)
        if 200 <= status < 300 or status in accept:
            return response
        raw = response._raw_body if hasattr(response, "_raw_body") else b""
        if sync and status in (403, 409) and b"valid-sync-token" in (raw or b""):
            raise SyncTokenRefusedError
        raise errors.for_status(status)

    def multistatus(
        self, url: str, method: str, body: str, depth: str = "1", sync: bool = False
    ) -> tuple[list[Answer], str]:
        """A PROPFIND or REPORT and its multistatus answers (and sync token)."""
        response = self.request(
            url,
            method,
            body,
            {"Depth": depth, "Content-Type": 'application/xml; charset="utf-8"'},
            sync=sync,
        )
        if int(response.status) != 207:
            raise errors.bad_response(f"HTTP {response.status}")
        return parse_multistatus(body_of(response))


def body_of(response: Any) -> bytes:
    """The raw bytes of an answer.

    ``caldav`` keeps the body as sent in ``_raw_body`` unless it was XML it parsed; then
    ``_raw`` holds it (with CRLF made LF, harmless for XML).
    """
    raw = getattr(response, "_raw_body", b"") or getattr(response, "_raw", b"")
    return raw if isinstance(raw, bytes) else str(raw or "").encode("utf-8")


def etag_of(response: Any) -> str:
    """The ETag header of an answer ("" when the server sent none)."""
    return str(response.headers.get("ETag", "") or "")
