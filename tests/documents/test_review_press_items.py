"""The bilingual review sheet names the release's paragraphs as the press page does. Walked
(서울특별시 강남구): its 보도자료 part listed them by the project's own keys, 'headline',
'sub:1', 'lead', 'unit:u019', 'unit:u5', 'staffing', 'quote', 'attach1', in the 항목 column of
the Korean sheet, where a reviewer reads which paragraph a row is."""

from __future__ import annotations

import re

import pytest

from desktop import paths
from desktop.core import projectfile
from desktop.documents.review import sections


@pytest.fixture(scope="module")
def inputs():
    return projectfile.load(paths.sample_path()).draft_inputs()


def _press_items(inputs, lang: str) -> list[str]:
    heading_ko, heading_en, rows = sections(inputs, list(inputs.draft.amended_keys), lang)[-1]
    assert (heading_ko, heading_en) == ("보도자료", "Press release")
    return [item for item, _ko, _en in rows]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ko",
            ["제목", "부제 1", "부제 2", "리드 문단", "기구 문단\nAI국", "직급별 정원", "인용문",
             "첨부 1", "첨부 2"],
        ),
        (
            "en",
            ["Headline", "Sub-line 1", "Sub-line 2", "Lead", "Unit paragraph\nAI Bureau",
             "Staffing", "Quotation", "Attachment 1", "Attachment 2"],
        ),
    ],
)  # fmt: skip
def test_the_release_rows_are_named_by_their_role_and_unit(inputs, lang, expected):
    items = _press_items(inputs, lang)
    assert [i for i in items if not i.startswith(("기구 문단", "Unit paragraph"))] == [
        e for e in expected if not e.startswith(("기구 문단", "Unit paragraph"))
    ]
    assert expected[4] in items
    units = [i for i in items if i.startswith(("기구 문단", "Unit paragraph"))]
    assert len(units) == 7  # one for each unit the release tells of, each named
    assert not any(re.search(r"unit:|sub:|attach\d|^(headline|lead|quote|staffing)$", i)
                   for i in items)  # fmt: skip


def test_the_sheet_shows_the_names_not_the_keys(inputs):
    import datetime as dt

    from desktop.documents.preview import preview_html

    page = preview_html(inputs, "review", "ko", None, dt.date(2024, 6, 28))
    assert "기구 문단" in page and "리드 문단" in page
    assert "unit:" not in page and "attach1" not in page


def test_an_own_paragraph_is_named_as_the_press_page_names_it():
    """One list of the paragraphs' roles (desktop.core.press.PARAGRAPH_ROLES) for the press
    page and the sheet: the sheet's own copy named the official's paragraph '추가 문단' /
    'Added paragraph' where the press page says '직접 쓴 문단' / 'Your paragraph'."""
    project = projectfile.load(paths.sample_path())
    project.press["own"] = [{"ko": "도민 의견을 반영했다.", "en": "Residents were heard."}]
    inputs = project.draft_inputs()
    assert "직접 쓴 문단 1" in _press_items(inputs, "ko")
    assert "Your paragraph 1" in _press_items(inputs, "en")
