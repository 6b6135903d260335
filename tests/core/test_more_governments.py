"""A 자치구 of a 광역시, a 특별자치도 and the 특별자치시, read from their own texts and drafted
(tests/core/government_projects.py): names joined by 와/과, a 담당관's article gaining a 과, the
council's English name in the government's own usage and a bureau with one division in the
release."""

from __future__ import annotations

import re

import pytest

from desktop.core import changes as ch
from desktop.core.government import profile_of
from desktop.core.org import Unit, UnitKind
from desktop.core.orgread import read_organization, split_list
from desktop.core.patterns import find_listing
from desktop.core.press import counted_en, counted_ko, press_findings, press_paragraphs
from desktop.core.statute import Num
from desktop.core.summary import summary
from desktop.core.validate import validate
from desktop.documents.orgtables import unit_rows
from tests.core.government_projects import (
    _ids,
    gangwon_project,
    haeundae_project,
    incheon_project,
    sejong_project,
    seoul_project,
)

K = UnitKind


def sentences(project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("행정부지사와 경제부지사", ["행정부지사", "경제부지사"]),
        ("행정국과 복지국", ["행정국", "복지국"]),
        ("보건소와 농업기술센터", ["보건소", "농업기술센터"]),
        ("행정과와 재무과", ["행정과", "재무과"]),
        ("기획감사실ㆍ행정과 및 재무과", ["기획감사실", "행정과", "재무과"]),
        # 과 after a vowel is a division's name, not the particle
        ("행정과 재무과", ["행정과 재무과"]),
    ],
)
def test_names_joined_by_wa_or_gwa_are_read_apart(text, names):
    assert split_list(text) == names


def test_two_deputies_joined_by_wa_are_two_units_and_no_list_is_redrafted():
    """``도지사 밑에 행정부지사와 경제부지사를 둔다``: no unit named "행정부지사와 경제부지사",
    and no sentence that rewrites the list as "행정부지사 및 경제부지사"."""
    project = gangwon_project()
    names = [u.name_ko for u in project.org]
    assert "행정부지사와 경제부지사" not in names
    assert names.count("행정부지사") == names.count("경제부지사") == 1
    assert [u.name_ko for u in project.org.children(project.org.by_name("도지사")[0].id)] == [
        "행정부지사",
        "경제부지사",
    ]
    ordinance = sentences(project, "ordinance")
    assert not any(s.startswith("제2조") for s in ordinance)
    assert ordinance[0] == (
        '제3조제1항 중 "자치행정국 및 복지보건국"을 "자치행정국ㆍ복지보건국 및 '
        '특별자치국"으로 하고, 같은 조 제2항 중 "경제국"을 "경제산업국"으로 한다.'
    )


def test_a_list_joined_by_wa_is_found_whole_and_rewritten_with_mit():
    text = "도지사 밑에 행정부지사와 경제부지사를 둔다."
    listing = find_listing(text)
    assert listing is not None and listing.names == ["행정부지사", "경제부지사"]
    assert text[listing.start : listing.end] == "행정부지사와 경제부지사"
    assert listing.rewrite(text, ["행정부지사", "정무부지사"], "ㆍ") == (
        "도지사 밑에 행정부지사 및 정무부지사를 둔다."
    )
    assert find_listing("이 경우 행정과 재무과를 둔다.").names == ["재무과"]


def test_a_division_moved_under_an_office_of_officers_gets_its_heads_duties_paragraph():
    """세종's 기획조정실 lists a 담당관 (its own head: ``예산담당관은``); the 인사과 moved there
    gets ``인사과장은 다음 사항을 분장한다``, not ``인사과는``."""
    project = sejong_project()
    body = "\n".join(s.body for s in project.draft_inputs().draft["rule"].amendment("ko").sentences)
    assert "① 기획조정실에 예산담당관 및 인사과를 둔다." in body
    assert "③ 인사과장은 다음 사항을 분장한다." in body
    assert "인사과는" not in body


def test_bureaus_whose_duties_go_by_the_heads_title_are_read():
    project = sejong_project()
    reading = read_organization([("ordinance", project.instrument("ordinance").text)])
    assert {"기획조정실", "자치행정국", "문화체육관광국", "도시성장본부"} <= set(reading.units)


