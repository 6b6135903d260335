# ruff: noqa: E501  (statute sentences are kept whole)
"""서울특별시 and 인천광역시 read from their own texts and drafted (tests/core/government_projects.py):
lists joined by commas (``행정1부시장, 행정2부시장 및 정무부시장``), a rule whose first article
lists 담당관 only, a first 본부, a head's new grade in the staffing annex and a merger told in the
release."""

from __future__ import annotations

from desktop.core import changes as ch
from desktop.core.org import Unit, UnitKind
from desktop.core.orgread import read_organization
from desktop.core.press import press_paragraphs
from desktop.core.statute import Num
from desktop.core.statute_text import render_instrument
from desktop.core.summary import summary
from desktop.core.validate import validate
from tests.core.government_projects import incheon_project, seoul_project

K = UnitKind


def sentences(project, key: str, lang: str = "ko") -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment(lang).sentences]


def _children(project, name: str) -> list[str]:
    return [u.name_ko for u in project.org.children(project.org.by_name(name)[0].id)]


def test_names_listed_with_commas_are_read_as_units():
    """``시장 밑에 행정1부시장, 행정2부시장 및 정무부시장을 둔다``: three deputies, and the bureaus
    listed under the first with commas are his."""
    project = seoul_project()
    assert _children(project, "시장") == ["행정1부시장", "행정2부시장", "정무부시장"]
    assert _children(project, "행정1부시장") == ["기획조정실", "경제정책실", "행정국", "복지정책실"]
    assert _children(project, "행정국") == ["총무과", "인사과", "자치행정과"]


def test_a_comma_in_a_sentence_that_is_no_list_is_not_read_as_one():
    text = "제2조(부시장) 시장 밑에 부시장을 두고, 부시장은 시장을 보좌한다."
    names = [u.name_ko for u in read_organization([("ordinance", text)]).organization()]
    assert names == ["시장", "부시장"]


def test_an_instrument_that_lists_with_commas_gets_commas_in_a_list_that_grows():
    """A list of two (``도시계획국 및 교통실``) that gains a name takes the separator of the
    instrument's other lists (서울: commas), not a middle dot."""
    project = seoul_project()
    assert sentences(project, "ordinance")[0] == (
        '제3조제2항 중 "도시계획국 및 교통실을"을 "도시공간국, 교통실 및 기후환경본부를"로 한다.'
    )
    assert sentences(project, "rule")[2].startswith(
        '제7조제1항 중 "교통정책과 및 버스정책과"를 "교통정책과, 버스정책과 및 시설계획과"로 하고,'
    )


def test_a_rule_whose_first_article_lists_officers_keeps_naming_divisions_by_their_heads():
    """서울's rule opens with 기획조정실's 기획담당관 and 예산담당관, which read the same in the
    builders' pattern (``기획담당관은``): the other articles still name each division by its
    head (``복지정책과장은``), so an abolition and a move are drafted, not refused as a loss."""
    project = seoul_project()
    assert not [f for f in validate(project) if f.code == "E-TEXT-LOSS"]
    rule = project.draft_inputs().new_instruments["rule"]
    assert rule.article(Num(5)).paragraphs[1].text == "복지정책과장은 다음 사항을 분장한다."
    assert sentences(project, "rule")[0].startswith(
        '제5조제1항 중 "복지정책과 및 돌봄고독정책과"를 "복지정책과"로 하고,'
    )


def test_a_first_headquarters_imitates_a_bureau_article_and_lists_its_own_divisions():
    """서울's first 본부 (기후환경본부) gets an article like its sibling 국's, with 본부장 for
    국장, and a rule article listing its own divisions, not those of the sibling it imitates
    (교통실, which this bill also changes)."""
    project = seoul_project()
    inputs = project.draft_inputs()
    ordinance = render_instrument(inputs.new_instruments["ordinance"])
    assert (
        "제9조의2(기후환경본부) ① 기후환경본부에 본부장 1명을 두되, 본부장은 지방이사관으로 "
        "보한다.\n② 본부장은 다음 사항을 분장한다.\n1. 기후변화 대응에 관한 사항\n"
        "2. 대기질 개선에 관한 사항"
    ) in ordinance
    rule = render_instrument(inputs.new_instruments["rule"])
    assert (
        "제8조(기후환경본부) ① 기후환경본부에 기후환경정책과 및 대기정책과를 둔다.\n"
        "② 기후환경정책과장은 다음 사항을 분장한다.\n1. 기후변화 대응에 관한 사항\n"
        "③ 대기정책과장은 다음 사항을 분장한다.\n1. 대기질 개선에 관한 사항"
    ) in rule
    assert not [f for f in validate(project) if f.code == "W-NOT-DRAFTED"]


