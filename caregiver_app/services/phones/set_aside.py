"""The versions a conflict set aside, as the family reads them: what, when noticed, which side won.

The other version is kept as the server's iCalendar or vCard text (``store/phones``); it is
read here with the app's own readers and shown as plain label and value pairs. Only text
the readers cannot make sense of is offered as it is, with a sentence saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from caregiver_app.services.locale_dates import date_pattern, display_locale
from caregiver_app.store.calendar.records import AppointmentRecord
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.phones.state import all_set_aside, appointments_by_id, title_of


@dataclass(frozen=True)
class SetAsideVersion:
    """One version set aside: what it belongs to, when, which side was kept, what it said."""

    kind: str  # "appointment" or "contact"
    what: str  # “Oncology review” on March 12, 2027; “Dr Ana Ruiz”
    noticed_at: datetime
    noticed: str  # noticed_at in the user's words
    kept: str  # one sentence: which side's version the record holds now
    fields: tuple[tuple[str, str], ...]  # the other version, as (label, value)
    problem: str  # "" when read; else one sentence saying it could not be read
    text: str  # the text as the server sent it, only when it could not be read


def _day(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale))


def _moment(locale: QLocale, moment: datetime) -> str:
    hour = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("SetAside", "{day} at {time}").format(
        day=_day(locale, moment.date()), time=hour
    )


def _when(locale: QLocale, record: AppointmentRecord) -> str:
    if record.all_day:
        last = record.last_day or record.starts_at.date()
        if last == record.starts_at.date():
            return QCoreApplication.translate("SetAside", "{day}, all day").format(
                day=_day(locale, last)
            )
        return QCoreApplication.translate("SetAside", "{first} to {last}, all day").format(
            first=_day(locale, record.starts_at.date()), last=_day(locale, last)
        )
    starts = _moment(locale, record.starts_at)
    if record.ends_at is None:
        return starts
    if record.ends_at.date() == record.starts_at.date():
        ends = locale.toString(
            QTime(record.ends_at.hour, record.ends_at.minute), QLocale.FormatType.ShortFormat
        )
    else:
        ends = _moment(locale, record.ends_at)
    return QCoreApplication.translate("SetAside", "{starts} to {ends}").format(
        starts=starts, ends=ends
    )


def _pairs(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    # An empty field says nothing about the version; leaving it out keeps the list short.
    return tuple((label, value.strip()) for label, value in pairs if value and value.strip())


def _other_zone(record: AppointmentRecord) -> bool:
    """True when the version's times are in a zone other than this computer's, then."""
    from caregiver_app.store.calendar.time_zones import aware, home_zone_name, is_known_zone

    if not record.timezone or not is_known_zone(record.timezone):
        return bool(record.timezone)
    theirs = aware(record.starts_at, record.timezone).utcoffset()
    return theirs != aware(record.starts_at, home_zone_name()).utcoffset()


def appointment_fields(locale: QLocale, record: AppointmentRecord) -> tuple[tuple[str, str], ...]:
    """The fields of an appointment version, labelled in the user's language."""
    pairs = [
        (QCoreApplication.translate("SetAside", "Title"), record.title),
        (QCoreApplication.translate("SetAside", "When"), _when(locale, record)),
        (
            QCoreApplication.translate("SetAside", "Repeats"),
            QCoreApplication.translate("SetAside", "Yes, it is a series")
            if record.recurring
            else "",
        ),
        (QCoreApplication.translate("SetAside", "Place"), record.location),
        (QCoreApplication.translate("SetAside", "Video link"), record.video_link),
        (QCoreApplication.translate("SetAside", "Notes"), record.notes),
        (QCoreApplication.translate("SetAside", "What to bring"), record.bring),
        (QCoreApplication.translate("SetAside", "Driver"), record.driver),
    ]
    if _other_zone(record):
        pairs.insert(2, (QCoreApplication.translate("SetAside", "Time zone"), record.timezone))
    return _pairs(pairs)


