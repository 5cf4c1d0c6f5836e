"""The context of the visit summary's counted phrases ("1 dose", "2 doses"), typed for mypy.

lupdate files a message with ``%n`` as plural only from ``Class.tr(text, None, n)`` (see
:mod:`caregiver_app.plurals`), and PySide6's stubs type ``tr`` as an instance method; so
the checker reads this declaration, and the app the class itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    class VisitSummary:
        """What the checker knows of :class:`caregiver_app.plurals.VisitSummary`."""

        @staticmethod
        def tr(source: str, disambiguation: None, n: int) -> str:
            """``source`` in the user's language, in its plural form for ``n``."""
            return source

else:
    from caregiver_app.plurals import VisitSummary  # noqa: F401 - what the sections import