@pytest.mark.parametrize(
    ("name_ko", "name_en", "council_en"),
    [
        ("강원특별자치도", "Gangwon State", "Gangwon State Council"),
        ("부산광역시 해운대구", "Haeundae-gu", "Haeundae-gu Council"),
        ("부산광역시 해운대구", "Haeundae District", "Haeundae District Council"),
        ("세종특별자치시", "Sejong Special Self-Governing City",
         "Sejong Special Self-Governing City Council"),
        ("제주특별자치도", "Jeju Special Self-Governing Province",
         "Jeju Special Self-Governing Provincial Council"),
    ],
)  # fmt: skip
def test_the_councils_english_name_follows_the_governments_own(name_ko, name_en, council_en):
    assert profile_of(name_ko, name_en).council_en == council_en


@pytest.mark.parametrize("build", [gangwon_project, haeundae_project])
def test_the_council_in_its_own_english_is_no_missing_term(build):
    """The session written "… of the Gangwon State Council" names 강원특별자치도의회 in
    English: no W-PRESS-TERM asking for "Special Self-Governing Provincial Council"."""
    project = build()
    assert not [f for f in validate(project) if f.code == "W-PRESS-TERM"]


def test_a_bureau_with_one_division_names_it_without_counting():
    paragraphs = {p.key: p for p in press_paragraphs(gangwon_project().draft_inputs())}
    new = paragraphs["unit:sa"]
    assert new.ko == "특별자치국이 새로 생긴다. 산하에는 특별자치과를 둔다."
    assert "등 1개" not in " ".join(p.ko for p in paragraphs.values())


@pytest.mark.parametrize(
    ("title", "ko", "en"),
    [
        ("기관별ㆍ직급별 정원표(제2조제2항 관련)", "기관별ㆍ직급별 정원표 조정(별표 1)",
         "Staffing table by agency and grade revised (Annex 1)"),
        ("직급별 정원표(제2조제2항 관련)", "직급별 정원표 조정(별표 1)",
         "Staffing table by grade revised (Annex 1)"),
    ],
)  # fmt: skip
def test_the_main_points_name_the_staffing_annex_by_its_own_title(title, ko, en):
    """해운대구's annex is a table by grade: the 주요내용 does not call it 기관별·직급별."""
    project = gangwon_project()
    source = project.instrument("staffing")
    source.text = source.text.replace(
        "[별표] 기관별ㆍ직급별 정원표(제2조제2항 관련)", f"[별표 1] {title}"
    )
    points = summary(project.draft_inputs(), "staffing").points
    other = next(p for p in points if p.ko == "기타 사항")
    assert [(p.ko, p.en) for p in other.children] == [(ko, en)]


def test_a_heads_new_grade_is_written_in_its_article_and_main_points():
    """A 직급 조정 (강원's 관광국장, 4급 → 3급) changes the article that sets the grade, not
    just the organization: ``국장은 지방서기관으로 보한다`` → ``지방부이사관으로``."""
    project = gangwon_project()
    tourism = project.org.by_name("관광국")[0].id
    project.changes.append(ch.ChangeHeadGrade("c9", unit_id=tourism, grade="g3"))
    assert '제8조제1항 중 "지방서기관"을 "지방부이사관"으로 한다.' in sentences(
        project, "ordinance"
    )
    new = project.draft_inputs().new_instruments["ordinance"]
    assert new.article(Num(8)).paragraphs[0].text == (
        "관광국에 국장 1명을 두되, 국장은 지방부이사관으로 보한다."
    )
    points = summary(project.draft_inputs(), "ordinance").points
    assert "직급 조정: 관광국장(4급 → 3급) (안 제8조)" in [p.ko for p in points]
    assert not [f for f in validate(project) if f.code.startswith("E-AMEND")]


def test_a_new_grade_is_not_written_over_words_that_state_another():
    project = gangwon_project()
    tourism = project.org.by_name("관광국")[0].id
    project.org.get(tourism).head_grade = "g5"  # the data disagree with the text (지방서기관)
    project.changes.append(ch.ChangeHeadGrade("c9", unit_id=tourism, grade="g3"))
    assert not any(s.startswith("제8조") for s in sentences(project, "ordinance"))


