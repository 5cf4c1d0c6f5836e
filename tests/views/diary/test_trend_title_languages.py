"""The trend chart's title reads as a sentence of its language, on screen.

Before, in Chinese the title read "疼痛，最近30  天": the translation spaced the number,
the SVG reader dropped the space before it but kept the one after (two wide), and the
number alone was bold (the CJK font has no bold).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale

from caregiver_app.store.diary.entries import EntryRecord, save_entries
from caregiver_app.views.diary.trend_view import TrendView
from tests.conftest import installed_translation


def _title_runs(view: TrendView) -> list[ET.Element]:
    root = ET.fromstring(view.canvas.svg(900, 420))
    texts = [element for element in root.iter() if element.tag.endswith("text")]
    top = max(float(element.get("y")) for element in texts)  # the title sits highest (y up)
    return [element for element in texts if float(element.get("y")) == top]


@pytest.mark.parametrize(
    ("language", "title"),
    [("zh_CN", "疼痛，最近30天"), ("es", "Dolor, últimos 30 días"), ("en", "Pain, last 30 days")],
)
def test_the_title_reads_evenly(store, qtbot, language, title):
    today = date.today()
    save_entries(  # 9 AM on the five days before today: never in the future, at any hour
        [EntryRecord(datetime.combine(today - timedelta(days=d), time(9)), scores={"pain": d})
         for d in range(1, 6)]
    )  # fmt: skip
    QLocale.setDefault(QLocale(language))
    try:
        with installed_translation(language):
            view = TrendView()
            qtbot.addWidget(view)
            view.refresh()
            runs = _title_runs(view)
    finally:
        QLocale.setDefault(QLocale.system())
    texts = [run.text or "" for run in runs]
    assert all(text == text.strip() for text in texts), texts  # no space for the reader to drop
    if language == "zh_CN":
        assert "".join(texts) == title
    assert view.summary.text().startswith(title)
    weights = {"bold" in (run.get("style") or "") for run in runs}
    assert len(weights) == 1, [(run.text, run.get("style")) for run in runs]  # one weight
