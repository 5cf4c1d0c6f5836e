"""Tabs whose pages can be built the first time they are shown, so start-up reads little."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


class KeyedTabBar(QTabBar):
    """A tab bar that says when a tab was chosen by its underlined key (Alt and the letter)."""

    chosen_by_key = Signal()

    def event(self, event: QEvent) -> bool:
        """Choose the tab as Qt does, then say so: the keyboard goes into its page."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Shortcut:
            self.chosen_by_key.emit()
        return handled


class LazyTabs(QTabWidget):
    """A tab widget whose pages are made by ``make_page(name)``.

    With ``lazy``, each tab holds a blank page until it is first shown or asked for
    (``page``); the new page is then put in place and ``refresh()``-ed. Without, every
    page is built when the tabs are added.

    A tab chosen by a key (its underlined letter, or ``go_to``) puts the keyboard in its
    page, so the next key acts there.
    """

    def __init__(
        self,
        names: Sequence[str],
        make_page: Callable[[str], QWidget],
        lazy: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = tuple(names)
        self.lazy = lazy
        self._make_page = make_page
        self._built: dict[str, QWidget] = {}
        bar = KeyedTabBar(self)
        self.setTabBar(bar)  # before any tab is added, as Qt asks
        bar.chosen_by_key.connect(self.focus_page)

    def add_pages(self, labels: Sequence[str]) -> None:
        """One tab per name, with its label: a blank page if lazy, else the page itself."""
        for name, label in zip(self.names, labels, strict=True):
            self.addTab(QWidget() if self.lazy else self._build(name), label)

    def follow_current(self) -> None:
        """From now on, build a tab's page when the user goes to it."""
        self.currentChanged.connect(self._page_shown)

    def built_pages(self) -> list[QWidget]:
        """The pages in order (when lazy, those built so far)."""
        return [self._built[name] for name in self.names if name in self._built]

    def built_page(self, name: str) -> QWidget | None:
        """The page ``name`` if it is built already, else None (nothing is loaded)."""
        return self._built.get(name)

    def page(self, name: str) -> QWidget:
        """The page ``name``; when lazy, built, loaded and put in place on first use."""
        page = self._built.get(name)
        if page is None:
            index = self.names.index(name)
            page = self._build(name)
            current, label = self.currentIndex(), self.tabText(index)
            blank = self.widget(index)
            blocked = self.blockSignals(True)  # the tab on screen does not change
            self.removeTab(index)
            self.insertTab(index, page, label)
            self.setCurrentIndex(current)
            self.blockSignals(blocked)
            blank.deleteLater()
            page.refresh()
        return page

    def show(self, name: str) -> QWidget:
        """Go to the tab ``name`` (built if need be) and return its page."""
        page = self.page(name)
        self.setCurrentWidget(page)
        return page

    def go_to(self, index: int) -> QWidget:
        """Go to the tab at ``index`` as a key does: its page, with the keyboard in it."""
        self.setCurrentIndex(index)
        self.focus_page()
        return self.currentWidget()

    def focus_page(self) -> None:
        """Put the keyboard in the page on screen (its first control, or the one it names)."""
        from caregiver_app.views.widgets.page_focus import focus_into

        focus_into(self.currentWidget())

    def rebuild(self, labels: Sequence[str]) -> None:
        """Build every page made so far again, and relabel the tabs (a new language).

        Pages read their text when they are made; what they show is read again from
        the record, so nothing is lost. The tab on screen stays the same, and so does the
        place in a page that has one (``place()``, given back to the new page's
        ``return_to``): the Learn tab's open article.
        """
        current = self.currentIndex()
        blocked = self.blockSignals(True)
        for name in list(self._built):
            index = self.names.index(name)
            old = self._built.pop(name)
            place = old.place() if hasattr(old, "place") else None
            page = self._build(name)
            self.removeTab(index)
            self.insertTab(index, page, "")
            old.deleteLater()
            page.refresh()
            if place is not None and hasattr(page, "return_to"):
                page.return_to(place)
        for index, label in enumerate(labels):
            self.setTabText(index, label)
        self.setCurrentIndex(current)
        self.blockSignals(blocked)

    def _build(self, name: str) -> QWidget:
        page = self._make_page(name)
        self._built[name] = page
        return page

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(self.names):
            self.page(self.names[index])
