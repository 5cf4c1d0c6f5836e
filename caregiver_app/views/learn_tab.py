"""Learn tab: plain-language reading about palliative care, shipped with the app."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from caregiver_app.resources import resource_path
from caregiver_app.views.signals import AppSignals
from caregiver_app.views.tab_page import TabPage

FIRST_ARTICLE = ("learn", "en", "palliative-care-basics.md")


class LearnTab(TabPage):
    """Education articles, read offline."""

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.set_texts(
            self.tr("Learn"),
            self.tr(
                "Plain answers about palliative care and the people on the team, to read "
                "at your own pace. Start with the article below."
            ),
            self.tr(
                "The reading material that comes with Care Companion could not be found. "
                "Reinstall the app to bring it back; your care record is not affected."
            ),
        )
        self.reader = QTextBrowser(self)
        self.reader.setAccessibleName(self.tr("Article"))
        self.reader.setOpenLinks(False)
        self.reader.setOpenExternalLinks(False)
        self.reader.document().setDocumentMargin(16)
        self.set_content(self.reader)

    def refresh(self) -> None:
        try:
            text = resource_path(*FIRST_ARTICLE).read_text(encoding="utf-8")
        except OSError:
            self.show_content(False)
            return
        self.reader.setMarkdown(text)
        self.show_content(True)
