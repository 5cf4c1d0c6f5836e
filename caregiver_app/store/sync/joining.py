"""A record joining a family folder: it may hold a profile and nothing else of the family's.

A new computer's first start asks for the profile, so a record about to join often holds
one. It is set aside (a setting, in the join's own transaction) while the family's record
comes in, then settled: written back when the family has no profile yet (or an empty
one), dropped when it is the family's as it is, and otherwise kept as the other version
in the conflict history, for the family to choose from. Nothing typed is lost at any step.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from caregiver_app.store.database import database_proxy
from caregiver_app.store.home_clock import home_aware, home_now
from caregiver_app.store.migrations_v7 import SHARED_TABLES
from caregiver_app.store.settings import get_setting, set_setting
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.history import record_conflict
from caregiver_app.store.sync.rows import read_values, state_of_uuid, uuid_of, write_row
from caregiver_app.store.sync.tables import SINGLE_ROW_TABLES, SharedTable, shared_tables
from caregiver_app.store.transactions import transaction

# The profile typed here, as a change's values (JSON), while the family's record comes in.
SET_ASIDE = "sharing.profile_set_aside"
PROFILE = "profile"
# When the profile was saved, and the record's clock (a new record has this computer's
# zone; joining takes the family's): not a part of what the family would choose between.
HOME_ZONE = "home_time_zone"
_STAMP_COLUMNS = frozenset({"updated_at", HOME_ZONE})


def holds_entries() -> bool:
    """Whether a shared table other than the profile holds a row (a diary entry, a dose, a
    medicine, a contact...): such a record cannot join."""
    for table in SHARED_TABLES:
        if table in SINGLE_ROW_TABLES:
            continue
        found = database_proxy.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()
        if found[0]:
            return True
    return False


def _profile() -> SharedTable:
    return shared_tables()[PROFILE]


def _profile_id() -> int | None:
    row = database_proxy.execute_sql(f'SELECT id FROM "{PROFILE}" ORDER BY id LIMIT 1').fetchone()
    return None if row is None else int(row[0])


def _blank(values: dict[str, object]) -> bool:
    return not any(value for column, value in values.items() if column not in _STAMP_COLUMNS)


def _same(one: dict[str, object], other: dict[str, object]) -> bool:
    columns = (set(one) | set(other)) - _STAMP_COLUMNS
    return all(one.get(column) == other.get(column) for column in columns)


def set_profile_aside() -> None:
    """Before this record shares (inside the join's transaction): the profile typed here
    leaves the record, kept in a setting, so it is not sent as the family's."""
    row_id = _profile_id()
    if row_id is None:
        return
    values = read_values(_profile(), row_id) or {}
    if not _blank(values):
        set_setting(SET_ASIDE, json.dumps(values, sort_keys=True, default=str))
    database_proxy.execute_sql(f'DELETE FROM "{PROFILE}"')


def _set_aside() -> dict[str, object] | None:
    text = get_setting(SET_ASIDE)
    return json.loads(text) if text else None


def _typed_stamp(values: dict[str, object], device_id: str) -> str:
    """A clock stamp for the version typed here, at the time it was saved (now if unknown)."""
    try:
        saved = datetime.fromisoformat(str(values.get("updated_at")))
    except ValueError:
        saved = home_now()
    moment = saved if saved.tzinfo is not None else home_aware(saved)
    return clock.make_stamp(int(moment.astimezone(UTC).timestamp() * 1000), 0, device_id)


def settle_profile(device_id: str, family_only: bool = False) -> tuple[bool, int | None]:
    """Once the family's record is in: the profile set aside goes back into the record as
    this computer's edit when the family has none (or an empty one), and is otherwise kept
    as the other version of the family's profile unless it is the same. ``family_only``:
    settled only against a family profile already here (the snapshot's; without one, the
    family's change files are read first). Returns whether the record was written (to
    send) and the conflict history row made, if any."""
    typed = _set_aside()
    row_id = _profile_id()
    if typed is None or (family_only and row_id is None):
        return False, None
    table = _profile()
    with transaction():
        set_setting(SET_ASIDE, "")
        family = read_values(table, row_id) if row_id is not None else None
        if family is not None:
            typed[HOME_ZONE] = family.get(HOME_ZONE) or ""  # the family's clock
        row_uuid = uuid_of(PROFILE, row_id) if row_id is not None else None
        state = state_of_uuid(row_uuid) if row_uuid else None
        if family is None or _blank(family) or state is None or not state.clock:
            write_row(table, row_id, typed)
            return True, None
        if _same(family, typed):
            return False, None
        assert row_uuid is not None
        conflict = record_conflict(
            PROFILE,
            row_uuid,
            (state.clock, state.device_id),
            (_typed_stamp(typed, device_id), device_id),
            typed,
        )
        return False, conflict


def put_profile_back() -> None:
    """Sharing stopped before the family's record came in (inside the caller's transaction,
    not sharing any more): the profile set aside is this record's again."""
    typed = _set_aside()
    if typed is None:
        return
    set_setting(SET_ASIDE, "")
    write_row(_profile(), _profile_id(), typed)
