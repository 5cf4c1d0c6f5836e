"""The care record's tables, as peewee models bound to the database proxy.

The tables themselves are created by the migrations in ``migrations.py``;
these classes describe the current schema for queries.
"""

from __future__ import annotations

import uuid

from peewee import (
    AutoField,
    BooleanField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
    TimeField,
)

from caregiver_app.store.database import database_proxy


def new_uid() -> str:
    """A fresh iCalendar UID for an appointment."""
    return f"{uuid.uuid4().hex}@care-companion"


class BaseModel(Model):
    """Every table lives in the one care record database."""

    # peewee gives every table without its own primary key (all but Bookmark and Setting)
    # an ``id`` AutoField; declared for the type checker only, so no column changes.
    id: AutoField[int]

    class Meta:
        """peewee's options: the one record database, tables named in snake_case."""

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
    other_caregivers = TextField(default="")  # one name a line, in the order typed
    updated_at = DateTimeField(null=True)
    home_time_zone = TextField(default="")  # IANA name; "" = not set (store/home_clock.py)


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
    # Office hours as the family entered them; empty until entered (the routing then
    # assumes weekdays 9 to 17, and never prints that as the contact's hours).
    office_days = TextField(default="")  # ISO weekday numbers, "1,2,3,4,5"
    office_opens = TimeField(null=True)
    office_closes = TimeField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class ContactPhone(BaseModel):
    """One phone number of a contact, with its kind (main, mobile, after_hours, fax)."""

    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    contact_id: int  # the id peewee reads for ``contact`` (type only)
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
    # Version 2: vitals (metric units; the views convert for display) and a flag
    # for notes the family wants the team to read.
    temperature_c = FloatField(null=True)
    oxygen_saturation = SmallIntegerField(null=True)
    oxygen_flow_lpm = FloatField(null=True)
    weight_kg = FloatField(null=True)
    for_team = BooleanField(default=False)
    # Version 5: the pulse in beats per minute.
    pulse_bpm = SmallIntegerField(null=True)


class Tracker(BaseModel):
    """A symptom the family follows beyond ESAS-r (cough, constipation...), scored 0-10."""

    name = TextField(unique=True)
    position = IntegerField(default=0)
    active = BooleanField(default=True)
    created_at = DateTimeField()


class TrackerScore(BaseModel):
    """One custom tracker's score on one diary entry."""

    entry = ForeignKeyField(DiaryEntry, backref="tracker_scores", on_delete="CASCADE")
    entry_id: int  # the id peewee reads for ``entry`` (type only)
    tracker = ForeignKeyField(Tracker, backref="scores", on_delete="CASCADE")
    tracker_id: int  # the id peewee reads for ``tracker`` (type only)
    score = SmallIntegerField()


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
    # Version 3: the calendar (see store/calendar/). Times are wall clock in
    # ``timezone``; ``rrule`` is an RFC 5545 RRULE value, empty for a single visit.
    uid = TextField(default=new_uid, unique=True)
    sequence = IntegerField(default=0)
    updated_at = DateTimeField(null=True)
    rrule = TextField(default="")
    last_day = DateField(null=True)  # the last day of an all-day visit (inclusive)
    driver = TextField(default="")
    pickup_time = TimeField(null=True)
    bring = TextField(default="")
    decisions = TextField(default="")
    reminders = TextField(default="1440,120")  # minutes before, comma-separated


class AppointmentParticipant(BaseModel):
    """A care team contact taking part in an appointment."""

    appointment = ForeignKeyField(Appointment, backref="participants", on_delete="CASCADE")
    appointment_id: int  # the id peewee reads for ``appointment`` (type only)
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int  # the id peewee reads for ``contact`` (type only)


class AppointmentChange(BaseModel):
    """One occurrence of a series moved, edited or cancelled (RECURRENCE-ID / EXDATE)."""

    appointment = ForeignKeyField(Appointment, backref="changes", on_delete="CASCADE")
    appointment_id: int  # the id peewee reads for ``appointment`` (type only)
    original_start = DateTimeField()
    cancelled = BooleanField(default=False)
    title = TextField(default="")
    starts_at = DateTimeField(null=True)
    ends_at = DateTimeField(null=True)
    location = TextField(default="")
    video_link = TextField(default="")
    notes = TextField(default="")
    bring = TextField(default="")
    decisions = TextField(default="")
    driver = TextField(default="")
    pickup_time = TimeField(null=True)
    updated_at = DateTimeField()


class ReminderDelivery(BaseModel):
    """A reminder already shown, so it is shown once."""

    appointment = ForeignKeyField(Appointment, on_delete="CASCADE")
    appointment_id: int  # the id peewee reads for ``appointment`` (type only)
    occurrence_start = DateTimeField()
    minutes_before = IntegerField()
    delivered_at = DateTimeField()