def test_merged_units_affairs_pass_to_the_unit_they_become_in_the_addenda():
    """세종's 건축과 and 주택과 merged into 건축주택과: the rule's 부칙 settles their affairs as
    it does a renamed or abolished unit's; the staffing ordinance takes none."""
    inputs = sejong_project().draft_inputs()
    text = inputs.draft["rule"].addenda_text("ko")
    assert "종전의 건축과 및 주택과가 처리하던 사무는 건축주택과가 승계한다." in text
    english = inputs.draft["rule"].addenda_text("en")
    assert (
        "Affairs handled by the former Architecture Division and Housing Division at the time "
        "this Rule enters into force shall be succeeded to by the Building and Housing Division."
    ) in english
    assert "승계" not in inputs.draft["staffing"].addenda_text("ko")


def test_an_unchanged_bureau_taking_over_a_division_is_the_sentences_subject():
    """세종's 기획조정실 changes only by taking over the 인사과: its paragraph names it first
    ("기획조정실은 자치행정국의 인사과를 넘겨받는다."), not a sentence without a subject."""
    paragraphs = {p.key: p for p in press_paragraphs(sejong_project().draft_inputs())}
    office = next(p for p in paragraphs.values() if "인사과" in p.ko)
    assert office.ko == (
        "기획조정실은 자치행정국의 인사과를 넘겨받는다. "
        "산하에는 예산담당관·인사과 등 2개 과·담당관을 둔다."
    )


def test_a_release_counts_a_damdanggwan_as_what_it_is_not_as_a_division():
    """세종's 기획조정실 has 예산담당관 and 인사과: ``2개 과·담당관`` (as releases count them:
    "63개 과·담당관"), "two division-level units" in English, not "2개 과" / "two divisions"."""
    inputs = sejong_project().draft_inputs()
    office = next(p for p in press_paragraphs(inputs) if "인사과" in p.ko)
    assert office.ko.endswith("산하에는 예산담당관·인사과 등 2개 과·담당관을 둔다.")
    assert "will have two division-level units: the Budget Officer and the Personnel" in office.en
    numbers = [f for f in press_findings(inputs) if f.code == "W-PRESS-NUMBER"]
    assert not [f for f in numbers if f.place.ref == office.key]
    officers = [Unit("a", K.OFFICER, "감사담당관", "Audit Officer"),
                Unit("b", K.OFFICER, "예산담당관", "Budget Officer")]  # fmt: skip
    assert (counted_ko(officers), counted_en(officers)) == ("2개 담당관", "two officers")
    divisions = [Unit("c", K.DIVISION, "인사과", "Personnel Division")]
    assert (counted_ko(divisions), counted_en(divisions)) == ("1개 과", "one division")


@pytest.mark.parametrize(
    ("name_ko", "name_en", "proposer_en"),
    [
        ("부산광역시 해운대구", "Haeundae-gu", "Mayor of Haeundae-gu"),
        ("부산광역시 해운대구", "Haeundae District", "Haeundae District Mayor"),
        ("양평군", "Yangpyeong-gun", "Governor of Yangpyeong-gun"),
        ("양평군", "Yangpyeong County", "Yangpyeong County Governor"),
    ],
)  # fmt: skip
def test_the_proposer_in_the_governments_own_english_is_mayor_of_it(name_ko, name_en, proposer_en):
    """A name without the kind's ending (Haeundae-gu) takes the head's word as a city's name
    does (Mayor of Osan City), not "Haeundae-gu Mayor"."""
    assert profile_of(name_ko, name_en).proposer_en == proposer_en


