"""``caregiver-app meds export|chart``, run as a person would: files written whole or not at all."""

import csv
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pypdfium2
import pytest
from fhir.resources.R4B.bundle import Bundle

from caregiver_app.store.database import database_path
from tests.helpers.record_faults import cli, copy_folder, listing, make_record, one_line, rows


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("meds") / "care-data"
    make_record(folder)  # the demo record: a month of answers, some not logged
    return folder


@pytest.fixture
def record(template, tmp_path) -> Path:
    return copy_folder(template, tmp_path / "care-data")


def pdf_text(path: Path, png: Path) -> tuple[str, float, float]:
    document = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
        document[0].render(scale=1.5).to_pil().save(png)  # to look at
        width, height = document[0].get_size()
        return text, width, height
    finally:
        document.close()


def test_export_writes_the_log_as_csv_with_not_logged_doses(record, tmp_path):
    out = tmp_path / "log.csv"
    result = cli(record, "meds", "export", str(out))
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert result.stdout == f"exported {len(table)} doses to {out}\n"
    statuses = {row["status"] for row in table}
    assert {"given", "given_late", "skipped", "refused", "not_logged"} <= statuses
    for row in table:
        if row["status"] == "not_logged":  # never given, nobody named
            assert row["time_given"] == row["given_by"] == "" and row["kind"] == "scheduled"
    answered = [
        row for row in table if row["kind"] == "scheduled" and row["status"] != "not_logged"
    ]
    assert len(answered) == len(rows(record)["administration"])


def test_export_from_1900_adds_no_not_logged_doses_from_before_the_log_began(record, tmp_path):
    whole, since_1900 = tmp_path / "whole.csv", tmp_path / "since-1900.csv"
    assert cli(record, "meds", "export", str(whole)).returncode == 0
    result = cli(record, "meds", "export", str(since_1900), "--from", "1900-01-01")
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(since_1900.read_text(encoding="utf-8"))))
    scheduled = [row for row in table if row["kind"] == "scheduled"]
    began = min(row["scheduled_time"][:10] for row in scheduled if row["status"] != "not_logged")
    assert all(row["scheduled_time"][:10] >= began for row in scheduled)
    assert since_1900.read_bytes() == whole.read_bytes()


def test_export_fhir_for_a_period_is_a_valid_r4_bundle(record, tmp_path):
    out = tmp_path / "log.json"
    first = (date.today() - timedelta(days=7)).isoformat()
    result = cli(record, "meds", "export", str(out), "--fhir", "--from", first)
    assert result.returncode == 0, result.stderr
    bundle = Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    administrations = [entry.resource for entry in bundle.entry[1:]]
    assert result.stdout == f"exported {len(administrations)} doses to {out}\n"
    assert all(a.effectiveDateTime.date() >= date.fromisoformat(first) for a in administrations)
    raw = json.loads(out.read_text(encoding="utf-8"))["entry"][1:]
    for entry in raw:
        resource = entry["resource"]
        if resource["status"] == "unknown":
            assert "performer" not in resource


def test_chart_blank_by_default_and_filled_in_for_a_chosen_week(record, tmp_path):
    blank = tmp_path / "blank.pdf"
    result = cli(record, "meds", "chart", str(blank), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"saved the medicine chart to {blank}\n"
    text, width, height = pdf_text(blank, tmp_path / "blank.png")
    assert width > height
    assert "Allergies: Penicillin (rash)" in text and "call first: Grace Lindqvist" in text
    assert "Dexamethasone" in text and "As-needed medicines" in text
    assert not re.search(r"Given \d", text) and "Not logged" not in text

    filled = tmp_path / "filled.pdf"
    week = (date.today() - timedelta(days=14)).isoformat()
    assert cli(record, "meds", "chart", str(filled), "--week", week).returncode == 0
    text, _w, _h = pdf_text(filled, tmp_path / "filled.png")
    assert "what was logged" in text and re.search(r"Given \d", text)

    again = tmp_path / "blank-again.pdf"
    assert cli(record, "meds", "chart", str(again), "--week", week, "--blank").returncode == 0
    text, _w, _h = pdf_text(again, tmp_path / "blank-again.png")
    assert "what was logged" not in text and not re.search(r"Given \d", text)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("chart", "{out}", "--week", "2026-02-30"),
            "there is no day 2026-02-30 in the calendar; give a date like 2026-11-29",
        ),
        (("chart", "{out}", "--week", "next monday"), "is not a date like"),
        (
            ("export", "{out}", "--from", "2026-11-10", "--to", "2026-11-01"),
            "--from must not be after --to",
        ),
        (("export", "{record}", "--fhir"), "saving there would destroy it"),
        (("chart", "{folder}"), "is a folder"),
        (("chart", "{out}", "--week", "0001-01-01"), "outside the days a care record holds"),
        (("export", "{out}", "--to", "nineteen"), "nineteen is not a date like 2026-11-29"),
    ],
)
def test_bad_input_is_one_sentence_exit_2_and_nothing_written(record, tmp_path, args, said):
    out = tmp_path / "out" / "file"
    out.parent.mkdir()
    before = listing(record)
    filled = [arg.format(out=out, record=database_path(record), folder=out.parent) for arg in args]
    result = cli(record, "meds", *filled)
    assert result.returncode == 2
    assert said in one_line(result.stderr)
    assert result.stdout == ""
    assert list(out.parent.iterdir()) == []
    assert listing(record) == before


@pytest.mark.parametrize(
    "action", [("export",), ("export", "--fhir"), ("chart", "--week", "2026-11-02")]
)
def test_a_full_disk_names_the_file_and_leaves_nothing_half_written(record, tmp_path, action):
    out = tmp_path / "out" / "file"
    out.parent.mkdir()
    result = cli(record, "meds", action[0], str(out), *action[1:], fault="enospc")
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert "the disk is full" in line and str(out) in line
    assert list(out.parent.iterdir()) == []  # no file, no temporary left behind
