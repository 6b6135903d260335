"""The optional PDF: LibreOffice is found on PATH or in its Windows folder, a conversion puts a
complete PDF beside the DOCX or nothing at all, and every failure says what went wrong."""

from __future__ import annotations

import shutil
import stat
import sys
from pathlib import Path

import docx
import pytest

from desktop.documents import pdf
from desktop.documents.pdf import PdfError, convert_to_pdf, find_soffice, program_folders

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fake soffice is a sh script")


def executable(path: Path, text: str = "#!/bin/sh\nexit 0\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def a_docx(folder: Path, name: str = "보도자료.docx") -> Path:
    document = docx.Document()
    document.add_paragraph("경기도 조직개편 보도자료")
    target = folder / name
    document.save(str(target))
    return target


# -- finding LibreOffice ---------------------------------------------------------------------
@posix_only
@pytest.mark.parametrize("name", ["soffice", "libreoffice"])
def test_found_on_path(tmp_path, name):
    exe = executable(tmp_path / "bin" / name)
    assert find_soffice(search_path=str(tmp_path / "bin"), folders=[]) == exe


def test_found_in_the_windows_program_folder(tmp_path):
    program_files = tmp_path / "Program Files (x86)"
    exe = program_files / "LibreOffice" / "program" / "soffice.exe"
    exe.parent.mkdir(parents=True)
    exe.write_bytes(b"MZ")
    (tmp_path / "empty").mkdir()
    found = find_soffice(
        search_path=str(tmp_path / "empty"),
        folders=[str(tmp_path / "Program Files"), program_files],
    )
    assert found == exe


def test_the_usual_windows_folders_are_searched():
    env = {"ProgramFiles": "D:\\Apps", "ProgramFiles(x86)": "D:\\Apps (x86)"}
    folders = program_folders(env)
    assert folders[:2] == ["D:\\Apps", "D:\\Apps (x86)"]
    assert "C:\\Program Files" in folders and "C:\\Program Files (x86)" in folders


def test_not_found_is_none(tmp_path):
    (tmp_path / "empty").mkdir()
    assert find_soffice(search_path=str(tmp_path / "empty"), folders=[str(tmp_path)]) is None


def test_missing_libreoffice_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(PdfError, match="LibreOffice is not installed"):
        convert_to_pdf(a_docx(tmp_path))
    assert not (tmp_path / "보도자료.pdf").exists()


# -- converting with a stand-in soffice ------------------------------------------------------
FAKE_PDF = """#!/bin/sh
# soffice -env:… --headless --norestore --convert-to pdf --outdir DIR FILE
out="$7"; src="$8"; name=$(basename "$src" .docx)
mkdir -p "$out"
printf '%s' "{content}" > "$out/$name.pdf"
"""


@posix_only
def test_the_pdf_is_placed_beside_the_docx(tmp_path):
    fake = executable(tmp_path / "bin" / "soffice", FAKE_PDF.format(content="%PDF-1.7 fake"))
    source = a_docx(tmp_path)
    (tmp_path / "보도자료.pdf").write_bytes(b"%PDF old")
    assert convert_to_pdf(source, soffice=fake) == tmp_path / "보도자료.pdf"
    assert (tmp_path / "보도자료.pdf").read_bytes() == b"%PDF-1.7 fake"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "보도자료.docx", "보도자료.pdf"]


@posix_only
def test_a_failed_conversion_keeps_the_old_pdf_and_says_why(tmp_path):
    fake = executable(
        tmp_path / "bin" / "soffice",
        "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 1\n",
    )
    source = a_docx(tmp_path)
    (tmp_path / "보도자료.pdf").write_bytes(b"%PDF old")
    with pytest.raises(PdfError, match="could not be loaded") as caught:
        convert_to_pdf(source, soffice=fake)
    assert "보도자료.docx" in caught.value.message("ko")
    assert (tmp_path / "보도자료.pdf").read_bytes() == b"%PDF old"


@posix_only
def test_something_that_is_not_a_pdf_is_refused(tmp_path):
    fake = executable(tmp_path / "bin" / "soffice", FAKE_PDF.format(content="garbage"))
    with pytest.raises(PdfError):
        convert_to_pdf(a_docx(tmp_path), soffice=fake)
    assert not (tmp_path / "보도자료.pdf").exists()


@posix_only
def test_a_conversion_that_hangs_is_stopped(tmp_path):
    fake = executable(tmp_path / "bin" / "soffice", "#!/bin/sh\nsleep 30 &\nwait\n")
    with pytest.raises(PdfError, match="did not finish"):
        convert_to_pdf(a_docx(tmp_path), soffice=fake, timeout=0.5)
    assert not (tmp_path / "보도자료.pdf").exists()


# -- the real thing --------------------------------------------------------------------------
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed here")
def test_libreoffice_converts_a_korean_docx(tmp_path):
    target = convert_to_pdf(a_docx(tmp_path, "경기도 보도자료.docx"), profile=tmp_path / "p")
    assert target == tmp_path / "경기도 보도자료.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]
