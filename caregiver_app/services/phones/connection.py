"""Finding the family's calendars and address books on the server, and making new ones.

The principal (RFC 5397 current-user-principal) gives the homes of the calendars
(RFC 4791) and the address books (RFC 6352); each home is listed one level deep.
A calendar is made with MKCALENDAR, an address book with an extended MKCOL (RFC 5689).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from xml.sax.saxutils import escape

from caregiver_app.services.phones import errors
from caregiver_app.services.phones.dav import CALDAV, CARDDAV, DAV, Server

_PRINCIPAL = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>"""
_HOMES = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
 xmlns:a="urn:ietf:params:xml:ns:carddav">
<d:prop><c:calendar-home-set/><a:addressbook-home-set/></d:prop></d:propfind>"""
_LIST = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:prop><d:resourcetype/><d:displayname/><c:supported-calendar-component-set/></d:prop>
</d:propfind>"""


@dataclass(frozen=True)
class Collections:
    """The names of the calendars and address books this user has on the server."""

    calendars: tuple[str, ...]
    address_books: tuple[str, ...]


@dataclass(frozen=True)
class Homes:
    """Where the user's calendars and address books live on the server."""

    calendars: str
    address_books: str


def _href_in(element: object) -> str:
    found = getattr(element, "find", lambda _tag: None)(DAV + "href")
    return (found.text or "").strip() if found is not None else ""


def find_homes(server: Server) -> Homes:
    """The homes of the calendars and address books (the server's address when it names none)."""
    answers, _token = server.multistatus(server.url, "PROPFIND", _PRINCIPAL, depth="0")
    principal = next(
        (
            _href_in(a.props[DAV + "current-user-principal"])
            for a in answers
            if DAV + "current-user-principal" in a.props
        ),
        "",
    )
    if not principal:
        return Homes(server.url, server.url)
    answers, _token = server.multistatus(server.absolute(principal), "PROPFIND", _HOMES, "0")
    calendars = address_books = ""
    for answer in answers:
        if CALDAV + "calendar-home-set" in answer.props:
            calendars = _href_in(answer.props[CALDAV + "calendar-home-set"])
        if CARDDAV + "addressbook-home-set" in answer.props:
            address_books = _href_in(answer.props[CARDDAV + "addressbook-home-set"])
    home = server.absolute(principal)
    return Homes(
        server.absolute(calendars) if calendars else home,
        server.absolute(address_books) if address_books else home,
    )


def list_collections(server: Server) -> tuple[dict[str, str], dict[str, str]]:
    """(calendars, address books): each name with its full address."""
    homes = find_homes(server)
    calendars: dict[str, str] = {}
    books: dict[str, str] = {}
    for home in dict.fromkeys((homes.calendars, homes.address_books)):
        answers, _token = server.multistatus(home, "PROPFIND", _LIST, depth="1")
        for answer in answers:
            kinds = answer.props.get(DAV + "resourcetype")
            if kinds is None:
                continue
            tags = {child.tag for child in kinds}
            url = server.absolute(answer.href)
            name = answer.text(DAV + "displayname") or answer.href.rstrip("/").rpartition("/")[2]
            if CALDAV + "calendar" in tags:
                components = answer.props.get(CALDAV + "supported-calendar-component-set")
                names = {c.get("name", "") for c in components} if components is not None else set()
                if not names or "VEVENT" in names:
                    calendars.setdefault(name, url)
            elif CARDDAV + "addressbook" in tags:
                books.setdefault(name, url)
    return calendars, books


def test_connection(url: str, user: str, password: str) -> Collections:
    """Log in and list the calendars and address books; PhonesError says why not."""
    server = Server(url, user, password)
    try:
        calendars, books = list_collections(server)
    finally:
        server.close()
    return Collections(tuple(sorted(calendars)), tuple(sorted(books)))


def _make_collection(url: str, user: str, password: str, method: str, body: str) -> None:
    """Make a new collection in the user's calendar home (MKCALENDAR) or address book home
    (MKCOL), under a name of its own; ``body`` gives its display name and kind."""
    server = Server(url, user, password)
    try:
        homes = find_homes(server)
        home = homes.calendars if method == "MKCALENDAR" else homes.address_books
        path = home.rstrip("/") + "/care-companion-" + uuid.uuid4().hex[:12] + "/"
        server.request(path, method, body, {"Content-Type": "application/xml"})
    finally:
        server.close()


def create_calendar(url: str, user: str, password: str, name: str) -> None:
    """Make a calendar of events called ``name`` in the user's home (MKCALENDAR)."""
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
<d:displayname>{escape(name)}</d:displayname>
<c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>
</d:prop></d:set></c:mkcalendar>"""
    _make_collection(url, user, password, "MKCALENDAR", body)


def create_address_book(url: str, user: str, password: str, name: str) -> None:
    """Make an address book called ``name`` in the user's home (extended MKCOL, RFC 5689)."""
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<d:mkcol xmlns:d="DAV:" xmlns:a="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
<d:resourcetype><d:collection/><a:addressbook/></d:resourcetype>
<d:displayname>{escape(name)}</d:displayname>
</d:prop></d:set></d:mkcol>"""
    _make_collection(url, user, password, "MKCOL", body)


def collection_url(server: Server, kind: str, name: str) -> str:
    """The address of the calendar ("appointment") or address book ("contact") called ``name``."""
    calendars, books = list_collections(server)
    found = (calendars if kind == "appointment" else books).get(name)
    if found is None:
        raise errors.not_found()
    return found
