"""The diary's alert: the banner's sentences, "When to call the team now", and Dismiss.

Its texts keep the translation context "DiaryTab", where they were first written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from caregiver_app.services.diary.alerts import Alert
from caregiver_app.services.diary.vital_alerts import VitalAlert
from caregiver_app.views.diary.alert_text import alert_text
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.widgets.banner_row import BannerRow

WHEN_TO_CALL_ARTICLE = "when-to-call-now"


class AlertPanel(BannerRow):
    """Hidden until an entry is flagged; the buttons sit under the text so that both
    fit at twice the text size."""

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__("alertBanner", parent, under=True)
        self.setObjectName("alertPanel")
        self.banner.setAccessibleName(
            QCoreApplication.translate("DiaryTab", "Alert about the saved entry")
        )
        self.when_to_call = QPushButton(
            QCoreApplication.translate("DiaryTab", "&When to call the team now"), self
        )
        self.when_to_call.setAccessibleName(
            QCoreApplication.translate(
                "DiaryTab", "Open the Learn article When to call the team now"
            )
        )
        self.when_to_call.clicked.connect(
            lambda: signals.article_requested.emit(WHEN_TO_CALL_ARTICLE)
        )
        self.dismiss = QPushButton(QCoreApplication.translate("DiaryTab", "Dismiss"), self)
        self.dismiss.setAccessibleName(QCoreApplication.translate("DiaryTab", "Dismiss the alert"))
        self.dismiss.clicked.connect(self._dismissed)
        self.add_buttons(self.when_to_call, self.dismiss)
        # What the banner shows, kept so that whom to call is written again when the care
        # team changes (a deleted or changed call-first contact is never named).
        self._shown: tuple[Sequence[Alert], Sequence[VitalAlert]] = ((), ())
        # The entry the alert is about, and whether it was hidden because that entry went
        # (deleted, here or on another computer): Edit > Undo bringing it back shows it again.
        self.entry_id: int | None = None
        self._away_with_entry = False

    def show_alerts(
        self,
        alerts: Sequence[Alert],
        vitals: Sequence[VitalAlert],
        now: datetime,
        entry_id: int | None = None,
    ) -> None:
        """Show what was flagged about entry ``entry_id`` and whom to call at ``now``, or hide
        when nothing was."""
        self._shown = (alerts, vitals)
        self.entry_id = entry_id
        self._away_with_entry = False
        if not alerts and not vitals:
            self.hide()
            return
        self.banner.setText(alert_text(alerts, vitals, now))
        self.show()

    def _dismissed(self) -> None:
        self._away_with_entry = False
        self.hide()

    def contacts_changed(self, now: datetime) -> None:
        """Name whom to call as the care team stands now, if the banner is up."""
        if not self.isHidden():
            self.show_alerts(*self._shown, now, self.entry_id)

    def entry_kept(self, exists: bool, now: datetime) -> None:
        """Follow the entry the alert is about: hidden while it is gone (an alert about an
        entry deleted would describe nothing the family can see), shown again when it comes
        back (Edit > Undo) unless the family had dismissed it."""
        if self.entry_id is None:
            return
        if not exists and not self.isHidden():
            self.hide()
            self._away_with_entry = True
        elif exists and self._away_with_entry:
            self.show_alerts(*self._shown, now, self.entry_id)
