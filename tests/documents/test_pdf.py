"""Every generated DOCX converts to PDF with LibreOffice and the Korean text is there."""

from __future__ import annotations

import shutil
import subprocess

import pytest

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_documents_convert_to_pdf(docx_files, tmp_path):
    profile = tmp_path / "profile"
    out = tmp_path / "pdf"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docx_files),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    expected = {
        "조례 일부개정조례안": "일부를 다음과 같이 개정한다",
        "보도자료": "보 도 자 료",
        "기구표": "정원표",
        "신구조문대비표 - 경기도 행정기구 및 정원 조례.": "평생교육국",
        "Press release": "PRESS RELEASE",
        "국영 대조": "한국어",
    }
    for path in docx_files:
        pdf = out / (path.stem + ".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 1000, path.name
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        squeezed = text.replace(" ", "")
        for key, word in expected.items():
            if key in path.name:
                assert word.replace(" ", "") in squeezed, (path.name, word)
        assert "{{" not in text
