"""The comparison table's annexes (별표) are tables inside the cells, in every output (DOCX,
HTML preview, HWPX), with the changed cells underlined; the bill prints the annex page before
the comparison table."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from desktop.documents.comparison import column_widths, grid_table
from desktop.documents.generate import generate
from desktop.documents.preview import preview_html
from tests.documents.conftest import TODAY, all_text, by_name

STAFFING = "신구조문대비표 - 경기도 행정기구 및 정원 조례"
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"


def _nested(path):
    """The tables inside the cells of the document's tables."""
    body = docx.Document(str(path)).element.body
    return [tbl for tbl in body.iter(qn("w:tbl")) if tbl.getparent().tag == qn("w:tc")]


def _rows(tbl, underline_id):
    """A nested table as rows of (text, underlined) cells."""
    rows = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            runs = list(tc.iter(qn("w:r")))
            text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
            styles = {r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}") for r in runs}
            marked = any(s is not None and s.get(qn("w:val")) == underline_id for s in styles)
            cells.append((text, marked))
        rows.append(cells)
    return rows


def test_the_staffing_annex_is_a_table_in_each_column_with_the_changes_underlined(docx_files):
    path = by_name(docx_files, f"{STAFFING}.docx")
    current, amended = _nested(path)
    underline = docx.Document(str(path)).styles["OD Underline"].style_id
    old, new = _rows(current, underline), _rows(amended, underline)
    assert old[0] == [("구분", False), ("정원", False)]
    assert ["총계", "16,244"] == [text for text, _ in old[1]]
    assert new[1] == [("총계", False), ("16,252", True)]
    assert old[1][1] == ("16,244", True)
    grades = {row[0][0]: row[1] for row in new}
    assert grades["3급"] == ("14", True) and grades["8급"] == ("310", False)
    assert len(old) == len(new) == 31  # the header and 30 rows, no pipes anywhere
    assert "| 3급 |" not in all_text(path)
    # each sits in its own column, after the annex heading, within the column's width
    for tbl in (current, amended):
        cell = tbl.getparent()
        heading = "".join(t.text or "" for t in cell.find(qn("w:p")).iter(qn("w:t")))
        assert heading == "[별표 1] 기관별·직급별 정원표(제20조제2항 관련)"
        assert cell.getchildren()[-1].tag == qn("w:p")  # Word wants a paragraph last
        width = int(tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w")))
        cell_width = int(cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w")))
        assert width < cell_width


def test_the_bill_prints_the_annex_page_and_then_the_comparison_table(docx_files):
    for name in ("조례 일부개정조례안", "Bill - Gyeonggi-do Ordinance"):
        text = all_text(by_name(docx_files, name))
        title = "신구조문대비표" if "조례" in name else "Comparison Table"
        annex = "[별표 1] 기관별" if "조례" in name else "[Annex 1]"
        closing = text.index("부      칙" if "조례" in name else "ADDENDA")
        assert closing < text.index(annex) < text.index(f"\n{title}\n")


def test_the_preview_shows_the_annex_as_a_table_inside_the_cell(sample):
    page = preview_html(sample.draft_inputs(), "table", "ko", "ordinance", TODAY)
    cell = re.search(r"<td[^>]*>(?:(?!</td>).)*?\[별표 1\].*?<table", page, re.DOTALL)
    assert cell is not None
    assert "<u>16,252</u>" in page and "<u>16,244</u>" in page
    assert "| 3급 |" not in page


@pytest.fixture(scope="module")
def hwpx_table(sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("hwpx-annex")
    files = generate(sample, out, ("ko",), ("table",), today=TODAY, format="hwpx")
    return by_name(files, f"{STAFFING}.hwpx")


def test_the_hwpx_has_the_annex_as_a_table_inside_the_cell_with_its_changes_underlined(
    hwpx_table,
):
    with zipfile.ZipFile(hwpx_table) as archive:
        header = etree.fromstring(archive.read("Contents/header.xml"))
        section = etree.fromstring(archive.read("Contents/section0.xml"))
    underlined = {
        c.get("id")
        for c in header.iter(f"{HH}charPr")
        if (u := c.find(f"{HH}underline")) is not None and u.get("type") != "NONE"
    }
    tables = section.iter(f"{HP}tbl")
    nested = [t for t in tables if next(t.iterancestors(f"{HP}tc"), None) is not None]
    assert len(nested) == 2
    for tbl, changed in zip(nested, ("16,244", "16,252"), strict=True):
        assert tbl.get("rowCnt") == "31"
        marked = [
            "".join(t.text or "" for t in run.iter(f"{HP}t"))
            for run in tbl.iter(f"{HP}run")
            if run.get("charPrIDRef") in underlined
        ]
        assert changed in marked and "310" not in marked


def test_column_widths_keep_the_figures_on_one_line_and_fill_the_width():
    korean = column_widths([["구분", "정원"], ["연구직·지도직 계", "16,244"]], 7.6)
    assert sum(korean) == pytest.approx(7.6, abs=1e-9) and korean[0] > 2 * korean[1]
    assert korean[1] >= 0.4 + 0.22 * 6  # all fit: the room is shared in proportion
    labels = "Professional career officials subtotal"
    english = column_widths([["Category", "Staffing"], [labels, "8"]], 7.6)
    assert english[1] == pytest.approx(0.4 + 0.22 * 8)  # "Staffing" on one line
    assert sum(english) == pytest.approx(7.6, abs=1e-9)  # the labels take the rest and wrap
    many = column_widths(
        [["구분", "본청", "의회", "직속기관", "사업소"], ["총계", *["1,000"] * 4]], 7.6
    )
    assert sum(many) == pytest.approx(7.6, abs=1e-9) and min(many) > 0.9  # shared when crowded
    assert column_widths([["a", "b"]], 4.0) == (2.0, 2.0)  # a floor of four each


def test_a_total_row_is_bold_and_the_numbers_centred():
    from desktop.core.drafting.cells import Grid, Run

    grid = Grid([[[Run("구분")], [Run("정원")]], [[Run("총계")], [Run("9", True)]]])
    table = grid_table(grid, 7.6)
    head, total = table.rows
    assert [c.style for c in head] == ["OD Table Head"] * 2 and head[0].fill
    assert [c.style for c in total] == ["OD Table Head"] * 2
    assert total[1].align == "center" and total[1].lines == ((("9", "OD Underline"),),)
    assert table.header_rows == 0  # a table inside a cell repeats no header


def test_english_annexes_read_the_staffing_words_in_english_on_both_pages(docx_files):
    bill = all_text(by_name(docx_files, "Bill - Gyeonggi-do Ordinance"))
    table = all_text(by_name(docx_files, "Comparison table - Gyeonggi-do Ordinance"))
    for text in (bill, table):
        assert "General service subtotal" in text and "Grade 3" in text
        assert "3급" not in text and "정무직 subtotal" not in text
    title = "[Annex 1] Authorized Staffing by Agency and Grade (related to Article 20 (2))"
    assert title in bill and title in table  # from the sample's glossary, the same on both
