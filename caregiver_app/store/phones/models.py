"""The link to the calendar server's tables (``schema.py``), as peewee models."""

from __future__ import annotations

from peewee import DateTimeField, IntegerField, TextField

from caregiver_app.store.models import BaseModel


class PhoneSetting(BaseModel):
    """One setting of the link (server address, user, chosen collections, what is sent)."""

    key = TextField(primary_key=True)
    value = TextField()


class PhoneItem(BaseModel):
    """An appointment or contact on the server: where, its ETag, what went up and came back."""

    kind = TextField()  # "appointment" or "contact"
    record_id = IntegerField()
    uid = TextField()
    href = TextField()
    etag = TextField(default="")
    sent_hash = TextField(default="")
    received_hash = TextField(default="")
    synced_at = DateTimeField()


class PhoneCollection(BaseModel):
    """The calendar or the address book on the server, and its last sync token."""

    kind = TextField(primary_key=True)
    url = TextField()
    sync_token = TextField(default="")


class PhoneQueue(BaseModel):
    """A change made here waiting to go up to the server."""

    kind = TextField()
    record_id = IntegerField()
    action = TextField()  # "send" or "delete"
    queued_at = DateTimeField()


class PhoneDeletion(BaseModel):
    """An appointment deleted on a phone, kept here until the family answers."""

    appointment_id = IntegerField(primary_key=True)
    title = TextField()
    starts_at = DateTimeField()
    noticed_at = DateTimeField()


class PhoneConflict(BaseModel):
    """A version set aside when an item changed both here and on a phone."""

    kind = TextField()
    record_id = IntegerField()
    noticed_at = DateTimeField()
    kept = TextField()  # "here" or "phone": which side's version the record now holds
    other_version = TextField()  # the one set aside, as iCalendar or vCard text
