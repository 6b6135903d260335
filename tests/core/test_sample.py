"""The built-in sample: Gyeonggi Province's July 2024 reorganization, checked unit by unit."""

import datetime as dt

import pytest

from desktop import paths
from desktop.core import kinds
from desktop.core.org import Level, UnitKind
from desktop.core.projectfile import load
from desktop.core.statute import Num
from desktop.core.summary import render, summary


@pytest.fixture(scope="module")
def inputs():
    return load(paths.sample_path()).draft_inputs()


@pytest.fixture(scope="module")
def after(inputs):
    return inputs.applied.org


def unit_named(org, name):
    (unit,) = org.by_name(name)
    return unit


def division_names(org, parent_name):
    return [u.name_ko for u in org.children(unit_named(org, parent_name).id)]


def test_every_change_applies(inputs):
    assert inputs.applied.findings == []
    assert len(inputs.applied.applied) == len(inputs.project.changes)


def test_ai_bureau_with_its_four_divisions(after):
    ai = unit_named(after, "AI국")
    assert (ai.kind, ai.name_en, ai.open_position) == (UnitKind.BUREAU, "AI Bureau", True)
    assert after.parent(ai.id).name_ko == "경제부지사"
    assert division_names(after, "AI국") == [
        "AI프론티어사업과",
        "AI산업육성과",
        "AI미래행정과",
        "AI데이터인프라과",
    ]
    assert [u.name_en for u in after.children(ai.id)] == [
        "AI Frontier Project Division",
        "AI Industry Promotion Division",
        "AI Future Administration Division",
        "AI Data Infrastructure Division",
    ]


def test_international_cooperation_bureau_taken_out_of_the_economic_investment_office(after):
    intl = unit_named(after, "국제협력국")
    assert intl.name_en == "International Cooperation Bureau"
    assert division_names(after, "국제협력국") == ["국제통상과", "외교정책과"]
    econ = unit_named(after, "경제투자실")
    assert "국제교류 및 협력에 관한 사항" in [d.ko for d in intl.duties]
    assert "국제교류 및 협력에 관한 사항" not in [d.ko for d in econ.duties]
    assert division_names(after, "경제투자실") == ["경제정책과", "투자진흥과"]


def test_immigration_and_society_bureau(after):
    imm = unit_named(after, "이민사회국")
    assert (imm.name_en, imm.open_position) == ("Immigration and Society Bureau", True)
    assert division_names(after, "이민사회국") == ["이민사회정책과", "이민사회지원과"]


def test_lifelong_education_bureau_renamed_and_youth_division_moved_there(after):
    assert after.by_name("평생교육국") == []
    edu = unit_named(after, "미래평생교육국")
    assert edu.name_en == "Future Lifelong Education Bureau"
    assert division_names(after, "미래평생교육국") == ["평생교육과", "교육협력과", "청년기회과"]
    assert "청년기회과" not in division_names(after, "사회적경제국")


def test_northern_promotion_team_upgraded_to_a_bureau_with_two_divisions(after):
    north = unit_named(after, "경기북부특별자치도추진단")
    assert north.kind.level is Level.BUREAU
    assert division_names(after, "경기북부특별자치도추진단") == ["기획총괄과", "특례정책과"]


def test_population_policy_officer_stays_in_the_planning_office(after):
    assert after.parent(unit_named(after, "인구정책담당관").id).name_ko == "기획조정실"


def test_audit_committee_and_citizen_rights_committee(after, inputs):
    audit = unit_named(after, "감사위원회")
    assert (audit.kind, audit.head_grade, audit.name_en) == (
        UnitKind.COMMITTEE,
        "g3",
        "Audit Committee",
    )
    assert division_names(after, "감사위원회") == ["감사총괄과", "감사1과", "감사2과", "계약심사과"]
    rights = unit_named(after, "도민권익위원회")
    assert (rights.kind, rights.head_grade) == (UnitKind.COMMITTEE, "g4")
    assert after.parent(rights.id).name_ko == "도지사"
    dated = {c.id for c in inputs.project.changes if c.effective == dt.date(2024, 9, 2)}
    touching = {r.change_id for r in inputs.applied.records if r.unit_id in (audit.id, rights.id)}
    assert touching <= dated


