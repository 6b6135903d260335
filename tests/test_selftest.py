"""``orgdraft --self-test``: one line per check, exit 0 only when none failed."""

from __future__ import annotations

import io

import pytest

from desktop import cli, selftest


def test_every_check_passes_in_this_installation(tmp_path):
    results = selftest.run_checks(tmp_path)
    assert [r.name for r in results] == [name for name, _check in selftest.CHECKS]
    failed = [r.line() for r in results if r.status == selftest.FAIL]
    assert failed == []
    babel = next(r for r in results if r.name == "babel")
    assert "2024년 7월 1일" in babel.detail and "1,234,567" in babel.detail
    generate = next(r for r in results if r.name == "generate")
    assert "files of the sample" in generate.detail


def _fake_checks(monkeypatch, *checks):
    monkeypatch.setattr(selftest, "CHECKS", list(checks))


def _ok(ctx):
    return "fine"


def _remark(ctx):
    raise selftest.Remark("no Korean font")


def _broken(ctx):
    raise FileNotFoundError("default.docx missing")


def test_one_line_per_check_and_the_exit_status(monkeypatch):
    _fake_checks(monkeypatch, ("first", _ok), ("second", _remark), ("third", _broken))
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "ok   first: fine"
    assert lines[1] == "warn second: no Korean font"
    assert lines[2].startswith("FAIL third: FileNotFoundError: default.docx missing (")
    assert lines[3].endswith("self-test: failed: third")


def test_warnings_do_not_fail(monkeypatch):
    _fake_checks(monkeypatch, ("first", _ok), ("second", _remark))
    out = io.StringIO()
    assert selftest.run(out) == 0
    assert out.getvalue().splitlines()[-1].endswith("every check passed")


def test_a_failed_check_does_not_stop_the_next(monkeypatch):
    _fake_checks(monkeypatch, ("broken", _broken), ("after", _ok))
    results = selftest.run_checks(selftest.Path("."))
    assert [r.status for r in results] == [selftest.FAIL, selftest.OK]


@pytest.mark.parametrize("argv", [["--self-test"], ["--lang", "en", "--self-test"]])
def test_the_command_line_runs_it_instead_of_the_window(monkeypatch, argv):
    monkeypatch.setattr(selftest, "run", lambda out=None: 7)
    monkeypatch.setattr(cli, "_gui", lambda *a: pytest.fail("the window must not open"))
    assert cli.main(argv) == 7
