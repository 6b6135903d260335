"""Any local government: the county sample and a city project drafted in their own patterns,
with their own head, council and residents, and the decree's standards checked."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import pytest

from desktop import paths
from desktop.core import changes as ch
from desktop.core import projectfile
from desktop.core.government import Government, GovernmentKind
from desktop.core.kinds.temporary import Temporary
from desktop.core.org import Unit, UnitKind
from desktop.core.press import press_paragraphs
from desktop.core.standards import (
    BureauLimit,
    Provision,
    Standards,
    decree_findings,
    load,
    standards_path,
)
from desktop.core.validate import validate
from desktop.documents.generate import generate
from tests.core.city_project import city_project

PROVINCE_KO = ("도지사", "도의회", "도민")
PROVINCE_EN = ("Province", "Provincial")


@pytest.fixture(scope="module")
def county():
    return projectfile.load(paths.sample_path("county"))


@pytest.fixture(scope="module")
def city():
    return city_project()


def sentences(project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def bodies(project, key: str) -> list[str]:
    return [s.body for s in project.draft_inputs().draft[key].amendment("ko").sentences]


# -- the county sample ---------------------------------------------------------------------


def test_the_county_sample_is_a_county_and_validates_clean(county):
    assert county.profile.kind is GovernmentKind.COUNTY and not county.profile.inferred
    assert county.profile.population == 125_000
    assert "예시" in county.meta.description and "illustrative" in county.meta.description
    assert [f.format("en") for f in validate(county)] == []


def test_the_county_ordinance_list_article_follows_the_changes(county):
    assert sentences(county, "ordinance") == [
        '제3조 중 "재무과ㆍ주민복지과ㆍ건설과"를 "주민복지과ㆍ인구정책과ㆍ건설교통과"로 한다.'
    ]
    new = county.draft_inputs().new_instruments["ordinance"]
    assert new.articles[2].paragraphs[0].text == (
        "부군수 밑에 기획감사실ㆍ행정과ㆍ주민복지과ㆍ인구정책과ㆍ건설교통과 및 농업정책과를 둔다."
    )


def test_the_county_rule_gets_articles_in_its_own_pattern(county):
    assert sentences(county, "rule") == [
        "제2조에 제4호 및 제5호를 각각 다음과 같이 신설한다.",
        "제4조를 삭제한다.",
        "제5조의2를 다음과 같이 신설한다.",
        '제6조의 제목 "(건설과)"를 "(건설교통과)"로 하고, 같은 조 각 호 외의 부분 중 "건설과"를 '
        '"건설교통과"로 한다.',
    ]
    new_article = bodies(county, "rule")[2]
    assert new_article.splitlines()[:2] == [
        "제5조의2(인구정책과) 인구정책과장은 다음 사항을 분장한다.",
        "1. 인구정책의 수립 및 추진에 관한 사항",
    ]
    # the transferred duties join 기획감사실's article; the existing ones stay
    transferred = bodies(county, "rule")[0].splitlines()
    assert transferred == ["4. 세입 및 세출 관리에 관한 사항", "5. 회계 및 계약에 관한 사항"]


def test_the_county_staffing_ordinance_gets_the_total_and_annex_only(county):
    assert sentences(county, "staffing") == [
        '제2조제1항 중 "196명"을 "198명"으로 한다.',
        "별표 1을 별지와 같이 한다.",
    ]


def test_the_county_proposer_and_speaker_are_the_county_governor(county):
    assert county.proposer == ("양평군수", "Yangpyeong County Governor")
    quote = next(p for p in press_paragraphs(county.draft_inputs()) if p.key == "quote")
    assert quote.ko.startswith("군수는 ")
    assert quote.en.endswith("said the County Governor.")


def test_the_county_release_names_its_division_changes(county):
    """A 군 without 국: the divisions under the 부군수 are the release's units."""
    paragraphs = press_paragraphs(county.draft_inputs())
    korean = " ".join(p.ko for p in paragraphs)
    english = " ".join(p.en for p in paragraphs)
    assert "인구정책과가 새로 생긴다." in korean
    assert "건설과는 건설교통과로 바뀐다." in korean
    assert "Population Policy Division" in english
    assert "renamed the Construction and Transportation Division" in english
    abolished = next(p for p in paragraphs if p.key == "unit:fin")
    assert abolished.ko == "재무과는 폐지되고, 그 사무는 기획감사실이 맡는다."
    assert abolished.en == (
        "The Finance Division will be abolished, and its duties will pass to the Planning "
        "and Audit Office."
    )


