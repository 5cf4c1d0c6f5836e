"""The medicines section: the list on the period's last day, each medicine started, stopped or
changed in the period marked in its row (a stopped one in grey, after the list)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from caregiver_app.services.pdf.palette import ACCENT
from caregiver_app.services.pdf.paragraph import Paragraph
from caregiver_app.services.pdf.pieces import fill, hex_color, muted, unbroken
from caregiver_app.services.pdf.text import markup, text_pieces
from caregiver_app.services.visit_summary.medication_data import MedicineChange, MedicinesSection
from caregiver_app.services.visit_summary.sections.dose_counts import (
    DoseCountsPart,
    count_titles,
    dose_and_route,
)
from caregiver_app.store.diary.medicines import MedicineRecord
from caregiver_app.store.medication.schedules import AsNeededRules

# Narrow side padding, so a schedule or a prescriber's name stays on one line on A4.
SNUG = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
MEDICINE_COLUMNS = [0.38, 0.1, 0.12, 0.21, 0.19]
# With the scheduled doses' four counts: strength and route share a column, and the
# prescriber (whose number is with the key contacts) gives up its column to them.
COUNTED_COLUMNS = [0.34, 0.17, 0.19, 0.075, 0.075, 0.075, 0.075]
SNUG_SIDES = 3 + 2 + 0.5  # SNUG's padding, and a little for rounding
WHOLE_STRENGTH_MOST = 0.2  # a strength up to this share of the page is kept on one line
NAME_LEAST = 0.24  # what the medicine's name column keeps when the others widen


def least_width(text: str, style: ParagraphStyle, whole: bool = False) -> float:
    """The width ``text`` needs so no word of it is broken (``whole``: no line either)."""
    shown = markup(unbroken(text) if whole else text)
    return float(Paragraph(shown, style).minWidth()) + SNUG_SIDES


def fitted_shares(shares: list[float], least: list[float], width: float) -> list[float]:
    """``shares`` of ``width``, each column but the first widened to its ``least`` points, the
    first (the medicine's name, which wraps between words) giving up the room."""
    widths = [share * width for share in shares]
    for column in range(1, len(widths)):
        extra = least[column] - widths[column]
        room = widths[0] - NAME_LEAST * width
        if extra > 0 and room > 0:
            widths[column] += min(extra, room)
            widths[0] -= min(extra, room)
    return [part / width for part in widths]


def says_as_needed(schedule: str, template: str) -> bool:
    """True if the schedule as typed already says "as needed" (the words before
    ``{schedule}`` in ``template``, "as needed: {schedule}"), so they are not printed twice."""
    words = template.split("{schedule}")[0].strip(" :\uff1a").casefold()
    return bool(words) and words in schedule.casefold()


class MedicinesPart(DoseCountsPart):
    """The medicines section: what is taken now, and what changed in the period."""

    def change_tags(self, changes: list[MedicineChange]) -> str:
        """ "started Dec 3", "times changed Nov 25": the medicine's changes, as markup."""
        labels = self.labels
        kinds = {
            "added": labels.change_added,
            "started": labels.change_started,
            "stopped": labels.change_stopped,
            "times": labels.change_times,
            "changed": labels.change_edited,
        }
        tags = [
            f"{kinds[change.kind]} {labels.format_day(change.day)}".replace(" ", "\u00a0")
            for change in changes
        ]
        text = markup(" \u00b7 ".join(tags), bold=True)
        return f'<font color="{hex_color(ACCENT)}" size="7.5">{text}</font>'

    def how_often(self, medicine: MedicineRecord, section: MedicinesSection) -> str:
        """The prescription's words as typed, with the clock times set up in the app beside
        them ("twice a day (8:00 AM, 8:00 PM)"), or the times alone when no words were typed."""
        labels = self.labels
        words = medicine.schedule.strip()
        kept = section.clock_times.get(medicine.id)
        limits = section.limits.get(medicine.id)
        if kept is None and limits is not None:
            said = self.limits_text(limits)
            return fill(labels.words_and_times, words=words, times=said) if words else said
        if kept is None:
            return words
        times, weekdays = kept
        clock = labels.items(labels.format_time(at) for at in times)
        if weekdays and len(weekdays) < 7:
            days = labels.items(labels.format_weekday(day - 1) for day in sorted(weekdays))
            clock = fill(labels.times_on_days, times=clock, days=days)
        return fill(labels.words_and_times, words=words, times=clock) if words else clock

    def limits_text(self, rules: AsNeededRules) -> str:
        """ "at least 1 h between doses, at most 6 in 24 hours": the limits entered."""
        labels = self.labels
        said = []
        if rules.min_interval_minutes:
            interval = labels.interval(rules.min_interval_minutes)
            said.append(fill(labels.limit_interval, interval=interval))
        if rules.max_per_day:
            said.append(fill(labels.limit_most, count=str(rules.max_per_day)))
        return labels.phrases(said)

    def medicine_rows(
        self, medicine: MedicineRecord, section: MedicinesSection, changes: list[MedicineChange]
    ) -> list[list[object]]:
        """One medicine: name and purpose (and its changes), strength, route, schedule, who.

        A text pasted at length (a whole leaflet as the schedule) is in pieces
        (``text_pieces``), a row a piece under the medicine's, so a page lays out only its
        pieces: as one row, each page laid out all of what was left again (12 s for one
        schedule of 90,000 characters).
        """
        labels, s = self.labels, self.styles
        purpose = text_pieces(medicine.purpose.strip()) if medicine.purpose.strip() else []
        name = markup(medicine.name, bold=True)
        if purpose:
            name += " " + muted(markup(purpose[0]), 7.5)
        if changes:
            name += " " + self.change_tags(changes)
        schedule = self.how_often(medicine, section)
        if medicine.as_needed and not says_as_needed(schedule, labels.as_needed):
            schedule = fill(labels.as_needed, schedule=schedule).rstrip(": ")
        prescriber = section.prescribers.get(medicine.prescriber_id, "")
        if self.data.adherence is None:
            cells = [medicine.strength, medicine.route, schedule, prescriber]
        else:
            dose = labels.phrases(
                part for part in (medicine.strength, medicine.route) if part.strip()
            )
            cells = [dose, schedule]
        stopped = any(change.kind == "stopped" for change in changes)
        columns = [[name, *(muted(markup(piece), 7.5) for piece in purpose[1:])]]
        columns += [
            [muted(markup(piece)) if stopped else markup(piece) for piece in text_pieces(text)]
            for text in cells
        ]
        counts = self.count_cells(medicine) if self.data.adherence is not None else []
        rows: list[list[object]] = []
        for index in range(max(len(column) for column in columns)):
            row: list[object] = [
                Paragraph(column[index], s.row) if index < len(column) else "" for column in columns
            ]
            rows.append(row + (list(counts) if index == 0 else [""] * len(counts)))
        return rows

    def fitted_widths(self, titles: list[str], medicines: list[MedicineRecord]) -> list[float]:
        """The list's column shares, widened so no heading or value breaks inside a word,
        and a strength ("5 mg/2.5 mL") stays on one line unless it is long."""
        s, page = self.styles, self.width
        least = [0.0] + [least_width(title, s.head) for title in titles[1:]]
        for medicine in medicines:
            strength = medicine.strength.strip()
            if strength:
                whole = least_width(strength, s.row, whole=True)
                fits = whole <= WHOLE_STRENGTH_MOST * page
                least[1] = max(least[1], whole if fits else least_width(strength, s.row))
            least[2] = max(least[2], least_width(medicine.route.strip(), s.row))
        return fitted_shares(MEDICINE_COLUMNS, least, page)

    def medicines(self, section: MedicinesSection) -> list[Flowable]:
        """The medicine list on the last day, what changed marked in it; then those stopped."""
        labels, s = self.labels, self.styles
        by_medicine: dict[int | None, list[MedicineChange]] = {}
        for change in section.changes:
            by_medicine.setdefault(change.medicine.id, []).append(change)
        current = {medicine.id for medicine in section.current}
        stopped = [
            changes[0].medicine for key, changes in by_medicine.items() if key not in current
        ]
        if not section.current and not stopped:
            return self.headed(labels.medicines_title, [self.none_line(labels.medicines_none)])
        counted = self.data.adherence is not None
        if counted:
            titles = [labels.col_medicine, dose_and_route(), labels.col_schedule]
        else:
            titles = [labels.col_medicine, labels.col_strength, labels.col_route]
            titles += [labels.col_schedule, labels.col_prescriber]
        header: list[object] = [self.p(text, s.head) for text in titles]
        if counted:  # the counts' headings centred over their numbers
            header += [
                Paragraph(f'<font size="7">{markup(text, bold=True)}</font>', s.head_centre)
                for text in count_titles()
            ]
        rows: list[list[object]] = [header]
        continued: list[int] = []  # a long text's rows but its last
        for medicine in [*section.current, *stopped]:
            made = self.medicine_rows(medicine, section, by_medicine.get(medicine.id, []))
            continued += range(len(rows), len(rows) + len(made) - 1)
            rows += made
        widths = COUNTED_COLUMNS if counted else MEDICINE_COLUMNS
        if not counted:
            widths = self.fitted_widths(titles, [*section.current, *stopped])
        table = self.table(rows, widths, SNUG, pad=0.3, continued=set(continued))
        caption = fill(labels.medicines_current, date=labels.format_date(section.on))
        added = any(change.kind == "added" for change in section.changes)
        caption += " \u00b7 " + (
            labels.changes_none
            if not section.changes
            else labels.changes_added_title
            if added
            else labels.changes_title
        )
        body: list[Flowable] = [table, *self.reasons_line()]
        return self.headed(labels.medicines_title, body, keep=len(rows) <= 12, aside=caption)
