"""The sample's whole document set, reopened with python-docx: text and structure."""

from __future__ import annotations

import copy
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from desktop.core import changes as ch
from desktop.core import kinds
from desktop.documents.errors import ExportError
from desktop.documents.generate import ValidationFailed, generate
from desktop.documents.typography import HANGUL, StyleIndex, east_asian_font
from tests.documents.conftest import TODAY, all_text, by_name

KOREAN_FONTS = {"맑은 고딕", "바탕"}


def test_the_whole_set_is_written(generated):
    names = {p.name for p in generated}
    assert "경기도 행정기구 및 정원 조례 일부개정조례안.docx" in names
    assert "경기도 행정기구 및 정원 조례 시행규칙 일부개정규칙안.docx" in names
    assert "Press release - Gyeonggi reorganization (EN).docx" in names
    assert "보도자료 - 경기도 조직개편.docx" in names
    assert {p.suffix for p in generated} == {".docx", ".png"}
    assert not [p for p in generated[0].parent.iterdir() if p.name.startswith(".~")]


def test_bill_has_its_parts_in_order(docx_files):
    text = all_text(by_name(docx_files, "조례 일부개정조례안"))
    order = [
        "의안번호",
        "경기도 행정기구 및 정원 조례 일부개정조례안",
        "제출연월일 : 2024. 5. 31.",
        "1. 제안이유",
        "2. 주요내용",
        "3. 참고사항",
        "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.",
        "제14조의2를 다음과 같이 신설한다.",
        "제14조의2(AI국)",
        "부      칙",
        "이 조례는 2024년 7월 15일부터 시행한다.",
        "[별표 1] 기관별·직급별 정원표",  # the 별지 of 별표 1을 별지와 같이 한다
        "신구조문대비표",
        "[별표 1]",  # the annex in the comparison table
    ]
    at = 0
    for item in order:  # each part after the one before
        found = text.find(item, at)
        assert found >= 0, item
        at = found + len(item)
    assert "다만, 제5조 및 제5조의2의 개정규정은 2024년 9월 2일부터 시행한다." in text
    assert "가. 기구 조정" in text and "총 정원 16,244명 → 16,252명(증 8명)" in text


def test_no_jinja_tag_survives(docx_files):
    for path in docx_files:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".xml"):
                    data = archive.read(name).decode("utf-8")
                    assert "{{" not in data and "{%" not in data, (path.name, name)


def test_english_documents_use_english_names(docx_files):
    press = all_text(by_name(docx_files, "Press release"))
    assert "PRESS RELEASE" in press and "###" in press
    assert "SUWON, June 28, 2024 —" in press
    assert "AI Bureau" in press and "International Cooperation Bureau" in press
    bill_en = all_text(by_name(docx_files, "Bill - Gyeonggi-do Ordinance"))
    assert (
        "Part of the Gyeonggi-do Ordinance on Administrative Organization and Staffing "
        "shall be amended as follows:" in bill_en
    )
    assert "Article 14-2 shall be newly inserted as follows:" in bill_en
    assert "Future Lifelong Education Bureau" in bill_en
    org_en = all_text(by_name(docx_files, "Organization tables"))
    assert "Immigration and Society Bureau" in org_en and "Grade 7" in org_en


def test_every_hangul_run_has_an_east_asian_font(docx_files):
    for path in docx_files:
        document = docx.Document(str(path))
        styles = StyleIndex(document.styles.element)
        for run in document.element.body.iter(qn("w:r")):
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if HANGUL.search(text):
                assert east_asian_font(run, styles) in KOREAN_FONTS, (path.name, text)


def test_every_style_names_the_east_asian_font(docx_files):
    for path in docx_files:
        document = docx.Document(str(path))
        for style in document.styles.element.iter(qn("w:style")):
            if style.get(qn("w:type")) in ("paragraph", "character", "table"):
                fonts = style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
                assert fonts is not None and fonts.get(qn("w:eastAsia")), (
                    path.name,
                    style.get(qn("w:styleId")),
                )


def _comparison_rows(path):
    document = docx.Document(str(path))
    table = next(t for t in document.tables if t.cell(0, 0).text.strip() == "현 행")
    return table.rows


def test_comparison_underlines_exactly_the_changed_words(docx_files):
    rows = _comparison_rows(by_name(docx_files, "신구조문대비표", "조례.docx"))
    row8 = next(r for r in rows if r.cells[0].text.startswith("제8조"))
    current = row8.cells[0].paragraphs[0]
    underlined = [r.text for r in current.runs if r.style.name == "OD Underline"]
    assert underlined == ["평생교육국", "평생교육국"]
    plain = "".join(r.text for r in current.runs if r.style.name != "OD Underline")
    assert "평생교육국" not in plain
    amended = row8.cells[1].paragraphs[0]
    assert [r.text for r in amended.runs if r.style.name == "OD Underline"] == [
        "미래평생교육국",
        "미래평생교육국",
    ]
    assert "---" in amended.text  # hyphens are the house default
    assert rows[0].cells[1].text.replace(" ", "") == "개정안"


