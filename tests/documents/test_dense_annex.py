"""A staffing annex by organization and grade (``기관 | 정무직 | 1급 | … | 7급``, one row per
unit: the 정원 조례 of 제주특별자치도 in tests/data/governments) in a half-page cell of the
신구조문대비표 does not fit at the templates' 10.5 pt table text: it is drawn dense (8.5 pt,
narrow cell margins) in DOCX, HTML and HWPX, its columns measured at that size, so that
no figure and no grade heading wraps."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from desktop.core.drafting.cells import Grid, Run
from desktop.core.drafting.table_text import display_width
from desktop.documents.comparison import (
    DENSE_UNIT_CM,
    figures_fit,
    grid_table,
)
from desktop.documents.generate import generate
from desktop.documents.layout import DENSE_MARGIN_CM, DENSE_PT
from tests.core.government_projects import jeju_project
from tests.documents.conftest import TODAY

TABLE = "신구조문대비표 - 제주특별자치도 지방공무원 정원 조례"
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
WIDTH = 7.6  # a half-page cell of the table, less its margins


def _grid(rows):
    return Grid([[[Run(cell)] if cell else [] for cell in row] for row in rows])


BY_UNIT = [
    ["기관", "정무직", "1급", "2급", "3급", "4급", "5급", "6급", "7급"],
    ["계", "2", "1", "1", "5", "15", "24", "65", "62"],
    ["특별자치행정국", "", "", "", "1", "", "", "", ""],
    ["총무과", "", "", "", "", "1", "2", "6", "6"],
]


def test_a_table_by_unit_is_dense_and_its_figures_and_grades_fit_on_one_line():
    assert not figures_fit(BY_UNIT, WIDTH)
    table = grid_table(_grid(BY_UNIT), WIDTH)
    assert table.dense
    assert sum(table.widths_cm) == pytest.approx(WIDTH, abs=1e-9)
    for c, width in enumerate(table.widths_cm[1:], start=1):
        room = width - 2 * DENSE_MARGIN_CM  # the text's width inside the cell's margins
        figures = [row[c] for row in BY_UNIT[1:]]
        assert room >= DENSE_UNIT_CM * max(map(display_width, figures))
        if c > 1:  # the grades' headings on one line (정무직, three syllables, may wrap)
            assert room >= DENSE_UNIT_CM * display_width(BY_UNIT[0][c])


def test_a_table_by_grade_keeps_the_templates_text():
    rows = [["구분", "정원"], ["총계", "16,244"], ["연구직·지도직 계", "16"]]
    assert figures_fit(rows, WIDTH)
    assert not grid_table(_grid(rows), WIDTH).dense


@pytest.fixture(scope="module")
def jeju_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("dense")
    files = generate(
        jeju_project(), out, ("ko",), ("table",), today=TODAY, format=("docx", "hwpx", "html")
    )
    return {f.suffix: f for f in files if f.stem == TABLE}


def _nested(body):
    return [tbl for tbl in body.iter(qn("w:tbl")) if tbl.getparent().tag == qn("w:tc")]


def test_the_docx_draws_the_annex_dense(jeju_tables):
    body = docx.Document(str(jeju_tables[".docx"])).element.body
    nested = _nested(body)
    assert len(nested) == 2  # 현행 and 개정안
    half_points = str(round(DENSE_PT * 2))
    for tbl in nested:
        margins = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")
        assert margins is not None
        assert int(margins.find(qn("w:left")).get(qn("w:w"))) < 80  # the template's: 80
        sizes = {
            r.find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val"))
            for r in tbl.iter(qn("w:r"))
            if r.find(qn("w:t")) is not None
        }
        assert sizes == {half_points}
    outer = [t for t in body.iter(qn("w:tbl")) if t not in nested]
    assert all(t.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}") is None for t in outer)


def test_the_hwpx_draws_the_annex_dense(jeju_tables):
    with zipfile.ZipFile(jeju_tables[".hwpx"]) as archive:
        header = etree.fromstring(archive.read("Contents/header.xml"))
        section = etree.fromstring(archive.read("Contents/section0.xml"))
    heights = {c.get("id"): int(c.get("height")) for c in header.iter(f"{HH}charPr")}
    tables = list(section.iter(f"{HP}tbl"))
    nested = [t for t in tables if next(t.iterancestors(f"{HP}tc"), None) is not None]
    assert len(nested) == 2
    for tbl in nested:
        inner = tbl.find(f"{HP}inMargin")
        assert int(inner.get("left")) < 200 and int(inner.get("right")) < 200
        runs = [r for r in tbl.iter(f"{HP}run") if "".join(r.itertext()).strip()]
        assert {heights[r.get("charPrIDRef")] for r in runs} == {round(DENSE_PT * 100)}
    outer = [t for t in tables if t not in nested]
    assert all(int(t.find(f"{HP}inMargin").get("left")) >= 500 for t in outer)


def test_the_html_draws_the_annex_dense(jeju_tables):
    html = jeju_tables[".html"].read_text(encoding="utf-8")
    assert html.count(f'style="font-size: {DENSE_PT}pt"') == 2
