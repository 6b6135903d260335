"""Hostile files offered as templates: refused quickly, before anything inflates them."""

from __future__ import annotations

import shutil
import time
import zipfile

import pytest

from desktop import paths
from desktop.documents.errors import TemplateError, UnsafePackageError
from desktop.documents.package import read_package
from desktop.documents.schema import SCHEMAS
from desktop.documents.templates import load_template

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def _replace_part(source, target, name, data):
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == name else src.read(info))
    return target


def test_billion_laughs_is_refused_quickly(tmp_path):
    path = _replace_part(
        paths.templates_dir() / "ko" / "table.docx",
        tmp_path / "bomb.docx",
        "word/document.xml",
        LAUGHS,
    )
    start = time.perf_counter()
    with pytest.raises(TemplateError) as info:
        load_template(path, SCHEMAS["table"])
    assert time.perf_counter() - start < 2
    assert "DTD" in info.value.message("en")


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    path = shutil.copy(paths.templates_dir() / "ko" / "table.docx", tmp_path / "zip.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * (8 * 1024 * 1024))
    start = time.perf_counter()
    with pytest.raises(UnsafePackageError) as info:
        read_package(path)
    assert time.perf_counter() - start < 2
    assert "zip bomb" in info.value.message("en")


def test_not_a_zip(tmp_path):
    path = tmp_path / "x.docx"
    path.write_text("hello")
    with pytest.raises(UnsafePackageError):
        read_package(path)
