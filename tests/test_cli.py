"""The headless command line, run as a user would: a separate process, exit codes, output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def orgdraft(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "ORGDRAFT_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("cli") / "s.orgdraft"
    result = orgdraft("sample", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    return target


def test_version():
    from desktop import __version__

    result = orgdraft("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"OrgDraft {__version__}"


def test_sample_validates_clean(sample_file):
    result = orgdraft("validate", str(sample_file))
    assert result.returncode == 0, result.stdout
    assert "0 error(s)" in result.stdout


def test_sample_refuses_to_overwrite(sample_file):
    result = orgdraft("sample", "--out", str(sample_file))
    assert result.returncode == 2
    assert "--force" in result.stderr


def test_truncated_file_exits_2_with_location(sample_file, tmp_path):
    broken = tmp_path / "b.orgdraft"
    text = sample_file.read_text(encoding="utf-8")
    broken.write_text(text[:1000], encoding="utf-8")
    result = orgdraft("validate", str(broken))
    assert result.returncode == 2
    assert str(broken) in result.stderr and "not valid JSON" in result.stderr


def test_korean_messages(sample_file, tmp_path):
    broken = tmp_path / "v.orgdraft"
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    data["version"] = 7
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = orgdraft("validate", str(broken), lang="ko")
    assert result.returncode == 2
    assert "더 새로운 OrgDraft" in result.stderr


def test_project_with_errors_exits_1_and_lists_them(sample_file, tmp_path):
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    data["changes"].append(
        {"type": "rename", "id": "cx", "unit_id": "no-such-unit", "name_ko": "X"}
    )
    bad = tmp_path / "e.orgdraft"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = orgdraft("validate", str(bad))
    assert result.returncode == 1
    assert "E-CHANGE-MISSING-UNIT change:cx" in result.stdout


def test_missing_file_exits_2():
    result = orgdraft("validate", "no/such/file.orgdraft")
    assert result.returncode == 2
    assert "cannot open" in result.stderr
