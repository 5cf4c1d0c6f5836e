"""Checks for what a family types into a contact: clearly malformed emails and links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")
_HOST = re.compile(r"^([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?$", re.IGNORECASE)


def email_problem(email: str) -> str | None:
    """A sentence saying what is wrong with ``email``, or None when it looks right (or empty)."""
    email = email.strip()
    if not email or _EMAIL.match(email):
        return None
    return QCoreApplication.translate(
        "ContactChecks",
        "This email address does not look complete. It should look like name@example.org.",
    )


def normalise_link(link: str) -> str:
    """Add ``https://`` to a link typed without it (``zoom.us/j/123``)."""
    link = link.strip()
    if link and "://" not in link and _HOST.match(link.split("/", 1)[0]):
        return f"https://{link}"
    return link


def link_problem(link: str) -> str | None:
    """A sentence saying what is wrong with a video link, or None when it looks right."""
    link = normalise_link(link)
    if not link:
        return None
    parts = urlsplit(link)
    host = parts.netloc.rsplit("@", 1)[-1]
    if (
        parts.scheme in ("http", "https")
        and _HOST.match(host)
        and not any(char.isspace() for char in link)
    ):
        return None
    return QCoreApplication.translate(
        "ContactChecks",
        "This link does not look like a web address. Copy it again from the clinic's "
        "message; it usually starts with https://.",
    )