def test_an_abolished_division_is_told_in_its_bureaus_paragraph_and_a_bureau_in_its_own():
    project = city_project()
    project.changes += [
        ch.Abolish("c8", unit_id="adm-loc", successor_id="adm-gen"),
        ch.Abolish("c9", unit_id="wel", successor_id="adm"),
    ]
    paragraphs = {p.key: p for p in press_paragraphs(project.draft_inputs())}
    adm = paragraphs["unit:adm"]
    assert "자치행정과는 폐지되고, 그 사무는 총무과가 맡는다." in adm.ko
    assert "The Local Administration Division will be abolished" in adm.en
    assert paragraphs["unit:wel"].ko == "복지국은 폐지되고, 그 사무는 행정국이 맡는다."
    assert paragraphs["unit:wel"].en.startswith("The Welfare Bureau will be abolished")
    alone = city_project()
    # a division abolished with no successor is simply abolished
    alone.changes.append(ch.Abolish("c9", unit_id="adm-loc"))
    text = press_paragraphs(alone.draft_inputs())
    assert "자치행정과는 폐지된다." in next(p for p in text if p.key == "unit:adm").ko


# -- a city --------------------------------------------------------------------------------


def test_the_city_kind_is_inferred_and_validates_clean(city):
    assert city.profile.kind is GovernmentKind.CITY and city.profile.inferred
    assert [f.format("en") for f in validate(city)] == []


def test_the_city_ordinance_imitates_its_bureau_articles(city):
    assert sentences(city, "ordinance") == [
        '제3조 중 "복지국 및 도시국"을 "복지국ㆍ도시개발국 및 미래전략국"으로 한다.',
        '제6조의 제목 "(도시국)"을 "(도시개발국)"으로 하고, 같은 조 제1항 중 "도시국"을 '
        '"도시개발국"으로 한다.',
        "제6조의2를 다음과 같이 신설한다.",
    ]
    assert bodies(city, "ordinance")[2].splitlines() == [
        "제6조의2(미래전략국) ① 미래전략국에 국장 1명을 두되, 국장은 지방서기관으로 보한다.",
        "② 국장은 다음 사항을 분장한다.",
        "1. 미래전략 수립에 관한 사항",
        "2. 투자유치에 관한 사항",
    ]
    # the rename keeps every other word of 제6조 (지방기술서기관 included)
    new = city.draft_inputs().new_instruments["ordinance"]
    art6 = next(a for a in new.articles if a.title == "도시개발국")
    assert art6.paragraphs[0].text == (
        "도시개발국에 국장 1명을 두되, 국장은 지방서기관 또는 지방기술서기관으로 보한다."
    )


def test_the_city_rule_imitates_its_bureau_articles_with_divisions(city):
    assert bodies(city, "rule")[-1].splitlines() == [
        "제5조(미래전략국) ① 미래전략국에 투자유치과를 둔다.",  # after the last, 제4조
        "② 투자유치과장은 다음 사항을 분장한다.",
        "1. 투자유치에 관한 사항",
    ]


def test_the_city_proposer_and_speaker_are_the_mayor(city):
    assert city.proposer == ("오산시장", "Mayor of Osan City")
    quote = next(p for p in press_paragraphs(city.draft_inputs()) if p.key == "quote")
    assert quote.ko.startswith("시장은 ") and quote.en.endswith("said the Mayor.")


def _texts(folder: Path, suffix: str) -> dict[str, str]:
    texts = {}
    for path in folder.glob(f"*{suffix}"):
        with zipfile.ZipFile(path) as docx:
            xml = docx.read("word/document.xml").decode("utf-8")
        texts[path.name] = re.sub(r"<[^>]+>", "", xml)
    return texts


