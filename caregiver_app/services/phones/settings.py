"""The link to the family's calendar server: its address, user, collections, what is sent.

The password goes to the operating system's keyring through ``keyring``. Where no usable
keyring exists (a Linux computer without a desktop keyring, the tests), it is kept in the
record's own ``phone_setting`` table, which is encrypted only when the record has a
password. ``keyring`` is imported only when the link is set up or used.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from caregiver_app.services.phones.errors import PhonesError
from caregiver_app.store.phones.state import forget_phones, phone_settings, save_phone_settings

SEND_CHOICES = ("title", "when-where", "all")
KEYRING_SERVICE = "Care Companion calendar server"
_FIELDS = ("url", "user", "calendar", "address_book", "send")


@dataclass(frozen=True)
class PhonesSettings:
    """Where the appointments and the care team go, and how much of them.

    ``send``: "title" (the title and the times), "when-where" (also the place and the video
    link) or "all" (also the notes, the people, the driver and what to bring).
    """

    url: str
    user: str
    calendar: str
    address_book: str
    send: str


def stored_settings() -> PhonesSettings | None:
    """The link's settings, or None when phones are off."""
    values = phone_settings()
    if not values.get("url"):
        return None
    return PhonesSettings(**{name: values.get(name, "") for name in _FIELDS})


def _usable_keyring() -> object | None:
    """The keyring backend to use, or None where only a failing or null one exists."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is as good as none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


def save_settings(settings: PhonesSettings, password: str) -> None:
    """Keep the settings, and the password in the keyring (or the record where none exists)."""
    if settings.send not in SEND_CHOICES:
        raise ValueError(settings.send)
    values = {name: getattr(settings, name) for name in _FIELDS}
    backend = _usable_keyring()
    stored = False
    if backend is not None:
        try:
            backend.set_password(  # type: ignore[attr-defined]
                KEYRING_SERVICE, _account(settings.url, settings.user), password
            )
            stored = True
        except Exception:  # noqa: BLE001 - a locked or refusing keyring: keep it in the record
            stored = False
    before = stored_settings()
    if before is not None and (before.url, before.user, before.calendar, before.address_book) != (
        settings.url,
        settings.user,
        settings.calendar,
        settings.address_book,
    ):
        forget_phones()  # another server or collection: what was known of the old one goes
    if stored:
        values["password_in"] = "keyring"
    else:
        values["password_in"] = "record"
        values["password"] = password
    kept = phone_settings()
    if kept.get("last_sync") and before is not None:
        values["last_sync"] = kept["last_sync"]
    save_phone_settings(values)  # a new password also ends a pause for a wrong one


def server_password() -> str:
    """The server's password, from wherever it was kept; PhonesError when it is gone."""
    values = phone_settings()
    if values.get("password_in") == "record":
        return values.get("password", "")
    backend = _usable_keyring()
    found = None
    if backend is not None:
        try:
            found = backend.get_password(  # type: ignore[attr-defined]
                KEYRING_SERVICE, _account(values.get("url", ""), values.get("user", ""))
            )
        except Exception:  # noqa: BLE001 - a locked keyring: the password is asked again
            found = None
    if found is None:
        raise PhonesError(
            "wrong-password",
            QCoreApplication.translate(
                "Phones",
                "The calendar server's password is no longer in this computer's keyring: "
                "enter it again in Phones and calendars.",
            ),
        )
    return str(found)


def stop_phones() -> None:
    """Forget the settings and the password; the server is left as it is."""
    values = phone_settings()
    if values.get("password_in") == "keyring":
        backend = _usable_keyring()
        if backend is not None:
            # Already gone, or the keyring refuses: it is forgotten here all the same.
            with contextlib.suppress(Exception):
                backend.delete_password(  # type: ignore[attr-defined]
                    KEYRING_SERVICE, _account(values.get("url", ""), values.get("user", ""))
                )
    forget_phones()


def set_link_state(**changes: str) -> None:
    """Change some of the link's own notes (paused, problem, last sync) beside the settings."""
    values = phone_settings()
    values.update(changes)
    save_phone_settings(values)


def link_state() -> dict[str, str]:
    """The link's settings and notes, as kept."""
    return phone_settings()
