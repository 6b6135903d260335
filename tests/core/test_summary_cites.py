"""The 주요내용 of a bill cites every provision its 개정문 touches, in the point that says
what changes there (drafting-ko.md §6): an article whose duty moves away to another unit is
cited with the 사무 조정 as much as the article that receives it."""

from __future__ import annotations

import pytest

from desktop.core.projectfile import load
from desktop.core.summary import summary
from desktop.paths import sample_path
from tests.core import government_projects as G


def _cites(point) -> list[str]:
    """The labels a point's own text cites: ``사무 조정 (안 제3조, 제7조)``."""
    if "(안 " not in point.ko:
        return []
    return point.ko.rsplit("(안 ", 1)[1].rstrip(")").split(", ")


def _duties_point(project, key: str):
    points = summary(project.draft_inputs(), key).points
    return next(p for p in points if p.ko.startswith("사무 조정"))


def test_a_duty_moved_away_cites_the_article_it_leaves():
    """울릉군: 관광 진흥 moves from 행정과 (규칙 제3조제3호 deleted) to the new 관광문화과
    (제7조)."""
    point = _duties_point(G.ulleung_project(), "rule")
    assert _cites(point) == ["제3조", "제7조"]
    assert point.en == "Transfer of duties (Articles 3 and 7 of the bill)"


@pytest.mark.parametrize(
    ("make", "key", "left"),
    [
        (lambda: load(sample_path("province")), "ordinance", ["제9조", "제12조", "제13조"]),
        (G.suseong_project, "ordinance", ["제6조"]),
    ],
)
def test_every_article_a_duty_leaves_is_cited(make, key, left):
    cited = _cites(_duties_point(make(), key))
    assert set(left) <= set(cited)


@pytest.mark.parametrize("make", [G.haeundae_project, G.suwon_project])
def test_staffing_moved_by_new_units_alone_cites_the_total_and_the_annex(make):
    """해운대구 and 수원시 change no unit's staffing by itself: their new 국 and 과 bring it;
    the staffing bill still amends 제2조 and 별표 1, and its 주요내용 says so."""
    points = summary(make().draft_inputs(), "staffing").points
    assert _cites(points[0]) == ["제2조", "별표 1"]
    assert points[1].ko == "기타 사항"
    assert points[1].children[0].ko == "직급별 정원표 조정(별표 1)"


def test_a_division_moved_away_cites_the_article_it_leaves():
    """경기도 sample rule: 국제통상과 and 외교정책과 leave 경제투자실 (제10조 rewritten), 청년기회과
    leaves 사회적경제국 (제11조), 옴부즈만 leaves the 감사위원회 (제3조)."""
    points = summary(load(sample_path("province")).draft_inputs(), "rule").points
    main_office = points[0].children[0]
    moved = next(p for p in main_office.children if p.ko.startswith("이관"))
    assert {"제3조", "제10조", "제11조"} <= set(_cites(moved))


def test_duties_moved_are_told_in_the_bill_whose_text_states_them():
    """양평군 sample: 재무과's duties pass to 기획감사실, both listed in the ordinance's 제3조 but
    with their duties in the rule (제4조 deleted, 제2조 gains two subparagraphs): the rule's
    주요내용 tells the 사무 조정, the ordinance's does not."""
    inputs = load(sample_path("county")).draft_inputs()
    ordinance = summary(inputs, "ordinance").points
    assert not [p for p in ordinance if p.ko.startswith("사무 조정")]
    point = next(p for p in summary(inputs, "rule").points if p.ko.startswith("사무 조정"))
    assert _cites(point) == ["제2조", "제4조"]
    assert point.children[0].ko == "세입 및 세출 관리에 관한 사항(재무과→기획감사실)"


def test_the_english_citation_lists_articles_then_annexes():
    staffing = summary(G.haeundae_project().draft_inputs(), "staffing").points[0]
    assert staffing.en.endswith("(Article 2 and Annex 1 of the bill)")
    new = summary(load(sample_path("province")).draft_inputs(), "ordinance").points[0]
    established = new.children[0].children[0]
    assert established.en.endswith("(Articles 9-2, 12-2 and 14-2 of the bill)")
