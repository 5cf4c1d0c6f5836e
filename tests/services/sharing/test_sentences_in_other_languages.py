"""Sharing's sentences in Spanish and Chinese address the family as the rest of the app
does: "usted" in Spanish, 您 in Chinese, so one dialog never mixes the two."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from caregiver_app.services.sharing import errors
from caregiver_app.translations import qm_path

FOLDER = Path("/media/usb/Family")
SENTENCES: list[Callable[[], errors.SharingError]] = [
    errors.wrong_passphrase,
    errors.newer_format,
    lambda: errors.folder_missing(FOLDER),
    lambda: errors.not_a_family_folder(FOLDER),
    lambda: errors.file_not_whole(FOLDER, "family-salt"),
    lambda: errors.folder_not_empty(FOLDER),
    lambda: errors.disk_full(FOLDER),
    lambda: errors.cannot_write(FOLDER, "Read-only file system"),
    lambda: errors.folder_read_only(FOLDER, "Read-only file system"),
    lambda: errors.SharingError(errors.unreadable_changes(["Laura's laptop"])),
    errors.record_not_empty,
    errors.not_sharing,
    lambda: errors.already_sharing(FOLDER),
    errors.empty_name,
    errors.empty_passphrase,
]
# The familiar forms ("tú") the Spanish translations once used here.
_FAMILIAR = re.compile(
    r"\b(tu|tus|compruébala|actualiza|conéctala|empieza|únete|elige|libera|revisa|deja|pon|"
    r"escribe|espera|copia|vuelve)\b",
    re.IGNORECASE,
)


@pytest.fixture
def language(qapp, request) -> Iterator[str]:
    translator = QTranslator()
    assert translator.load(str(qm_path(request.param)))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["es", "zh_CN"], indirect=True)
@pytest.mark.parametrize("make", SENTENCES)
def test_sharing_addresses_the_family_as_the_app_does(language: str, make) -> None:
    sentence = str(make())
    untranslated = ("The ", "This ", "Give ", "Type ", "Some ")
    assert not sentence.startswith(untranslated), sentence
    if language == "es":
        assert _FAMILIAR.search(sentence) is None, sentence
    else:
        assert "你" not in sentence, sentence
