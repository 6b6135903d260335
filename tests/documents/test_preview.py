"""The preview's HTML: the same content as the exported DOCX, escaped, in the template's order."""

from __future__ import annotations

import copy
import html.parser
import re

import pytest

from desktop.core import changes as ch
from desktop.documents import layout
from desktop.documents.generate import ValidationFailed
from desktop.documents.htmlparts import part_html
from desktop.documents.preview import bill_keys, preview_html
from desktop.documents.schema import DOCUMENTS
from tests.documents.conftest import TODAY, all_text, by_name

HOSTILE = "A & B <script>alert(1)</script> \"q\" 'a'"
PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + (800).to_bytes(4, "big") * 2 + b"..."


class _Lines(html.parser.HTMLParser):
    """The text of an HTML page, one line per paragraph (as python-docx sees a DOCX)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.lines.append("")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if not self._in_style and self.lines:
            self.lines[-1] += data


def lines_of(page: str) -> list[str]:
    parser = _Lines()
    parser.feed(page)
    return [line.replace("\u00a0", " ").strip() for line in parser.lines if line.strip()]


def text_of(page: str) -> str:
    return "\n".join(lines_of(page))


@pytest.fixture
def inputs(sample):
    return copy.deepcopy(sample).draft_inputs()


def preview(inputs, doc, lang="ko", key=None, **kw) -> str:
    return preview_html(inputs, doc, lang, key, TODAY, **kw)


@pytest.mark.parametrize(
    ("doc", "lang", "key", "name"),
    [
        ("bill", "ko", "ordinance", "조례 일부개정조례안"),
        ("bill", "en", "rule", "Bill - Enforcement Rule"),
        ("table", "ko", "ordinance", "신구조문대비표 - 경기도 행정기구 및 정원 조례.docx"),
        ("table", "en", "ordinance", "Comparison table - Gyeonggi-do Ordinance"),
        ("press", "ko", None, "보도자료"),
        ("press", "en", None, "Press release"),
        ("org", "ko", None, "기구표"),
        ("review", "ko", None, "국영 대조 검토표"),
    ],
)
def test_preview_shows_the_exported_text_in_the_same_order(
    inputs, docx_files, doc, lang, key, name
):
    exported = all_text(by_name(docx_files, name)).split("\n")
    exported = [line.strip() for line in exported if line.strip()]
    charts = [("before", PNG), ("after", PNG)] if doc == "org" else None
    assert lines_of(preview(inputs, doc, lang, key, charts=charts)) == exported


def test_bill_holds_the_opening_sentence_and_the_addenda(inputs):
    text = text_of(preview(inputs, "bill", "ko", "ordinance"))
    assert "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다." in text
    assert re.search(r"^부 +칙$", text, re.MULTILINE)
    assert text.index("1. 제안이유") < text.index("2. 주요내용") < text.index("3. 참고사항")


def test_bill_defaults_to_the_first_amended_instrument(inputs):
    assert bill_keys(inputs) == ["ordinance", "rule"]
    assert preview(inputs, "bill") == preview(inputs, "bill", key="ordinance")
    assert "시행규칙 일부개정규칙안" in text_of(preview(inputs, "bill", key="rule"))


def test_comparison_table_underlines_the_changed_words(inputs):
    page = preview(inputs, "table", "ko", "ordinance")
    assert "<u>감사위원회</u>" in page
    assert "<u>평생교육국</u>" in page
    assert re.search(r"<th[^>]*>.*현 +행", page)  # the header row: 현 행 | 개 정 안


def test_english_preview_uses_the_english_names(inputs):
    text = text_of(preview(inputs, "org", "en"))
    assert "Audit Committee" in text
    assert "Immigration and Society Bureau" in text
    assert "감사위원회" not in text
    assert "Bill to Partially Amend the" in text_of(preview(inputs, "bill", "en"))


def test_press_release_keeps_the_square_and_circle_structure(inputs):
    text = text_of(preview(inputs, "press", "ko"))
    assert "보 도 자 료" in text
    assert re.search(r"^□ ", text, re.MULTILINE)
    assert re.search(r"^○ ", text, re.MULTILINE)


def test_staffing_table_merges_its_header_cells(inputs):
    page = preview(inputs, "org", "ko")
    assert re.search(r'rowspan="2"[^>]*><p>구[\s\xa0]*분', page)
    assert re.search(r'colspan="3"[^>]*><p>정[\s\xa0]*원', page)


def test_charts_are_embedded_as_pictures(inputs):
    page = preview(inputs, "org", "ko", charts=[("before", PNG), ("after", PNG)])
    assert page.count('<img src="data:image/png;base64,') == 2
    assert "조직도 그림 없음" not in text_of(page)
    assert "조직도 그림 없음" in text_of(preview(inputs, "org", "ko"))


@pytest.mark.parametrize("doc", DOCUMENTS)
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_hostile_text_is_escaped_everywhere(sample, doc, lang):
    project = copy.deepcopy(sample)
    project.meta.reasons_ko = project.meta.reasons_en = HOSTILE
    project.meta.government_ko = project.meta.government_en = f"도 {HOSTILE}"
    unit = project.org.find("welfare-pol")
    unit.name_ko, unit.name_en = f"복지정책과 {HOSTILE}", f"Welfare {HOSTILE}"
    rename = next(c for c in project.changes if isinstance(c, ch.Rename))
    rename.name_ko, rename.name_en = f"새국 {HOSTILE}", f"New {HOSTILE}"
    page = preview(project.draft_inputs(), doc, lang)
    assert "<script>" not in page
    assert HOSTILE in text_of(page)


def test_validation_errors_are_refused_as_the_export_refuses_them(sample):
    project = copy.deepcopy(sample)
    duplicate = copy.deepcopy(project.org.find("welfare-pol"))
    duplicate.id = "welfare-pol-2"
    project.org.add(duplicate)  # two 복지정책과 under 복지국
    with pytest.raises(ValidationFailed) as caught:
        preview(project.draft_inputs(), "bill")
    assert [f.code for f in caught.value.errors] == ["E-DUP-NAME"]


def test_part_html_mirrors_the_blocks():
    part = [
        layout.para("제목", "OD Title", align="center"),
        layout.Para((("바뀐 ", None), ("말", "OD Underline")), "OD Statute", indent_cm=0.7),
        layout.Table(
            (2.0, 2.0),
            (
                (layout.head("구분", rowspan=2), layout.head("정원")),
                (layout.head("현행"),),
                (layout.cell(["총계"]), layout.cell(["1"], align="right")),
            ),
        ),
        layout.PageBreak(),
    ]
    out = part_html(part)
    assert '<p class="od-title" align="center">제목</p>' in out
    assert "바뀐 <u>말</u>" in out
    assert 'rowspan="2"' in out and "<th" in out and 'align="right"' in out
    assert layout.placements(part[2])[2][:2] == (1, 1)  # 현행 sits under 정원
