"""Contact files from the command line and the window: import, export, the Who to call sheet."""

from pathlib import Path

import pypdfium2
import vobject
from PySide6.QtWidgets import QMessageBox

from caregiver_app.cli.main import main
from caregiver_app.store.contacts import list_contacts
from caregiver_app.store.opening import open_store
from tests.helpers.paths import FIXTURES

VCARDS = FIXTURES / "vcards"

TWO_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Núñez\r\nN:Núñez;Ana;;;\r\n"
    "TEL;TYPE=CELL:555-0160\r\nTITLE:nurse navigator\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王小明\r\nTEL;TYPE=WORK,VOICE:555-0161\r\n"
    "EMAIL;TYPE=INTERNET:wang@example.org\r\nEND:VCARD\r\n"
)


def _pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_import_prints_counts_and_reimport_merges(tmp_path, data_dir, capsys):
    file = tmp_path / "team.vcf"
    file.write_text(TWO_CARDS, encoding="utf-8")
    assert main(["contacts", "import", str(file)]) == 0
    assert capsys.readouterr().out.strip() == (
        "imported 2 contacts, merged 0 into people already listed, skipped 0 cards"
    )
    assert main(["contacts", "import", str(file)]) == 0
    assert capsys.readouterr().out.strip() == (
        "imported 0 contacts, merged 2 into people already listed, skipped 0 cards"
    )
    database = open_store(data_dir)
    try:
        names = sorted(record.name for record in list_contacts())
    finally:
        database.close()
    assert names == ["Ana Núñez", "王小明"]


def test_import_skips_bad_cards_and_names_them(data_dir, capsys):
    assert main(["contacts", "import", str(VCARDS / "no-name.vcf")]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().endswith("skipped 1 card")
    assert "skipped card 2" in captured.err


def test_a_file_that_is_not_a_vcard_is_refused_with_nothing_written(tmp_path, data_dir, capsys):
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(bytes(range(256)) * 40)
    assert main(["contacts", "import", str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "vCard" in err
    assert not data_dir.exists()
    assert main(["contacts", "import", str(tmp_path / "missing.vcf")]) == 2
    assert "cannot be read" in capsys.readouterr().err


def test_export_reads_back_with_vobject(demo_store, tmp_path, capsys):
    demo_store.close()
    out = tmp_path / "team.vcf"
    assert main(["contacts", "export", str(out)]) == 0
    assert "exported 10 contacts" in capsys.readouterr().out
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == 10
    grace = next(card for card in cards if card.fn.value == "Grace Lindqvist, RN")
    assert grace.title.value == "nurse navigator"
    assert "New or worse symptoms" in grace.note.value
    assert {tel.value for tel in grace.contents["tel"]} == {"555-0112", "555-0111"}
    assert main(["contacts", "export", str(out), "--match", "okafor"]) == 0
    assert len(list(vobject.readComponents(out.read_text(encoding="utf-8")))) == 1


def test_sheet_command_writes_a_one_page_pdf(demo_store, tmp_path, capsys):
    demo_store.close()
    out = tmp_path / "who.pdf"
    assert main(["contacts", "sheet", str(out), "--paper", "a4"]) == 0
    text = _pdf_text(out)
    assert text.index("911") < text.index("Grace Lindqvist") < text.index("After-hours")
    assert len(pypdfium2.PdfDocument(str(out))) == 1


def test_window_import_export_and_sheet(store, make_window, tmp_path, qtbot):
    window = make_window()
    files = window.contact_files
    source = tmp_path / "team.vcf"
    source.write_text(TWO_CARDS, encoding="utf-8")
    box = files.import_file(source)
    assert box.text() == (
        "Imported 2 contacts, merged 0 into people already listed, skipped 0 cards."
    )
    box.close()
    tab = window.care_team_tab
    assert tab.tree.topLevelItemCount() >= 2

    box = files.import_file(VCARDS / "truncated.vcf")
    assert "skipped 1" in box.text() and "Show Details" in box.text()
    assert "Card 2" in box.detailedText()
    box.close()

    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"\x00\x01 not a card")
    count = len(list_contacts())
    box = files.import_file(junk)
    assert box.icon() == QMessageBox.Icon.Warning
    assert len(list_contacts()) == count

    ana = next(record for record in list_contacts() if record.name == "Ana Núñez")
    tab.select_contact(ana.id)
    assert window.actions_by_name["exportSelectedContacts"].isEnabled()
    selected = tmp_path / "selected.vcf"
    files.export_file(selected, tab.selected_ids())
    (card,) = vobject.readComponents(selected.read_text(encoding="utf-8"))
    assert card.fn.value == "Ana Núñez"

    sheet = tmp_path / "who.pdf"
    files.sheet_file(sheet)
    assert "Ana Núñez" in _pdf_text(sheet)
    assert make_window.opened_urls[-1].toLocalFile() == str(sheet)


def test_window_export_to_an_unwritable_place_says_so(store, make_window, tmp_path):
    window = make_window()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    box = window.contact_files.export_file(blocker / "team.vcf")
    assert box.icon() == QMessageBox.Icon.Warning
    assert "could not be saved" in box.text()
    assert not (blocker / "team.vcf").exists()