def contact_fields(record: ContactRecord) -> tuple[tuple[str, str], ...]:
    """The fields of a contact version, labelled in the user's language."""
    from caregiver_app.services.contacts.display_labels import phone_kind_label, role_label

    phones = [
        QCoreApplication.translate("SetAside", "{number} ({kind})").format(
            number=number, kind=phone_kind_label(kind)
        )
        for kind, number in record.phones
    ]
    return _pairs(
        [
            (QCoreApplication.translate("SetAside", "Name"), record.name),
            (
                QCoreApplication.translate("SetAside", "Role"),
                role_label(record.role) if record.role else "",
            ),
            (QCoreApplication.translate("SetAside", "Organization"), record.organisation),
            (QCoreApplication.translate("SetAside", "Phones"), "\n".join(phones)),
            (QCoreApplication.translate("SetAside", "Email"), record.email),
            (QCoreApplication.translate("SetAside", "Address"), record.address),
            (QCoreApplication.translate("SetAside", "Video link"), record.video_link),
            (QCoreApplication.translate("SetAside", "What to call about"), record.call_about),
            (QCoreApplication.translate("SetAside", "Notes"), record.notes),
        ]
    )


def _read(kind: str, text: str, locale: QLocale) -> tuple[tuple[tuple[str, str], ...], str]:
    """The fields of the other version, or no fields and the sentence saying why."""
    data = text.encode("utf-8")
    try:
        if kind == "appointment":
            from caregiver_app.services.phones.events import read_event

            return appointment_fields(locale, read_event(data).record), ""
        from caregiver_app.services.phones.cards import read_card

        return contact_fields(read_card(data)), ""
    except (ValueError, IndexError, KeyError, TypeError):
        # A reader refuses what it cannot read with a ValueError; an empty calendar has
        # no first appointment. Either way the family is told, and nothing is guessed.
        if kind == "appointment":
            return (), QCoreApplication.translate(
                "SetAside",
                "This version could not be read as an appointment, so its details cannot "
                "be shown one by one.",
            )
        return (), QCoreApplication.translate(
            "SetAside",
            "This version could not be read as a contact, so its details cannot be shown "
            "one by one.",
        )


def _what(kind: str, record_id: int, locale: QLocale, found: dict[int, AppointmentRecord]) -> str:
    if kind == "appointment":
        record = found.get(record_id)
        if record is None:
            return QCoreApplication.translate(
                "SetAside", "An appointment no longer in the calendar"
            )
        if not record.title.strip():
            return QCoreApplication.translate(
                "SetAside", "An appointment without a title, on {day}"
            ).format(day=_day(locale, record.starts_at.date()))
        return QCoreApplication.translate("SetAside", "“{title}” on {day}").format(
            title=record.title, day=_day(locale, record.starts_at.date())
        )
    name = title_of(kind, record_id)
    if not name.strip():
        return QCoreApplication.translate("SetAside", "A contact no longer in the care team")
    return QCoreApplication.translate("SetAside", "“{name}”").format(name=name)


def _kept(kept: str) -> str:
    if kept == "phone":
        return QCoreApplication.translate(
            "SetAside", "The phone's version was kept. This is the version from this computer."
        )
    return QCoreApplication.translate(
        "SetAside", "This computer's version was kept. This is the phone's version."
    )


def set_aside_versions() -> list[SetAsideVersion]:
    """Every version a conflict set aside, newest first, ready to read."""
    rows = all_set_aside()
    locale = display_locale()
    found = appointments_by_id(
        record_id for _id, kind, record_id, *_rest in rows if kind == "appointment"
    )
    versions = []
    for _id, kind, record_id, noticed_at, kept, text in rows:
        fields, problem = _read(kind, text, locale)
        versions.append(
            SetAsideVersion(
                kind=kind,
                what=_what(kind, record_id, locale, found),
                noticed_at=noticed_at,
                noticed=QCoreApplication.translate("SetAside", "Noticed {moment}").format(
                    moment=_moment(locale, noticed_at)
                ),
                kept=_kept(kept),
                fields=fields,
                problem=problem,
                text=text if problem else "",
            )
        )
    return versions


def any_set_aside() -> bool:
    """True when a conflict has set a version aside."""
    from caregiver_app.store.phones.state import set_aside_count

    return set_aside_count() > 0
