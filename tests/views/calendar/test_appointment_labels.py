"""The calendar's short days in each language's own order."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from caregiver_app.views.look.locale_format import format_short_day


@pytest.fixture
def locale_of():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "shown"),
    [("en_US", "Thu Dec 3"), ("zh_CN", "周四 12月3日"), ("es_ES", "jue 3 de dic")],
)
def test_a_short_day_follows_the_language(locale_of, name, shown):
    locale_of(name)
    # Before, a fixed "ddd d MMM" gave "Thu 3 Dec" and "周四 3 12月".
    assert format_short_day(date(2026, 12, 3)) == shown
