"""A 시's 일반구 and a 군's 읍ㆍ면 set up as 하부행정기관 (``시의 하부행정기관으로 장안구ㆍ권선구ㆍ
팔달구 및 영통구를 둔다``, ``군의 하부행정기관으로 울릉읍ㆍ서면 및 북면을 둔다``), read from the
fixtures' own texts (tests/data/governments/) and drafted.

Walked: File › New read neither sentence. The 구 and the 읍ㆍ면 were missing from the tree, the
chart and the organization tables without a word to the official, and a 구 could be neither set
up nor renamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.chart.orgchart import local_row_label
from desktop.core import changes as ch
from desktop.core.government import GovernmentKind, Profile
from desktop.core.org import Unit, UnitKind
from desktop.core.orgread import read_organization
from desktop.core.summary import summary
from tests.core.government_projects import suwon_project, ulleung_project

K = UnitKind
DATA = Path(__file__).parent.parent / "data" / "governments"


def _texts(name: str) -> list[tuple[str, str]]:
    return [
        (key, (DATA / f"{name}-{key}.txt").read_text(encoding="utf-8"))
        for key in ("ordinance", "rule", "staffing")
    ]


def _units(reading, kind: UnitKind) -> list[tuple[str, str | None, str]]:
    org = reading.organization()
    return [
        (u.name_ko, org.get(u.parent_id).name_ko if u.parent_id else None, u.head_grade)
        for u in org
        if u.kind is kind
    ]


def test_a_citys_gu_are_read_under_the_mayor():
    reading = read_organization(_texts("suwon"))
    assert _units(reading, K.GU) == [
        ("장안구", "시장", ""),
        ("권선구", "시장", ""),
        ("팔달구", "시장", ""),
        ("영통구", "시장", ""),
    ]
    assert not reading.questions[1:]  # only the staffing by grade is asked about, as before


def test_a_countys_eup_and_myeon_are_read_under_the_county_governor():
    reading = read_organization(_texts("ulleung"))
    assert _units(reading, K.SUB_MUNICIPAL) == [
        ("울릉읍", "군수", ""),
        ("서면", "군수", ""),
        ("북면", "군수", ""),
    ]


def test_the_gu_head_is_the_post_of_the_gu_not_a_second_head_of_government():
    texts = _texts("suwon")
    ordinance = texts[0][1].replace(
        "및 영통구를 둔다.",
        "및 영통구를 둔다.\n② 구에 구청장을 두되, 구청장은 지방부이사관으로 보한다.",
    )
    reading = read_organization([("ordinance", ordinance), *texts[1:]])
    heads = [u.name_ko for u in reading.organization() if u.kind is K.GOVERNOR]
    assert heads == ["시장"]
    assert {grade for _name, _parent, grade in _units(reading, K.GU)} == {"g3"}
    # 3급 or 4급, as 구청장 of a large city often are: both kept (복수직급)
    two = ordinance.replace("지방부이사관으로", "지방부이사관 또는 지방서기관으로")
    org = read_organization([("ordinance", two), *texts[1:]]).organization()
    assert {(u.head_grade, u.head_grade_alt) for u in org if u.kind is K.GU} == {("g3", "g4")}
    assert [u.name_ko for u in org if u.kind is K.GOVERNOR] == ["시장"]


def test_only_a_city_has_gu():
    assert K.GU in Profile(GovernmentKind.CITY, "수원시", "Suwon").unit_kinds
    for kind in GovernmentKind:
        if kind is not GovernmentKind.CITY:
            assert K.GU not in Profile(kind, "", "").unit_kinds, kind


def _walk(points):
    for point in points:
        yield point
        yield from _walk(point.children)


def _ids(project) -> dict[str, str]:
    return {u.name_ko: u.id for u in project.org}


def test_a_new_gu_joins_the_list_and_is_told_under_its_own_heading():
    project = suwon_project()
    head = _ids(project)["시장"]
    gu = Unit("gg", K.GU, "광교구", "Gwanggyo-gu", head, "g4", [], {"g4": 1})
    project.changes = [ch.Establish("g1", unit=gu)]
    inputs = project.draft_inputs()
    sentences = [s.text for s in inputs.draft["ordinance"].amendment("ko").sentences]
    assert sentences == ['제9조 중 "팔달구 및 영통구"를 "팔달구ㆍ영통구 및 광교구"로 한다.']
    places = [(p.ko, p.en) for p in _walk(summary(inputs, "ordinance").points)]
    assert ("구", "Districts") in places and not any("본" in ko for ko, _en in places)


def test_a_renamed_gu_is_renamed_where_the_ordinance_names_it():
    project = suwon_project()
    project.changes = [
        ch.Rename("g1", unit_id=_ids(project)["권선구"], name_ko="서수원구", name_en="Seosuwon-gu")
    ]
    sentences = [
        s.text for s in project.draft_inputs().draft["ordinance"].amendment("ko").sentences
    ]
    assert sentences == ['제9조 중 "권선구"를 "서수원구"로 한다.']


@pytest.mark.parametrize(
    ("kinds", "ko", "en"),
    [
        ({K.GU}, "구", "Districts"),
        ({K.SUB_MUNICIPAL}, "읍ㆍ면ㆍ동", "Eup, Myeon and Dong"),
        ({K.GU, K.SUB_MUNICIPAL}, "구ㆍ읍ㆍ면ㆍ동", "Districts, Eup, Myeon and Dong"),
    ],
)
def test_the_charts_row_of_sub_municipal_units_is_headed_by_what_it_holds(kinds, ko, en):
    assert local_row_label(kinds, "ko") == ko
    assert local_row_label(kinds, "en") == en


def test_the_fixtures_hold_their_gu_and_myeon_with_english_names():
    for project, kind in ((suwon_project(), K.GU), (ulleung_project(), K.SUB_MUNICIPAL)):
        units = [u for u in project.org if u.kind is kind]
        assert len(units) in (3, 4) and all(u.name_en for u in units)


@pytest.mark.parametrize("kind", list(UnitKind))
def test_every_kind_can_be_named_in_a_question_of_the_reading(kind):
    from desktop.core.orgread import _KIND_MSG

    assert _KIND_MSG[kind]


def test_the_english_release_counts_a_new_gu_as_a_district():
    """Walked: 'Suwon Special City will launch its new organization …, with one new
    bureau-level unit: the Gwanggyo-gu.'"""
    from desktop.core.press import press_paragraphs

    project = suwon_project()
    head = _ids(project)["시장"]
    gu = Unit("gg", K.GU, "광교구", "Gwanggyo-gu", head, "g4", [], {"g4": 1})
    project.changes = [ch.Establish("g1", unit=gu)]
    text = " ".join(p.en for p in press_paragraphs(project.draft_inputs()))
    assert "one new district: Gwanggyo-gu." in text and "bureau-level" not in text
    assert "the Gwanggyo-gu" not in text  # a place's name takes no article


