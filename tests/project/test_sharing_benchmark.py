"""The family folder's benchmark rows still run on a tiny record; no timing is asserted."""

from benchmarks import sharing_rows


def test_the_sharing_rows_run_on_a_tiny_record() -> None:
    rows = sharing_rows.sharing_rows(sharing_rows.TINY, repeats=1)
    assert [row.what for row in rows] == [what for _, what, _ in sharing_rows.ROWS]
    assert all(row.measured.endswith(" ms") for row in rows)
    assert "files in the folder" in rows[0].note
