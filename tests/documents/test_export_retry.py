"""Windows: a target that Word, a virus scanner or a sync client holds open for a moment is
retried briefly (simulated here by ``os.replace`` refusing), then reported by name."""

from __future__ import annotations

import errno
import os

import docx
import pytest

from desktop.documents import export
from desktop.documents.errors import ExportError
from desktop.documents.writers.docx import export_docx


def _write(text):
    def render(tmp):
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(tmp))

    return render


@pytest.fixture
def replace_refusing(monkeypatch):
    """``os.replace`` that raises the given errors first, then works; records the calls."""
    monkeypatch.setattr(export, "RETRY_DELAYS", (0.0,) * len(export.RETRY_DELAYS))
    real_replace = os.replace
    calls = []

    def install(*errors):
        pending = list(errors)

        def replace(src, dst):
            calls.append(dst)
            if pending:
                raise pending.pop(0)
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        return calls

    return install


def _sharing_violation():
    exc = OSError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # ERROR_SHARING_VIOLATION, as Windows reports it
    return exc


def test_a_briefly_locked_target_is_written_after_a_retry(tmp_path, replace_refusing):
    target = tmp_path / "보도자료.docx"
    calls = replace_refusing(PermissionError(13, "Permission denied"), _sharing_violation())
    export_docx(_write("새 내용"), target)
    assert len(calls) == 3
    assert docx.Document(str(target)).paragraphs[0].text == "새 내용"
    assert [p.name for p in tmp_path.iterdir()] == ["보도자료.docx"]


def test_a_target_that_stays_locked_is_reported_by_name(tmp_path, replace_refusing):
    target = tmp_path / "보도 자료.docx"
    export_docx(_write("old"), target)
    locked = [PermissionError(13, "Permission denied")] * (len(export.RETRY_DELAYS) + 1)
    calls = replace_refusing(*locked)
    with pytest.raises(ExportError) as info:
        export_docx(_write("new"), target)
    assert len(calls) == len(export.RETRY_DELAYS) + 1
    assert info.value.target == target
    assert "보도 자료.docx" in info.value.message("ko")
    assert "보도 자료.docx" in info.value.message("en")
    assert docx.Document(str(target)).paragraphs[0].text == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["보도 자료.docx"]


def test_other_errors_are_not_retried(tmp_path, replace_refusing):
    calls = replace_refusing(OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(ExportError):
        export_docx(_write("x"), tmp_path / "a.docx")
    assert len(calls) == 1


def test_the_retries_last_about_a_second():
    assert 0.5 <= sum(export.RETRY_DELAYS) <= 1.5