def test_staffing_total_goes_from_16244_to_16252(inputs):
    before = sum(inputs.project.org.total_staffing().values())
    assert before == 16244
    general = sum(v for k, v in inputs.project.org.total_staffing().items() if k.startswith("g"))
    fire = sum(v for k, v in inputs.project.org.total_staffing().items() if k.startswith("fire"))
    assert fire == 11495
    assert general + fire < before  # research, extension, specialist, special grades besides
    assert sum(inputs.applied.org.total_staffing().values()) == 16252


def test_ordinance_gets_branch_articles_for_the_new_bureaus(inputs):
    new = inputs.new_instruments["ordinance"]
    old = inputs.old_instruments["ordinance"]
    titles = {art.num: art.title for art in new.articles if old.article(art.num) is None}
    assert titles == {
        Num(5, 2): "도민권익위원회",
        Num(9, 2): "이민사회국",
        Num(10, 2): "경기북부특별자치도추진단",
        Num(12, 2): "국제협력국",
        Num(14, 2): "AI국",
    }
    ai = new.article(Num(14, 2))
    assert ai.paragraphs[0].text.startswith("인공지능 산업 육성 및 인공지능 기반 행정 혁신에 관한")
    assert "경제부지사 밑에 AI국을 두고, 다음 각 호의 사무를 분장한다." in ai.paragraphs[0].text
    assert ai.title_en == "AI Bureau"


def test_rename_reaches_every_mention_in_the_ordinance(inputs):
    new = inputs.new_instruments["ordinance"]
    art = new.article(Num(8))
    assert art.title == "미래평생교육국"
    assert "평생교육국을" not in art.text_only().replace("미래평생교육국", "")
    assert "행정1부지사 밑에 미래평생교육국을 두고" in art.paragraphs[0].text


def test_rule_reflects_division_changes(inputs):
    new = inputs.new_instruments["rule"]
    assert new.article(Num(8)).deleted  # 행정2부지사 has no division-level unit left
    assert new.article(Num(9, 2)).title == "경기북부특별자치도추진단"
    # AI국 follows 제12조, the last article of the sample's rule: the next number, no branch
    assert new.article(Num(13)).paragraphs[0].text == (
        "AI국에 AI프론티어사업과·AI산업육성과·AI미래행정과 및 AI데이터인프라과를 둔다."
    )
    assert "청년기회과" in new.article(Num(6)).paragraphs[0].text


def test_audit_provisions_have_their_later_date(inputs):
    staged = inputs.statutes.staged
    assert staged[("ordinance", Num(5))] == dt.date(2024, 9, 2)
    assert staged[("ordinance", Num(5, 2))] == dt.date(2024, 9, 2)
    assert ("ordinance", Num(14, 2)) not in staged


def test_total_staffing_and_annex_in_the_new_ordinance(inputs):
    new = inputs.new_instruments["ordinance"]
    assert "16,252명" in new.article(Num(20)).text_only()
    assert new.annexes[0].rows[1] == ["총계", "16,252"]


def test_summary_of_the_ordinance_bill(inputs):
    text = render(summary(inputs, "ordinance"))
    assert "· 신설: AI국, 국제협력국, 이민사회국 (안 제9조의2, 제12조의2, 제14조의2)" in text
    assert "· 명칭변경: 평생교육국→미래평생교육국, 감사관→감사위원회 (안 제5조, 제8조)" in text
    assert "나. 정원 조정: 총 정원 16,244명 → 16,252명(증 8명) (안 제20조, 별표 1)" in text
    assert "1) 기관별·직급별 정원표 조정(별표 1)" in text


def test_summary_of_the_rule_bill_lists_divisions(inputs):
    text = render(summary(inputs, "rule"))
    assert "· 신설: AI프론티어사업과, AI산업육성과, AI미래행정과, AI데이터인프라과" in text
    assert "청년기회과(사회적경제국→미래평생교육국)" in text
    assert "정원 조정" not in text


def test_english_summary(inputs):
    text = render(summary(inputs, "ordinance"), "en")
    assert "A. Organizational adjustments" in text
    assert "Lifelong Education Bureau → Future Lifelong Education Bureau" in text
    assert "B. Staffing: total staffing 16,244 → 16,252 (up 8)" in text


def test_records_cover_every_kind_of_change_in_the_sample(inputs):
    actions = {r.action for r in inputs.applied.records}
    assert {
        kinds.ESTABLISH,
        kinds.RENAME,
        kinds.MOVE,
        kinds.UPGRADE,
        kinds.TRANSFER,
        kinds.STAFFING,
    } <= actions
