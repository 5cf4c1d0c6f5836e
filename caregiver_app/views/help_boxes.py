"""Help > Where is my data? and Help > About: what the record is, where, and who can read it.

About names the version and the folder of the record the window has open; with no
network at all, it also says how an update reaches the family.

The texts keep the translation context "MainWindow", where they were first written.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app import __version__
from caregiver_app.plurals import record_contents
from caregiver_app.services.record.info import RecordInfo, sent_elsewhere
from caregiver_app.views.look.locale_format import format_datetime


def where_is_my_data_text(info: RecordInfo, demo: bool) -> str:
    """The plain-language answer shown by Help > Where is my data?."""
    latest = (
        format_datetime(info.latest_entry)
        if info.latest_entry
        else QCoreApplication.translate("MainWindow", "none yet")
    )
    linked = info.family_folder is not None or info.phones_server is not None
    shared = (
        [
            QCoreApplication.translate(
                "MainWindow",
                "Every change is also copied, encrypted with the family passphrase, into "
                "the family folder {folder} (File > Share with family...).",
            ).format(folder=info.family_folder),
            "",
        ]
        if info.family_folder is not None
        else []
    )
    lines = [
        QCoreApplication.translate(
            "MainWindow", "Your care record is kept on this computer, in this file:"
        )
        if linked
        else QCoreApplication.translate(
            "MainWindow", "Your care record is kept only on this computer, in this file:"
        ),
        str(info.path),
        "",
        QCoreApplication.translate(
            "MainWindow", "It holds {contacts}, {entries} (latest: {latest}) and {appointments}."
        ).format(
            **record_contents(info.diary_entries, info.contacts, info.appointments),
            latest=latest,
        ),
        "",
        *shared,
        QCoreApplication.translate(
            "MainWindow",
            "What you chose to put on the family's phones is sent over the internet to "
            "the calendar server {server} (File > Phones and calendars...). Nothing else "
            "is sent. The folder can be read only by your user account on this computer.",
        ).format(server=info.phones_server)
        if info.phones_server is not None
        else QCoreApplication.translate(
            "MainWindow",
            "Nothing is sent over the internet. The folder can be read only by "
            "your user account on this computer.",
        ),
        "",
        QCoreApplication.translate(
            "MainWindow",
            "The record and its backups are encrypted with your password "
            "(File > Password protection...).",
        )
        if info.has_password
        else QCoreApplication.translate(
            "MainWindow",
            "The record has no password: anyone who can use your account can read "
            "it. File > Password protection... sets one.",
        ),
    ]
    if demo:
        lines += [
            "",
            QCoreApplication.translate(
                "MainWindow", "This is the demo record; it is deleted when you close the app."
            ),
        ]
    return "\n".join(lines)


def where_is_my_data_box(
    parent: QWidget, text: str, open_folder: Callable[[], None]
) -> QMessageBox:
    """Help > Where is my data?, as an open message box showing ``text``."""
    box = QMessageBox(parent)
    box.setObjectName("whereIsMyDataBox")
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Where is my data?"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(
        QCoreApplication.translate("MainWindow", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    open_button.clicked.connect(open_folder)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def about_text(data_dir: Path, sent_elsewhere: bool = False) -> str:
    """Help > About's text: the version, what the app is, and where the record is kept.

    ``sent_elsewhere``: the record shares with a family folder or the phones read it, so
    not everything stays on this computer.
    """
    if sent_elsewhere:
        return QCoreApplication.translate(
            "MainWindow",
            "<h3>Care Companion {version}</h3>"
            "<p>A private record for families caring for someone in palliative care: "
            "the care team, a symptom diary, appointments and reading.</p>"
            "<p>Care Companion records and reports; it does not give medical advice. "
            "In an emergency, call 911 or your local emergency number.</p>",
        ).format(version=__version__) + QCoreApplication.translate(
            "MainWindow",
            "<p>Your care record is kept in this folder:<br>{folder}</p>"
            "<p>Care Companion does not look for updates by itself. To update, install "
            "the new version over this one; your record stays where it is.</p>",
        ).format(folder=html.escape(str(data_dir)))
    return QCoreApplication.translate(
        "MainWindow",
        "<h3>Care Companion {version}</h3>"
        "<p>A private record for families caring for someone in palliative care: "
        "the care team, a symptom diary, appointments and reading.</p>"
        "<p>Everything stays on this computer. Care Companion records and reports; "
        "it does not give medical advice. In an emergency, call 911 or your local "
        "emergency number.</p>",
    ).format(version=__version__) + QCoreApplication.translate(
        "MainWindow",
        "<p>Your care record is kept in this folder:<br>{folder}</p>"
        "<p>Care Companion never connects to the internet, so it does not look for "
        "updates by itself. To update, install the new version over this one; your "
        "record stays where it is.</p>",
    ).format(folder=html.escape(str(data_dir)))


def about_box(window: QWidget) -> QMessageBox:
    """Help > About, as an open message box; ``window`` is the main window (its data_dir)."""
    box = QMessageBox(window)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Care Companion"))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setText(about_text(window.data_dir, sent_elsewhere()))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
