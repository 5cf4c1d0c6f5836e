"""What changed in a collection on the server, and the requests for one resource.

With a sync token (RFC 6578 sync-collection) only what changed since is listed; without
one, or when the server refuses it (403/409 valid-sync-token), the whole collection is
listed with its ETags and compared. A server without sync-collection is listed with
PROPFIND.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit
from xml.sax.saxutils import escape

from caregiver_app.services.phones.dav import DAV, Server, SyncTokenRefusedError, body_of, etag_of
from caregiver_app.services.phones.errors import PhonesError

_SYNC = """<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>{token}</d:sync-token>
<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"""
_ETAGS = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"""


@dataclass
class RemoteChanges:
    """Resources changed on the server (path to ETag), those removed, the new sync token.

    ``complete``: ``changed`` lists every resource, so one not in it was removed.
    """

    changed: dict[str, str]
    removed: set[str]
    token: str
    complete: bool


def path_of(url: str) -> str:
    """The path of an address, unquoted: how items are keyed whatever form the server uses."""
    return unquote(urlsplit(url).path)


def _listing(server: Server, url: str, body: str, method: str, token: str) -> RemoteChanges:
    answers, new_token = server.multistatus(
        url, method, body, depth="1" if method == "PROPFIND" else "0", sync=bool(token)
    )
    own = path_of(url).rstrip("/")
    changed: dict[str, str] = {}
    removed: set[str] = set()
    for answer in answers:
        path = path_of(server.absolute(answer.href))
        if path.rstrip("/") == own or path.endswith("/"):
            continue  # the collection itself, or a collection inside it
        if answer.status == 404:
            removed.add(path)
        else:
            changed[path] = answer.text(DAV + "getetag")
    return RemoteChanges(changed, removed, new_token, complete=not token)


def remote_changes(server: Server, url: str, token: str) -> RemoteChanges:
    """What changed on the server since ``token`` (everything when there is none)."""
    if token:
        try:
            return _listing(server, url, _SYNC.format(token=escape(token)), "REPORT", token)
        except SyncTokenRefusedError:
            pass  # the server forgot the token: compare everything
    try:
        return _listing(server, url, _SYNC.format(token=""), "REPORT", "")
    except PhonesError as error:
        if error.kind in ("wrong-password", "unreachable", "not-found", "server-full"):
            raise
    except SyncTokenRefusedError:
        pass
    return _listing(server, url, _ETAGS, "PROPFIND", "")


def resource_url(server: Server, collection: str, uid: str, suffix: str) -> str:
    """Where a new resource goes: in the collection, named after its UID."""
    return collection.rstrip("/") + "/" + quote(uid, safe="@-_.") + suffix


def fetch(server: Server, path: str) -> tuple[bytes, str] | None:
    """The text and ETag of one resource; None when it is no longer there."""
    response = server.request(server.absolute(quote(path)), "GET", accept=(404, 410))
    if int(response.status) in (404, 410):
        return None
    return body_of(response), etag_of(response)


def put(server: Server, path: str, data: bytes, etag: str, content_type: str) -> tuple[int, str]:
    """Send one resource: over the version with ``etag``, or as a new one when it is "".

    Returns (status, the new ETag or "" when the server gave none); 412 when it changed.
    """
    headers = {"Content-Type": content_type}
    if etag:
        headers["If-Match"] = etag
    else:
        headers["If-None-Match"] = "*"
    response = server.request(
        server.absolute(quote(path)), "PUT", data.decode("utf-8"), headers, accept=(412,)
    )
    return int(response.status), etag_of(response)


def delete(server: Server, path: str, etag: str) -> int:
    """Delete one resource (only the version with ``etag`` when given); its status."""
    headers = {"If-Match": etag} if etag else {}
    response = server.request(
        server.absolute(quote(path)), "DELETE", "", headers, accept=(404, 410, 412)
    )
    return int(response.status)
