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