def test_the_remarks_write_new_before_the_name_in_english():
    """강원's 특별자치국 with its new 특별자치과: "new Special Autonomy Division", as a
    participle follows it ("Energy Division abolished"); the Korean is "특별자치과 신설"."""
    inputs = gangwon_project().draft_inputs()
    remarks = {tuple(r[1]): r[2] for r in unit_rows(inputs, "en")}
    assert remarks[("Special Autonomy Bureau", "· Special Autonomy Division")] == [
        "new",
        "new Special Autonomy Division",
    ]
    assert (
        "Energy Division abolished"
        in remarks[("Economy and Industry Bureau", "· Economic Policy Division")]
    )
    korean = [r[2] for r in unit_rows(inputs, "ko") if r[1][0] == "특별자치국"]
    assert korean == [["신설", "특별자치과 신설"]]


_EMPTY_PHRASE = re.compile(r"\b[Tt]he [.,;)]|\b[Tt]he  |\( →|→ \)|  ")


def _points(points):
    for point in points:
        yield point
        yield from _points(point.children)


def test_a_missing_english_name_is_marked_not_printed_as_an_empty_phrase():
    """세종's 자치행정국 has no English name: the 인사과 "moves from the [자치행정국: English
    name missing]", not "moves from the ."; the bill's main points and the remarks say
    "Personnel Division ([자치행정국: English name missing] → Planning and Coordination
    Office)", not "( → …)", as every other missing name is shown; validate names the unit and
    the field."""
    project = sejong_project()
    inputs = project.draft_inputs()
    missing = "[자치행정국: English name missing]"
    office = next(p for p in press_paragraphs(inputs) if "인사과" in p.ko)
    assert office.en.endswith(f"the Personnel Division, which moves from the {missing}.")
    moved = f"Personnel Division ({missing} → Planning and Coordination Office)"
    points = [p.en for p in _points(summary(inputs, "rule").points)]
    assert any(moved in p for p in points)
    remarks = [line for row in unit_rows(inputs, "en") for line in row[2]]
    assert f"Personnel Division moved ({missing} → Planning and Coordination Office)" in remarks
    bureau = project.org.by_name("자치행정국")[0].id
    assert any(
        f.code == "W-NAME-EN-MISSING" and f.place.ref == bureau and f.place.field == "name_en"
        for f in validate(project)
    )


@pytest.mark.parametrize(
    "make", [sejong_project, haeundae_project, gangwon_project, seoul_project, incheon_project]
)
def test_no_english_text_has_an_empty_name_when_every_english_name_is_missing(make):
    """Every kind of change (a move, merge, abolition with successor, new bureau, rename,
    new name given without English) with no English names at all: each name is marked
    missing, none is an empty phrase."""
    project = make()
    for unit in project.org:
        unit.name_en = ""
    for change in project.changes:
        for unit in [getattr(change, "unit", None), getattr(change, "into", None)]:
            if unit is not None:
                unit.name_en = ""
        if hasattr(change, "name_en"):
            change.name_en = ""
    inputs = project.draft_inputs()
    texts = [p.en for p in press_paragraphs(inputs)]
    for instrument in project.instruments:
        texts += [p.en for p in _points(summary(inputs, instrument.key).points)]
    texts += [line for row in unit_rows(inputs, "en") for line in row[2]]
    assert any("English name missing]" in t for t in texts)
    assert not [t for t in texts if _EMPTY_PHRASE.search(t)]


def _regraded_gangwon(*grades: tuple[str, str]):
    project = gangwon_project()
    for number, (name, grade) in enumerate(grades, start=9):
        unit = project.org.by_name(name)[0].id
        project.changes.append(ch.ChangeHeadGrade(f"c{number}", unit_id=unit, grade=grade))
    return project