class Medicine(BaseModel):
    """A medicine on the list; stopping it keeps its history."""

    name = TextField()
    strength = TextField(default="")
    route = TextField(default="")  # how it is taken
    schedule = TextField(default="")
    as_needed = BooleanField(default=False)
    purpose = TextField(default="")
    prescriber = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    prescriber_id: int | None  # the id peewee reads for ``prescriber`` (type only)
    started_on = DateField(null=True)
    stopped_on = DateField(null=True)
    notes = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    # The structured schedule (store/medication/schedules.py): "" until it is set up.
    schedule_kind = TextField(default="")  # "", "times" or "interval"
    dose_times = TextField(default="")  # "08:00,20:00,bedtime"
    every_hours = IntegerField(null=True)
    first_time = TimeField(null=True)
    weekdays = TextField(default="")  # "" every day, else ISO weekday numbers "1,3,5"
    prn_reasons = TextField(default="")  # one reason a line, as the prescription says
    prn_min_interval_minutes = IntegerField(null=True)
    prn_max_per_day = IntegerField(null=True)
    refill_warning_days = IntegerField(null=True)
    # The moment a start or stop dated the day it was saved counts from (schema step 9);
    # None: the whole day (a date typed for another day, or kept before step 9).
    started_at = DateTimeField(null=True)
    stopped_at = DateTimeField(null=True)


class BreakthroughDose(BaseModel):
    """An as-needed dose: when, why, and the score before and after."""

    medicine = ForeignKeyField(Medicine, backref="doses", on_delete="CASCADE")
    medicine_id: int  # the id peewee reads for ``medicine`` (type only)
    given_at = DateTimeField(index=True)
    dose = TextField(default="")
    reason = TextField(default="")
    symptom = TextField(default="")  # the ESAS-r field the scores refer to, e.g. "pain"
    score_before = SmallIntegerField(null=True)
    score_after = SmallIntegerField(null=True)
    after_recorded_at = DateTimeField(null=True)
    note = TextField(default="")
    created_at = DateTimeField()
    performer = TextField(default="")  # who gave it; "" when nobody said
    # Which pass of a repeated hour ``given_at`` is in: 0 the first, 1 the second (step 11).
    given_fold = IntegerField(default=0)


class Administration(BaseModel):
    """One answered scheduled dose (FHIR R4 MedicationAdministration names)."""

    medicine = ForeignKeyField(Medicine, backref="administrations", on_delete="CASCADE")
    scheduled_for = DateTimeField(index=True)
    status = TextField()  # given, given_late, skipped, refused
    status_reason = TextField(default="")  # asleep, vomited, refused, not_needed, other
    effective_at = DateTimeField(null=True)  # when it was given; empty when not given
    performer = TextField(default="")
    dosage = TextField(default="")  # "" means the dose on the list
    note = TextField(default="")
    recorded_at = DateTimeField()
    # Which pass of a repeated hour ``effective_at`` is in: 0 the first, 1 the second (step 11).
    effective_fold = IntegerField(default=0)


class AdministrationChange(BaseModel):
    """A change to an answered dose, kept so the log shows what it said before."""

    administration = ForeignKeyField(Administration, backref="changes", on_delete="CASCADE")
    changed_at = DateTimeField()
    field = TextField()
    old_value = TextField()
    new_value = TextField()


class SupplyEvent(BaseModel):
    """Doses on hand as counted, or a refill that added to them."""

    medicine = ForeignKeyField(Medicine, backref="supply_events", on_delete="CASCADE")
    recorded_at = DateTimeField()
    kind = TextField()  # count, refill
    amount = IntegerField()


class Question(BaseModel):
    """A question the family wants to ask the team, open until answered or removed."""

    text = TextField()
    ask_role = TextField(default="")
    ask_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    ask_contact_id: int | None  # the id peewee reads for ``ask_contact`` (type only)
    article = TextField(default="")  # the Learn article it came from, by file name
    appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL")
    appointment_id: int | None  # the id peewee reads for ``appointment`` (type only)
    # Which date of a repeating appointment: the start its rule gives that visit.
    occurrence_start = DateTimeField(null=True)
    position = IntegerField(default=0)
    created_at = DateTimeField()
    answer = TextField(default="")
    answered_at = DateTimeField(null=True)


class Bookmark(BaseModel):
    """A Learn article the family marked to find again."""

    article = TextField(primary_key=True)
    created_at = DateTimeField()


class Setting(BaseModel):
    """A setting that belongs to the record (alert thresholds), as text."""

    key = TextField(primary_key=True)
    value = TextField()


ALL_MODELS = (
    Profile,
    Contact,
    ContactPhone,
    DiaryEntry,
    Tracker,
    TrackerScore,
    Appointment,
    AppointmentParticipant,
    AppointmentChange,
    ReminderDelivery,
    Medicine,
    BreakthroughDose,
    Administration,
    AdministrationChange,
    SupplyEvent,
    Question,
    Bookmark,
    Setting,
)


class EarlierSchedule(BaseModel):
    """A schedule a medicine had until ``in_force_until`` (store/medication/schedule_history.py)."""

    medicine = ForeignKeyField(Medicine, backref="earlier_schedules", on_delete="CASCADE")
    medicine_id: int  # the id peewee reads for ``medicine`` (type only)
    in_force_until = DateTimeField()
    # "times" or "interval"; "as_needed" or "none" (not set up yet): no dose by the clock
    schedule_kind = TextField()
    dose_times = TextField(default="")
    every_hours = IntegerField(null=True)
    first_time = TimeField(null=True)
    weekdays = TextField(default="")


class UsualTime(BaseModel):
    """The family's usual time of a meal or bedtime, "08:00" ("" not set); shared."""

    anchor = TextField(unique=True)
    clock_time = TextField(default="")


class EarlierUsualTime(BaseModel):
    """A usual time the family had until ``in_force_until`` (store/medication/usual_history.py)."""

    anchor = TextField()
    clock_time = TextField()
    in_force_until = DateTimeField()
