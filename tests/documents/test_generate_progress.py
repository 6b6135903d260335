"""What ``generate`` offers a caller with a progress bar: progress after each file, cancel
between files, a say on targets that cannot be written; and the office's options (file-name
pattern, whole-rewrite threshold)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.rules import DraftingOptions
from desktop.documents import export
from desktop.documents.generate import ExportCancelled, generate
from desktop.documents.names import FileNames, with_pattern
from tests.documents.conftest import TODAY


@pytest.fixture(autouse=True)
def _no_lock_retries(monkeypatch):
    monkeypatch.setattr(export, "RETRY_DELAYS", (), raising=False)


def test_progress_counts_every_file(sample, tmp_path):
    seen = []
    written = generate(
        sample,
        tmp_path,
        ["ko"],
        ["press", "review"],
        today=TODAY,
        progress=lambda done, total, path: seen.append((done, total, path)),
    )
    assert seen == [(1, 2, written[0]), (2, 2, written[1])]


def test_cancel_while_the_set_is_made_replaces_nothing(sample, tmp_path):
    """Cancel is asked before each file; until the whole set is made no target is replaced,
    so a cancel then leaves the folder as it was."""
    old = tmp_path / "보도자료 - 경기도 조직개편.docx"
    old.write_bytes(b"the old release")
    with pytest.raises(ExportCancelled) as caught:
        generate(
            sample,
            tmp_path,
            ["ko", "en"],
            ["press"],
            today=TODAY,
            cancelled=lambda: len(list(tmp_path.iterdir())) >= 2,  # one file made
        )
    assert caught.value.written == []
    assert [p.name for p in tmp_path.iterdir()] == [old.name]
    assert old.read_bytes() == b"the old release"


def test_cancel_while_the_set_is_placed_keeps_those_placed(sample, tmp_path):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 3  # two files made, then the first placed

    with pytest.raises(ExportCancelled) as caught:
        generate(sample, tmp_path, ["ko", "en"], ["press"], today=TODAY, cancelled=cancelled)
    assert [p.name for p in caught.value.written] == ["보도자료 - 경기도 조직개편.docx"]
    assert [p.name for p in tmp_path.iterdir()] == ["보도자료 - 경기도 조직개편.docx"]


@pytest.fixture
def refuse(monkeypatch):
    """``os.replace`` refuses the targets named in the returned set."""
    names: set[str] = set()
    real = os.replace

    def replace(src, dst):
        if Path(dst).name in names:
            raise PermissionError(13, "locked", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return names


def test_an_unwritable_target_is_put_to_the_caller(sample, tmp_path, refuse):
    press = "보도자료 - 경기도 조직개편.docx"
    refuse.add(press)
    asked = []

    def unwritable(error):
        asked.append(error.target.name)
        return tmp_path / "다른 이름.docx" if len(asked) == 1 else None

    written = generate(sample, tmp_path, ["ko"], ["press"], today=TODAY, unwritable=unwritable)
    assert asked == [press] and [p.name for p in written] == ["다른 이름.docx"]

    refuse.add("다른 이름.docx")
    asked.clear()
    progress = []
    written = generate(
        sample,
        tmp_path,
        ["ko"],
        ["press"],
        today=TODAY,
        unwritable=lambda error: asked.append(error.target.name),  # None: skip
        progress=lambda *args: progress.append(args),
    )
    # progress counts the files as they are made; the skip comes when they are put in place
    assert written == [] and asked == [press] and progress == [(1, 1, tmp_path / press)]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_without_a_handler_an_unwritable_target_raises(sample, tmp_path, refuse):
    refuse.add("보도자료 - 경기도 조직개편.docx")
    with pytest.raises(export.ExportError):
        generate(sample, tmp_path, ["ko"], ["press"], today=TODAY)


def test_the_file_name_pattern_surrounds_the_usual_name():
    names = with_pattern("{date} {name} ({lang})", "20240628")
    assert names.name("ko", "press", ".docx", government="경기도") == (
        "20240628 보도자료 - 경기도 조직개편 (ko).docx"
    )
    title = "경기도 행정기구 및 정원 조례 일부개정조례안"
    assert names.name("ko", "bill", ".docx", title=title) == f"20240628 {title} (ko).docx"
    assert with_pattern("{date}") == FileNames()  # without {name}, names would collide


def test_the_whole_rewrite_threshold_reaches_the_drafting(sample):
    key = "rule"
    strict, lenient = (
        sample.draft_inputs(DraftingOptions(1)),
        sample.draft_inputs(DraftingOptions(20)),
    )
    assert strict.options.max_replacements == 1
    assert str(strict.draft[key].amendment("ko")) != str(lenient.draft[key].amendment("ko"))