def test_a_heads_new_grade_is_in_the_release_and_the_organization_tables_remarks():
    """강원's 관광국장 (4급 → 3급) and 관광정책과장 (5급 → 4급): the release tells both in the
    관광국's paragraph, which it had none of before, and the table's remarks on its row say so
    in both languages (the bill's article and 주요내용 already did)."""
    project = _regraded_gangwon(("관광국", "g3"), ("관광정책과", "g4"))
    inputs = project.draft_inputs()
    tourism = project.org.by_name("관광국")[0].id
    paragraph = next(p for p in press_paragraphs(inputs) if p.key == f"unit:{tourism}")
    assert paragraph.ko == (
        "관광국장의 직급은 4급에서 3급으로 조정된다. "
        "관광정책과장의 직급은 5급에서 4급으로 조정된다."
    )
    assert paragraph.en == (
        "The head of the Tourism Bureau will be regraded from Grade 4 to Grade 3. "
        "The head of the Tourism Policy Division will be regraded from Grade 5 to Grade 4."
    )
    assert not [f for f in press_findings(inputs) if f.place.ref == paragraph.key]
    ko = {r[1][0]: r[2] for r in unit_rows(inputs, "ko")}
    en = {r[1][0]: r[2] for r in unit_rows(inputs, "en")}
    assert ko["관광국"] == ["직급 조정(4급 → 3급)", "관광정책과장 직급 조정(5급 → 4급)"]
    assert en["Tourism Bureau"] == [
        "head regraded (Grade 4 → Grade 3)",
        "head of the Tourism Policy Division regraded (Grade 5 → Grade 4)",
    ]


def test_a_new_grade_joins_the_paragraph_the_release_has_on_the_bureau():
    """강원's 경제국 is renamed; its head's new grade ends that paragraph, not a second one on
    the same bureau."""
    project = _regraded_gangwon(("경제국", "g2"))
    economy = project.org.by_name("경제국")[0].id
    paragraphs = [p for p in press_paragraphs(project.draft_inputs()) if p.key == f"unit:{economy}"]
    assert len(paragraphs) == 1
    assert paragraphs[0].ko.startswith("경제국은 경제산업국으로 바뀐다.")
    assert paragraphs[0].ko.endswith(" 경제산업국장의 직급은 3급에서 2급으로 조정된다.")
    assert paragraphs[0].en.endswith(
        " The head of the Economy and Industry Bureau will be regraded from Grade 3 to Grade 2."
    )


def test_a_head_without_a_grade_is_given_one_and_the_grade_it_has_is_no_change():
    project = _regraded_gangwon(("관광국", "g3"), ("경제국", "g3"))
    tourism = project.org.by_name("관광국")[0].id
    project.org.get(tourism).head_grade = ""
    inputs = project.draft_inputs()
    assert [r.unit_id for r in inputs.applied.records if r.action.name == "head_grade"] == [tourism]
    paragraph = next(p for p in press_paragraphs(inputs) if p.key == f"unit:{tourism}")
    assert (paragraph.ko, paragraph.en) == (
        "관광국장의 직급은 3급으로 조정된다.",
        "The head of the Tourism Bureau will be regraded to Grade 3.",
    )
    assert {r[1][0]: r[2] for r in unit_rows(inputs, "ko")}["관광국"] == ["직급 조정(3급)"]
    economy = [r[2] for r in unit_rows(inputs, "ko") if r[1][0] == "경제산업국"]
    assert not [line for line in economy[0] if "직급" in line]


def test_a_renamed_successor_takes_the_abolished_units_duties_in_the_rule():
    """Walked (서울특별시 강남구): 관광진흥과 abolished with 문화체육과 as its successor, and
    문화체육과 renamed 문화관광과, drafted the rename and the deletion but not the successor's
    new duties: the rule lost '관광진흥에 관한 사항' without a word (the duties paragraph was
    looked for under the old name, the rename already written into it). 해운대구's 기획예산과,
    renamed 기획재정과, takes 감사과's duties."""
    project = haeundae_project()
    ids = _ids(project)
    project.changes = [
        ch.Rename("c1", unit_id=ids["기획예산과"], name_ko="기획재정과",
                  name_en="Planning and Finance Division"),
        ch.Abolish("c2", unit_id=ids["감사과"], successor_id=ids["기획예산과"]),
    ]  # fmt: skip
    assert sentences(project, "rule") == [
        '제2조제1항 중 "기획예산과 및 감사과"를 "기획재정과"로 하고, 같은 조 제2항 각 호 외의 '
        '부분 중 "기획예산과"를 "기획재정과"로 하며, 같은 항에 제3호 및 제4호를 각각 다음과 '
        "같이 신설하고, 같은 조 제3항을 삭제한다."
    ]
    text = project.draft_inputs().draft["rule"].amendment("ko")
    assert "3. 자체감사에 관한 사항\n4. 공직기강에 관한 사항" in str(text)
