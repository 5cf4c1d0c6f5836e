"""One vCard's properties read into a contact: name, numbers and their kinds, links, notes."""

from __future__ import annotations

import binascii
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.contacts.vcard_format import (
    AFTER_HOURS,
    APPLE_LABEL,
    BINARY,
    CALL_ABOUT,
    MOBILE,
    OFFICE_HOURS,
    OURS,
    TRUE,
    VIDEO,
)
from caregiver_app.services.contacts.vcard_lines import VCardProperty, components, to_str, unescape
from caregiver_app.store.contacts import ContactRecord


class CardReader:
    """The properties of one card, read into a ContactRecord."""

    def __init__(self, props: list[VCardProperty], file_charset: str) -> None:
        self.file_charset = file_charset  # "" for a Unicode file (vcard_lines.as_utf8)
        self.props: dict[str, list[VCardProperty]] = {}
        self.labels: dict[str, str] = {}
        for prop in props:
            if prop.name in BINARY:
                continue
            self.props.setdefault(prop.name, []).append(prop)
            if prop.name == "X-ABLABEL" and prop.group:
                label = self.text(prop)
                apple = APPLE_LABEL.fullmatch(label)
                self.labels[prop.group] = apple.group(1) if apple else label

    def decoded(self, prop: VCardProperty) -> str:
        """A property's value as text: quoted-printable undone, in its charset, plain newlines."""
        raw = prop.raw
        quoted_printable = prop.param("ENCODING") == "QUOTED-PRINTABLE"
        if quoted_printable:
            raw = binascii.a2b_qp(raw)
        declared = prop.param("CHARSET") if quoted_printable or self.file_charset else ""
        return to_str(raw, declared or self.file_charset).replace("\r\n", "\n").replace("\r", "\n")

    def text(self, prop: VCardProperty) -> str:
        """A property's value unescaped and trimmed."""
        return unescape(self.decoded(prop)).strip()

    def first(self, name: str) -> str:
        """The first non-empty value of the property ``name``, or ``""``."""
        return next((text for prop in self.props.get(name, ()) if (text := self.text(prop))), "")

    def label(self, prop: VCardProperty) -> str:
        """The Apple label (X-ABLABEL) of the property's group, or ``""``."""
        return self.labels.get(prop.group, "") if prop.group else ""

    def name(self) -> str:
        """The person's name: FN, else built from N, else the organisation of a company card."""
        name = self.first("FN")
        if not name:
            for prop in self.props.get("N", ()):
                family, given, _, prefix, suffix = components(self.decoded(prop), 5)
                name = " ".join(part for part in (prefix, given, family) if part)
                if suffix:
                    name = f"{name}, {suffix}" if name else suffix
                if name:
                    break
        if not name and (
            self.first("X-ABSHOWAS").upper() == "COMPANY" or self.first("KIND").lower() == "org"
        ):
            name = self.organisation()
        return name

    def is_group(self) -> bool:
        """A group card (KIND:group in 4.0, Apple's X-ADDRESSBOOKSERVER-KIND:group in 3.0)."""
        kind = self.first("KIND") or self.first("X-ADDRESSBOOKSERVER-KIND")
        return kind.strip().lower() == "group"

    def organisation(self) -> str:
        """The first ORG with any parts, its parts joined by commas."""
        for prop in self.props.get("ORG", ()):
            if parts := [part for part in components(self.decoded(prop), 16) if part]:
                return ", ".join(parts)
        return ""

    def phone_kind(self, prop: VCardProperty) -> str:
        """The stored kind of a TEL: fax, after_hours, mobile or main."""
        types = prop.types
        label = self.label(prop)
        described = " ".join([label, *types])
        if "fax" in types or "fax" in label.lower():
            return "fax"
        if AFTER_HOURS.search(described):
            return "after_hours"
        if types & {"cell", "mobile"} or MOBILE.search(label):
            return "mobile"
        return "main"

    def phones(self) -> list[tuple[str, str]]:
        """Every phone number as (kind, number), in the card's order."""
        phones = []
        for prop in self.props.get("TEL", ()):
            number = self.text(prop)
            if number[:4].lower() == "tel:":
                number = number[4:].strip()
            if number:
                phones.append((self.phone_kind(prop), number))
        return phones

    def email(self) -> str:
        """The most preferred email address, or ``""``."""
        best_rank, best = 1000, ""
        for prop in self.props.get("EMAIL", ()):
            pref = prop.params.get("PREF", [""])[0]  # 4.0: PREF=1 is the most preferred
            if pref.isdigit() and len(pref) <= 3:
                rank = int(pref)
            else:
                rank = 1 if "pref" in prop.types else 101
            if rank < best_rank and (text := self.text(prop)):
                best_rank, best = rank, text
        return best

    def address(self) -> str:
        """The first address with any parts, one line per part."""
        for prop in self.props.get("ADR", ()):
            box, extended, street, city, region, code, country = components(self.decoded(prop), 7)
            locality = ", ".join(part for part in (city, region) if part)
            lines = (street, extended, box, " ".join(p for p in (locality, code) if p), country)
            if address := "\n".join(line for line in lines if line):
                return address
        return self.first("LABEL")

    def links(self) -> tuple[str, list[str]]:
        """The video visit link, and any other web addresses (a clinic's website, say).

        Only a link that looks like a video visit becomes the video link, so the
        "Open video link" button never opens a clinic's home page.
        """
        ours = self.first(OURS + "VIDEO-LINK")
        video = ours
        others = []
        for prop in self.props.get("URL", ()):
            url = self.text(prop)
            if not url or url == ours:
                continue
            if not video and VIDEO.search(" ".join([url, self.label(prop), *prop.types])):
                video = url
            else:
                others.append(url)
        return video, others

    def role(self) -> str:
        """The person's role: ours, else ROLE, else TITLE."""
        if OURS + "ROLE" in self.props:
            return self.first(OURS + "ROLE")
        return self.first("ROLE") or self.first("TITLE")

    def call_about_and_notes(self) -> tuple[str, str]:
        """What to call this person about, and the other notes."""
        if OURS + "CALL-ABOUT" in self.props or OURS + "NOTES" in self.props:
            return self.first(OURS + "CALL-ABOUT"), self.first(OURS + "NOTES")
        notes = "\n".join(text for prop in self.props.get("NOTE", ()) if (text := self.text(prop)))
        if notes.startswith(CALL_ABOUT):
            first_line, _, rest = notes.partition("\n")
            return first_line[len(CALL_ABOUT) :].strip(), rest.strip()
        return "", notes

    def flag(self, name: str) -> bool:
        """Whether our yes/no property ``name`` is set."""
        return self.first(OURS + name).lower() in TRUE

    def office_hours(self) -> dict[str, Any]:
        """Our office days and hours, each left out (unknown) when not there or not valid."""
        days = self.first(OURS + "OFFICE-DAYS").replace(" ", "")
        hours = OFFICE_HOURS.fullmatch(self.first(OURS + "OFFICE-HOURS").replace(" ", ""))
        found: dict[str, Any] = {}
        if days and all(len(day) == 1 and day in "1234567" for day in days.split(",")):
            found["office_days"] = ",".join(sorted(set(days.split(","))))  # as the form keeps them
        if hours is not None:
            opens, closes = (_clock(hours.group(at)) for at in (1, 2))
            if opens is not None and closes is not None and (closes == time(0) or opens < closes):
                found.update(office_opens=opens, office_closes=closes)
        return found

    def record(self) -> ContactRecord | None:
        """The card as a contact to import, or None when it has no name."""
        name = self.name()
        if not name:
            return None
        call_about, notes = self.call_about_and_notes()
        video_link, websites = self.links()
        for website in websites:
            if website not in notes:
                line = QCoreApplication.translate("VCard", "Website: {url}").format(url=website)
                notes = f"{notes}\n{line}".strip()
        return ContactRecord(
            name=name,
            role=self.role(),
            organisation=self.organisation(),
            phones=self.phones(),
            email=self.email(),
            address=self.address(),
            video_link=video_link,
            call_about=call_about,
            notes=notes,
            call_first=self.flag("CALL-FIRST"),
            emergency_contact=self.flag("EMERGENCY"),
            **self.office_hours(),
        )


def _clock(text: str) -> time | None:
    """ "8:30" as a time, "24:00" as midnight (0:00, the store's closing at midnight)."""
    hour, minute = (int(part) for part in text.split(":"))
    if (hour, minute) == (24, 0):
        return time(0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
