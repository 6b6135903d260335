"""An export replaces the document set as a whole: a failure while the set is made touches no
target; a target that cannot be replaced at the end is reported with exactly which files are
new and which old; temporary files of a killed export are removed by the next one."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.documents import build as building
from desktop.documents import export
from desktop.documents.errors import DocumentError
from desktop.documents.export import PartialExport
from desktop.documents.generate import generate
from tests.documents.conftest import TODAY

PRESS_KO = "보도자료 - 경기도 조직개편.docx"
PRESS_EN = "Press release - Gyeonggi reorganization (EN).docx"


@pytest.fixture(autouse=True)
def _no_lock_retries(monkeypatch):
    monkeypatch.setattr(export, "RETRY_DELAYS", (), raising=False)


def _old_set(folder: Path) -> dict[str, bytes]:
    files = {PRESS_KO: b"old ko", PRESS_EN: b"old en"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_failure_while_the_set_is_made_replaces_nothing(sample, tmp_path, monkeypatch):
    old = _old_set(tmp_path)
    real = building.press_release

    def release(inputs, lang, today):
        if lang == "en":  # the second document fails, after the first was made
            raise DocumentError("The English release cannot be made.")
        return real(inputs, lang, today)

    monkeypatch.setattr(building, "press_release", release)
    with pytest.raises(DocumentError):
        generate(sample, tmp_path, ["ko", "en"], ["press"], today=TODAY)
    assert _contents(tmp_path) == old  # the Korean one too is still the old one; no temporaries


def test_a_target_that_cannot_be_replaced_says_which_files_are_new_and_which_old(
    sample, tmp_path, monkeypatch
):
    old = _old_set(tmp_path)
    names = {p.name: p for p in generate(sample, tmp_path, ["ko", "en"], ["press"], today=TODAY)}
    assert set(names) == set(old)
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == PRESS_EN:
            raise PermissionError(13, "locked", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(PartialExport) as partial:
        generate(sample, tmp_path, ["ko", "en"], ["press"], today=TODAY)
    assert [p.name for p in partial.value.new] == [PRESS_KO]
    assert [p.name for p in partial.value.old] == [PRESS_EN]
    message = partial.value.message("en")
    assert f"Written anew: {PRESS_KO}" in message
    assert f"Not replaced (the old file, or none): {PRESS_EN}" in message
    assert (tmp_path / PRESS_EN).read_bytes() == b"old en"
    assert (tmp_path / PRESS_KO).read_bytes() != b"old ko"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_the_next_export_removes_what_a_killed_one_left(sample, tmp_path):
    stale = tmp_path / ".~보도자료.abc123.tmp"
    young = tmp_path / ".~보도자료.def456.tmp"
    for path in (stale, young):
        path.write_bytes(b"half a document")
    old = time.time() - 120
    os.utime(stale, (old, old))
    generate(sample, tmp_path, ["ko"], ["press"], today=TODAY)
    assert not stale.exists()
    assert young.exists()  # may belong to an export running now
