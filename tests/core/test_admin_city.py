"""제주특별자치도's 행정시 (제주시, 서귀포시), set up by its ordinance's ``「제주특별자치도 설치 및
국제자유도시 조성을 위한 특별법」 제10조에 따라 도에 제주시와 서귀포시를 둔다`` (the fixture's
제11조), read as units under the 도지사 and drafted.

Walked: File › New read neither paragraph of 제11조 and said nothing. The 행정시 were missing
from the tree, the chart and the organization tables, and their posts appeared only as rows of
the 기관별 table naming no unit (tests/core/test_stated_total.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.chart.orgchart import local_row_label
from desktop.core import changes as ch
from desktop.core.government import GovernmentKind, Profile
from desktop.core.org import Unit, UnitKind
from desktop.core.orgread import placed_names, read_organization
from desktop.core.summary import summary
from tests.core.government_projects import jeju_project

K = UnitKind
DATA = Path(__file__).parent.parent / "data" / "governments"


def _texts(name: str = "jeju") -> list[tuple[str, str]]:
    return [
        (key, (DATA / f"{name}-{key}.txt").read_text(encoding="utf-8"))
        for key in ("ordinance", "rule", "staffing")
    ]


def _with_ordinance(ordinance: str) -> list[tuple[str, str]]:
    return [("ordinance", ordinance), *_texts()[1:]]


def _cities(reading) -> list[tuple[str, str | None, str]]:
    org = reading.organization()
    return [
        (u.name_ko, org.get(u.parent_id).name_ko if u.parent_id else None, u.head_grade)
        for u in org
        if u.kind is K.ADMIN_CITY
    ]


def test_the_administrative_cities_are_read_under_the_governor():
    """The placing clause after the provision it cites is read; the paragraph leaving the
    cities' 국ㆍ과 and 읍ㆍ면ㆍ동 to a rule is read too, and the review tells that no text sets
    them up (the only point to confirm)."""
    reading = read_organization(_texts())
    assert _cities(reading) == [("제주시", "도지사", ""), ("서귀포시", "도지사", "")]
    (note,) = reading.questions
    assert note.source.text.startswith("② 행정시에 두는 국ㆍ과와")
    assert note.message("en") == (
        "This sentence leaves the units inside the administrative cities (제주시, 서귀포시) to "
        "another instrument, and none of the texts sets them up: the administrative cities are "
        "read without the units inside them."
    )
    assert note.message("ko") == (
        "이 문장은 행정시(제주시, 서귀포시)에 두는 기구를 다른 자치법규로 정하게 하는데, 입력한 "
        "텍스트에는 그 기구를 두는 조문이 없습니다. 행정시는 그 안의 기구 없이 읽었습니다."
    )


def test_units_the_texts_place_in_a_city_are_read_there_and_nothing_is_noted():
    ordinance = _texts()[0][1].rstrip("\n") + "\n③ 제주시에 자치행정국 및 관광체육국을 둔다.\n"
    reading = read_organization(_with_ordinance(ordinance))
    org = reading.organization()
    city = next(u for u in org if u.name_ko == "제주시")
    assert [u.name_ko for u in org.children(city.id)] == ["자치행정국", "관광체육국"]
    assert not reading.questions


def test_the_city_heads_posts_are_no_second_head_of_government():
    """``행정시에 시장과 부시장을 둔다``: the posts of the 행정시, not a 시장 beside the 도지사
    with a 부시장 under it; the 행정시장's grade is every city's."""
    ordinance = _texts()[0][1].replace(
        "② 행정시에 두는",
        "② 행정시에 시장과 부시장을 두되, 행정시장은 지방이사관으로 보한다.\n③ 행정시에 두는",
    )
    reading = read_organization(_with_ordinance(ordinance))
    org = reading.organization()
    assert [u.name_ko for u in org if u.kind in (K.GOVERNOR, K.VICE_GOVERNOR)] == [
        "도지사",
        "행정부지사",
        "정무부지사",
    ]
    assert _cities(reading) == [("제주시", "도지사", "g2"), ("서귀포시", "도지사", "g2")]
    assert len(reading.questions) == 1  # the rule's units, as without the sentence


def test_a_city_elsewhere_is_no_unit():
    """Only a 특별자치도's texts place 행정시: in a 도's, a ``…시`` placed under the head is
    not read as one (its kind is asked, as for any name whose ending tells none)."""
    texts = [(key, text.replace("제주특별자치도", "경상남도")) for key, text in _texts()]
    reading = read_organization(texts)
    assert not _cities(reading)
    assert reading.question("kind:제주시") is not None


def test_the_cited_provision_before_a_placing_clause_is_no_superior():
    sentence = (
        "「제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법」 제10조에 따라 "
        "도에 제주시와 서귀포시를 둔다."
    )
    assert placed_names(sentence) == ["제주시", "서귀포시"]
    assert placed_names("「지방자치법」 제125조에 따라 도지사 밑에 기획조정실을 둔다.") == [
        "기획조정실"
    ]
    assert placed_names("행정과 재무과를 둔다") == []  # no superior: no placing clause


def test_only_a_special_self_governing_province_has_administrative_cities():
    jeju = Profile(GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE, "제주특별자치도", "Jeju")
    assert K.ADMIN_CITY in jeju.unit_kinds
    for name in ("강원특별자치도", "전북특별자치도"):  # their 시ㆍ군 are their own: no 행정시
        other = Profile(GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE, name, "")
        assert K.ADMIN_CITY not in other.unit_kinds, name
    for kind in GovernmentKind:
        if kind is not GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE:
            assert K.ADMIN_CITY not in Profile(kind, "", "").unit_kinds, kind
    assert (K.ADMIN_CITY.ko, K.ADMIN_CITY.en, K.ADMIN_CITY.level.value) == (
        "행정시",
        "Administrative City",
        "bureau",
    )


def _ids(project) -> dict[str, str]:
    return {u.name_ko: u.id for u in project.org}


def _sentences(project, key: str = "ordinance") -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def _walk(points):
    for point in points:
        yield point
        yield from _walk(point.children)


def test_the_fixture_holds_the_cities_with_english_names():
    project = jeju_project()
    cities = [(u.name_ko, u.name_en) for u in project.org if u.kind is K.ADMIN_CITY]
    assert cities == [("제주시", "Jeju City"), ("서귀포시", "Seogwipo City")]
    assert not [s for s in _sentences(project) if s.startswith("제11조")]


def test_a_renamed_city_is_renamed_where_the_ordinance_names_it():
    project = jeju_project()
    project.changes = [
        ch.Rename("r1", unit_id=_ids(project)["서귀포시"], name_ko="서귀포남시", name_en="")
    ]
    assert _sentences(project) == ['제11조제1항 중 "서귀포시"를 "서귀포남시"로 한다.']


def test_a_new_city_joins_the_list_and_is_told_under_its_own_heading():
    project = jeju_project()
    city = Unit("east", K.ADMIN_CITY, "동제주시", "East Jeju City", _ids(project)["도지사"])
    project.changes = [ch.Establish("e1", unit=city)]
    assert _sentences(project) == [
        '제11조제1항 중 "제주시와 서귀포시"를 "제주시ㆍ서귀포시 및 동제주시"로 한다.'
    ]
    inputs = project.draft_inputs()
    places = [(p.ko, p.en) for p in _walk(summary(inputs, "ordinance").points)]
    assert ("행정시", "Administrative cities") in places
    assert not any("본" in ko for ko, _en in places)


def test_an_abolished_city_leaves_the_list():
    project = jeju_project()
    project.changes = [ch.Abolish("a1", unit_id=_ids(project)["서귀포시"])]
    assert _sentences(project) == ['제11조제1항 중 "제주시와 서귀포시"를 "제주시"로 한다.']


def _refusals(project) -> list[tuple[str, str, str]]:
    inputs = project.draft_inputs()
    return [
        (f.code, f.message("ko"), f.message("en"))
        for f in inputs.applied.findings
        if f.code.startswith("E-ADMIN-CITY")
    ]


def test_a_city_moved_under_a_deputy_is_refused_at_the_change():
    """A 행정시 is directed by the 도지사 (제주특별법 제11조): moved under a 부지사, the list
    article would lose it and no article place it."""
    project = jeju_project()
    ids = _ids(project)
    project.changes = [ch.Move("m1", unit_id=ids["서귀포시"], new_parent_id=ids["행정부지사"])]
    assert _refusals(project) == [
        (
            "E-ADMIN-CITY-PLACE",
            "서귀포시는 도지사의 지휘ㆍ감독을 받는 행정시이므로 도지사 바로 밑에 두며, "
            "행정부지사 밑에 둘 수 없습니다.",
            "Seogwipo City is an administrative city, directed by the Governor: it stays "
            "directly under the Governor, not under the Vice Governor for Administrative Affairs.",
        )
    ]
    assert _sentences(project) == []


@pytest.mark.parametrize("change", ["move", "establish"])
def test_a_unit_placed_in_a_city_whose_units_no_text_sets_up_is_refused(change):
    """The 행정시's 국ㆍ과 are set by an instrument the project does not hold: a 과 moved or
    set up there would be dropped from the 도's rule or drafted as a 도 unit."""
    project = jeju_project()
    ids = _ids(project)
    if change == "move":
        project.changes = [ch.Move("m1", unit_id=ids["문화정책과"], new_parent_id=ids["제주시"])]
        name_ko, name_en = "문화정책과를", "Culture Policy Division"
    else:
        unit = Unit("n", K.DIVISION, "관광진흥과", "Tourism Promotion Division", ids["제주시"])
        project.changes = [ch.Establish("e1", unit=unit)]
        name_ko, name_en = "관광진흥과를", "Tourism Promotion Division"
    assert _refusals(project) == [
        (
            "E-ADMIN-CITY-INSIDE",
            f"{name_ko} 제주시에 둘 수 없습니다. 행정시에 두는 기구는 따로 정하는 자치법규에 "
            "따르는데, 그 자치법규가 프로젝트의 텍스트에 없습니다.",
            f"{name_en} cannot be placed in Jeju City: the units inside an administrative city "
            "are set by an instrument of their own, which is not among the project's texts.",
        )
    ]
    assert _sentences(project, "rule") == []


