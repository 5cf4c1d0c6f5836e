"""The system's reason for a file error, said in the family's language for the common ones."""

from __future__ import annotations

import errno

from caregiver_app.store.file_errors import reason_of


def test_the_common_reasons_are_plain_words():
    assert reason_of(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert reason_of(OSError(errno.EROFS, "Read-only file system")) == (
        "the drive can only be read, not written"
    )
    # Others as the system says them; an error that says nothing, as it is.
    assert reason_of(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "Too many levels of symbolic links"
    )
    assert reason_of(OSError("the share went away")) == "the share went away"


def test_in_spanish_the_reason_is_spanish_too(spanish):
    # Before, a Spanish sentence ended in "(No space left on device)".
    assert reason_of(OSError(errno.ENOSPC, "No space left on device")) == "el disco está lleno"
