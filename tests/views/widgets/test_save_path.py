"""A name typed in a save dialog without its file type is saved with it.

"summary" typed in the visit summary's save dialog was written as a file called "summary",
which no PDF viewer opens with a double click; the same for every PDF and export the
window saves. Now the type is added, and a file the added type would replace is named in
a question first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.services.record.test_export_onto_record import SAVED_TYPES, _save_function


@pytest.fixture
def out(tmp_path):
    """An empty folder to save into (the data folder is beside it)."""
    folder = tmp_path / "saved"
    folder.mkdir()
    return folder


def _type_name(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def _answer_questions(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize("how", [how for how, kind in SAVED_TYPES.items() if kind])
def test_a_bare_name_is_saved_with_its_type(demo_store, make_window, qtbot, monkeypatch, out, how):
    window = make_window()
    window.show()
    save, _message = _save_function(window, qtbot, how)
    _type_name(monkeypatch, out / "summary")

    save()

    assert [path.name for path in out.iterdir()] == [f"summary{SAVED_TYPES[how]}"]


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("Dr. Ruiz 12.06", "Dr. Ruiz 12.06.pdf"),
        ("summary.PDF", "summary.PDF"),
        ("notes.txt", "notes.txt.pdf"),
    ],
)
def test_a_dot_in_the_name_is_part_of_the_name(
    demo_store, make_window, qtbot, monkeypatch, out, typed, saved
):
    window = make_window()
    save, _message = _save_function(window, qtbot, "summary")
    _type_name(monkeypatch, out / typed)

    save()

    assert [path.name for path in out.iterdir()] == [saved]
    assert (out / saved).read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], ids=["no", "yes"]
)
def test_the_file_the_type_makes_is_named_before_it_is_replaced(
    demo_store, make_window, qtbot, monkeypatch, out, answer
):
    earlier = out / "summary.pdf"
    earlier.write_bytes(b"the summary printed last month")
    window = make_window()
    save, _message = _save_function(window, qtbot, "summary")
    _type_name(monkeypatch, out / "summary")
    asked = _answer_questions(monkeypatch, answer)

    save()

    assert asked == [f"summary.pdf is already in {out}. Replace it with the new one?"]
    assert [path.name for path in out.iterdir()] == ["summary.pdf"]
    replaced = answer == QMessageBox.StandardButton.Yes
    assert earlier.read_bytes().startswith(b"%PDF") == replaced


def test_no_question_when_the_name_already_has_its_type(
    demo_store, make_window, qtbot, monkeypatch, out
):
    (out / "summary.pdf").write_bytes(b"old")
    window = make_window()
    save, _message = _save_function(window, qtbot, "summary")
    _type_name(monkeypatch, out / "summary.pdf")  # the dialog itself asked about this name
    asked = _answer_questions(monkeypatch, QMessageBox.StandardButton.No)

    save()

    assert asked == []
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")
