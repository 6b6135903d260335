"""The command line speaks the official's language to the end: argparse's usage line, its
errors and the help texts under ``--lang ko`` are Korean, under ``--lang en`` English."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from desktop import argtext, cli


def _asked_by_argparse() -> set[str]:
    """Every message this Python's argparse asks gettext for (``_()`` and ``ngettext()``)."""
    asked = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "ngettext"):
            asked |= {a.value for a in node.args if isinstance(a, ast.Constant)}
    return asked


def test_the_translated_messages_are_argparses_own():
    asked = _asked_by_argparse()
    ours = set(argtext.MESSAGES) | {m for pair in argtext.PLURALS for m in pair}
    assert ours - asked == set()  # a message argparse no longer asks would never show


@pytest.mark.parametrize(
    "argv", [("--lang", "ko", "sample"), ("sample", "--lang", "ko"), ("sample", "--lang=ko")]
)
def test_a_usage_error_is_korean_under_ko(capsys, argv):
    with pytest.raises(SystemExit) as exited:
        cli.main(list(argv))
    assert exited.value.code == cli.EXIT_UNREADABLE  # 2, as argparse's own
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("사용법: orgdraft sample [-h] [--lang {ko,en}] --out FILE")
    assert err[-1] == "orgdraft sample: 오류: 다음 인수가 필요합니다: --out"


def test_a_usage_error_stays_english_under_en(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["sample", "--lang", "en"])
    assert exited.value.code == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("usage: orgdraft sample [-h]")
    assert err[-1] == "orgdraft sample: error: the following arguments are required: --out"


def test_orgdrafts_own_usage_error_and_an_invalid_choice_are_korean(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "ko", "generate"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "orgdraft: 오류: generate: PROJECT 또는 --sample이 필요합니다"
    )
    with pytest.raises(SystemExit):
        cli.main(["--lang", "ko", "draft", "p.orgdraft", "--doc-lang", "fr"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "orgdraft draft: 오류: 인수 --doc-lang: 잘못된 선택: 'fr' ('ko', 'en' 중에서 고르십시오)"
    )


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("ko", ["사용법: orgdraft", "옵션:", "  -h, --help      이 도움말을 보이고 끝냅니다"]),
        (
            "en",
            ["usage: orgdraft", "options:", "  -h, --help      show this help message and exit"],
        ),
    ],
)
def test_the_help_is_in_the_chosen_language(capsys, monkeypatch, lang, lines):
    monkeypatch.setenv("COLUMNS", "200")
    for argv in (["--lang", lang, "-h"], ["validate", "-h", "--lang", lang]):
        with pytest.raises(SystemExit) as exited:
            cli.main(argv)
        assert exited.value.code == 0
        out = capsys.readouterr().out.splitlines()
        for line in lines:
            assert any(x.startswith(line) for x in out), (argv, line, out)
    korean = "프로젝트의 점검 결과를 출력합니다"
    assert (korean in "\n".join(out)) == (lang == "ko")


def test_argparses_lookups_are_put_back(capsys):
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        cli.main(["--lang", "ko", "sample"])
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_usage().startswith("usage: other")


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        ([], "en"),
        (["validate", "p.orgdraft"], "en"),
        (["--lang", "ko", "validate", "p"], "ko"),
        (["validate", "p", "--lang=ko"], "ko"),
        (["--lang", "ko", "validate", "--lang", "en"], "en"),  # the last, as argparse takes it
        (["--lang", "fr", "validate"], "en"),  # argparse refuses it, in the default language
        (["--lang"], "en"),
        (["validate", "--", "--lang", "ko"], "en"),  # a file named --lang
        (["--la", "ko", "sample"], "ko"),  # argparse takes an abbreviation of --lang
        (["sample", "--lan=ko"], "ko"),
        (["--l", "ko", "validate", "p"], "ko"),
        (["--langs", "ko", "validate"], "en"),  # generate's --langs is not --lang
        (["--lang-x", "ko"], "en"),
    ],
)
def test_the_language_is_seen_before_parsing(argv, lang):
    assert argtext.chosen_language(argv, "en") == lang