@pytest.mark.parametrize("which", ["city", "county"])
def test_the_documents_name_no_province(which, city, county, tmp_path):
    project = city if which == "city" else county
    generate(project, tmp_path)
    korean = {n: t for n, t in _texts(tmp_path, ".docx").items() if "(EN)" not in n}
    english = {n: t for n, t in _texts(tmp_path, ".docx").items() if "(EN)" in n}
    assert korean and english
    for name, text in korean.items():
        assert not [w for w in PROVINCE_KO if w in text], name
    for name, text in english.items():
        assert not [w for w in PROVINCE_EN if w in text], name
        # a county's head is the County Governor, never "the Governor" of a province
        assert not re.search(r"(?<!County )Governor", text), name
    head = "군수" if which == "county" else "시장"
    bill = next(t for n, t in korean.items() if n.endswith("일부개정조례안.docx"))
    assert f"{project.proposer[0]}" in bill and head in project.proposer[0]


# -- the decree ----------------------------------------------------------------------------


def test_the_shipped_standards_record_their_version_and_have_no_bureau_limits():
    standards = load()
    assert "대통령령 제36069호" in standards.version
    # The regulation in force sets no limit on the number of 실·국: its revision of
    # 2024. 3. 29. (대통령령 제34370호) deleted 별표 1 (시·도의 실·국·본부 설치기준), the
    # 기구설치기준 of 별표 3 and the words of 제9조제1항 and 제13조제1항 that referred to them.
    assert standards.bureau_limits == ()
    notes = " ".join(json.loads(standards_path().read_text(encoding="utf-8"))["notes"])
    assert "2024. 3. 29." in notes and "제34370호" in notes
    assert standards.grade_norm(GovernmentKind.CITY, city_project().org.get("adm").kind)


def test_a_head_grade_off_the_standard_warns_with_the_provision(city):
    project = city_project()
    project.org.get("wel").head_grade = "g2"
    found = [f for f in validate(project) if f.code == "W-HEAD-GRADE"]
    assert [f.place.ref for f in found] == ["wel"]
    regulation = "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」"
    assert f"{regulation} 제14조, 별표 3" in found[0].message("ko")
    assert (
        "Regulation on the Administrative Organs and Staffing Standards of Local Governments, "
        "Article 14, Annex 3" in found[0].message("en")
    )
    assert not found[0].is_error


def _grade_warnings(project) -> list:
    return [f for f in validate(project) if f.code == "W-HEAD-GRADE"]


@pytest.mark.parametrize(
    ("population", "grade", "provision"),
    [
        (230_000, "g2", "제71조제7항제1호"),  # under 500,000: 지방부이사관 (3급)
        (600_000, "g3", "제71조제7항제2호"),  # from 500,000: 지방이사관 (2급)
    ],
)
def test_a_deputy_grade_off_the_population_band_warns(population, grade, provision):
    project = city_project()
    project.government = Government(None, population)
    project.org.get("deputy").head_grade = grade
    found = _grade_warnings(project)
    assert [(f.place.ref, f.is_error) for f in found] == [("deputy", False)]
    ko, en = found[0].message("ko"), found[0].message("en")
    assert f"「지방자치법 시행령」 {provision}" in ko and f"{population:,}명" in ko
    assert "Enforcement Decree of the Local Autonomy Act, Article 71 (7)" in en


@pytest.mark.parametrize(("population", "grade"), [(230_000, "g3"), (600_000, "g2"), (None, "g3")])
def test_a_deputy_grade_in_its_band_is_silent(population, grade):
    project = city_project()
    project.government = Government(None, population)
    project.org.get("deputy").head_grade = grade
    assert _grade_warnings(project) == []


def _second_deputy() -> ch.Establish:
    return ch.Establish(
        "c9",
        unit=Unit("deputy2", UnitKind.VICE_GOVERNOR, "제2부시장", "Second Deputy Mayor", "mayor",
                  "g3", [], {"g3": 1}),
    )  # fmt: skip


def test_one_deputy_too_many_warns_with_the_act():
    project = city_project()
    project.changes.append(_second_deputy())
    found = [f for f in validate(project) if f.code == "W-DECREE-DEPUTIES"]
    assert [(f.place.ref, f.is_error) for f in found] == [("deputy2", False)]
    ko = found[0].message("ko")
    assert "부시장이 2명" in ko and "1명까지" in ko and "「지방자치법」 제123조제1항제4호" in ko
    assert "Local Autonomy Act, Article 123 (1) 4" in found[0].message("en")
    # a city of a million inhabitants or more is left alone (the special act's second 부시장)
    project.government = Government(None, 1_050_000)
    assert not [f for f in validate(project) if f.code == "W-DECREE-DEPUTIES"]


def _abolish(project, unit_id: str) -> None:
    project.changes.append(ch.Abolish("c9", unit_id=unit_id))


