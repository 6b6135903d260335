"""The in-memory check of a written DOCX: what a Word reader needs before it reads the text."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from desktop.documents.errors import UnsafePackageError
from desktop.documents.writers.docx import validate_docx


def _docx(tmp_path, edit=None):
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("본문")
    document.save(buffer)
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if edit:
                data = edit(name, data)
            if data is not None:
                dst.writestr(name, data)
    return path


def test_a_sound_document_passes(tmp_path):
    validate_docx(_docx(tmp_path))


def test_a_relationship_to_a_missing_part_is_refused(tmp_path):
    path = _docx(tmp_path, lambda name, data: None if name == "word/styles.xml" else data)
    with pytest.raises(UnsafePackageError) as info:
        validate_docx(path)
    assert "styles.xml" in info.value.message("en")


def test_a_part_without_a_content_type_is_refused(tmp_path):
    path = _docx(tmp_path)
    with zipfile.ZipFile(path, "a") as package:
        package.writestr("word/media/image9.bin", b"\x00\x01")
    with pytest.raises(UnsafePackageError) as info:
        validate_docx(path)
    assert "image9.bin has no content type" in info.value.message("en")


def test_the_main_part_must_be_a_word_document(tmp_path):
    def retype(name, data):
        if name == "[Content_Types].xml":
            return data.replace(b"document.main+xml", b"settings+xml", 1)
        return data

    with pytest.raises(UnsafePackageError):
        validate_docx(_docx(tmp_path, retype))


def test_a_broken_xml_part_is_refused(tmp_path):
    path = _docx(tmp_path, lambda name, data: data[:-20] if name == "word/document.xml" else data)
    with pytest.raises(UnsafePackageError):
        validate_docx(path)


def test_a_part_the_template_checked_is_not_parsed_again(tmp_path):
    """A part byte for byte the template's was parsed when the template was read."""
    broken = b"<not xml"
    path = _docx(tmp_path, lambda name, data: broken if name == "word/webSettings.xml" else data)
    with pytest.raises(UnsafePackageError):
        validate_docx(path)
    validate_docx(path, checked={"word/webSettings.xml": broken})


def _saved(tmp_path):
    from desktop.documents.render import save_docx

    document = docx.Document()
    document.add_paragraph("본문")
    out = tmp_path / "saved.docx"
    return out, save_docx(document, out), document


def test_save_writes_what_python_docx_writes_and_keeps_it(tmp_path):
    out, parts, document = _saved(tmp_path)
    reference = tmp_path / "reference.docx"
    document.save(str(reference))
    with zipfile.ZipFile(out) as ours, zipfile.ZipFile(reference) as theirs:
        assert ours.namelist() == theirs.namelist() == list(parts)
        for name in ours.namelist():
            assert ours.read(name) == theirs.read(name) == parts[name]
            assert ours.getinfo(name).compress_type == theirs.getinfo(name).compress_type


def test_what_was_written_is_checked_without_reading_the_file(tmp_path, monkeypatch):
    from desktop.documents.render import save_docx
    from desktop.documents.writers import docx as docx_writer

    def no_reopen(path):
        raise AssertionError("the written file was read again")

    monkeypatch.setattr(docx_writer, "read_parts", no_reopen)
    document = docx.Document()
    target = tmp_path / "out.docx"
    docx_writer.export_docx(lambda tmp: save_docx(document, tmp), target)
    assert docx.Document(str(target)).paragraphs == []


def test_a_broken_part_in_memory_is_refused_and_nothing_is_left(tmp_path):
    from desktop.documents.errors import ExportError
    from desktop.documents.writers import docx as docx_writer

    source = tmp_path / "source"
    source.mkdir()
    _out, parts, _document = _saved(source)
    broken = {**parts, "word/document.xml": b"<w:document><unclosed></w:document>"}
    folder = tmp_path / "target"
    folder.mkdir()
    target = folder / "out.docx"
    with pytest.raises(ExportError) as info:
        docx_writer.export_docx(lambda tmp: tmp.write_bytes(b"zip") and broken, target)
    assert "document.xml" in info.value.message("en")
    assert list(folder.iterdir()) == []


def test_a_renderer_that_returns_nothing_has_its_file_read_again(tmp_path):
    from desktop.documents.errors import ExportError
    from desktop.documents.writers import docx as docx_writer

    with pytest.raises(ExportError):
        docx_writer.export_docx(lambda tmp: tmp.write_bytes(b"not a zip"), tmp_path / "x")
