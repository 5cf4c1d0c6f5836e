"""The longest a name may be: the person cared for, a caregiver, a medicine.

A name is printed in headings (on every page of the visit summary, atop the "Who to
call" sheet and the medicine chart) and in the window's lists and drop-downs; a letter
pasted into a name field by mistake (thousands of characters) made the summary and the
sheet fail to print. So a name that long is refused with a sentence where it is typed,
never cut. What the family writes at length (notes, "call about", allergies) has no limit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.store.errors import InvalidValueError

LONGEST_NAME = 200  # characters; the longest names in use are well under 100


def check_name_length(field: str, name: str) -> None:
    """Raise :class:`InvalidValueError` naming ``field`` when ``name`` is too long to be one."""
    if len(name) > LONGEST_NAME:
        raise InvalidValueError(
            field,
            QCoreApplication.translate(
                "Store",
                "A name can have at most {most} characters; this one has {count}. "
                "Please shorten it.",
            ).format(most=LONGEST_NAME, count=len(name)),
        )
