"""Care records on "several computers" in one test: each its own data folder, opened in turn,
with its own copy of the family folder and, if asked, a clock hours off."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.services.sharing import session
from caregiver_app.services.sharing.reports import SyncReport
from caregiver_app.store.opening import open_store
from caregiver_app.store.questions import QuestionRecord, answer_question, save_question
from caregiver_app.store.sync import clock
from caregiver_app.store.sync.changes import snapshot

PASSPHRASE = "blue heron at dawn"


@contextlib.contextmanager
def opened(data_dir: Path, skew_ms: int = 0) -> Iterator[None]:
    """The record in ``data_dir`` open, its clock ``skew_ms`` off the real time."""
    database = open_store(data_dir)
    previous = clock.set_wall_clock(
        (lambda: time.time_ns() // 1_000_000 + skew_ms) if skew_ms else None
    )
    try:
        yield
    finally:
        clock.set_wall_clock(previous)
        database.close()


def shared_dump(data_dir: Path) -> dict[tuple[str, str], tuple[bool, dict[str, object]]]:
    """Every shared row of the record in ``data_dir`` (references by UUID), to compare."""
    with opened(data_dir):
        return {(c.table, c.row_uuid): (c.deleted, c.values) for c in snapshot()}


@dataclass
class Computer:
    """One family member's computer: a record and its copy of the family folder."""

    name: str
    data_dir: Path
    folder: Path
    skew_ms: int = 0

    def start(self) -> SyncReport:
        """Start sharing into this computer's (empty) folder."""
        with opened(self.data_dir, self.skew_ms):
            return session.start_sharing(self.folder, self.name, PASSPHRASE)

    def join(self) -> SyncReport:
        """Join from this computer's copy of the folder."""
        with opened(self.data_dir, self.skew_ms):
            return session.join_sharing(self.folder, self.name, PASSPHRASE)

    def sync(self) -> SyncReport:
        """Sync now."""
        with opened(self.data_dir, self.skew_ms):
            return session.sync_now()

    def ask(self, text: str) -> int:
        """Add a question, as typed on this computer; its id here."""
        with opened(self.data_dir, self.skew_ms):
            return save_question(QuestionRecord(text=text))

    def answer(self, text: str, answer: str) -> None:
        """Answer the question with this text, on this computer."""
        from caregiver_app.store.questions import list_questions

        with opened(self.data_dir, self.skew_ms):
            (question,) = [q for q in list_questions(True) if q.text == text]
            assert question.id is not None
            answer_question(question.id, answer)

    def questions(self) -> dict[str, str]:
        """Every question's text and answer here."""
        from caregiver_app.store.questions import list_questions

        with opened(self.data_dir):
            return {q.text: q.answer for q in list_questions(True)}

    def dump(self) -> dict[tuple[str, str], tuple[bool, dict[str, object]]]:
        """Every shared row here."""
        return shared_dump(self.data_dir)


def laura_and_tom(tmp_path: Path) -> tuple[Computer, Computer, Path]:
    """Laura's laptop starts sharing a record holding one question; Tom's joins. Also
    returns the family folder."""
    folder = tmp_path / "family"
    folder.mkdir()
    laura = Computer("Laura's laptop", tmp_path / "laura", folder)
    tom = Computer("Tom's laptop", tmp_path / "tom", folder)
    laura.ask("Is the new patch stronger?")
    laura.start()
    tom.join()
    return laura, tom, folder
