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


def test_the_advice_follows_the_reason():
    from caregiver_app.store.file_errors import advice_for, not_saved

    def advice(number: int) -> str:
        return advice_for(OSError(number, "said by the system"))

    for number in (errno.ENOSPC, errno.EDQUOT):
        assert advice(number).startswith("Free some space on that disk, or save to another")
    for number in (errno.EROFS, errno.EACCES, errno.EPERM):
        assert advice(number).startswith("Choose a folder you may write to, such as Documents")
    assert advice(errno.EISDIR).startswith("Type a file name, not only a folder")
    for number in (errno.ENOENT, errno.ENOTDIR):
        assert advice(number).startswith("Choose a folder that exists")
    assert advice(errno.ENAMETOOLONG).startswith("Choose a shorter name")
    for number in (errno.EBUSY, errno.ETXTBSY):
        assert advice(number).startswith("Close the program that has it open")
    assert advice(errno.ELOOP) == "Try another folder."
    assert advice_for(OSError("the share went away")) == "Try another folder."
    # Only a full disk is told to free space.
    assert "space" not in advice(errno.ENOENT) + advice(errno.EROFS) + advice(errno.EISDIR)
    assert not_saved("summary.pdf", OSError(errno.ENOENT, "No such file or directory")) == (
        "summary.pdf could not be saved (no such file or folder). Choose a folder that "
        "exists, and try again."
    )