def _with_audit(population: int):
    project = city_project()
    project.government = Government(None, population)
    audit = Unit("audit", UnitKind.OFFICER, "감사담당관", "Audit Officer", "deputy", "g5")
    audit.staffing = {"g5": 1}
    project.org.add(audit)
    return project


def test_removing_the_self_audit_body_of_a_city_over_300000_warns():
    project = _with_audit(320_000)
    assert not [f for f in validate(project) if f.code == "W-DECREE-AUDIT"]
    _abolish(project, "audit")
    found = [f for f in validate(project) if f.code == "W-DECREE-AUDIT"]
    assert [(f.place.ref, f.is_error) for f in found] == [("audit", False)]
    ko = found[0].message("ko")
    assert "감사담당관" in ko and "인구 320,000명" in ko
    assert "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」 제13조제1항" in ko
    small = _with_audit(230_000)  # under 300,000 the regulation does not require one
    _abolish(small, "audit")
    assert not [f for f in validate(small) if f.code == "W-DECREE-AUDIT"]


def test_a_province_losing_its_disaster_headquarters_warns():
    project = projectfile.load(paths.sample_path())
    _abolish(project, "fire")
    found = [f for f in validate(project) if f.code == "W-DECREE-DISASTER"]
    assert [f.place.ref for f in found] == ["fire"]
    assert "제9조제1항" in found[0].message("ko") and "소방재난본부" in found[0].message("ko")


def test_a_temporary_unit_headed_at_grade_3_needs_the_provinces_consultation():
    project = city_project()
    project.changes.append(
        Temporary(
            "c9",
            unit=Unit("tf", UnitKind.TASK_FORCE, "통합추진단", "Integration Task Force",
                      "deputy", "g3", [], {"g3": 1}),
            until=dt.date(2026, 6, 30),
        )
    )  # fmt: skip
    found = [f for f in validate(project) if f.code == "W-DECREE-CONSULT"]
    assert [(f.place.ref, f.is_error) for f in found] == [("tf", False)]
    ko = found[0].message("ko")
    assert "한시기구 통합추진단" in ko and "3급" in ko and "제21조제1호" in ko
    unit = project.changes[-1].unit
    unit.head_grade = "g4"  # a 3급 post under a 4급 head: an official at the grade all the
    found = [f for f in validate(project) if f.code == "W-DECREE-CONSULT"]  # same (제21조)
    assert [f.place.ref for f in found] == ["tf"]
    unit.staffing = {"g4": 1}  # below the grade: no consultation
    assert not [f for f in validate(project) if f.code == "W-DECREE-CONSULT"]


def test_a_new_field_office_headed_at_grade_4_in_a_county_needs_consultation(county):
    project = projectfile.load(paths.sample_path("county"))
    project.changes.append(
        ch.Establish(
            "c9",
            unit=Unit("water", UnitKind.FIELD_OFFICE, "상하수도사업소", "Water Supply Office",
                      "head", "g4", [], {"g4": 1}),
        )
    )  # fmt: skip
    found = [f for f in validate(project) if f.code == "W-DECREE-CONSULT"]
    assert [f.place.ref for f in found] == ["water"]
    assert "소속기관 상하수도사업소" in found[0].message("ko")
    assert "제21조제2호" in found[0].message("ko")


def _consult(project) -> list:
    return [f for f in validate(project) if f.code == "W-DECREE-CONSULT"]


def test_an_existing_health_centre_whose_head_is_made_grade_4_needs_consultation():
    """The 법제처's reading of 제21조: a 보건소장 of '4급 또는 5급' made 4급 needs the prior
    consultation, as a new agency would (else the control of an agency's grades could be
    passed by). The check looked at new agencies only: a county raising its 보건소's head
    heard nothing."""
    project = projectfile.load(paths.sample_path("county"))
    project.org.get("health").head_grade_alt = "g5"  # 지방서기관 또는 지방행정사무관
    project.changes.append(ch.ChangeHeadGrade("c9", unit_id="health", grade="g4"))
    found = _consult(project)
    assert [f.place.ref for f in found] == ["health"]
    assert found[0].message("ko") == (
        "개편으로 소속기관 보건소의 공무원 직급이 4급이 되므로(4급 이상) 관할 특별시장ㆍ"
        "광역시장ㆍ도지사ㆍ특별자치도지사와 미리 협의해야 합니다(「지방자치단체의 행정기구와 "
        "정원기준 등에 관한 규정」 제21조제2호). 기존 소속기관의 직급을 바꾸는 경우도 협의 "
        "대상이라는 것이 법제처의 해석입니다."
    )
    english = found[0].message("en")
    assert english.startswith(
        "The changes set an official of the agency Public Health Center at Grade 4 (Grade 4 "
        "or above): consult the head of the metropolitan city or province"
    )


