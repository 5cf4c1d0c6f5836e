"""Real-world vCards through ``caregiver-app contacts import`` and back out through export.

Public test cards are used where an installed package ships them (vobject's releases do
not install theirs, so that case is skipped with its reason); otherwise the cards under
``tests/fixtures/vcard-quirks/`` stand in: written for this project in the shapes Android,
Apple Contacts, Google Contacts, a CardDAV server (Nextcloud's Sabre) and Outlook 365
write, quirks included (quoted-printable split inside a character, grouped labels, company
and group cards, ``tel:`` URIs, ALTID names, a fold inside a Korean syllable).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import vobject

from caregiver_app.cli.main import main
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.opening import open_store
from tests.helpers.paths import FIXTURES

QUIRKS = FIXTURES / "vcard-quirks"

# file -> (names imported, in order; (position, name) of the cards skipped)
EXPECTED = {
    "android-2.1.vcf": (["李小芳", "Dr. Chidi Okafor"], []),
    "apple-3.0-company-and-group.vcf": (
        ["Sunrise Pharmacy", "Élodie Moreau"],
        [(3, "Care team")],  # a group of contacts, not a person
    ),
    "carddav-4.0.vcf": (["김민준 간호사"], [(2, "Hospice team")]),
    "google-3.0-labels.vcf": (["María José García-Pérez", "Pharmacy on call"], []),
    "outlook-365-2.1-utf8.vcf": (["Dr. med. Jürgen Schröder"], []),
}


def _public_cards() -> list:
    spec = importlib.util.find_spec("vobject")
    root = Path(spec.origin).parent if spec and spec.origin else None
    files = sorted(root.rglob("*.vcf")) if root else []
    if not files:
        return [pytest.param(None, marks=pytest.mark.skip(reason="vobject ships no test cards"))]
    return [pytest.param(path, id=path.name) for path in files]


def _import_and_export(path: Path, folder: Path, capsys) -> tuple[list[str], list[str]]:
    """Import ``path`` into a new record and export it; the stderr lines and exported names."""
    record = folder / "record"
    code = main(["--data-dir", str(record), "contacts", "import", str(path)])
    captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    if code == 2:
        assert len(captured.err.splitlines()) == 1 and not record.exists()
        return captured.err.splitlines(), []
    export = folder / "export.vcf"
    assert main(["--data-dir", str(record), "contacts", "export", str(export)]) == 0
    capsys.readouterr()
    cards = list(vobject.readComponents(export.read_text(encoding="utf-8")))
    return captured.err.splitlines(), [card.fn.value for card in cards]


def test_every_quirk_card_file_is_expected():
    assert sorted(path.name for path in QUIRKS.glob("*.vcf")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_real_world_shaped_card_file_imports_and_exports(name, tmp_path, capsys):
    names, skipped = EXPECTED[name]
    err, exported = _import_and_export(QUIRKS / name, tmp_path, capsys)
    assert [line.split(":")[0] for line in err] == [
        f"skipped card {position} ({title})" for position, title in skipped
    ]
    database = open_store(tmp_path / "record")
    try:
        imported = [record.name for record in list_contacts()]
    finally:
        database.close()
    assert sorted(imported) == sorted(names)
    assert sorted(exported) == sorted(names)  # read back by vobject


@pytest.mark.parametrize("path", _public_cards())
def test_a_public_test_card_imports_or_is_refused_never_crashes(path, tmp_path, capsys):
    _import_and_export(path, tmp_path, capsys)
