"""경기도 수원시, a large 시 with two numbered deputies (tests/core/government_projects.py):
``시에 제1부시장과 제2부시장을 둔다`` names two units, so no change redrafts it."""

from __future__ import annotations

from desktop.core.patterns import find_listing
from tests.core.government_projects import suwon_project


def sentences(project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def test_numbered_names_joined_by_gwa_are_one_list():
    assert find_listing("시에 제1부시장과 제2부시장을 둔다.").names == ["제1부시장", "제2부시장"]
    assert find_listing("도지사 밑에 행정1부지사와 행정2부지사를 둔다.").names == [
        "행정1부지사",
        "행정2부지사",
    ]


def test_the_deputies_article_is_left_alone_and_the_second_deputys_list_gains_the_bureau():
    ordinance = sentences(suwon_project(), "ordinance")
    assert not any(s.startswith("제2조") for s in ordinance)
    assert ordinance[0] == (
        '제3조제1항 중 "복지국"을 "복지여성국"으로 하고, 같은 조 제2항 중 '
        '"경제정책국 및 도시정책실"을 "경제정책국ㆍ도시정책실 및 기후환경국"으로 한다.'
    )