def test_posts_added_to_an_existing_agency_at_the_grade_need_consultation():
    project = projectfile.load(paths.sample_path("county"))
    project.changes.append(ch.ChangeStaffing("c9", unit_id="atc", deltas={"g4": 1}))
    assert [f.place.ref for f in _consult(project)] == ["atc"]
    project.changes[-1] = ch.ChangeStaffing("c9", unit_id="atc", deltas={"g6": 3})
    assert not _consult(project)  # below the grade


def test_a_new_unit_inside_an_existing_agency_is_told_at_the_agency():
    project = projectfile.load(paths.sample_path("county"))
    project.changes.append(
        ch.Establish(
            "c9",
            unit=Unit("lab", UnitKind.DIVISION, "감염병대응과", "Infectious Disease Division",
                      "health", "g4", [], {"g4": 1, "g6": 2}),
        )
    )  # fmt: skip
    assert [f.place.ref for f in _consult(project)] == ["health"]


def test_a_new_agency_inside_an_existing_one_is_told_once_at_itself():
    """A new 분소 (a field office) under the county's 농업기술센터, headed at 4급: the new
    agency's consultation, told at it; the 센터 it sits in was told again for the same
    official."""
    project = projectfile.load(paths.sample_path("county"))
    project.changes.append(
        ch.Establish(
            "c9",
            unit=Unit("branch", UnitKind.FIELD_OFFICE, "동부분소", "Eastern Branch", "atc",
                      "g4", [], {"g4": 1, "g6": 2}),
        )
    )  # fmt: skip
    assert [f.place.ref for f in _consult(project)] == ["branch"]


def test_an_existing_agency_not_raised_is_not_told():
    """Lowered, renamed, or staffed below the grade: nothing to consult on; the samples'
    own changes ask for no consultation."""
    for sample in ("province", "county"):
        assert not _consult(projectfile.load(paths.sample_path(sample)))
    project = projectfile.load(paths.sample_path("county"))
    project.changes += [
        ch.ChangeHeadGrade("c9", unit_id="health", grade="g5"),
        ch.Rename("c10", unit_id="atc", name_ko="농업기술지원센터", name_en="Agricultural Center"),
    ]
    assert not _consult(project)


def test_a_provinces_field_office_raised_to_grade_3_needs_the_ministers_consultation():
    project = projectfile.load(paths.sample_path())
    project.changes.append(ch.ChangeHeadGrade("c99", unit_id="field", grade="g3"))
    found = _consult(project)
    assert [f.place.ref for f in found] == ["field"]
    assert "행정안전부장관과 미리 협의" in found[0].message("ko")
    assert "제21조제2호" in found[0].message("ko")


BAND = Standards(
    "test",
    load().grade_norms,
    (
        BureauLimit(
            frozenset({GovernmentKind.CITY}), 200_000, 300_000, 3, Provision("제13조, 별표 3")
        ),
        BureauLimit(frozenset({GovernmentKind.COUNTY}), 100_000, None, 2, Provision("제13조")),
    ),
)


def test_one_bureau_too_many_for_the_band_warns_and_cites_the_provision(city):
    """The mechanism, with a band like those of the regulation before 2024. 3. 29. (the one in
    force has none, see the test above)."""
    inputs = city.draft_inputs()  # 3 국 + 미래전략국 = 4 for a city of 230,000
    found = decree_findings(inputs.applied.org, city.profile, BAND)
    assert [f.code for f in found] == ["W-DECREE-BUREAUS"]
    assert not found[0].is_error
    message = found[0].message("ko")
    assert "4개" in message and "3개" in message and "제13조, 별표 3" in message
    assert decree_findings(city.org, city.profile, BAND) == []  # 3 before the changes


