"""Windows: a warning for paths longer than Word opens (about 250 characters)."""

from __future__ import annotations

from pathlib import Path

from desktop.documents.pathlimits import WORD_PATH_LIMIT, long_path_warnings, windows_length


def test_lengths_count_as_windows_does(tmp_path):
    base = windows_length(tmp_path)
    assert windows_length(tmp_path / "보도 자료") == base + 6  # separator + 5 characters
    assert windows_length(tmp_path / "😀") == base + 3  # outside the BMP: two UTF-16 units


def test_short_paths_pass(tmp_path):
    assert long_path_warnings([tmp_path / "보도 자료 폴더" / "보도자료.docx"]) == []


def test_a_long_path_warns_with_its_length(tmp_path):
    folder = tmp_path / ("조직개편 관련 자료 " * 30)
    target = folder / "경기도 행정기구 설치 조례 일부개정조례안.docx"
    warnings = long_path_warnings([tmp_path / "short.docx", target])
    assert [w.path for w in warnings] == [target]
    assert warnings[0].length == windows_length(target) > WORD_PATH_LIMIT
    english = warnings[0].message("en")
    assert str(warnings[0].length) in english and "Word" in english
    assert str(target) in warnings[0].message("ko")


def test_the_limit_can_be_given(tmp_path):
    path = Path(tmp_path / "a.docx")
    assert long_path_warnings([path], limit=windows_length(path)) == []
    assert len(long_path_warnings([path], limit=windows_length(path) - 1)) == 1
