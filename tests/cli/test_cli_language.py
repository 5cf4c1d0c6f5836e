"""The command line speaks the system's language: help, refusals and counts (with plurals)."""

from __future__ import annotations

import os

import pytest

from tests.helpers.record_snapshot import make_demo_record, one_line, run_cli


def _env(language: str) -> dict[str, str]:
    """A system whose language is ``language`` (LANGUAGE names it; Qt reads it as Linux does).

    The test machine has only the C.UTF-8 locale installed, so the language comes
    through LANGUAGE, the variable desktops set for the language of messages.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LC_ALL"] = "C.UTF-8"
    env["LANGUAGE"] = {"en": "en_US", "es": "es_ES", "zh_CN": "zh_CN"}[language]
    return env


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["usage: caregiver-app", "options:", "show this help message and exit"]),
        (
            "es",
            [
                "uso: caregiver-app",
                "opciones:",
                "mostrar esta ayuda y salir",
                "registro de cuidados",
            ],
        ),
        ("zh_CN", ["用法：caregiver-app", "选项:", "显示此帮助信息并退出", "照护记录"]),
    ],
)
def test_help_is_in_the_system_language(language, words):
    result = run_cli("--help", env=_env(language))
    assert result.returncode == 0, result.stderr
    for word in words:
        assert word in result.stdout, (word, result.stdout)


def test_a_command_s_own_help_is_translated_too():
    result = run_cli("diary", "--help", env=_env("es"))
    assert result.returncode == 0
    assert result.stdout.startswith("uso: caregiver-app diary")
    assert "mostrar esta ayuda y salir" in result.stdout


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "--demo and --data-dir cannot be used together"),
        ("es", "--demo y --data-dir no se pueden usar juntos"),
        ("zh_CN", "--demo 和 --data-dir 不能同时使用"),
    ],
)
def test_a_refusal_is_one_line_in_the_system_language(tmp_path, language, sentence):
    result = run_cli("--demo", "info", data_dir=tmp_path / "x", env=_env(language))
    assert result.returncode == 2
    assert one_line(result) == sentence
    assert not (tmp_path / "x").exists()


def test_counts_take_the_plural_of_the_language(data_dir, tmp_path):
    make_demo_record(data_dir)
    contacts = tmp_path / "team.vcf"
    result = run_cli("contacts", "export", contacts, data_dir=data_dir, env=_env("es"))
    assert result.returncode == 0, result.stderr
    count = contacts.read_text(encoding="utf-8").count("BEGIN:VCARD")
    assert count > 1
    assert f"se exportaron {count} contactos a {contacts}" in result.stdout

    one = tmp_path / "one.vcf"
    one.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nTEL:555-0199\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    fresh = tmp_path / "fresh"
    result = run_cli("contacts", "import", one, data_dir=fresh, env=_env("es"))
    assert result.returncode == 0, result.stderr
    result = run_cli("contacts", "export", tmp_path / "back.vcf", data_dir=fresh, env=_env("es"))
    assert f"se exportó 1 contacto a {tmp_path / 'back.vcf'}" in result.stdout
    result = run_cli("contacts", "export", tmp_path / "zh.vcf", data_dir=fresh, env=_env("zh_CN"))
    assert f"已将 1 位联系人导出到 {tmp_path / 'zh.vcf'}" in result.stdout


@pytest.mark.parametrize(
    ("language", "argv", "sentence"),
    [
        (
            "es",
            ["meds", "chart"],
            "faltan estos argumentos obligatorios: FILE "
            "(pruebe con 'caregiver-app meds chart --help')",
        ),
        ("es", ["frobnicate"], "argumento COMMAND: opción no válida: 'frobnicate' (elija"),
        ("es", ["--data-dir"], "argumento --data-dir: se esperaba un argumento"),
        ("es", ["info", "--bogus"], "no se entiende lo que sigue a 'caregiver-app info': --bogus"),
        ("zh_CN", ["meds", "chart"], "缺少以下必需参数：FILE"),
        ("zh_CN", ["meds", "chart", "x.pdf", "--paper", "a5"], "无效的选项：'a5'（可选："),
    ],
)
def test_a_mistyped_command_is_told_in_the_system_language(tmp_path, language, argv, sentence):
    # argparse's own sentences came out in English while the rest was translated.
    result = run_cli(*argv, data_dir=tmp_path / "x", env=_env(language))
    assert result.returncode == 2
    assert sentence in one_line(result), one_line(result)
    assert not (tmp_path / "x").exists()
