"""A word a command does not take is named, with that command's help, in its language.

``caregiver-app summary ... extra`` said "unrecognized arguments: extra (try
'caregiver-app --help')", the main command's help, however the command was typed; and
``summary extra`` spoke only of the options it lacked.
"""

from __future__ import annotations

import pytest

from tests.cli.test_cli_language import _env
from tests.helpers.record_snapshot import files_in, run_cli

PERIOD = ("--from", "2026-01-01", "--to", "2026-01-02")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "caregiver-app: not understood after 'caregiver-app summary': extra "
            "(try 'caregiver-app summary --help')",
        ),
        (
            "es",
            "caregiver-app: no se entiende lo que sigue a 'caregiver-app summary': extra "
            "(pruebe con 'caregiver-app summary --help')",
        ),
        (
            "zh_CN",
            "caregiver-app: 无法理解 'caregiver-app summary' 后面的内容：extra"
            "（请试试 'caregiver-app summary --help'）",
        ),
    ],
)
def test_a_stray_word_after_a_command_is_named_with_its_usage(tmp_path, language, sentence):
    out = tmp_path / "out"
    out.mkdir()
    for args in (("summary", "extra"), ("summary", *PERIOD, "-o", str(out / "s.pdf"), "extra")):
        result = run_cli(*args, env=_env(language))

        assert result.returncode == 2
        assert result.stderr.splitlines() == [sentence]  # one line, as every usage mistake
        assert files_in(out) == []  # nothing written


def test_a_stray_word_after_an_action_names_the_action(tmp_path):
    result = run_cli("contacts", "export", str(tmp_path / "team.vcf"), "extra", "more")

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "caregiver-app: not understood after 'caregiver-app contacts export': extra more "
        "(try 'caregiver-app contacts export --help')"
    ]
    assert not (tmp_path / "team.vcf").exists()


def test_other_mistakes_are_told_as_before():
    result = run_cli("summary", "--from", "2026-01-01")

    assert result.returncode == 2
    assert result.stderr.strip() == (
        "caregiver-app: the following arguments are required: --to, -o/--output "
        "(try 'caregiver-app summary --help')"
    )
    help_text = run_cli("summary", "--help")
    assert help_text.stdout.startswith("usage: caregiver-app summary [-h] --from DATE --to DATE")
