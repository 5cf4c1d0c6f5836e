"""The paper every printout uses, decided in one place: Letter or A4.

Apart from the printouts themselves, so that choosing the paper loads none of them.
The rule: the paper asked for (``--paper``, or the visit summary's Paper choice), else
the one chosen last in the visit summary (kept in the record, so the Learn article, the
medicine chart and the "Who to call" sheet follow it too), else the paper of the country
the computer is set to. The app's language does not say where the family lives (Spanish
is read where Letter is used and where A4 is), so it decides only on a computer set to no
country (the bare "C" locale).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.store.settings import get_setting, set_setting

# Countries that use US Letter paper; everywhere else uses A4.
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "DO", "CR", "PA", "SV"}
PAPERS = {"letter": LETTER, "a4": A4}
PAPER_KEY = "printout_paper"


def paper_for_locale(locale_name: str) -> tuple[float, float]:
    """Letter for the countries that use it, A4 otherwise (``"en_US"`` gives Letter)."""
    parts = locale_name.replace("-", "_").split("_")
    country = parts[1].upper() if len(parts) > 1 else ""
    if locale_name in ("C", "POSIX", ""):
        country = "US"
    return LETTER if country in LETTER_COUNTRIES else A4


def local_paper() -> str:
    """``"letter"`` or ``"a4"``: the paper of the country the computer is set to; on one set
    to none, that of the app's language (the locale it has set as the default)."""
    name = QLocale.system().name()
    if "_" not in name:
        name = QLocale().name()
    return "a4" if paper_for_locale(name) == A4 else "letter"


def chosen_paper(asked: str | None = None) -> str:
    """``"letter"`` or ``"a4"`` for a printout, by the rule above (the record must be open)."""
    if asked is not None and asked in PAPERS:
        return asked
    kept = get_setting(PAPER_KEY)
    return kept if kept in PAPERS else local_paper()


def page_size(asked: str | None = None) -> tuple[float, float]:
    """The page size of :func:`chosen_paper`, in points."""
    return PAPERS[chosen_paper(asked)]


def keep_paper(paper: str) -> None:
    """Keep ``paper`` (chosen in the visit summary) for every printout from now on."""
    if paper in PAPERS:
        set_setting(PAPER_KEY, paper)
