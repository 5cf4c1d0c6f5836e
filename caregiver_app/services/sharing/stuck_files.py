"""Change files that never become whole: skipped quietly while they may still be arriving,
named in the sharing status once they have plainly stopped.

A sync program copies a change file in seconds or minutes; until then the file is short or
its checksum is wrong, and each sync leaves it for the next. One that is still unreadable
an hour after it was last written (its own modification time), while a later file from the
same computer has been read whole, will not come right by waiting: the sync program
delivered what came after it. It stays in the folder, unread and never removed, and is
read the moment it arrives whole; only the status speaks of it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from caregiver_app.services.sharing.change_files import FoundFile
from caregiver_app.services.sharing.read_log import DeviceLog

# The same hour after which this computer's own half-written temporaries count as left
# behind (folder_files.STALE_TEMPORARY_SECONDS): slower than any sync program copying.
STUCK_AFTER_SECONDS = 3600.0


def stuck_names(
    unreadable: Iterable[FoundFile],
    found: Iterable[FoundFile],
    log: DeviceLog,
    now: float | None = None,
) -> list[str]:
    """The names of ``unreadable`` files (one device's) that have stopped arriving: older
    than :data:`STUCK_AFTER_SECONDS` and followed by a file of that device read whole."""
    now = time.time() if now is None else now
    newest_read = max((each.sequence for each in found if log.has_read(each)), default=0)
    newest_read = max(newest_read, log.upto)
    names: list[str] = []
    for each in unreadable:
        if not each.canonical and (each.sequence <= log.upto or each.sequence in log.above):
            continue  # a sync program's copy of a file read whole already
        if each.sequence >= newest_read:
            continue  # nothing after it has come whole yet: it may still be on its way
        try:
            written = each.path.stat().st_mtime
        except OSError:
            continue  # gone meanwhile (the sync program replaced it)
        if now - written > STUCK_AFTER_SECONDS:
            names.append(each.name)
    return names
