"""The care record's tables, as peewee models bound to the database proxy.

The tables themselves are created by the migrations in ``migrations.py``;
these classes describe the current schema for queries.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

from caregiver_app.store.database import database_proxy


class BaseModel(Model):
    """Every table lives in the one care record database."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


class Profile(BaseModel):
    """The person cared for and the caregiver: one row, the visit summary's header."""

    patient_name = TextField(default="")
    date_of_birth = DateField(null=True)
    diagnosis = TextField(default="")
    diagnosis_date = DateField(null=True)
    allergies = TextField(default="")
    advance_directive_location = TextField(default="")
    preferred_pharmacy = TextField(default="")
    caregiver_name = TextField(default="")
    caregiver_phone = TextField(default="")
    updated_at = DateTimeField(null=True)


class Contact(BaseModel):
    """A member of the care team or another person the family may call."""

    name = TextField()
    role = TextField(default="")
    organisation = TextField(default="")
    email = TextField(default="")
    address = TextField(default="")
    video_link = TextField(default="")
    call_about = TextField(default="")
    notes = TextField(default="")
    call_first = BooleanField(default=False)
    emergency_contact = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class ContactPhone(BaseModel):
    """One phone number of a contact, with its kind (main, mobile, after_hours, fax)."""

    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    number = TextField()
    kind = TextField(default="main")
    position = IntegerField(default=0)


class DiaryEntry(BaseModel):
    """One ESAS-r assessment: nine 0-10 scores (None = not rated) and a note."""

    recorded_at = DateTimeField(index=True)
    completed_by = TextField(default="family_caregiver")
    pain = SmallIntegerField(null=True)
    tiredness = SmallIntegerField(null=True)
    drowsiness = SmallIntegerField(null=True)
    nausea = SmallIntegerField(null=True)
    lack_of_appetite = SmallIntegerField(null=True)
    shortness_of_breath = SmallIntegerField(null=True)
    depression = SmallIntegerField(null=True)
    anxiety = SmallIntegerField(null=True)
    wellbeing = SmallIntegerField(null=True)
    other_problem = TextField(default="")
    other_problem_score = SmallIntegerField(null=True)
    note = TextField(default="")
    created_at = DateTimeField()


class Appointment(BaseModel):
    """A visit, test or treatment on the calendar."""

    title = TextField()
    kind = TextField(default="other")
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField(null=True)
    all_day = BooleanField(default=False)
    timezone = TextField(default="")
    location = TextField(default="")
    video_link = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField()


ALL_MODELS = (Profile, Contact, ContactPhone, DiaryEntry, Appointment)
