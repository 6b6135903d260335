"""A file that cannot be read or written says why in the official's language, on the command
line and in the window alike (the project file's load error is what both show)."""

from __future__ import annotations

import errno
import os

import pytest

from desktop.core.filereason import os_reason, os_reason_text
from desktop.core.projectfile import ProjectFileError, load
from tests.core.test_hostile import run_cli


@pytest.mark.parametrize(
    ("exc", "ko", "en"),
    [
        (
            FileNotFoundError(errno.ENOENT, "No such file or directory"),
            "파일이나 폴더가 없습니다",
            "no such file or folder",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "권한이 없습니다",
            "permission denied",
        ),
        (
            PermissionError(errno.EPERM, "Operation not permitted"),
            "권한이 없습니다",
            "permission denied",
        ),
        (
            IsADirectoryError(errno.EISDIR, "Is a directory"),
            "파일이 아니라 폴더입니다",
            "it is a folder, not a file",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "디스크에 남은 공간이 없습니다",
            "the disk is full",
        ),
    ],
)
def test_the_common_reasons_are_orgdrafts_own(exc, ko, en):
    assert os_reason_text(exc, "ko") == ko
    assert os_reason_text(exc, "en") == en


def test_any_other_reason_keeps_the_operating_systems_words():
    exc = OSError(errno.EMFILE, "Too many open files")
    assert os_reason_text(exc, "ko") == os_reason_text(exc, "en") == "Too many open files"
    assert os_reason_text(OSError("no errno at all"), "ko") == "no errno at all"


def test_a_project_file_that_cannot_be_opened_says_why_in_either_language(tmp_path):
    with pytest.raises(ProjectFileError) as missing:
        load(tmp_path / "missing.orgdraft")
    assert missing.value.message("ko").endswith("파일을 열 수 없습니다: 파일이나 폴더가 없습니다")
    assert missing.value.message("en").endswith("cannot open: no such file or folder")
    assert missing.value.params["reason"] == os_reason(FileNotFoundError(errno.ENOENT, ""))


def test_the_command_line_gives_the_reason_in_korean(tmp_path):
    missing = tmp_path / "missing.orgdraft"
    code, out, err = run_cli("--lang", "ko", "validate", str(missing))
    assert code == 2 and out == ""
    assert err == f"{missing}: 파일을 열 수 없습니다: 파일이나 폴더가 없습니다\n"
    if os.name == "posix":  # Windows refuses to open a folder as a permission
        code, _out, err = run_cli("validate", str(tmp_path), "--lang", "ko")
        assert code == 2 and err.rstrip().endswith(
            "파일을 열 수 없습니다: 파일이 아니라 폴더입니다"
        )
    code, _out, err = run_cli("--lang", "ko", "amend", str(missing), str(missing))
    assert code == 2 and err.splitlines() == [f"{missing}: 파일이나 폴더가 없습니다"] * 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_refused_permission_is_named(tmp_path):
    path = tmp_path / "locked.orgdraft"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0)
    code, _out, err = run_cli("--lang", "ko", "validate", str(path))
    assert code == 2 and err.rstrip().endswith("파일을 열 수 없습니다: 권한이 없습니다")