def test_a_heads_new_grade_moves_the_heads_post_in_the_staffing():
    """도시공간국장 3급 → 2급: the bureau's 3급 post is a 2급 one in the annex by organization
    and in the figures of the bill and the release, as the article says 지방이사관."""
    project = seoul_project()
    inputs = project.draft_inputs()
    bureau = inputs.applied.org.by_name("도시공간국")[0]
    assert bureau.staffing.get("g2") == 1 and not bureau.staffing.get("g3")
    assert '"지방부이사관"을 "지방이사관"으로' in sentences(project, "ordinance")[1]
    points = [p.ko for p in summary(inputs, "staffing").points]
    assert points[0] == "정원 조정: 총 정원 150명 → 162명(증 12명) (안 제2조, 별표)"
    figures = [c.ko for c in summary(inputs, "staffing").points[0].children]
    assert figures == [
        "일반직: 2급 증 2명, 3급 감 1명, 4급 증 1명, 5급 증 2명, 6급 증 4명, 7급 증 4명"
    ]
    staffing = next(p for p in press_paragraphs(inputs) if p.key == "staffing")
    assert staffing.ko == (
        "정원은 총 150명에서 162명으로 12명 늘어난다. 직급별로는 2급 2명, 4급 1명, 5급 2명, "
        "6급 4명, 7급 4명이 늘고, 3급 1명이 줄어든다."
    )


def test_the_release_says_which_divisions_are_merged():
    """인천's 해양정책과 and 항만과 become the 해양항만과: the 해양항공국's paragraph says so, not
    only that the bureau has a 해양항만과."""
    inputs = incheon_project().draft_inputs()
    bureau = inputs.applied.org.by_name("해양항공국")[0]
    paragraph = next(p for p in press_paragraphs(inputs) if p.key == f"unit:{bureau.id}")
    assert paragraph.ko == (
        "해양항공국 산하에는 해양항만과·항공과 등 2개 과를 둔다. "
        "해양정책과·항만과는 해양항만과로 통합된다. "
        "해양항공국장의 직급은 4급에서 3급으로 조정된다."
    )
    assert (
        "The Maritime Policy Division and the Port Division will be merged into the Maritime "
        "and Port Division."
    ) in paragraph.en


def test_the_heads_and_councils_of_a_special_and_a_metropolitan_city():
    seoul, incheon = seoul_project(), incheon_project()
    assert (seoul.profile.proposer_ko, seoul.profile.proposer_en) == (
        "서울특별시장",
        "Mayor of Seoul",
    )
    assert (seoul.profile.council_ko, seoul.profile.council_en) == (
        "서울특별시의회",
        "Seoul Metropolitan Council",
    )
    assert incheon.profile.proposer_ko == "인천광역시장"
    assert incheon.profile.council_en == "Incheon Metropolitan Council"
    lead = next(p for p in press_paragraphs(seoul.draft_inputs()) if p.key == "lead")
    assert lead.ko.startswith("서울특별시는 기후환경본부를 신설하는 등")
    assert "제332회 서울특별시의회 임시회 본회의에서 의결됨에 따라" in lead.ko
    assert lead.en.startswith("Seoul Metropolitan Government will launch its new organization")
    assert "Seoul Metropolitan Council" in lead.en


def test_incheon_ordinance_and_rule_are_drafted_as_its_drafters_write():
    project = incheon_project()
    assert sentences(project, "ordinance")[:2] == [
        '제3조 중 "경제산업국 및 도시계획국"을 "경제산업국ㆍ도시균형국 및 글로벌도시국"으로 한다.',
        '제6조제1항 중 "지방서기관"을 "지방부이사관"으로 한다.',
    ]
    assert sentences(project, "rule")[1] == "제4조를 다음과 같이 한다."
    assert sentences(project, "staffing")[0] == '제2조제1항 중 "1,200명"을 "1,219명"으로 한다.'
    assert not [f for f in validate(project) if f.severity.name == "ERROR"]