def test_staffing_table_has_merged_headers(docx_files):
    document = docx.Document(str(by_name(docx_files, "기구표·정원표")))
    table = next(t for t in document.tables if t.cell(0, 0).text.strip() == "구  분")
    assert table.cell(0, 1).text.strip() == "정  원"
    assert table.cell(0, 1)._tc is table.cell(0, 3)._tc  # one merged cell
    assert table.cell(0, 0)._tc.vMerge == "restart"
    assert [table.cell(1, c).text for c in (1, 2, 3)] == ["현행", "개정", "증감"]
    total = [table.cell(2, c).text for c in range(4)]
    assert total == ["총  계", "16,244", "16,252", "8"]
    seventh = next(r for r in table.rows if r.cells[0].text == "7급")
    assert seventh.cells[3].text == "△64"


def test_org_tables_mark_the_changes_and_embed_charts(docx_files):
    path = by_name(docx_files, "기구표·정원표")
    text = all_text(path)
    for word in ("신설", "명칭변경", "이관", "격상"):
        assert word in text
    with zipfile.ZipFile(path) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert len(media) >= 4  # before and after, each over as many landscape pages as needed


def test_press_release_layout(docx_files):
    text = all_text(by_name(docx_files, "보도자료"))
    assert "보도일시" in text and "2024. 6. 28.(금) 조간" in text
    assert "경기도, AI국·국제협력국·이민사회국 신설" in text
    assert "- 총 정원 16,244명 → 16,252명(증 8명)" in text
    assert "□ 경기도는 AI국·국제협력국·이민사회국을 신설하는" in text
    assert "○ 평생교육국은 미래평생교육국으로 바뀐다." in text
    assert "붙임 1. 조직도(개편 전) 1부." in text


def test_review_sheet_pairs_languages(docx_files):
    document = docx.Document(str(by_name(docx_files, "국영 대조 검토표")))
    pairs = {row.cells[1].text: row.cells[2].text for t in document.tables for row in t.rows}
    assert pairs["경기도 행정기구 및 정원 조례 일부개정조례안"].startswith("Bill to Partially")


def test_every_xml_part_parses(docx_files):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    for path in docx_files:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith((".xml", ".rels")):
                    etree.fromstring(archive.read(name), parser)


def test_validation_errors_block_every_file(sample, tmp_path):
    broken = copy.deepcopy(sample)
    broken.changes.append(ch.Rename(id="bad", unit_id="no-such-unit", name_ko="없는과"))
    with pytest.raises(ValidationFailed) as info:
        generate(broken, tmp_path, today=TODAY)
    assert any(f.code == "E-CHANGE-MISSING-UNIT" for f in info.value.findings)
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder_is_a_clear_error(sample, tmp_path):
    with pytest.raises(ExportError) as info:
        generate(sample, tmp_path / "nope", docs=("press",), today=TODAY)
    assert "폴더" in info.value.message("ko") and "folder" in info.value.message("en")


def test_without_a_chart_drawer_the_org_document_says_so(sample, tmp_path):
    [path] = generate(sample, tmp_path, langs=("en",), docs=("org",), today=TODAY)
    assert "No organization chart picture" in all_text(path)


def test_marks_cover_the_sample_actions(sample):
    actions = {r.action for r in sample.draft_inputs().applied.records}
    assert {kinds.ESTABLISH, kinds.RENAME, kinds.MOVE, kinds.UPGRADE} <= actions


def test_the_replaced_annex_is_single_spaced_so_that_it_stands_on_its_page(docx_files):
    """The 별지 of `별표 1을 별지와 같이 한다`: its rows take single line spacing (the template's
    table spacing pushed the last row of the sample's staffing table onto a page of its own);
    the comparison table after it keeps the template's spacing."""
    body = docx.Document(by_name(docx_files, "조례 일부개정조례안")).element.body
    tables = body.findall(qn("w:tbl"))

    def line_spacings(tbl) -> set[str | None]:
        found = set()
        for p in tbl.iter(qn("w:p")):
            spacing = p.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
            found.add(None if spacing is None else spacing.get(qn("w:line")))
        return found

    annex = next(t for t in tables if "소방사" in "".join(t.itertext()) and len(t) > 20)
    assert line_spacings(annex) == {"240"}
    comparison = next(t for t in tables if "현행" in "".join(t.itertext()))
    assert "240" not in line_spacings(comparison)


def test_charts_begin_before_validation_and_stop_when_it_refuses(sample, tmp_path):
    """The charts are drawn while the project is validated; when validation refuses, the
    charts not begun yet are cancelled and nothing is written."""
    import threading

    broken = copy.deepcopy(sample)
    broken.changes.append(ch.Rename(id="bad", unit_id="no-such-unit", name_ko="없는과"))
    started, release = threading.Event(), threading.Event()
    drawn: list[str] = []

    def draw(org, applied, lang):
        drawn.append(lang)
        started.set()
        release.wait(10)  # held until validation has refused
        return b"", b""

    with pytest.raises(ValidationFailed):
        try:
            generate(broken, tmp_path, docs=("org",), draw_chart=draw, today=TODAY)
        finally:
            assert started.wait(10)  # the first chart was begun before validation ended
            release.set()
    assert drawn == ["ko"]  # the English chart, not begun, was cancelled
    assert list(tmp_path.iterdir()) == []
