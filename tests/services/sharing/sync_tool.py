"""A simulated sync tool between the computers' copies of the family folder.

Like Syncthing or a cloud client it copies files late, half-way first, twice, and as
conflict copies; unlike them it is driven step by step by a seeded random generator.
A half-copied file is completed later and never passed on while it is half.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from caregiver_app.services.sharing.folder_files import is_temporary

_COPY_NAMES = (
    "{name}.sync-conflict-20261206-101500-ABCDEF1",
    "{name} (Laura's conflicted copy 2026-12-06)",
    "{name} - Copy",
    "{name} (1)",
)


class SyncTool:
    """Keeps several folders in step, badly."""

    def __init__(self, folders: list[Path], seed: int = 0) -> None:
        self.folders = folders
        self.random = random.Random(seed)
        self.partial: dict[Path, Path] = {}  # half-copied file -> where it came from

    def _files(self, folder: Path) -> list[Path]:
        return sorted(
            path.relative_to(folder)
            for path in folder.rglob("*")
            if path.is_file() and not is_temporary(path.name)
        )

    def step(self, late: float = 0.4, half: float = 0.15, twice: float = 0.1) -> None:
        """One round: each missing file is copied, left for later, half-copied, or copied
        with a sync tool's copy beside it; half copies made earlier are completed."""
        for target, source in list(self.partial.items()):
            if self.random.random() > late:
                shutil.copyfile(source, target)
                del self.partial[target]
        for source_folder in self.folders:
            for relative in self._files(source_folder):
                source = source_folder / relative
                if source in self.partial:
                    continue
                for target_folder in self.folders:
                    target = target_folder / relative
                    if target_folder is source_folder or target.exists():
                        continue
                    self._copy(source, target, late, half, twice)

    def _copy(self, source: Path, target: Path, late: float, half: float, twice: float) -> None:
        draw = self.random.random()
        if draw < late:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if draw < late + half and len(data) > 1:
            target.write_bytes(data[: self.random.randrange(1, len(data))])
            self.partial[target] = source
            return
        target.write_bytes(data)
        if draw < late + half + twice and "changes" in target.parts:
            copy_name = self.random.choice(_COPY_NAMES).format(name=target.name)
            (target.parent / copy_name).write_bytes(data)

    def settle(self) -> None:
        """Copy everything whole, as a sync tool eventually does."""
        for target, source in list(self.partial.items()):
            shutil.copyfile(source, target)
        self.partial.clear()
        for source_folder in self.folders:
            for relative in self._files(source_folder):
                for target_folder in self.folders:
                    target = target_folder / relative
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(source_folder / relative, target)
