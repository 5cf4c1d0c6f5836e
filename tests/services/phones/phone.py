"""A phone's side of the server, independent of the app: plain HTTP with niquests, icalendar
and vobject to read and change what the app sent."""

from __future__ import annotations

import re
import uuid
from urllib.parse import urljoin
from xml.etree import ElementTree

import niquests

DAV = "{DAV:}"


class Phone:
    """Reads and changes the user's calendar and address book like a phone would."""

    def __init__(self, url: str, user: str, password: str) -> None:
        self.url = url
        self.session = niquests.Session()
        self.session.auth = (user, password)
        self.home = urljoin(url, f"/{user}/")

    def close(self) -> None:
        """Close the connection."""
        self.session.close()

    def request(self, method: str, url: str, body: str | bytes = b"", **headers: str):
        """One request; the response."""
        return self.session.request(method, urljoin(self.url, url), data=body, headers=headers)

    def make_collection(self, kind: str, name: str) -> str:
        """A calendar ("calendar") or address book ("addressbook") named ``name``; its path."""
        path = f"{self.home}{uuid.uuid4().hex[:8]}/"
        if kind == "calendar":
            body = (
                '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set>'
                f"<d:prop><d:displayname>{name}</d:displayname></d:prop></d:set></c:mkcalendar>"
            )
            response = self.request("MKCALENDAR", path, body)
        else:
            body = (
                '<d:mkcol xmlns:d="DAV:" xmlns:a="urn:ietf:params:xml:ns:carddav"><d:set>'
                "<d:prop><d:resourcetype><d:collection/><a:addressbook/></d:resourcetype>"
                f"<d:displayname>{name}</d:displayname></d:prop></d:set></d:mkcol>"
            )
            response = self.request("MKCOL", path, body)
        assert response.status_code == 201, response.text
        return path

    def collection(self, name: str) -> str:
        """The path of the collection whose display name is ``name``."""
        body = '<d:propfind xmlns:d="DAV:"><d:prop><d:displayname/></d:prop></d:propfind>'
        response = self.request("PROPFIND", self.home, body, Depth="1")
        root = ElementTree.fromstring(response.content)
        for answer in root.iter(DAV + "response"):
            if answer.findtext(f".//{DAV}displayname") == name:
                return answer.findtext(DAV + "href")
        raise AssertionError(f"no collection {name}")

    def resources(self, collection: str) -> dict[str, bytes]:
        """Every resource in the collection: path to its text."""
        body = '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        response = self.request("PROPFIND", collection, body, Depth="1")
        root = ElementTree.fromstring(response.content)
        found = {}
        for answer in root.iter(DAV + "response"):
            href = answer.findtext(DAV + "href")
            if href.rstrip("/") != collection.rstrip("/"):
                found[href] = self.request("GET", href).content
        return found

    def count(self, collection: str) -> int:
        """How many resources the collection holds (one PROPFIND)."""
        body = '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        response = self.request("PROPFIND", collection, body, Depth="1")
        root = ElementTree.fromstring(response.content)
        return sum(
            1
            for answer in root.iter(DAV + "response")
            if answer.findtext(DAV + "href").rstrip("/") != collection.rstrip("/")
        )

    def events(self, calendar: str) -> dict[str, object]:
        """The calendar's events read with icalendar: UID to the VCALENDAR."""
        from icalendar import Calendar

        events = {}
        for data in self.resources(calendar).values():
            parsed = Calendar.from_ical(data)
            uid = str(parsed.walk("VEVENT")[0].get("UID"))
            events[uid] = parsed
        return events

    def path_of_uid(self, collection: str, uid: str) -> str:
        """The path of the resource holding ``uid``."""
        for path, data in self.resources(collection).items():
            if re.search(rb"^UID:" + re.escape(uid.encode()) + rb"\r?$", data, re.MULTILINE):
                return path
        raise AssertionError(f"no resource with {uid}")

    def put(self, path: str, data: bytes, content_type: str = "text/calendar") -> None:
        """Write a resource as the phone would (no If-Match: the phone does not care)."""
        response = self.request("PUT", path, data, **{"Content-Type": content_type})
        assert response.status_code in (201, 204), response.text

    def delete(self, path: str) -> None:
        """Delete a resource."""
        response = self.request("DELETE", path)
        assert response.status_code in (200, 204), response.text