def test_a_heads_new_grade_moves_a_post_stated_by_grade_alone():
    """인천's staffing ordinance states its posts by grade only (kept with the head of
    government): 해양항공국장 4급 → 3급 moves one of them, so that the annex says 3급 +2 (the new
    글로벌도시국장 and this one) and 4급 +1 (two new 과장s less this one), as the articles do."""
    inputs = incheon_project().draft_inputs()
    figures = [c.ko for c in summary(inputs, "staffing").points[0].children]
    assert figures == ["일반직: 3급 증 2명, 4급 증 1명, 5급 증 2명, 6급 증 9명, 7급 증 5명"]
    bureau = inputs.applied.org.by_name("해양항공국")[0]
    assert not any(bureau.staffing.values())  # the bureau is given no posts of its own


def test_the_english_lead_counts_new_units_by_their_kind():
    """서울's new 기후환경본부 is "one new headquarters", not "one new bureau"; new units of
    more than one kind are "bureau-level units"."""
    project = seoul_project()
    lead = next(p for p in press_paragraphs(project.draft_inputs()) if p.key == "lead")
    assert "with one new headquarters: the Climate and Environment Headquarters." in lead.en
    project.changes[0].unit.kind = K.OFFICE
    project.changes[0].unit.name_ko, project.changes[0].unit.name_en = (
        "기후환경실",
        "Climate and Environment Office",
    )
    lead = next(p for p in press_paragraphs(project.draft_inputs()) if p.key == "lead")
    assert "with one new office: the Climate and Environment Office." in lead.en
    incheon = incheon_project()
    incheon.changes.append(
        ch.Establish(
            "c9",
            unit=Unit("ts", K.HEADQUARTERS, "교통본부", "Transport Headquarters",
                      incheon.org.by_name("행정부시장")[0].id, "g2"),
            children=[],
        )
    )  # fmt: skip
    lead = next(p for p in press_paragraphs(incheon.draft_inputs()) if p.key == "lead")
    assert "with two new bureau-level units: the Global City Bureau and the Transport" in lead.en


def test_an_abolished_divisions_duties_are_written_under_its_successor():
    """서울's 돌봄고독정책과 is abolished and the 복지정책과 takes its affairs: the rule gives the
    복지정책과's duties paragraph the new 호 (as the release and the 부칙 say it takes them),
    instead of dropping the duty from the text with the abolished unit's paragraph."""
    project = seoul_project()
    assert sentences(project, "rule")[0] == (
        '제5조제1항 중 "복지정책과 및 돌봄고독정책과"를 "복지정책과"로 하고, 같은 조 제2항에 '
        "제2호를 다음과 같이 신설하며, 같은 조 제3항을 삭제한다."
    )
    rule = project.draft_inputs().new_instruments["rule"]
    paragraph = rule.article(Num(5)).paragraphs[1]
    assert [s.text for s in paragraph.subparagraphs] == [
        "사회복지에 관한 사항",
        "돌봄 및 고립ㆍ은둔 예방에 관한 사항",
    ]
    incheon = incheon_project()  # a 담당관's duties pass to a 과
    assert sentences(incheon, "rule")[0] == (
        '제2조제1항 중 "기획예산과 및 법무담당관을"을 "기획예산과를"로 하고, 같은 조 제2항에 '
        "제3호를 다음과 같이 신설하며, 같은 조 제3항을 삭제한다."
    )


def test_a_duties_paragraph_that_differs_from_the_data_is_left_alone():
    """The successor's paragraph is written only where it states the duties the data hold: a
    paragraph that says other duties is not overwritten by the data's."""
    project = seoul_project()
    welfare = project.org.by_name("복지정책과")[0]
    welfare.duties[0].ko = "사회복지 정책에 관한 사항"  # the data disagree with the text
    assert sentences(project, "rule")[0].endswith('"복지정책과"로 하고, 같은 조 제3항을 삭제한다.')


def test_the_tables_remark_says_what_was_merged_into_what():
    """인천's 해양항공국 row: ``해양정책과·항만과→해양항만과 통합``, not ``해양항만과 통합``, which
    reads as if the 해양항만과 were merged into another unit."""
    from desktop.documents.orgtables import unit_rows

    inputs = incheon_project().draft_inputs()
    ko = {r[1][0]: r[2] for r in unit_rows(inputs, "ko")}
    en = {r[1][0]: r[2] for r in unit_rows(inputs, "en")}
    assert ko["해양항공국"][0] == "해양정책과·항만과→해양항만과 통합"
    assert en["Maritime and Aviation Bureau"][0] == (
        "merged (Maritime Policy Division, Port Division → Maritime and Port Division)"
    )
