"""Which box of the Start or Join form a refusal of the sharing services is about.

The services say why in a sentence; the form shows the sentence under the box the family
should change (the passphrase, the name, the folder), or under the form when none fits.
"""

from __future__ import annotations

from pathlib import Path


def field_of(refusal: Exception, folder: Path) -> str:
    """ "passphrase", "name", "folder", or "" for a refusal of ``folder`` that is about none."""
    from caregiver_app.services.sharing import errors, layout

    box = getattr(refusal, "box", "")
    if box:
        return str(box)
    text = str(refusal)
    if text in (str(errors.wrong_passphrase()), str(errors.empty_passphrase())):
        return "passphrase"
    if text == str(errors.empty_name()):
        return "name"
    about_folder = [str(errors.newer_format())]
    for place in {folder, folder.resolve()}:
        about_folder += [
            str(make(place))
            for make in (
                errors.folder_missing,
                errors.not_a_family_folder,
                errors.folder_not_empty,
                errors.disk_full,
            )
        ]
        about_folder += [
            str(errors.file_not_whole(place, name, joining))
            for name in (layout.FORMAT_FILE, layout.KEY_CHECK_FILE)
            for joining in (False, True)
        ]
    return "folder" if text in about_folder else ""
