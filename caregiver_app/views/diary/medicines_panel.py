"""The diary's medicine list and its form: what is taken, since when, and who prescribed it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from caregiver_app.services.learn.medicine_links import medicine_article
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.diary.medicines import (
    MedicineRecord,
    get_medicine,
    list_medicines,
    save_medicine,
)
from caregiver_app.store.errors import RecordAccessError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.medication.schedules import get_rules, get_schedule, usual_times
from caregiver_app.views.diary.list_panel import ListPanel
from caregiver_app.views.diary.medicine_dialog import MedicineDialog
from caregiver_app.views.diary.schedule_text import schedule_text
from caregiver_app.views.look.locale_format import format_date
from caregiver_app.views.look.writing_direction import isolated
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.file_messages import access_reason, file_message
from caregiver_app.views.widgets.form_parts import command_button


class MedicinesPanel(ListPanel[MedicineRecord, MedicineDialog]):
    """The medicine list: current ones first; stopped ones keep their history."""

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, signals.medicines_changed, MedicineDialog, get_medicine, parent)
        # "Mark as stopped today" counts from this moment (the tests set a fixed one).
        self.clock: Callable[[], datetime] = home_now
        intro = QLabel(
            self.tr(
                "The medicines the person takes, to bring to every visit. Stopping a medicine "
                "keeps it on the list with its dates."
            ),
            self,
        )
        intro.setWordWrap(True)
        # An empty list says what to do first (the Today page has no doses until then).
        self.empty_hint = QLabel(
            self.tr(
                "No medicines on the list yet. To start, click Add a medicine and copy each "
                "one from its label or the hospital's list. Give a regular medicine its "
                "times of day and its doses show on the Today page; tick Taken as needed for "
                "a breakthrough one."
            ),
            self,
        )
        self.empty_hint.setObjectName("medicinesEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.add_button = command_button(
            self,
            self.tr("&Add a medicine..."),
            lambda: self.add_medicine(),
            self.tr("Add a medicine"),
        )
        self.edit_button = command_button(
            self,
            self.tr("Edit..."),
            lambda: self.edit_selected(),
            self.tr("Edit the selected medicine"),
        )
        self.stop_button = command_button(
            self,
            self.tr("Mark as stopped today"),
            lambda: self.stop_selected(),
            self.tr("Mark the selected medicine stopped today"),
        )
        # A medicine whose name is a kind the Learn tab explains (morphine...) links to it.
        self.read_button = command_button(
            self,
            self.tr("&Read about this medicine"),
            lambda: self.read_about_selected(),
            self.tr("Read about the selected medicine in Learn"),
        )
        self.read_button.setObjectName("readAboutMedicine")
        self.read_button.setToolTip(
            self.tr(
                "Opens the Learn article about this kind of medicine. It is offered when the "
                "medicine's name is one the articles explain."
            )
        )
        self.lay_out(
            self.tr("Medicines"),
            (intro, self.empty_hint),
            (self.add_button, self.edit_button, self.stop_button, self.read_button),
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def refresh(self) -> None:
        """Reload the list."""
        self.records = list_medicines()
        prescribers = {contact.id: contact.name for contact in list_contacts()}
        usual = usual_times()
        rows = []
        for record in self.records:
            if record.current:
                status = (
                    self.tr("Taking since {date}").format(date=format_date(record.started_on))
                    if record.started_on
                    else self.tr("Taking")
                )
            else:
                status = self.tr("Stopped {date}").format(date=format_date(record.stopped_on))
            schedule = schedule_text(
                record, get_schedule(record.id or 0), get_rules(record.id or 0), usual
            )
            rows.append(
                [
                    " ".join(part for part in (isolated(record.name), record.strength) if part),
                    record.route,
                    schedule,
                    record.purpose,
                    prescribers.get(record.prescriber_id, ""),
                    status,
                ]
            )
        self.table.set_rows(
            [
                self.tr("Medicine"),
                self.tr("How taken"),
                self.tr("Schedule"),
                self.tr("What for"),
                self.tr("Prescribed by"),
                self.tr("Status"),
            ],
            rows,
        )
        self.empty_hint.setVisible(not self.records)
        self._update_buttons()

    def _update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.stop_button.setEnabled(record is not None and record.current)
        self.read_button.setEnabled(bool(self.selected_article()))

    def selected_article(self) -> str:
        """The id of the Learn article about the selected medicine's kind, or ""."""
        record = self.selected()
        return medicine_article(record.name) if record else ""

    def read_about_selected(self) -> bool:
        """Open the Learn article about the selected medicine; False if there is none."""
        article_id = self.selected_article()
        if article_id:
            self.signals.article_requested.emit(article_id)
        return bool(article_id)

    def _context_menu(self, position: QPoint) -> QMenu:
        """Right click or the menu key on the list: the selected medicine's commands."""
        menu = QMenu(self.table)
        menu.setAccessibleName(self.tr("Medicine commands"))
        edit = menu.addAction(self.tr("Edit..."))
        edit.setEnabled(self.selected() is not None)
        edit.triggered.connect(lambda _checked=False: self.edit_selected())
        read = menu.addAction(self.tr("Read about this medicine"))
        read.setEnabled(bool(self.selected_article()))
        read.triggered.connect(lambda _checked=False: self.read_about_selected())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))
        return menu

    # The clipping check and the tests open a blank form by this name.
    add_medicine = ListPanel.add_new

    def stop_selected(self) -> None:
        """Record that the selected medicine stopped now; its history stays.

        The stop counts from this moment: the doses due earlier today stay due (given or
        not logged), the later ones are not asked for.
        """
        selected = self.selected()
        # A fresh copy: the listed medicine must not read as stopped when the save fails.
        record = get_medicine(selected.id) if selected and selected.id is not None else None
        if record is None:
            return
        now = self.clock()
        record.stopped_on = now.date()
        if record.started_on and record.started_on > record.stopped_on:
            record.started_on = record.stopped_on
        try:
            save_medicine(record, now)
        except RecordAccessError as error:
            self.message = file_message(
                self,
                self.tr("Mark as stopped today"),
                self.tr(
                    "{name} could not be marked as stopped ({reason}). Nothing was changed. "
                    "Free some disk space and try again."
                ).format(name=record.name, reason=access_reason(error)),
                warning=True,
            )
            return
        self._changed()
        self.signals.status_reported.emit(
            self.tr("{name} marked as stopped today.").format(name=record.name)
        )
