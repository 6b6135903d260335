"""The HWPX documents: every one passes python-hwpx's validators, reads back (with an
independent reader) with the same text as its DOCX, paragraph by paragraph and cell by cell,
and keeps the 한/글 styles, fonts, page setup, underlined changes and merged cells."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from desktop.documents.errors import UnsafePackageError
from desktop.documents.writers.hwpx.translate import check_hwpx
from tests.documents.conftest import TODAY, by_name, text_of, with_telephones

hwp_hwpx_parser = pytest.importorskip("hwp_hwpx_parser")
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"


@pytest.fixture(scope="module")
def both(sample, tmp_path_factory) -> list[Path]:
    from desktop.chart.orgchart import chart_pages
    from desktop.documents.generate import generate

    out = tmp_path_factory.mktemp("hwpx")
    return generate(sample, out, draw_chart=chart_pages, today=TODAY, format=("docx", "hwpx"))


def _hwpx(files: list[Path]) -> list[Path]:
    return [f for f in files if f.suffix == ".hwpx"]


def docx_lines(path: Path) -> list[str]:
    """The DOCX's text as the HWPX reader prints an HWPX: one line per non-empty paragraph,
    a table as Markdown rows of its cells (a merged cell once, its paragraphs joined)."""
    from hwp_hwpx_parser import TableData

    lines: list[str] = []
    for child in docx.Document(str(path)).element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = text_of(child)
            if text.strip():
                lines.append(text)
        elif child.tag == qn("w:tbl"):
            rows = []
            for tr in child.iterchildren(qn("w:tr")):
                cells = []
                for tc in tr.iterchildren(qn("w:tc")):
                    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
                    if merge is not None and merge.get(qn("w:val"), "continue") == "continue":
                        continue
                    cells.append(_cell_text(tc).strip())
                if cells:
                    rows.append(cells)
            lines += TableData(rows=rows).to_markdown().split("\n")
    return lines


def _cell_text(tc) -> str:
    """A cell's text as the reader prints it: its paragraphs joined, then the cells of a
    table inside it (an annex in the comparison table) one after the other, space-separated."""
    parts = []
    for child in tc.iterchildren(qn("w:p"), qn("w:tbl")):
        if child.tag == qn("w:p"):
            parts.append(text_of(child))
        else:
            nested = [_cell_text(cell).strip() for cell in child.iter(qn("w:tc"))]
            parts.append(" ".join(nested))
    return "".join(parts)


def _body_only(path: Path, target: Path) -> Path:
    """A copy of the HWPX without its headers and footers (the page number ``- 1 -``), which
    the reader prints with the first paragraph; the DOCX's body has none either."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("Contents/section"):
                root = etree.fromstring(data)
                for tag in ("footer", "header"):
                    for element in list(root.iter(f"{HP}{tag}")):
                        element.getparent().remove(element)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            copy.writestr(info, data)
    return target


def hwpx_lines(path: Path, scratch: Path) -> list[str]:
    from hwp_hwpx_parser import ExtractOptions, ImageMarkerStyle, Reader

    options = ExtractOptions(image_marker=ImageMarkerStyle.NONE, paragraph_separator="\n")
    with Reader(str(_body_only(path, scratch / path.name))) as reader:
        text = reader.extract_text(options)
    return [line for line in text.split("\n") if line.strip()]


def test_every_document_is_written_in_both_formats(both):
    docx_names = {f.stem for f in both if f.suffix == ".docx"}
    assert docx_names == {f.stem for f in _hwpx(both)}
    assert len(docx_names) == 13


def test_every_hwpx_passes_the_validators(both):
    from hwpx.tools.package_validator import validate_package
    from hwpx.tools.validator import validate_document

    for path in _hwpx(both):
        check_hwpx(path)  # what export runs
        assert validate_document(path).ok, path.name
        assert validate_package(path).ok, path.name


def test_hwpx_text_matches_the_docx_paragraph_by_paragraph(both, tmp_path):
    for path in _hwpx(both):
        expected = docx_lines(path.with_suffix(".docx"))
        assert len(expected) > 5
        assert hwpx_lines(path, tmp_path) == expected, path.name


def test_pages_are_numbered_as_in_the_docx(both):
    """The DOCX footer ``- PAGE -`` becomes 한/글's page number between the same dashes."""
    section = _xml(by_name(_hwpx(both), "일부개정조례안"), "Contents/section0.xml")
    footer = section.find(f".//{HP}footer")
    texts = [t.text for t in footer.iter(f"{HP}t")]
    assert texts == ["- ", " -"]
    assert footer.find(f".//{HP}autoNum").get("numType") == "PAGE"


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(part))


