"""The locales a person types in, for the tests that type into the forms."""

from __future__ import annotations

from PySide6.QtCore import QLocale

LOCALES = {
    "en_US": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es_ES": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
    "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
}
