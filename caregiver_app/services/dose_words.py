"""The words a dose is told with wherever it is printed or shown: the time between doses,
skipped or refused and why, who gave it, and which of the two 1:15 AMs of the night the
clocks go back a time given is.

They are filed under one translation context ("DoseWords"), so the medicine chart, the
visit summary and the Today page say them alike and their translations cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime

from caregiver_app.services.wording import QT_TRANSLATE_NOOP, LabelSet, translated
from caregiver_app.store.repeated_hour import passes

CONTEXT = "DoseWords"


class DoseWords(LabelSet, context=CONTEXT):
    """The shared words about doses, already translated; ``{...}`` are filled in."""

    hours: str = QT_TRANSLATE_NOOP("DoseWords", "{hours} h")
    hours_minutes: str = QT_TRANSLATE_NOOP("DoseWords", "{hours} h {minutes} min")
    minutes: str = QT_TRANSLATE_NOOP("DoseWords", "{minutes} min")
    skipped: str = QT_TRANSLATE_NOOP("DoseWords", "Skipped")
    refused: str = QT_TRANSLATE_NOOP("DoseWords", "Refused")
    patient: str = QT_TRANSLATE_NOOP("DoseWords", "the patient")
    nurse: str = QT_TRANSLATE_NOOP("DoseWords", "a nurse")
    reason_asleep: str = QT_TRANSLATE_NOOP("DoseWords", "asleep")
    reason_vomited: str = QT_TRANSLATE_NOOP("DoseWords", "vomited")
    reason_refused: str = QT_TRANSLATE_NOOP("DoseWords", "refused")
    reason_not_needed: str = QT_TRANSLATE_NOOP("DoseWords", "not needed")
    reason_other: str = QT_TRANSLATE_NOOP("DoseWords", "other reason")
    # A time in the hour the clocks go back through, written twice that night: said as the
    # dose forms ask it (views/widgets/pass_choice.py), so the order of two doses shows.
    first_pass: str = QT_TRANSLATE_NOOP("DoseWords", "{time} (before the clocks went back)")
    second_pass: str = QT_TRANSLATE_NOOP("DoseWords", "{time} (after the clocks went back)")
    # An as-needed medicine's limits as the family entered them from the prescription: the
    # chart prints them and the Today page shows them in these same words.
    as_needed_interval: str = QT_TRANSLATE_NOOP("DoseWords", "At least {interval} between doses")
    as_needed_most: str = QT_TRANSLATE_NOOP("DoseWords", "At most {count} doses in 24 hours")
    as_needed_no_limits: str = QT_TRANSLATE_NOOP(
        "DoseWords", "No interval or daily limit entered in the app."
    )

    @classmethod
    def translated(cls) -> DoseWords:
        """The words in the user's language."""
        return translated(cls.english(), CONTEXT)

    def reason(self, token: str) -> str:
        """A stored reason for a skipped or refused dose, in words (an unknown one as stored)."""
        return {
            "asleep": self.reason_asleep,
            "vomited": self.reason_vomited,
            "refused": self.reason_refused,
            "not_needed": self.reason_not_needed,
            "other": self.reason_other,
        }.get(token, token)

    def performer(self, token: str) -> str:
        """Who gave a dose, in words: a name as typed, the patient, a nurse ("" nobody said)."""
        return {"patient": self.patient, "nurse": self.nurse}.get(token, token)

    def interval(self, minutes: int) -> str:
        """``minutes`` as "4 h", "1 h 30 min" or "45 min"."""
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.minutes.replace("{minutes}", str(rest))
        if not rest:
            return self.hours.replace("{hours}", str(hours))
        return self.hours_minutes.replace("{hours}", str(hours)).replace("{minutes}", str(rest))

    def limits(self, min_interval_minutes: int | None, max_per_day: int | None) -> list[str]:
        """The limits entered, one phrase each, or the one saying none was entered."""
        said = []
        if min_interval_minutes:
            said.append(
                self.as_needed_interval.replace("{interval}", self.interval(min_interval_minutes))
            )
        if max_per_day:
            said.append(self.as_needed_most.replace("{count}", str(max_per_day)))
        return said or [self.as_needed_no_limits]

    def at_pass(self, moment: datetime, shown: str) -> str:
        """``shown`` (``moment`` as written) with the pass of the repeated hour it is in,
        "1:15 AM (after the clocks went back)"; any other time exactly as written."""
        if len(passes(moment)) < 2:
            return shown
        return (self.second_pass if moment.fold else self.first_pass).replace("{time}", shown)


def at_pass(moment: datetime, shown: str) -> str:
    """``shown`` with the pass of the repeated hour ``moment`` is in, in the user's language
    (the words are translated only for a time that needs them)."""
    if len(passes(moment)) < 2:
        return shown
    return DoseWords.translated().at_pass(moment, shown)
