"""The 공문서 layout of the built-in templates, and the same layout in the HWPX: the item
ladder (each level one em further in, lines after the first under the item text's first
letter), line spacing as 한/글 measures it, A4 margins (documents.md §4)."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from lxml import etree

from desktop import paths
from tests.documents.conftest import by_name

HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
HC = "{http://www.hancom.co.kr/hwpml/2011/core}"
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
EM_14 = 14 * 25.4 / 72  # one em of the bill's 14 pt body, mm


def _template(lang: str, doc: str):
    return docx.Document(str(paths.templates_dir() / lang / f"{doc}.docx"))


@pytest.mark.parametrize(
    ("level", "ems_in", "symbol_ems"),
    [(1, 1, 2.0), (2, 2, 1.5), (3, 3, 1.5), (4, 4, 1.5)],  # 가.␣  1)␣  ·␣  ·␣
)
def test_the_bill_ladder_hangs_under_the_first_letter(level, ems_in, symbol_ems):
    fmt = _template("ko", "bill").styles[f"OD Point {level}"].paragraph_format
    first_line_start = fmt.left_indent.mm + fmt.first_line_indent.mm
    assert first_line_start == pytest.approx(ems_in * EM_14, abs=0.05)
    assert -fmt.first_line_indent.mm == pytest.approx(symbol_ems * EM_14, abs=0.05)


def test_line_spacing_is_a_percentage_of_the_font_size():
    bill = _template("ko", "bill").styles
    body = bill["OD Body"].paragraph_format
    assert body.line_spacing_rule is WD_LINE_SPACING.AT_LEAST
    assert body.line_spacing.pt == pytest.approx(14 * 2.3)  # 230 %
    table = bill["OD Table Text"].paragraph_format
    assert table.line_spacing.pt == pytest.approx(10.5 * 1.8, abs=0.05)  # 180 %


def test_margins_of_bills_and_releases():
    bill = _template("ko", "bill").sections[0]
    press = _template("ko", "press").sections[0]
    mm = [round(x.mm) for x in (bill.top_margin, bill.bottom_margin, bill.left_margin)]
    assert mm == [16, 16, 25]
    mm = [round(x.mm) for x in (press.top_margin, press.bottom_margin, press.left_margin)]
    assert mm == [30, 15, 20]
    assert round(bill.page_width.mm) == 210 and round(bill.page_height.mm) == 297


@pytest.fixture(scope="module")
def bill_hwpx(sample, tmp_path_factory):
    from desktop.documents.generate import generate
    from tests.documents.conftest import TODAY

    out = tmp_path_factory.mktemp("official")
    files = generate(sample, out, ["ko"], ["bill"], today=TODAY, format="hwpx")
    return by_name(files, "일부개정조례안")


def _para_pr(header, style_name: str):
    style = next(s for s in header.iter(f"{HH}style") if s.get("name") == style_name)
    return next(p for p in header.iter(f"{HH}paraPr") if p.get("id") == style.get("paraPrIDRef"))


def _margin(para_pr, name: str) -> int:
    element = para_pr.find(f".//{HH}margin/{HC}{name}")
    return int(element.get("value"))


def test_the_hwpx_has_the_same_ladder_and_spacing(bill_hwpx):
    with zipfile.ZipFile(bill_hwpx) as package:
        header = etree.fromstring(package.read("Contents/header.xml"))
    hwpunit_mm = 7200 / 25.4
    point = _para_pr(header, "개요 2")  # OD Point 1: 가.
    assert _margin(point, "left") == pytest.approx(1 * EM_14 * hwpunit_mm, abs=30)
    assert _margin(point, "intent") == pytest.approx(-2 * EM_14 * hwpunit_mm, abs=30)
    assert point.find(f"{HH}heading").get("type") == "NONE"  # the symbols are text
    body = _para_pr(header, "본문")
    spacing = body.find(f".//{HH}lineSpacing")
    assert (spacing.get("type"), spacing.get("value")) == ("PERCENT", "230")
