"""The right-hand panel of the Care team tab: everything about one contact, with copy buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.contacts.display_labels import (
    phone_kind_label,
    role_explanation_label,
    role_label,
    shown_number,
)
from caregiver_app.services.diary.vital_routing import office_hours, ordered_numbers
from caregiver_app.store.contacts import ContactRecord
from caregiver_app.store.home_clock import home_now
from caregiver_app.views.care_team.office_hours_text import hours_text
from caregiver_app.views.widgets.form_parts import command_button
from caregiver_app.views.widgets.tab_page import escape_html, set_bold


class ContactDetail(QScrollArea):
    """Shows one contact; every number and address can be copied with one click."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetail")
        self.setAccessibleName(self.tr("Contact details"))
        self.setWidgetResizable(True)
        # Text wraps to the panel's width instead of hiding behind a sideways scroll.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.open_url: Callable[[QUrl], object] = lambda url: None
        self.record: ContactRecord | None = None
        # What "now" is for the order of the numbers; tests set a fixed one.
        self.clock: Callable[[], datetime] = home_now
        self.show_record(None)

    def _label(self, text: str, rich: bool = False, plain: str = "") -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setAccessibleName(plain or text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _copy_button(self, accessible: str, text: str) -> QPushButton:
        """A Copy button that puts ``text`` on the clipboard."""
        return command_button(self, self.tr("Copy"), lambda: self.copy_text(text), accessible)

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard and say so."""
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def show_record(self, record: ContactRecord | None) -> None:
        """Show ``record``, or a hint when nobody is chosen."""
        self.record = record
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        if record is None:
            hint = self._label(
                self.tr("Choose a person in the list to see all their numbers and details.")
            )
            hint.setObjectName("detailHint")
            layout.addWidget(hint)
            layout.addStretch(1)
            self.setWidget(page)
            return

        layout.addWidget(self._label(f"<h2>{escape_html(record.name)}</h2>", True, record.name))
        role_line = " · ".join(
            part for part in (role_label(record.role), record.organisation) if part
        )
        if role_line:
            layout.addWidget(self._label(role_line))
        explanation = role_explanation_label(record.role)
        if explanation:
            layout.addWidget(self._label(f"<i>{escape_html(explanation)}</i>", True, explanation))
        flags = []
        if record.call_first:
            flags.append(self.tr("Call first for symptoms"))
        if record.emergency_contact:
            flags.append(self.tr("Emergency contact"))
        if flags:
            flag_label = self._label(" · ".join(flags))
            set_bold(flag_label)
            layout.addWidget(flag_label)

        def add_line(title: str, value: str, buttons: list[QPushButton]) -> None:
            """A small bold heading, the value under it, its buttons to the right."""
            row = QHBoxLayout()
            text = QVBoxLayout()
            text.setSpacing(0)
            heading = self._label(title)
            set_bold(heading)
            text.addWidget(heading)
            text.addWidget(self._label(value))
            row.addLayout(text, 1)
            for button in buttons:
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addLayout(row)

        # The number that answers now first (by the office hours), the fax last.
        ordered = ordered_numbers(record, self.clock())
        ordered += [phone for phone in record.phones if phone not in ordered]
        for kind, number in ordered:
            shown = shown_number(number)
            add_line(
                phone_kind_label(kind).capitalize(),
                shown,
                [self._copy_button(self.tr("Copy {number}").format(number=shown), shown)],
            )
        if record.office_days or record.office_opens:
            hours = office_hours(record)
            shown_hours = hours_text(hours)
            if hours.assumed:
                shown_hours = self.tr("{hours} (partly the usual hours: not all entered)").format(
                    hours=shown_hours
                )
            add_line(self.tr("Office hours"), shown_hours, [])
        email, link, address = record.email, record.video_link, record.address
        if email:
            write_text = self.tr("Write an email to {email}").format(email=email)
            copy_email = self._copy_button(self.tr("Copy email {email}").format(email=email), email)
            write = command_button(
                self, self.tr("Write"), lambda: self.open_url(QUrl(f"mailto:{email}")), write_text
            )
            add_line(self.tr("Email"), email, [copy_email, write])
        if link:
            copy_link = self._copy_button(self.tr("Copy video link"), link)
            open_link = command_button(
                self, self.tr("Open"), lambda: self.open_url(QUrl(link)), self.tr("Open video link")
            )
            add_line(self.tr("Video visit"), link, [copy_link, open_link])
        if address:
            add_line(
                self.tr("Address"), address, [self._copy_button(self.tr("Copy address"), address)]
            )
        if record.call_about:
            add_line(self.tr("Call about"), record.call_about, [])
        if record.notes:
            add_line(self.tr("Notes"), record.notes, [])
        layout.addStretch(1)
        self.setWidget(page)
