"""What can go wrong talking to the calendar server, each said in one sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

KINDS = (
    "unreachable",
    "wrong-password",
    "forbidden",
    "not-found",
    "server-full",
    "server-error",
    "bad-response",
    "insecure",
    "untrusted",
    "other-host",
)


class PhonesError(Exception):
    """The server could not be used; ``str()`` is one translated sentence, ``kind`` says why."""

    def __init__(self, kind: str, sentence: str) -> None:
        super().__init__(sentence)
        self.kind = kind


def unreachable(detail: str = "") -> PhonesError:
    """The server did not answer (no network, wrong address, timed out)."""
    sentence = QCoreApplication.translate(
        "Phones",
        "The calendar server cannot be reached: check the address and the internet "
        "connection; changes wait here and go up at the next sync.",
    )
    if detail:
        sentence += " (" + detail[:200] + ")"
    return PhonesError("unreachable", sentence)


def wrong_password() -> PhonesError:
    """401: the server refused the user name or the password."""
    return PhonesError(
        "wrong-password",
        QCoreApplication.translate(
            "Phones",
            "The calendar server refused the user name or the app password: sync is paused "
            "until they are entered again in Phones and calendars.",
        ),
    )


def forbidden() -> PhonesError:
    """403: the user may not use this calendar or address book."""
    return PhonesError(
        "forbidden",
        QCoreApplication.translate(
            "Phones",
            "The calendar server does not let this user change that calendar or address book: "
            "choose another one, or ask whoever runs the server.",
        ),
    )


def not_found() -> PhonesError:
    """404: the calendar or address book is gone, or the address is wrong."""
    return PhonesError(
        "not-found",
        QCoreApplication.translate(
            "Phones",
            "The calendar or address book is no longer on the server (or the address is wrong): "
            "choose or create one again in Phones and calendars.",
        ),
    )


def server_full() -> PhonesError:
    """507: the server has no room left."""
    return PhonesError(
        "server-full",
        QCoreApplication.translate(
            "Phones",
            "The calendar server is full: make room there; changes wait here and go up "
            "at the next sync.",
        ),
    )


def server_error() -> PhonesError:
    """500 and the like: the server failed on its side; the address and password are fine."""
    return PhonesError(
        "server-error",
        QCoreApplication.translate(
            "Phones",
            "The calendar server ran into a problem of its own: nothing here was changed, and "
            "changes wait here and go up at the next sync. If it keeps happening, tell "
            "whoever runs the server.",
        ),
    )


def bad_response(detail: str = "") -> PhonesError:
    """The server answered with something that is not CalDAV or CardDAV."""
    sentence = QCoreApplication.translate(
        "Phones",
        "The calendar server gave an answer that cannot be read: check that the address is "
        "the CalDAV address of the server; nothing here was changed.",
    )
    if detail:
        sentence += " (" + detail[:200] + ")"
    return PhonesError("bad-response", sentence)


def insecure() -> PhonesError:
    """Plain http to a server that is not this computer."""
    return PhonesError(
        "insecure",
        QCoreApplication.translate(
            "Phones",
            "The address must start with https:// (plain http is allowed only for a server "
            "on this computer): the password and the appointments would travel unprotected.",
        ),
    )


def untrusted() -> PhonesError:
    """The server's TLS certificate is not one this computer trusts (self-signed, expired)."""
    return PhonesError(
        "untrusted",
        QCoreApplication.translate(
            "Phones",
            "This computer does not trust the calendar server's certificate (it may be "
            "self-signed or out of date), so nothing was sent: check the address, or ask "
            "whoever runs the server for a certificate from a recognized authority such as "
            "Let's Encrypt.",
        ),
    )


def other_host() -> PhonesError:
    """The server's TLS certificate is made out for another name or address than the one typed."""
    return PhonesError(
        "other-host",
        QCoreApplication.translate(
            "Phones",
            "The calendar server's certificate is made out for another address than the one "
            "typed, so nothing was sent: type the address exactly as the server's own web "
            "page shows it (its name, not a number), or ask whoever runs the server.",
        ),
    )


def for_status(status: int, detail: str = "") -> PhonesError:
    """The error for an HTTP status the sync cannot go past."""
    if status == 401:
        return wrong_password()
    if status == 403:
        return forbidden()
    if status in (404, 410):
        return not_found()
    if status == 507:
        return server_full()
    if status in (502, 503, 504, 429):
        return unreachable(f"HTTP {status}")
    if status >= 500:
        # Before, a 500 was told as an answer that cannot be read: check the address.
        return server_error()
    return bad_response(detail or f"HTTP {status}")
