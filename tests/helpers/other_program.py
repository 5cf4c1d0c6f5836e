"""Another program on this computer writing the same record file while the window is open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_OPENED = """
import sys
from pathlib import Path
from caregiver_app.store.opening import open_store
database = open_store(Path(sys.argv[1]))
{body}
database.close()
"""


def run_other_program(data_dir: Path, body: str) -> str:
    """Run ``body`` (Python, with the record open) in another process; what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", _OPENED.format(body=body), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()
