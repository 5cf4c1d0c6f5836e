"""The selected visit in full: when, where, who (linked to the Care team), travel, questions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from caregiver_app.services.calendar.appointment_kinds import kind_label
from caregiver_app.services.calendar.titles import shown_title
from caregiver_app.store.calendar import recurrence, time_zones
from caregiver_app.store.calendar.records import Occurrence
from caregiver_app.store.contacts import contacts_with_ids
from caregiver_app.store.home_clock import other_home_zone
from caregiver_app.views.calendar.appointment_form_parts import _questions_module
from caregiver_app.views.calendar.appointment_labels import (
    REPEAT_LABELS,
    reminder_label,
    transport_text,
    when_text,
)

# Visits whose details are kept: more than a few months of stepping through the agenda.
MAX_KEPT_DETAILS = 200


def _text(value: str) -> str:
    return html.escape(value, quote=True).replace("\n", "<br>")


class AppointmentDetails(QTextBrowser):
    """Read-only details of one visit; a person's name opens them in the Care team tab."""

    contact_clicked = Signal(int)
    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDetails")
        self.setAccessibleName(self.tr("Details of the chosen appointment"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._anchor)
        self.occurrence: Occurrence | None = None
        # Kept per visit, as the agenda keeps its rows: the store hands out the same visit
        # object until the record changes (people and questions included), and the tab is
        # made again in a new language.
        self._kept: dict[tuple, tuple[Occurrence, str]] = {}

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "contact" and url.path().isdigit():
            self.contact_clicked.emit(int(url.path()))
        elif url.scheme() in ("http", "https"):
            self.link_clicked.emit(url)

    def _row(self, label: str, value_html: str) -> str:
        return f"<p><b>{html.escape(label)}</b> {value_html}</p>" if value_html else ""

    def show_occurrence(self, occurrence: Occurrence | None, empty_text: str = "") -> None:
        """Show one visit, or a sentence when none is chosen."""
        self.occurrence = occurrence
        if occurrence is None:
            self.setHtml(f"<p>{_text(empty_text)}</p>")
            return
        kept = self._kept.get(occurrence.key)
        if kept is not None and kept[0] is occurrence:
            self.setHtml(kept[1])
            return
        if len(self._kept) >= MAX_KEPT_DETAILS:
            self._kept.clear()
        shown = self._details_html(occurrence)
        self._kept[occurrence.key] = (occurrence, shown)
        self.setHtml(shown)

    def _details_html(self, occurrence: Occurrence) -> str:
        record = occurrence.record
        parts = [f"<h3>{_text(shown_title(record.title))}</h3>"]
        summary = [kind_label(record.kind), when_text(occurrence)]
        zone = record.timezone
        if zone and not record.all_day and zone != time_zones.home_zone_name():
            shown_in = (  # the family's home time zone when this computer is set to another
                self.tr("times shown in the home time zone; booked in {zone}")
                if other_home_zone()
                else self.tr("times shown in this computer's zone; booked in {zone}")
            )
            summary.append(shown_in.format(zone=zone))
        parts.append(f"<p>{_text(' · '.join(summary))}</p>")
        if record.rrule:
            choice = recurrence.simple_choice(record.rrule)
            repeat = self.tr("Repeats")
            if choice:
                repeat = QCoreApplication.translate("CalendarTab", REPEAT_LABELS[choice])
            if occurrence.changed:
                repeat = self.tr("{repeat}; this visit was moved or changed").format(repeat=repeat)
            parts.append(self._row(self.tr("Repeats:"), _text(repeat)))
        parts.append(self._row(self.tr("Place:"), _text(record.location)))
        if record.video_link:
            link = html.escape(record.video_link, quote=True)
            parts.append(self._row(self.tr("Video link:"), f'<a href="{link}">{link}</a>'))
        contacts = contacts_with_ids(record.participant_ids)
        people = [contacts[i] for i in record.participant_ids if i in contacts]
        if people:
            links = ", ".join(f'<a href="contact:{p.id}">{_text(p.name)}</a>' for p in people)
            parts.append(self._row(self.tr("With:"), links))
        parts.append(
            self._row(
                self.tr("Getting there:"), _text(transport_text(record.driver, record.pickup_time))
            )
        )
        parts.append(self._row(self.tr("Bring or prepare:"), _text(record.bring)))
        questions = _questions_module()
        if questions is not None:
            found = questions.open_questions(
                roles=[p.role for p in people if p.role],
                contact_ids=[p.id for p in people],
                appointment_id=record.id,
                include_unassigned=False,
                occurrence_start=occurrence.original_start if record.rrule else None,
            )
            if found:
                items = "".join(f"<li>{_text(q.text)}</li>" for q in found)
                parts.append(f"<p><b>{html.escape(self.tr('Questions to ask:'))}</b></p>")
                parts.append(f"<ul>{items}</ul>")
        reminders = ", ".join(reminder_label(m) for m in record.reminders)
        parts.append(self._row(self.tr("Reminders:"), _text(reminders or self.tr("none"))))
        parts.append(self._row(self.tr("Notes:"), _text(record.notes)))
        parts.append(self._row(self.tr("What was decided:"), _text(record.decisions)))
        return "".join(parts)
