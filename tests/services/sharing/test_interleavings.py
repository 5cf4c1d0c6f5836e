"""Random interleavings of edits, syncs and a sync tool's copying, on three computers:
once everything is copied and each has synced, all hold the same record, nothing lost."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from caregiver_app.services.sharing import crypto
from tests.services.sharing.records import Computer
from tests.services.sharing.sync_tool import SyncTool

DAY_MS = 24 * 3600 * 1000
_computer = st.integers(min_value=0, max_value=2)


class Family(RuleBasedStateMachine):
    """Three computers, one family folder each, a sync tool between them."""

    def __init__(self) -> None:
        super().__init__()
        self.scrypt_n = crypto.SCRYPT_N
        crypto.SCRYPT_N = 2**10  # the key's cost guards against guessing, not needed here
        self.root = Path(tempfile.mkdtemp(prefix="family-"))
        self.computers: list[Computer] = []
        self.asked: set[str] = set()
        self.count = 0

    @initialize(seed=st.integers(0, 1000))
    def start(self, seed: int) -> None:
        """Laura starts, the sync tool copies the folder, Tom and Ana join."""
        for index, (name, skew) in enumerate(
            (("Laura's laptop", 0), ("Tom's laptop", DAY_MS), ("Ana's desktop", -DAY_MS))
        ):
            folder = self.root / f"folder-{index}"
            folder.mkdir()
            self.computers.append(Computer(name, self.root / f"record-{index}", folder, skew))
        self.tool = SyncTool([computer.folder for computer in self.computers], seed)
        self.computers[0].ask("First question?")
        self.asked.add("First question?")
        self.computers[0].start()
        self.tool.settle()
        self.computers[1].join()
        self.computers[2].join()

    @rule(who=_computer)
    def ask(self, who: int) -> None:
        """A question typed on one computer."""
        self.count += 1
        text = f"Question {self.count}?"
        self.computers[who].ask(text)
        self.asked.add(text)

    @rule(who=_computer, answer=st.sampled_from(["Yes", "No", "Ask again Friday"]))
    def answer(self, who: int, answer: str) -> None:
        """The first question answered on one computer (others may answer it too)."""
        self.computers[who].answer("First question?", answer)

    @rule(who=_computer)
    def sync(self, who: int) -> None:
        """One computer syncs."""
        self.computers[who].sync()

    @rule(late=st.floats(0, 0.9), half=st.floats(0, 0.5), twice=st.floats(0, 0.5))
    def copy(self, late: float, half: float, twice: float) -> None:
        """The sync tool copies some files, some half-way, some twice."""
        self.tool.step(late, half, twice)

    @invariant()
    def nothing_lost_here(self) -> None:
        """Each computer has at least the questions it asked (checked cheaply: the first)."""
        if self.computers:
            assert "First question?" in self.computers[0].questions()

    def teardown(self) -> None:
        """Everything copied and synced twice: the same record everywhere."""
        try:
            if len(self.computers) == 3:
                for _ in range(2):
                    for computer in self.computers:
                        computer.sync()
                        self.tool.settle()
                dumps = [computer.dump() for computer in self.computers]
                assert dumps[0] == dumps[1] == dumps[2]
                assert self.asked <= set(self.computers[2].questions())
        finally:
            crypto.SCRYPT_N = self.scrypt_n
            shutil.rmtree(self.root, ignore_errors=True)


Family.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestFamily = Family.TestCase
