"""Two and three records sharing one family folder through a sync tool that copies late,
half-way, twice and as conflict copies, with clocks a day off: all end the same, nothing lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from caregiver_app.services.sharing import crypto, folder_sync
from caregiver_app.services.sharing.layout import SNAPSHOTS
from tests.helpers.record_snapshot import make_demo_record
from tests.services.sharing.records import Computer
from tests.services.sharing.sync_tool import SyncTool

DAY_MS = 24 * 3600 * 1000


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    # The key's cost matters against guessing, not here: these tests derive it often.
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


def _family(tmp_path: Path, skews: tuple[int, ...]) -> tuple[list[Computer], SyncTool]:
    names = ("Laura's laptop", "Tom's laptop", "Ana's desktop")
    computers = []
    for index, skew in enumerate(skews):
        folder = tmp_path / f"folder-{index}"
        folder.mkdir()
        computers.append(Computer(names[index], tmp_path / f"record-{index}", folder, skew))
    return computers, SyncTool([computer.folder for computer in computers], seed=len(skews))


def _settle(computers: list[Computer], tool: SyncTool) -> None:
    for _ in range(2):
        for computer in computers:
            computer.sync()
            tool.settle()


def test_three_computers_with_skewed_clocks_converge(tmp_path: Path) -> None:
    computers, tool = _family(tmp_path, (0, DAY_MS, -DAY_MS))
    laura, tom, ana = computers
    make_demo_record(laura.data_dir)
    laura.start()
    tool.settle()
    tom.join()
    ana.join()
    assert tom.dump() == laura.dump() == ana.dump()
    rng = random.Random(20)
    asked: set[str] = set()
    for round_number in range(12):
        for computer in computers:
            if rng.random() < 0.6:
                text = f"{computer.name}: question {round_number}?"
                computer.ask(text)
                asked.add(text)
            if rng.random() < 0.5:
                computer.sync()
        tool.step()
    _settle(computers, tool)
    assert tom.dump() == laura.dump() == ana.dump()
    assert asked <= set(laura.questions())


def test_the_same_question_answered_on_two_computers_ends_the_same(tmp_path: Path) -> None:
    computers, tool = _family(tmp_path, (0, DAY_MS))
    laura, tom = computers
    laura.ask("Can she take the morphine with food?")
    laura.start()
    tool.settle()
    tom.join()
    laura.answer("Can she take the morphine with food?", "Yes, with a snack")
    tom.answer("Can she take the morphine with food?", "Either way")
    laura.sync()
    tom.sync()
    tool.settle()
    report = laura.sync()
    (note,) = report.conflicts
    assert (note.kept_device, note.other_device) == ("Tom's laptop", "Laura's laptop")
    assert note.other_values["answer"] == "Yes, with a snack"
    tool.step(late=0.0, half=0.5, twice=0.5)
    _settle(computers, tool)
    assert laura.dump() == tom.dump()
    # Tom's clock is a day ahead, and he answered last: his answer is kept on both.
    assert laura.questions()["Can she take the morphine with food?"] == "Either way"


def test_a_computer_back_after_a_month_catches_up_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Snapshots every few files, so the month away spans several of them.
    monkeypatch.setattr(folder_sync, "SNAPSHOT_AFTER_FILES", 5)
    computers, tool = _family(tmp_path, (0, 0))
    laura, tom = computers
    laura.ask("What is the plan for the weekend?")
    laura.start()
    tool.settle()
    tom.join()
    # Tom's laptop goes away for a month: it neither syncs nor receives files. He writes one
    # question on it meanwhile; Laura writes one a day and syncs each time.
    tom.ask("Can she have a bath on her own?")
    for day in range(1, 31):
        laura.skew_ms = day * DAY_MS
        laura.ask(f"Day {day}: how was the night?")
        laura.sync()
    assert any((laura.folder / SNAPSHOTS).iterdir())
    tom.skew_ms = 31 * DAY_MS
    tool.settle()
    _settle(computers, tool)
    assert laura.dump() == tom.dump()
    questions = set(laura.questions())
    assert "Can she have a bath on her own?" in questions
    assert {f"Day {day}: how was the night?" for day in range(1, 31)} <= questions
    assert set(tom.questions()) == questions
