"""An article's single unnumbered paragraph after its title: cited as the article (house rule,
``같은 조 중``) or, as a setting (``drafting/body``), as its text other than the title (``같은 조
제목 외의 부분 중``), as real bills write it both ways (:mod:`desktop.core.rules`)."""

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import verify_amendment
from desktop.core.rules import BODY_PART, BODY_SAME, DEFAULT_BODY, DraftingOptions
from tests.core.drafting.build import UNITS, amend


def sentences(old, new, **kwargs) -> list[str]:
    text = amendment_text(old, new, atomic_terms=UNITS, **kwargs)
    assert verify_amendment(old, str(text), new) == []
    return [s.text for s in text.sentences]


TITLE_AND_BODY = ("제9조(평생교육국) 평생교육국장은", "제9조(미래평생교육국) 미래평생교육국장은")


def test_the_house_rule_cites_the_article():
    assert DEFAULT_BODY == BODY_SAME
    assert DraftingOptions().body == BODY_SAME
    old, new = amend(TITLE_AND_BODY)
    assert sentences(old, new) == [
        '제9조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, 같은 조 중 "평생교육국"을 '
        '"미래평생교육국"으로 한다.'
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # 제5조의2의 제목 "(해양경비안전의 날)"을 "(해양경찰의 날)"로 하고, 같은 조 제목 외의
        # 부분 중 … (해양경비법, 2017)
        (
            "whole",
            '제9조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, 같은 조 제목 외의 부분 '
            '중 "평생교육국"을 "미래평생교육국"으로 한다.',
        ),
        # 제27조의3의 제목 및 같은 조 제목 외의 부분 중 "기획재정부"를 각각 "재정경제부"로
        # 한다 (공직자윤리법 시행령, 2025)
        (
            "gather",
            '제9조의 제목 및 같은 조 제목 외의 부분 중 "평생교육국"을 각각 "미래평생교육국"으로 '
            "한다.",
        ),
        # 제31조의 제목 중 "A"를 "B"로 하고, 같은 조 제목 외의 부분 중 "A"를 "B"로 한다
        # (아동복지법 시행령, 2022)
        (
            "part",
            '제9조의 제목 중 "평생교육국"을 "미래평생교육국"으로 하고, 같은 조 제목 외의 부분 '
            '중 "평생교육국"을 "미래평생교육국"으로 한다.',
        ),
    ],
)
def test_the_setting_cites_the_text_other_than_the_title(title, expected):
    old, new = amend(TITLE_AND_BODY)
    assert sentences(old, new, title=title, body=BODY_PART) == [expected]


def test_the_setting_leaves_other_citations_alone():
    # no title changed: the article is cited as itself; a numbered paragraph keeps its number
    old, new = amend(("제9조(평생교육국) 평생교육국장은", "제9조(평생교육국) 미래평생교육국장은"))
    assert sentences(old, new, body=BODY_PART) == sentences(old, new)
    old, new = amend(
        ("제3조(기구) ① 도에", "제3조(조직) ① 도에"), ("AI국을 둔다", "AI산업국을 둔다")
    )
    assert sentences(old, new, body=BODY_PART) == sentences(old, new)
