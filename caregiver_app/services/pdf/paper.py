"""The paper size a printout uses where the family lives: Letter or A4.

Apart from the printouts themselves, so that choosing the paper loads none of them.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER

# Countries that use US Letter paper; everywhere else uses A4.
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "DO", "CR", "PA", "SV"}


def paper_for_locale(locale_name: str) -> tuple[float, float]:
    """Letter for the countries that use it, A4 otherwise (``"en_US"`` gives Letter)."""
    parts = locale_name.replace("-", "_").split("_")
    country = parts[1].upper() if len(parts) > 1 else ""
    if locale_name in ("C", "POSIX", ""):
        country = "US"
    return LETTER if country in LETTER_COUNTRIES else A4
