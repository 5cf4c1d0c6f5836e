"""``caregiver-app --self-test``: does this installation work? One line per check.

Run from the bundle or from a pip install alike, it proves the pieces a packaging
mistake would lose: the SQLCipher build (a record with and without a password), the
window and each tab (offscreen, on the fictional demo record), the visit summary and
the "Who to call" sheet (ReportLab and the shipped fonts), every translation with Qt's
own, and the Chinese font. Everything happens in a throwaway folder that is deleted
after; the family's record is never opened. Exit 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler

from caregiver_app import APP_ID
from caregiver_app.store.home_clock import home_today

# A password with letters outside ASCII: the key goes through the same normalising as
# a typed one.
TEST_PASSWORD = "self-test: café 護理"


class SelfTestError(Exception):
    """One check found something wrong; the message says what."""


def check_plain_record(folder: Path) -> None:
    """Create, fill, close and reopen a record without a password."""
    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.store.opening import open_store
    from caregiver_app.store.queries import record_counts

    database = open_store(folder)
    try:
        create_demo_record()
        counts = record_counts()
    finally:
        database.close()
    database = open_store(folder)
    try:
        if record_counts() != counts:
            raise SelfTestError(
                QCoreApplication.translate(
                    "SelfTest", "the record read back other counts than were written"
                )
            )
    finally:
        database.close()


def check_password_record(folder: Path) -> None:
    """An encrypted record: written under a key, unreadable without it, read back with it."""
    from caregiver_app.store import engine
    from caregiver_app.store.database import database_path
    from caregiver_app.store.errors import StoreError
    from caregiver_app.store.opening import open_store
    from caregiver_app.store.queries import ProfileData, load_profile, save_profile

    database = open_store(folder, TEST_PASSWORD)
    try:
        save_profile(ProfileData(patient_name="Self-test"))
    finally:
        database.close()
    if not engine.looks_encrypted(database_path(folder)):
        raise SelfTestError(
            QCoreApplication.translate("SelfTest", "the record was written without encryption")
        )
    try:
        open_store(folder, "not the password").close()
    except StoreError:
        pass
    else:
        raise SelfTestError(
            QCoreApplication.translate("SelfTest", "the record opened with a wrong password")
        )
    database = open_store(folder, TEST_PASSWORD)
    try:
        if load_profile().patient_name != "Self-test":
            raise SelfTestError(
                QCoreApplication.translate("SelfTest", "the encrypted record did not read back")
            )
    finally:
        database.close()


def check_window(folder: Path) -> None:
    """Build the main window on the demo record and show each tab in turn."""
    from caregiver_app.store.opening import open_store
    from caregiver_app.views.app import application, build_window

    database = open_store(folder)
    try:
        app = application()
        window = build_window(folder, demo=True, lazy_pages=True)
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            page = window.tabs.currentWidget()
            if page is None or not page.isVisible():
                raise SelfTestError(
                    QCoreApplication.translate("SelfTest", "the tab {tab} did not show").format(
                        tab=window.tabs.tabText(index).replace("&", "")
                    )
                )
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        database.close()


def check_visit_summary(folder: Path) -> None:
    """The visit summary of the demo record's last 30 days, as PDF bytes in memory."""
    from reportlab.lib.pagesizes import A4

    from caregiver_app.services.visit_summary.request import SummaryRequest
    from caregiver_app.services.visit_summary.text import summary_bytes
    from caregiver_app.store.opening import open_store

    database = open_store(folder)
    try:
        today = home_today()
        data = summary_bytes(SummaryRequest(today - timedelta(days=29), today), A4)
    finally:
        database.close()
    _expect_pdf(data)


def check_who_to_call(folder: Path) -> None:
    """The "Who to call" sheet of the demo record's team, written to the throwaway folder."""
    from reportlab.lib.pagesizes import LETTER

    from caregiver_app.services.who_to_call.text import build_sheet
    from caregiver_app.store.contacts import list_contacts
    from caregiver_app.store.opening import open_store
    from caregiver_app.store.queries import load_profile

    path = folder / "who-to-call.pdf"
    database = open_store(folder)
    try:
        build_sheet(path, list_contacts(), load_profile().patient_name, home_today(), LETTER)
    finally:
        database.close()
    _expect_pdf(path.read_bytes())


def _expect_pdf(data: bytes) -> None:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise SelfTestError(
            QCoreApplication.translate("SelfTest", "the PDF is not whole ({size} bytes)").format(
                size=len(data)
            )
        )


def check_translations(_folder: Path) -> None:
    """Each language's file, and Qt's own for Spanish and Chinese, load and translate."""
    from caregiver_app.cli.self_test_files import check_translation_files

    problems = check_translation_files()
    if problems:
        raise SelfTestError("; ".join(problems))


def check_cjk_font(_folder: Path) -> None:
    """The shipped Chinese font loads and covers Simplified Chinese."""
    from caregiver_app.cli.self_test_files import check_font_files

    problems = check_font_files()
    if problems:
        raise SelfTestError("; ".join(problems))


def check_print_fonts(_folder: Path) -> None:
    """The fonts the printouts embed load and draw what they are shipped for."""
    from caregiver_app.cli.self_test_files import check_print_font_files

    problems = check_print_font_files()
    if problems:
        raise SelfTestError("; ".join(problems))


def _quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on, but those the offscreen platform gives for any window."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def checks() -> list[tuple[str, Callable[[Path], None]]]:
    """Every check in order, each with its name in the user's language."""
    return [
        (
            QCoreApplication.translate("SelfTest", "care record without a password"),
            check_plain_record,
        ),
        (
            QCoreApplication.translate("SelfTest", "care record with a password"),
            check_password_record,
        ),
        (QCoreApplication.translate("SelfTest", "main window and each tab"), check_window),
        (QCoreApplication.translate("SelfTest", "visit summary"), check_visit_summary),
        (QCoreApplication.translate("SelfTest", "Who to call sheet"), check_who_to_call),
        (QCoreApplication.translate("SelfTest", "translations"), check_translations),
        (QCoreApplication.translate("SelfTest", "Chinese font"), check_cjk_font),
        (QCoreApplication.translate("SelfTest", "fonts of the printouts"), check_print_fonts),
    ]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check in a throwaway folder; print one line each; 0 if all passed, else 1."""
    out = out or sys.stdout
    # The window is built without a screen: the check must run over SSH or in CI too.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    work = Path(tempfile.mkdtemp(prefix="care-companion-self-test-"))
    failed: list[str] = []
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    try:
        plain, protected = work / "plain", work / "protected"
        for name, check in checks():
            folder = protected if check is check_password_record else plain
            try:
                check(folder)
            except Exception as error:  # noqa: BLE001 - each failure is reported, then the next
                failed.append(name)
                print(
                    QCoreApplication.translate("SelfTest", "FAILED {check}: {reason}").format(
                        check=name, reason=str(error) or type(error).__name__
                    ),
                    file=out,
                    flush=True,
                )
            else:
                print(
                    QCoreApplication.translate("SelfTest", "ok     {check}").format(check=name),
                    file=out,
                    flush=True,
                )
    finally:
        qInstallMessageHandler(previous_handler)
        shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(
            f"{APP_ID}: "
            + QCoreApplication.translate("SelfTest", "the self-test failed: {checks}").format(
                checks=", ".join(failed)
            ),
            file=sys.stderr,
        )
        return 1
    return 0
