"""Care team tab: who is on the team and how to reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caregiver_app.store.queries import ContactLine, contacts_for_overview
from caregiver_app.views.read_only_table import ReadOnlyTable
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.tab_page import TabPage, set_bold


class CareTeamTab(TabPage):
    """The family's directory of the care team, "call first" people at the top."""

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.set_texts(
            self.tr("Care team"),
            self.tr(
                "The people on the care team and how to reach them, with the person to "
                "call first for symptoms and every after-hours line at the top."
            ),
            self.tr(
                "No one is listed yet. To start, gather the cards, letters and "
                "discharge papers from the clinic: they hold the names, roles and "
                "after-hours numbers this list is built from."
            ),
        )
        content = QWidget(self)
        self.emergency = QLabel(
            self.tr("In an emergency, call 911 (or your local emergency number)."), content
        )
        self.emergency.setObjectName("emergencyLine")
        set_bold(self.emergency)
        self.emergency.setWordWrap(True)
        self.table = ReadOnlyTable(self.tr("Care team contacts"), content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.emergency)
        layout.addWidget(self.table, 1)
        self.set_content(content)
        signals.record_changed.connect(self.refresh)

    def _phone_kind(self, kind: str) -> str:
        return {
            "main": self.tr("main"),
            "mobile": self.tr("mobile"),
            "after_hours": self.tr("after hours"),
            "fax": self.tr("fax"),
        }.get(kind, kind)

    def _row(self, contact: ContactLine) -> list[str]:
        # After-hours lines first, as the family needs them most at night.
        phones = sorted(contact.phones, key=lambda phone: phone[0] != "after_hours")
        name = contact.name
        if contact.call_first:
            name = self.tr("{name} (call first for symptoms)").format(name=name)
        return [
            name,
            contact.role,
            "\n".join(f"{number} ({self._phone_kind(kind)})" for kind, number in phones),
            contact.call_about,
        ]

    def refresh(self) -> None:
        contacts = contacts_for_overview()
        self.table.set_rows(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone numbers"), self.tr("Call about")],
            [self._row(contact) for contact in contacts],
        )
        self.show_content(bool(contacts))
