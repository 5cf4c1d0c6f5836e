"""The sentences of the dose and refill reminders, in the language installed when asked."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from caregiver_app.services.medication.due import DoseSlot
from caregiver_app.services.medication.running_out import RefillDue
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.views.look.locale_format import display_locale, format_short_day

# Doses named one by one in the start-up list; the rest are counted.
LISTED_AT_START = 5


def medicine_text(medicine: MedicineRecord) -> str:
    """The medicine as the list names it: "Senna 8.6 mg", or the name alone."""
    return f"{medicine.name} {medicine.strength}".strip()


def clock_text(value: datetime, today: date) -> str:
    """ "8:00 PM" today; "Sat Dec 5 8:00 PM" on another day, in the locale's words and
    order ("周六 12月5日 20:00", not "周六 5 12月")."""
    locale = display_locale()
    clock = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    if value.date() == today:
        return clock
    return f"{format_short_day(value.date())} {clock}"


class ReminderWords(QObject):
    """What the reminders say (its class name is the translation context)."""

    def due_line(self, slot: DoseSlot, now: datetime) -> str:
        """A dose due now, or one past its on-time hour and still not logged."""
        when = clock_text(slot.scheduled_for, now.date())
        if slot.overdue(now):
            text = self.tr("{medicine}, due at {time}, is not logged yet.")
        else:
            text = self.tr("Time for {medicine}: due at {time}.")
        return text.format(medicine=medicine_text(slot.medicine), time=when)

    def due_lines(self, slots: list[DoseSlot], now: datetime) -> list[str]:
        """The doses due now, then how to answer them."""
        if not slots:
            return []
        lines = [self.due_line(slot, now) for slot in slots]
        lines.append(self.tr("Answer each dose on the Today page: Given or Skipped."))
        return lines

    def closed_lines(self, slots: list[DoseSlot], now: datetime) -> list[str]:
        """The doses due while the app was closed, not logged: how many, the first ones."""
        if not slots:
            return []
        lines = [
            self.tr(
                "While Care Companion was closed, %n doses came due. They are not logged yet,"
                " to be answered on the Today page:",
                None,
                len(slots),
            )
        ]
        lines += [
            self.tr("{medicine}, {time}").format(
                medicine=medicine_text(slot.medicine),
                time=clock_text(slot.scheduled_for, now.date()),
            )
            for slot in slots[:LISTED_AT_START]
        ]
        more = len(slots) - LISTED_AT_START
        if more > 0:
            lines.append(self.tr("and %n more.", None, more))
        return lines

    def tray_text(self, slots: list[DoseSlot], now: datetime) -> str:
        """The tray notification: one dose a line."""
        return "\n".join(self.due_line(slot, now) for slot in slots)

    def refill_line(self, refill: RefillDue) -> str:
        """How long one medicine's supply lasts, by the family's count."""
        medicine = medicine_text(refill.medicine)
        on_hand = refill.supply.on_hand or 0
        if on_hand <= 0:
            return self.tr("{medicine}: no doses left, by the count.").format(medicine=medicine)
        if refill.runs_out is None:
            return self.tr("{medicine}: %n doses left.", None, on_hand).format(medicine=medicine)
        day = display_locale().toString(QDate(refill.runs_out), QLocale.FormatType.LongFormat)
        return self.tr(
            "{medicine}: %n doses left, enough until about {day}.", None, on_hand
        ).format(medicine=medicine, day=day)

    def refill_lines(self, refills: list[RefillDue], pharmacy: str) -> list[str]:
        """The medicines running out, then where to collect the refill."""
        if not refills:
            return []
        lines = [self.tr("Time to ask for a refill.")]
        lines += [self.refill_line(refill) for refill in refills]
        if pharmacy.strip():
            lines.append(self.tr("Pharmacy: {pharmacy}").format(pharmacy=pharmacy.strip()))
        else:
            lines.append(
                self.tr(
                    "No pharmacy is in the profile yet: add it with Edit profile to see it here."
                )
            )
        return lines

    def refill_logged(self, medicine: MedicineRecord, doses: int) -> str:
        """What one click on "Refill collected" kept."""
        return self.tr(
            "Refill of {medicine} logged: %n doses added, as many as the last refill or count."
            " If the pack held another number, count the doses in the medicine's form.",
            None,
            doses,
        ).format(medicine=medicine_text(medicine))

    def refill_failed(self, medicine: MedicineRecord, reason: object) -> str:
        """The record could not take the refill (busy, or the disk full)."""
        return self.tr(
            "The refill of {medicine} could not be logged ({reason}). Try again."
        ).format(medicine=medicine_text(medicine), reason=reason)

    def refill_size_unknown(self, medicine: MedicineRecord) -> str:
        """Why a refill could not be logged in one click."""
        return self.tr(
            "The refill of {medicine} is not logged: the app does not know how many doses a"
            " pack holds. Count the doses on hand in the medicine's form."
        ).format(medicine=medicine_text(medicine))
