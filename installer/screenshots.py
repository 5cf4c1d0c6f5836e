"""Retake the screenshots in resources/desktop/screenshots/ from the demo record, offscreen.

``python installer/screenshots.py`` (from the checkout). The demo record is fictional;
the window is drawn without a screen at a size a laptop shows, in English.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "desktop" / "screenshots"
SIZE = (1100, 720)
# (file name, tab's object name): the pages a newcomer should see first.
SHOTS = (("diary.png", "diary_tab"), ("care-team.png", "care_team_tab"))


def main() -> int:
    """Open the demo record in a window offscreen and save one PNG per tab in SHOTS."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["LANGUAGE"] = "en"
    sys.path.insert(0, str(ROOT))
    from caregiver_app.paths import set_application_identity
    from caregiver_app.services.record.demo import create_demo_record
    from caregiver_app.store.opening import open_store
    from caregiver_app.views.app import application, build_window

    set_application_identity()
    folder = Path(tempfile.mkdtemp(prefix="care-companion-screenshots-"))
    database = open_store(folder)
    try:
        create_demo_record()
        app = application()
        window = build_window(folder, demo=True)
        window.resize(*SIZE)
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        for name, page in SHOTS:
            window.tabs.show(page)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / name), "PNG", 0)
            print(OUT / name, (OUT / name).stat().st_size, "bytes")
        window.close()
    finally:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