def test_the_decree_checks_are_silent_on_both_samples_and_the_city(county, city):
    gyeonggi = projectfile.load(paths.sample_path())
    for project in (gyeonggi, county, city):
        inputs = project.draft_inputs()
        org = inputs.applied.org
        if project is not city:  # the city has one bureau too many for BAND on purpose
            assert decree_findings(org, project.profile, BAND) == []
        assert decree_findings(org, project.profile, before=project.org,
                               records=inputs.applied.records) == []  # fmt: skip
        assert not [f for f in validate(project) if f.code.startswith(("W-DECREE", "W-HEAD"))]


def test_the_abolished_divisions_affairs_pass_to_its_successor_in_the_addenda(county):
    text = county.draft_inputs().draft["rule"].addenda_text("ko")
    assert "종전의 재무과가 처리하던 사무는 기획감사실이 승계한다." in text
    assert "종전의 건설과가 처리하던 사무는 건설교통과가 승계한다." in text


def test_an_instrument_that_lists_a_renamed_unit_settles_its_affairs_in_its_addenda(county):
    """The county's ordinance lists its divisions (제3조): renaming 건설과 or abolishing 재무과
    there takes the 경과조치 of drafting-ko §4, as the rule that holds their articles does; the
    staffing ordinance sets up no unit and takes none."""
    inputs = county.draft_inputs()
    for key, word in (("ordinance", "조례"), ("rule", "규칙")):
        text = inputs.draft[key].addenda_text("ko")
        assert "제2조(사무 승계에 관한 경과조치)" in text, key
        assert (
            f"① 이 {word} 시행 당시 종전의 건설과가 처리하던 사무는 건설교통과가 승계한다." in text
        )
        assert (
            f"② 이 {word} 시행 당시 종전의 재무과가 처리하던 사무는 기획감사실이 승계한다." in text
        )
        assert "Construction and Transportation Division" in inputs.draft[key].addenda_text("en")
    assert "승계" not in inputs.draft["staffing"].addenda_text("ko")


def test_a_city_division_renamed_in_the_rule_only_is_settled_in_the_rule_only():
    project = city_project()
    project.changes.append(
        ch.Rename(
            "c9", unit_id="adm-loc", name_ko="자치분권과", name_en="Decentralization Division"
        )
    )
    inputs = project.draft_inputs()
    succession = "종전의 자치행정과가 처리하던 사무는 자치분권과가 승계한다."
    assert succession in inputs.draft["rule"].addenda_text("ko")
    assert succession not in inputs.draft["ordinance"].addenda_text("ko")
    # the bureau renamed in the ordinance (도시국 → 도시개발국) is settled there
    assert "종전의 도시국이 처리하던 사무는 도시개발국이 승계한다." in inputs.draft[
        "ordinance"
    ].addenda_text("ko")


def test_an_untitled_instrument_blocks_the_export_with_a_located_error(tmp_path):
    project = city_project()
    rule = project.instrument("rule")
    rule.text = rule.text.split("\n", 1)[1]  # pasted without its title line
    errors = [f for f in validate(project) if f.is_error]
    assert [(f.code, f.place.ref, f.place.line) for f in errors] == [
        ("E-INSTRUMENT-TITLE", "rule", 1)
    ]
    assert "제명" in errors[0].message("ko")
    path = tmp_path / "untitled.orgdraft"
    projectfile.save(project, path)
    from tests.test_cli import orgdraft

    result = orgdraft("generate", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 1 and "E-INSTRUMENT-TITLE statute_line:rule:1" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_unit_no_instrument_can_hold_is_reported_not_dropped(city, county):
    """A 동 established in a city whose ordinance sets up no 읍·면·동: the bill cannot mention
    it, and validation says so at the change."""
    project = city_project()
    project.changes.append(
        ch.Establish(
            "c9",
            unit=Unit("dong", UnitKind.SUB_MUNICIPAL, "세교동", "Segyo-dong", "mayor", "g5"),
        )
    )
    found = [f for f in validate(project) if f.code == "W-NOT-DRAFTED"]
    assert [(f.place.ref, f.place.line, f.is_error) for f in found] == [("c9", 4, False)]
    assert "4번 변경(세교동)" in found[0].message("ko") and "시장 밑에" in found[0].message("ko")
    gyeonggi = projectfile.load(paths.sample_path())
    for sample in (gyeonggi, county, city):
        assert not [f for f in validate(sample) if f.code == "W-NOT-DRAFTED"]
