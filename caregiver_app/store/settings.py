"""Settings that belong to the care record itself (not to one window), kept as text."""

from __future__ import annotations

from caregiver_app.store.models import Setting
from caregiver_app.store.plain_rows import tuples_of


def get_setting(key: str, default: str = "") -> str:
    """The stored value for ``key``, or ``default``."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def get_settings(keys: list[str]) -> dict[str, str]:
    """The stored values of those of ``keys`` that are set (one query)."""
    query = Setting.select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    return dict(tuples_of(query))


def set_setting(key: str, value: str) -> None:
    """Store ``value`` under ``key``, replacing what was there."""
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
