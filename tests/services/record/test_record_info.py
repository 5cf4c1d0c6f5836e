"""The record-info service: what `caregiver-app info` and Help > Where is my data? both show."""

from datetime import datetime

from caregiver_app.services.record.info import read_record_info
from caregiver_app.services.record.open_record import change_record_password
from caregiver_app.store.database import database_path
from caregiver_app.store.migrations import CURRENT_VERSION
from caregiver_app.store.models import DiaryEntry
from caregiver_app.store.queries import ProfileData, save_profile


def test_an_empty_record_says_what_is_unknown_and_counts_nothing(store, data_dir):
    info = read_record_info(data_dir)
    assert info.path == database_path(data_dir)
    assert info.version == CURRENT_VERSION
    assert info.has_password is False
    assert info.person_name is None  # no name given: never a made-up one
    assert (info.contacts, info.diary_entries, info.appointments) == (0, 0, 0)
    assert info.latest_entry is None


def test_the_demo_record_gives_its_name_counts_and_newest_entry(demo_store, data_dir):
    save_profile(ProfileData(patient_name="Margaret Okafor"))
    info = read_record_info(data_dir)
    newest = DiaryEntry.select().order_by(DiaryEntry.recorded_at.desc()).first()
    assert info.person_name == "Margaret Okafor"
    assert info.diary_entries == DiaryEntry.select().count() > 0
    assert info.contacts > 0 and info.appointments > 0
    assert isinstance(info.latest_entry, datetime)
    assert info.latest_entry == newest.recorded_at


def test_a_record_under_a_password_says_so(store, data_dir):
    change = change_record_password(data_dir, "blue kettle")
    try:
        assert read_record_info(data_dir).has_password is True
    finally:
        change.database.close()
