"""Fixtures for the typing tests: the locale a person types in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

LOCALES = {
    "en_US": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es_ES": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
    "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
}


@pytest.fixture(params=sorted(LOCALES))
def typing_locale(request):
    """Each test runs in English (US), Spanish (Spain) and Chinese (China)."""
    previous = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield request.param
    QLocale.setDefault(previous)