def test_styles_are_named_as_hangul_users_know_them(both):
    bill = by_name(_hwpx(both), "일부개정조례안")
    header, section = _xml(bill, "Contents/header.xml"), _xml(bill, "Contents/section0.xml")
    names = {s.get("id"): s.get("name") for s in header.iter(f"{HH}style")}
    used = {names[p.get("styleIDRef")] for p in section.iter(f"{HP}p")}
    assert {"본문", "개요 1", "개요 2", "개요 3", "제목", "조문", "표 내용", "표 머리"} <= used
    assert {"바탕글", "캡션", "개요 7"} <= set(names.values())  # 한/글's own list is kept
    assert "밑줄" in names.values()  # the character style of the changed runs


def _fonts(header: etree._Element, lang: str) -> dict[str, str]:
    block = next(f for f in header.iter(f"{HH}fontface") if f.get("lang") == lang)
    return {font.get("id"): font.get("face") for font in block.iter(f"{HH}font")}


def _char_fonts(header: etree._Element, char_id: str) -> tuple[str, str]:
    char = next(c for c in header.iter(f"{HH}charPr") if c.get("id") == char_id)
    ref = char.find(f"{HH}fontRef")
    return _fonts(header, "HANGUL")[ref.get("hangul")], _fonts(header, "LATIN")[ref.get("latin")]


def _style_char(header: etree._Element, name: str) -> str:
    return next(s for s in header.iter(f"{HH}style") if s.get("name") == name).get("charPrIDRef")


def test_fonts_are_declared_for_hangul_and_latin(both):
    ko = _xml(by_name(_hwpx(both), "일부개정조례안"), "Contents/header.xml")
    assert _char_fonts(ko, _style_char(ko, "본문")) == ("바탕", "바탕")
    en = _xml(by_name(_hwpx(both), "Bill - Gyeonggi-do"), "Contents/header.xml")
    assert _char_fonts(en, _style_char(en, "본문")) == ("바탕", "Times New Roman")
    press = _xml(by_name(_hwpx(both), "보도자료"), "Contents/header.xml")
    assert _char_fonts(press, _style_char(press, "본문")) == ("맑은 고딕", "맑은 고딕")


def test_page_setup_follows_the_docx(both):
    """Bill: A4, margins 16/16/25/25 mm; org tables: a portrait then a landscape section."""
    mm = 7200 / 25.4
    bill = _xml(by_name(_hwpx(both), "일부개정조례안"), "Contents/section0.xml")
    page = bill.find(f".//{HP}pagePr")
    margin = page.find(f"{HP}margin")
    assert (int(page.get("width")), int(page.get("height"))) == (59528, 84186)
    got = [round(int(margin.get(k)) / mm) for k in ("top", "bottom", "left", "right")]
    assert got == [16, 16, 25, 25]
    org = by_name(_hwpx(both), "기구표")
    portrait = _xml(org, "Contents/section0.xml").find(f".//{HP}pagePr")
    landscape = _xml(org, "Contents/section1.xml").find(f".//{HP}pagePr")
    assert (portrait.get("landscape"), landscape.get("landscape")) == ("WIDELY", "NARROWLY")


def test_comparison_table_keeps_underlined_changes_and_merged_header(both):
    table = by_name(_hwpx(both), "신구조문대비표 - 경기도 행정기구 및 정원 조례.hwpx")
    header, section = _xml(table, "Contents/header.xml"), _xml(table, "Contents/section0.xml")
    underlined = {
        c.get("id")
        for c in header.iter(f"{HH}charPr")
        if (u := c.find(f"{HH}underline")) is not None and u.get("type") != "NONE"
    }
    runs = [r for r in section.iter(f"{HP}run") if r.get("charPrIDRef") in underlined]
    texts = "".join(t.text or "" for r in runs for t in r.iter(f"{HP}t"))
    assert "감사위원회" in texts
    tbl = section.find(f".//{HP}tbl")
    assert tbl.get("repeatHeader") == "1"
    staffing = _xml(by_name(_hwpx(both), "기구표"), "Contents/section0.xml")
    spans = [(int(s.get("rowSpan")), int(s.get("colSpan"))) for s in staffing.iter(f"{HP}cellSpan")]
    assert (2, 1) in spans and (1, 3) in spans  # 구분 over two rows, 정원 over three columns


def test_a_broken_hwpx_is_refused(tmp_path):
    bad = tmp_path / "bad.hwpx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(UnsafePackageError):
        check_hwpx(bad)


def test_a_release_with_telephone_numbers_reads_as_its_docx(sample, tmp_path):
    """The DOCX header's no-break hyphens (Word's, in the telephone numbers) are the plain
    hyphens of the text around them in the HWPX, one run as before, not a refusal."""
    from desktop.documents.generate import generate

    out = tmp_path / "out"
    out.mkdir()
    files = generate(
        with_telephones(sample), out, ("ko",), ("press",), today=TODAY, format=("docx", "hwpx")
    )
    (path,) = _hwpx(files)
    lines = hwpx_lines(path, tmp_path)
    assert lines == docx_lines(path.with_suffix(".docx"))
    assert any("조직관리팀장 홍길동(031-8008-2345)" in line for line in lines)
