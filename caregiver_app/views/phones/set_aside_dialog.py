"""The versions a conflict set aside, newest first, to read (nothing here changes the record).

Opened from the conflict note's "Show the other version..." and from File > Phones and
calendars...'s "Versions set aside...". Each version says what it belongs to, when the
conflict was noticed, which side was kept, and what the other version said, field by field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.phones.set_aside import SetAsideVersion
from caregiver_app.views.widgets.form_dialog import grow_to_fit


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # what came from a phone is never markup
    # Selectable, so a number or a place can be copied; named by what it says.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    if name:
        label.setObjectName(name)
    return label


class SetAsideDialog(QDialog):
    """A read-only list of the versions set aside, and Close (Escape closes too)."""

    def __init__(self, parent: QWidget, versions: list[SetAsideVersion]) -> None:
        super().__init__(parent)
        self.setObjectName("phonesSetAsideDialog")
        self.setWindowTitle(self.tr("Versions set aside"))
        self.setAccessibleName(self.tr("Versions set aside"))
        self.raw_buttons: list[QPushButton] = []
        self.raw_texts: list[QPlainTextEdit] = []
        intro = _label(
            self.tr(
                "When something was changed both here and on a phone, the newer version was "
                "kept and the other one is shown here, newest first. Nothing here changes "
                "the record."
            ),
            self,
            "phonesSetAsideIntro",
        )
        content = QWidget(self)
        content.setObjectName("phonesSetAsideList")
        column = QVBoxLayout(content)
        if not versions:
            column.addWidget(
                _label(self.tr("No versions have been set aside."), content, "phonesSetAsideNone")
            )
        for index, version in enumerate(versions):
            if index:
                line = QFrame(content)
                line.setFrameShape(QFrame.Shape.HLine)
                column.addWidget(line)
            column.addWidget(self._version(content, version))
        column.addStretch(1)
        self.versions_area = QScrollArea(self)
        self.versions_area.setObjectName("phonesSetAsideScroll")
        self.versions_area.setAccessibleName(self.tr("The versions set aside"))
        self.versions_area.setWidgetResizable(True)
        self.versions_area.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("phonesSetAsideClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.versions_area, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.setMinimumSize(width * 60, self.fontMetrics().height() * 20)
        close.setFocus()

    def _version(self, parent: QWidget, version: SetAsideVersion) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("phonesSetAsideVersion")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        heading = _label(version.what, box, "phonesSetAsideWhat")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(_label(version.noticed, box, "phonesSetAsideNoticed"))
        column.addWidget(_label(version.kept, box, "phonesSetAsideKept"))
        if version.fields:
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for label, value in version.fields:
                name = _label(self.tr("{label}:").format(label=label), box)
                shown = _label(value, box, "phonesSetAsideValue")
                shown.setAccessibleName(f"{name.text()} {value}")
                form.addRow(name, shown)
            column.addLayout(form)
        if version.problem:
            column.addWidget(_label(version.problem, box, "phonesSetAsideProblem"))
            self._raw(box, column, version.text)
        return box

    def _raw(self, box: QWidget, column: QVBoxLayout, text: str) -> None:
        """The text as the server sent it: a last resort, folded away until asked for."""
        button = QPushButton(self.tr("Show the text as the server sent it"), box)
        button.setObjectName("phonesSetAsideShowText")
        button.setAccessibleName(self.tr("Show the text as the server sent it"))
        button.setCheckable(True)
        raw = QPlainTextEdit(box)
        raw.setObjectName("phonesSetAsideText")
        raw.setAccessibleName(self.tr("The text as the server sent it"))
        raw.setReadOnly(True)
        raw.setPlainText(text)
        raw.setTabChangesFocus(True)
        raw.hide()
        button.toggled.connect(raw.setVisible)
        column.addWidget(button)
        column.addWidget(raw)
        self.raw_buttons.append(button)
        self.raw_texts.append(raw)

    def text(self) -> str:
        """Everything the dialog shows, in order, as a person reads it (for tests and copying)."""
        parts = []
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self) and label.text():
                parts.append(label.text())
        return "\n".join(parts)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Grow to fit the words at large text (up to the screen's edge)."""
        super().showEvent(event)
        grow_to_fit(self)


def show_set_aside(parent: QWidget) -> SetAsideDialog | None:
    """Open the list of versions set aside; a record that cannot be read says so instead."""
    from caregiver_app.services.phones.set_aside import set_aside_versions
    from caregiver_app.services.record.open_record import RECORD_FAILURES

    try:
        versions = set_aside_versions()
    except RECORD_FAILURES as error:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("SetAsideDialog", "Versions set aside")
        QMessageBox.warning(parent, title, str(error))
        return None
    dialog = SetAsideDialog(parent, versions)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