def test_a_citys_staffing_is_changed_in_its_row():
    project = jeju_project()
    project.changes = [ch.ChangeStaffing("s1", unit_id=_ids(project)["제주시"], deltas={"g5": 1})]
    inputs = project.draft_inputs()
    assert [s.text for s in inputs.draft["staffing"].amendment("ko").sentences] == [
        '제2조제1항 중 "175명"을 "176명"으로 한다.',
        "별표를 별지와 같이 한다.",
    ]
    header, *rows = inputs.new_instruments["staffing"].annexes[0].rows
    city = next(row for row in rows if row[0] == "제주시")
    assert city[header.index("5급")] == "1"


@pytest.mark.parametrize(
    ("kinds", "ko", "en"),
    [
        ({K.ADMIN_CITY}, "행정시", "Administrative cities"),
        ({K.GU}, "구", "Districts"),
        ({K.GU, K.SUB_MUNICIPAL}, "구ㆍ읍ㆍ면ㆍ동", "Districts, Eup, Myeon and Dong"),
        (
            {K.ADMIN_CITY, K.SUB_MUNICIPAL},
            "행정시ㆍ읍ㆍ면ㆍ동",
            "Administrative cities, Eup, Myeon and Dong",
        ),
    ],
)
def test_the_charts_bottom_row_is_headed_by_what_it_holds(kinds, ko, en):
    assert local_row_label(kinds, "ko") == ko
    assert local_row_label(kinds, "en") == en


