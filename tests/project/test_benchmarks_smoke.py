"""The benchmark harness still runs: a tiny heavy record, each in-process benchmark once.

No timing is asserted here; ``python -m benchmarks`` measures, on the full record.
"""

import subprocess
from datetime import datetime

from benchmarks import heavy_record, in_process
from benchmarks.processes import run_once
from benchmarks.report import BEGIN, END, Row, markdown_section, write_markdown
from caregiver_app.store.database import database_path
from caregiver_app.store.engine import sqlite


def _count(path, table):
    connection = sqlite.connect(path)
    try:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_the_generator_writes_the_record_it_promises(tmp_path):
    path = heavy_record.generate(tmp_path / "heavy", heavy_record.TINY)
    assert path == database_path(tmp_path / "heavy")
    tiny = heavy_record.TINY
    assert _count(path, "diary_entry") == tiny.entries
    assert _count(path, "tracker_score") == tiny.entries * len(heavy_record.TRACKERS)
    assert _count(path, "breakthrough_dose") == tiny.doses
    assert _count(path, "appointment") == tiny.appointments
    assert _count(path, "contact") == tiny.contacts
    assert _count(path, "question") == tiny.questions
    again = heavy_record.generate(tmp_path / "again", heavy_record.TINY)
    rows = "SELECT recorded_at, pain, note FROM diary_entry ORDER BY id"
    first, second = sqlite.connect(path), sqlite.connect(again)
    try:  # the same seed gives the same record
        assert first.execute(rows).fetchall() == second.execute(rows).fetchall()
    finally:
        first.close()
        second.close()


def test_every_in_process_benchmark_runs_once(tmp_path, qapp):
    folder = tmp_path / "heavy"
    heavy_record.generate(folder, heavy_record.TINY)
    results = in_process.run_all(folder, repeats=1, ics_events=20)
    for name in (in_process.DIARY, in_process.SAVE, in_process.SEARCH, in_process.TODAY):
        assert results[name]["ms"], name
    for name in (in_process.MONTH, in_process.ICS):
        assert results[name].get("ms") or results[name].get("not_measured"), name
    assert len(results[in_process.SAVE]["whole_ms"]) == len(results[in_process.SAVE]["ms"])
    assert len(results[in_process.DOSE]["whole_ms"]) == len(results[in_process.DOSE]["ms"])


def test_a_measured_process_reports_its_time_and_memory(tmp_path):
    run = run_once(["-m", "json.tool", "--help"], {"PATH": "/usr/bin:/bin"}, tmp_path)
    assert run.wall_ms > 0 and run.peak_rss_kb > 1000


def test_the_wait_for_a_measured_process_does_not_poll(tmp_path, monkeypatch):
    # wait(timeout=...) sleeps up to 50 ms between looks: every run was rounded up to
    # the next step (a bare window of 120 ms read as 164 ms). The wait must block.
    timeouts = []
    wait = subprocess.Popen.wait

    def recording_wait(self, timeout=None):
        timeouts.append(timeout)
        return wait(self, timeout)

    monkeypatch.setattr(subprocess.Popen, "wait", recording_wait)
    run_once(["-m", "json.tool", "--help"], {"PATH": "/usr/bin:/bin"}, tmp_path)
    assert timeouts == [None]


def test_the_table_goes_between_the_marks_and_the_notes_stay(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Benchmarks\n\nHow to read it.\n\n{BEGIN}\nold\n{END}\n\n## Notes\n")
    row = Row("education search, one query", "0.2 ms", "none", "-", "under 5 ms", "pass")
    write_markdown(doc, markdown_section([row], "1 round", datetime(2026, 11, 29, 12, 0)))
    text = doc.read_text()
    assert text.startswith("# Benchmarks\n\nHow to read it.")
    assert text.rstrip().endswith("## Notes")
    assert "old" not in text
    assert "| education search, one query | 0.2 ms | none | - | under 5 ms | pass |" in text
    assert "- PySide6: " in text


def test_the_scale_rows_inputs_read_back_whole_and_their_floors_run(tmp_path):
    from benchmarks import big_input, floor_import
    from caregiver_app.services.contacts.vcard import read_vcards
    from caregiver_app.services.diary.csv_file import read_diary_file

    cards = big_input.write_contact_file(tmp_path / "cards.vcf", 30)
    parsed = read_vcards(cards.read_bytes())
    assert len(parsed.contacts) == 30 and not parsed.skipped
    diary = big_input.write_diary_file(tmp_path / "diary.csv", 40)
    assert sum(1 for _entry in read_diary_file(diary).read_entries()) == 40
    floor = tmp_path / "floor.sqlite"
    for _ in range(2):  # the second time, everything is already there
        assert floor_import.main("contacts", str(cards), str(floor)) == 0
        assert floor_import.main("diary", str(diary), str(floor)) == 0
    assert _count(floor, "contact") == 30 and _count(floor, "entry") == 40
