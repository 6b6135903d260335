"""경상북도 울릉군, a 군 without 국 (tests/core/government_projects.py): its 실ㆍ과 are
listed in one article of the ordinance under the 부군수, and each has an article by its
head's title in the rule."""

from __future__ import annotations

from desktop.core.org import UnitKind
from tests.core.government_projects import ulleung_project


def sentences(project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def test_the_divisions_are_read_under_the_deputy_from_the_list_article():
    project = ulleung_project()
    deputy = next(u for u in project.org if u.name_ko == "부군수")
    under = [u.name_ko for u in project.org if u.parent_id == deputy.id]
    assert under == ["기획감사실", "행정과", "재무과", "해양수산과", "건설과"]
    assert not [u for u in project.org if u.kind is UnitKind.BUREAU]


def test_a_new_and_a_renamed_division_rewrite_the_list_article_only():
    assert sentences(ulleung_project(), "ordinance") == [
        '제3조 중 "해양수산과 및 건설과"를 "해양수산정책과ㆍ건설과 및 관광문화과"로 한다.'
    ]


def test_the_rule_renames_the_divisions_article_and_moves_the_duty():
    found = sentences(ulleung_project(), "rule")
    assert "제3조제3호를 삭제한다." in found
    assert (
        '제5조의 제목 "(해양수산과)"를 "(해양수산정책과)"로 하고, 같은 조 각 호 외의 부분 중 '
        '"해양수산과"를 "해양수산정책과"로 한다.'
    ) in found


def test_the_new_division_after_the_last_article_takes_the_next_number():
    """관광문화과 follows 건설과, whose 제6조 is the rule's last article: 제7조, not 제6조의2."""
    inputs = ulleung_project().draft_inputs()
    assert "제7조를 다음과 같이 신설한다." in sentences(ulleung_project(), "rule")
    new = inputs.new_instruments["rule"]
    assert [art.label for art in new.articles][-2:] == ["제6조", "제7조"]
    assert new.articles[-1].title == "관광문화과"