def test_the_release_counts_new_cities_in_their_own_word():
    from desktop.core.press import _counted_bureaus_en, press_paragraphs

    project = jeju_project()
    city = Unit("east", K.ADMIN_CITY, "동제주시", "East Jeju City", _ids(project)["도지사"])
    project.changes = [ch.Establish("e1", unit=city)]
    inputs = project.draft_inputs()
    assert _counted_bureaus_en(inputs, inputs.applied.records) == "one new administrative city"
    release = " ".join(p.en for p in press_paragraphs(inputs))
    assert "one new administrative city: East Jeju City." in release  # a city's name: no "the"


def test_texts_pasted_without_their_titles_are_read_by_the_governments_name():
    """Walked: an official who pastes the articles without the title line gave the reader
    nothing to tell a 특별자치도 by, and 제주시 and 서귀포시 were asked about as unclear names;
    File › New knows the government's name from its first step."""
    from desktop.core.orgread import read_organization

    ordinance = (DATA / "jeju-ordinance.txt").read_text(encoding="utf-8")
    body = ordinance.split("\n", 1)[1]  # without 「제주특별자치도 행정기구 설치 조례」's title
    untitled = read_organization([("ordinance", body)]).organization()
    assert not [u for u in untitled if u.kind is K.ADMIN_CITY]
    named = read_organization([("ordinance", body)], "제주특별자치도").organization()
    assert [u.name_ko for u in named if u.kind is K.ADMIN_CITY] == ["제주시", "서귀포시"]