def test_the_units_of_a_gu_are_no_bureaus_of_the_main_office():
    """A 구's own 국ㆍ과 (or a 행정시's) are not the 실ㆍ국 the decree counts for the 본청."""
    from desktop.core.standards import count_bureaus

    project = suwon_project()
    org = project.org
    before = count_bureaus(org)
    gu = next(u for u in org if u.kind is K.GU)
    org.add(Unit("gu-bureau", K.BUREAU, "장안구 행정국", "", gu.id))
    assert count_bureaus(org) == before


def test_the_units_set_up_in_every_gu_are_told_not_read_as_the_mayors():
    """Walked: a rule's '구에 행정지원과ㆍ세무과 및 안전건설과를 둔다' (the units of every 구)
    was read as three 과 directly under the mayor, without a word, and the article's
    '과장은 지방행정사무관으로 보한다' gave its grade to the city's own 과."""
    texts = _texts("suwon")
    rule = texts[1][1] + (
        "\n제20조(구에 두는 과) ① 구에 행정지원과ㆍ세무과 및 안전건설과를 둔다.\n"
        "② 과장은 지방행정사무관으로 보한다.\n\n"
        "제21조(행정지원과) 행정지원과는 다음 사항을 분장한다.\n1. 구의 서무에 관한 사항\n"
    )
    reading = read_organization([texts[0], ("rule", rule), texts[2]])
    org = reading.organization()
    assert not org.by_name("행정지원과") and not org.by_name("세무과")
    assert all(not u.head_grade for u in org if u.kind is K.DIVISION)
    told = [q for q in reading.questions if "행정지원과" in q.message("ko")]
    assert [q.message("ko") for q in told] == [
        "각 구에 두는 기구(행정지원과ㆍ세무과ㆍ안전건설과)는 읽지 않았습니다. 조직에는 시의 "
        "기구만 있고 구에 두는 기구는 들어 있지 않습니다."
    ]
    assert told[0].source.instrument == "rule"
    assert told[0].message("en").startswith("The units set up in every district (행정지원과, ")


def test_a_districts_own_units_are_read_as_before():
    """In a 자치구 (no 일반구 read), '구에 …과를 둔다' is the 구청's own: read as before."""
    text = "해운대구 행정기구 설치 조례 시행규칙\n\n제2조(과) 구에 총무과 및 재무과를 둔다.\n"
    org = read_organization([("rule", text)]).organization()
    assert [u.name_ko for u in org if u.kind is K.DIVISION] == ["총무과", "재무과"]
