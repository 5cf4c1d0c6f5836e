"""Who takes part in a visit, by care-team role: which visits a team's member attends."""

from __future__ import annotations

from collections.abc import Iterable

from caregiver_app.store.calendar.records import Occurrence
from caregiver_app.store.models import Contact
from caregiver_app.store.plain_rows import tuples_of


def role_key(role: str) -> str:
    """A role as compared: without case and outer spaces ("Chaplain " is "chaplain")."""
    return role.strip().casefold()


def attended_by(occurrences: Iterable[Occurrence], roles: Iterable[str]) -> list[Occurrence]:
    """Those of ``occurrences`` where someone taking part has one of ``roles`` (one query)."""
    occurrences = list(occurrences)
    wanted = {role_key(role) for role in roles if role.strip()}
    people = {i for o in occurrences for i in o.record.participant_ids}
    if not wanted or not people:
        return []
    query = Contact.select(Contact.id, Contact.role).where(Contact.id.in_(sorted(people)))
    on_team = {contact_id for contact_id, role in tuples_of(query) if role_key(role) in wanted}
    return [o for o in occurrences if on_team.intersection(o.record.participant_ids)]
