"""Atomic export: the target is replaced whole or left alone; no temp file survives."""

from __future__ import annotations

import os
import sys
import zipfile

import docx
import pytest

from desktop.documents.errors import ExportError, UnsafePackageError
from desktop.documents.export import export_bytes
from desktop.documents.writers.docx import export_docx, validate_docx


def _write_doc(text):
    def render(tmp):
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(tmp))

    return render


def test_replaces_the_target(tmp_path):
    target = tmp_path / "문서.docx"
    export_docx(_write_doc("첫째"), target)
    export_docx(_write_doc("둘째"), target)
    assert docx.Document(str(target)).paragraphs[0].text == "둘째"
    assert [p.name for p in tmp_path.iterdir()] == ["문서.docx"]


def test_an_invalid_result_leaves_the_old_file(tmp_path):
    target = tmp_path / "a.docx"
    export_docx(_write_doc("good"), target)
    before = target.read_bytes()
    with pytest.raises(ExportError):
        export_docx(lambda tmp: tmp.write_bytes(b"not a zip"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_a_failing_renderer_leaves_no_temp_file(tmp_path):
    def boom(tmp):
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        export_docx(boom, tmp_path / "a.docx")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError) as info:
        export_docx(_write_doc("x"), tmp_path / "no" / "a.docx")
    assert "folder" in info.value.message("en") and "폴더" in info.value.message("ko")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder(tmp_path):
    target = tmp_path / "a.docx"
    export_docx(_write_doc("keep"), target)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(ExportError) as info:
            export_docx(_write_doc("new"), target)
    finally:
        tmp_path.chmod(0o755)
    assert "Word" in info.value.message("en")
    assert docx.Document(str(target)).paragraphs[0].text == "keep"


def test_target_locked_as_by_word(tmp_path, monkeypatch):
    target = tmp_path / "a.docx"
    export_docx(_write_doc("keep"), target)

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as info:
        export_docx(_write_doc("new"), target)
    assert "Word" in info.value.message("ko")
    assert docx.Document(str(target)).paragraphs[0].text == "keep"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_export_bytes(tmp_path):
    export_bytes(b"\x89PNG", tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes() == b"\x89PNG"


def _with_part(tmp_path, name, data):
    """A sound DOCX with the part ``name`` replaced by (or added as) ``data``."""
    good = tmp_path / "good.docx"
    _write_doc("text")(good)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info.filename, src.read(info))
        dst.writestr(name, data)
    return good, broken


@pytest.mark.parametrize(
    "name",
    ["word/document.xml", "word/styles.xml", "word/theme/theme1.xml", "docProps/extra.xml"],
)
def test_every_xml_part_must_parse(tmp_path, name):
    """Parts python-docx loads (document, styles) and parts it only carries (theme, an
    unrelated entry) are checked alike."""
    _, broken = _with_part(tmp_path, name, b"<a><b></a>")
    with pytest.raises(UnsafePackageError) as info:
        validate_docx(broken)
    assert "well-formed" in info.value.message("en")


def test_a_dtd_is_refused_in_any_part(tmp_path):
    _, broken = _with_part(tmp_path, "word/styles.xml", b'<!DOCTYPE x [<!ENTITY a "b">]><x/>')
    with pytest.raises(UnsafePackageError) as info:
        validate_docx(broken)
    assert "DTD" in info.value.message("en")


def test_a_part_like_a_checked_one_is_not_parsed_again(tmp_path):
    good, _ = _with_part(tmp_path, "docProps/extra.xml", b"<a/>")
    with zipfile.ZipFile(good) as archive:
        theme = archive.read("word/theme/theme1.xml")
    validate_docx(good, checked={"word/theme/theme1.xml": theme})
    _, broken = _with_part(tmp_path, "word/theme/theme1.xml", b"<a><b></a>")
    with pytest.raises(UnsafePackageError):  # checked holds other bytes under that name
        validate_docx(broken, checked={"word/theme/theme1.xml": theme})
