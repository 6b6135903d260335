"""한시기구 신설 end to end, on a test project (the sample's organization and statutes with one
temporary task force instead of the sample's changes): the file, validation, the ordinance and
rule text with their 부칙, the comparison table, the 주요내용, the release and the tables."""

from __future__ import annotations

import copy
import datetime as dt
import json

import jsonschema
import pytest

from desktop import paths
from desktop.core import kinds, projectfile
from desktop.core.apply import apply_changes
from desktop.core.drafting import render_addenda, render_addenda_en
from desktop.core.drafting.addenda import Addenda, Duration
from desktop.core.drafting.table_text import render_table_text
from desktop.core.kinds.temporary import Expiry, Temporary
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.statute import InstrumentKind
from desktop.core.summary import render
from desktop.core.validate import validate
from desktop.documents.orgtables import unit_rows

UNTIL = dt.date(2026, 6, 30)
TODAY = dt.date(2024, 6, 1)  # before the sample's effective date, 2024-07-15


def task_force(until: dt.date | None = UNTIL, **fields) -> Temporary:
    unit = Unit(
        "aix",
        UnitKind.TASK_FORCE,
        "AI전환추진단",
        "AI Transformation Task Force",
        "vg1",
        head_grade="g3",
        purpose_ko="도정 인공지능 전환",
        purpose_en="the AI transformation of the provincial administration",
        duties=[
            Duty("인공지능 전환 전략 수립에 관한 사항", "Strategies for the AI transformation")
        ],
    )
    teams = [
        Unit("aix1", UnitKind.TEAM, "AI전환기획팀", "AI Transformation Planning Team"),
        Unit("aix2", UnitKind.TEAM, "AI서비스팀", "AI Services Team"),
    ]
    return Temporary("t1", unit=unit, children=teams, until=until, **fields)


@pytest.fixture(scope="module")
def base():
    return projectfile.load(paths.sample_path())


def project_with(base, *changes):
    project = copy.deepcopy(base)
    project.changes = list(changes)
    return project


@pytest.fixture(scope="module")
def inputs(base):
    return project_with(base, task_force()).draft_inputs()


# -- the kind ----------------------------------------------------------------------------------


def test_it_is_registered_after_establish_with_its_form_fields():
    assert list(kinds.KINDS)[:2] == ["establish", "temporary"]
    assert kinds.KINDS["temporary"] is Temporary
    assert Temporary.required == ("unit", "until")
    assert Temporary.title("ko") == "한시기구 신설"
    assert kinds.TEMPORARY in kinds.STRUCTURAL and kinds.TEMPORARY.ko == "한시기구"


def test_applying_records_the_unit_and_its_teams_with_the_date(base):
    result = apply_changes(base.org, [task_force()])
    assert result.applied == ["t1"] and result.findings == []
    assert [(r.action, r.unit_id) for r in result.records] == [
        (kinds.TEMPORARY, "aix"),
        (kinds.TEMPORARY, "aix1"),
        (kinds.TEMPORARY, "aix2"),
    ]
    assert {r.payload for r in result.records} == {Expiry(UNTIL)}
    assert result.org.child_ids("aix") == ["aix1", "aix2"]
    assert task_force().created_units()[0].id == "aix"


def test_it_is_saved_and_read_back_and_follows_the_schema(base, tmp_path):
    project = project_with(base, task_force())
    target = tmp_path / "temporary.orgdraft"
    projectfile.save(project, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["changes"][0]["type"] == "temporary"
    assert data["changes"][0]["until"] == "2026-06-30"
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    again = projectfile.load(target)
    assert again.changes == project.changes


def test_a_file_without_the_date_names_the_field(base):
    data = projectfile.to_json(project_with(base, task_force()))
    del data["changes"][0]["until"]
    with pytest.raises(projectfile.ProjectFileError) as refused:
        projectfile.from_json(data, "t.orgdraft")
    assert refused.value.where == "changes[0].until"
    data["changes"][0]["until"] = "30 June"
    with pytest.raises(projectfile.ProjectFileError) as refused:
        projectfile.from_json(data, "t.orgdraft")
    assert "YYYY-MM-DD" in refused.value.message("en")
    data["changes"][0]["until"] = "6월 30일"
    with pytest.raises(projectfile.ProjectFileError) as refused:
        projectfile.from_json(data, "t.orgdraft")
    assert "'6월 30일'은 날짜 형식(YYYY-MM-DD)이 아닙니다." in refused.value.message("ko")


# -- validation --------------------------------------------------------------------------------


def codes(project, today=TODAY):
    return [f.code for f in validate(project, today=today) if "TEMPORARY" in f.code]


def test_a_date_within_three_years_of_the_effective_date_is_fine(base):
    assert codes(project_with(base, task_force())) == []


def test_a_past_date_warns(base):
    project = project_with(base, task_force())
    findings = [f for f in validate(project, today=dt.date(2026, 7, 1)) if "TEMPORARY" in f.code]
    assert [f.code for f in findings] == ["W-TEMPORARY-PAST"]
    assert not findings[0].is_error
    assert findings[0].place.ref == "t1" and findings[0].place.field == "until"
    assert findings[0].message("ko") == (
        "한시기구 AI전환추진단의 존속기한(2026. 6. 30.)이 이미 지났습니다."
    )  # the date as officials write it, not 2026-06-30
    assert "until June 30, 2026, which" in findings[0].message("en")


def test_a_date_before_the_effective_date_warns(base):
    early = project_with(base, task_force(dt.date(2024, 7, 1)))
    assert codes(early) == ["W-TEMPORARY-BEFORE-EFFECTIVE"]
    own_date = project_with(base, task_force(dt.date(2025, 1, 1), effective=dt.date(2025, 3, 1)))
    assert codes(own_date) == ["W-TEMPORARY-BEFORE-EFFECTIVE"]  # the change's own date counts


def test_more_than_three_years_warns_with_the_regulation(base):
    project = project_with(base, task_force(dt.date(2027, 7, 16)))
    findings = [f for f in validate(project, today=TODAY) if "TEMPORARY" in f.code]
    assert [f.code for f in findings] == ["W-TEMPORARY-LONG"]
    ko, en = findings[0].message("ko"), findings[0].message("en")
    assert ko.endswith("(「지방자치단체의 행정기구와 정원기준 등에 관한 규정」 제8조제4항).")
    assert en.endswith(  # the English name the bill cites it by
        "(Regulation on the Administrative Organs and Staffing Standards of Local Governments, "
        "Article 8 (4))."
    )
    assert codes(project_with(base, task_force(dt.date(2027, 7, 15)))) == []  # exactly three


def test_no_date_is_an_error(base):
    assert [f.code for f in validate(project_with(base, task_force(None)), today=TODAY)][:1] == [
        "E-TEMPORARY-UNTIL"
    ]


# -- the ordinance, the rule and their 부칙 -------------------------------------------------------


def test_the_ordinance_inserts_the_article_and_its_addenda_state_the_limit(inputs):
    draft = inputs.draft["ordinance"]
    sentences = [s.text for s in draft.amendment("ko").sentences]
    assert sentences == ["제9조의2를 다음과 같이 신설한다."]
    assert draft.addenda_text("ko").splitlines() == [
        "부칙",
        "제1조(시행일) 이 조례는 2024년 7월 15일부터 시행한다.",
        "제2조(한시기구의 존속기한) 이 조례 시행으로 신설되는 AI전환추진단은 2026년 6월 30일까지 "
        "존속한다.",
    ]
    assert draft.addenda_text("en").splitlines()[-1] == (
        "Article 2 (Duration of Temporary Organizations) The AI Transformation Task Force newly "
        "established upon the enforcement of this Ordinance shall continue to exist until "
        "June 30, 2026."
    )


def test_the_rule_addenda_state_the_limit_of_the_teams(inputs):
    draft = inputs.draft["rule"]
    assert draft.addenda_text("ko").splitlines()[-1] == (
        "제2조(한시기구의 존속기한) 이 규칙 시행으로 신설되는 AI전환기획팀 및 AI서비스팀은 "
        "2026년 6월 30일까지 존속한다."
    )


def test_the_addenda_order_and_several_dates():
    addenda = Addenda(
        kind=InstrumentKind.ORDINANCE,
        durations=(
            Duration(("가추진단",), dt.date(2025, 12, 31), ("Task Force A",)),
            Duration(("나단",), dt.date(2026, 6, 30)),
        ),
        successions=(kinds_succession(),),
    )
    assert render_addenda(addenda).splitlines() == [
        "부칙",
        "제1조(시행일) 이 조례는 공포한 날부터 시행한다.",
        "제2조(한시기구의 존속기한) ① 이 조례 시행으로 신설되는 가추진단은 2025년 12월 31일까지 "
        "존속한다.",
        "② 이 조례 시행으로 신설되는 나단은 2026년 6월 30일까지 존속한다.",
        "제3조(사무 승계에 관한 경과조치) 이 조례 시행 당시 종전의 가과가 처리하던 사무는 "
        "나과가 승계한다.",
    ]
    english = render_addenda_en(addenda).splitlines()
    assert english[3] == (
        "(2) The [English text missing: 나단] newly established upon the enforcement of this "
        "Ordinance shall continue to exist until June 30, 2026."
    )


def kinds_succession():
    from desktop.core.drafting.addenda import Succession

    return Succession("가과", "나과", "A Division", "B Division")


def test_the_comparison_table_shows_the_new_article(inputs):
    text = render_table_text(inputs.draft["ordinance"].table("ko"), width=60)
    assert "<신 설>" in text and "제9조의2(AI전환추진단)" in text


# -- 주요내용, the release and the organization tables -------------------------------------------


def test_the_summary_lists_it_with_its_date(inputs):
    korean = render(inputs.draft["ordinance"].summary, "ko")
    assert "· 한시기구 신설: AI전환추진단(2026. 6. 30.까지) (안 제9조의2)" in korean
    english = render(inputs.draft["ordinance"].summary, "en")
    assert (
        "· Temporary units established: AI Transformation Task Force (until June 30, 2026) "
        "(Article 9-2 of the bill)" in english
    )
    rule = render(inputs.draft["rule"].summary, "ko")
    assert "한시기구 신설: AI전환기획팀(2026. 6. 30.까지), AI서비스팀(2026. 6. 30.까지)" in rule


def test_the_release_announces_it_and_says_until_when(inputs):
    paragraphs = {p.key: p for p in inputs.draft.press_paragraphs}
    assert paragraphs["headline"].ko == "경기도, AI전환추진단 신설"
    unit = paragraphs["unit:aix"]
    assert unit.ko.startswith("도정 인공지능 전환에 관한 사무를 맡는 AI전환추진단이 새로 생긴다.")
    assert unit.ko.endswith("AI전환추진단은 2026년 6월 30일까지 한시적으로 운영된다.")
    assert unit.ko.count("한시적으로") == 1  # once for the task force, not per team
    assert unit.en.endswith(
        "The AI Transformation Task Force is a temporary unit that will operate until "
        "June 30, 2026."
    )


def test_the_organization_table_marks_it(inputs):
    row = next(r for r in unit_rows(inputs, "ko") if r[1][0] == "AI전환추진단")
    assert row[0] == ["-"]
    assert row[2][0] == "한시기구(2026. 6. 30.까지)"
    assert "AI전환기획팀 한시기구(2026. 6. 30.까지)" in row[2]
    english = next(r for r in unit_rows(inputs, "en") if r[1][0] == "AI Transformation Task Force")
    assert english[2][0] == "temporary (until June 30, 2026)"


def test_the_chart_marks_it(inputs):
    from desktop.chart.orgchart import _Chart, _Style, ensure_app, marks_after

    ensure_app()
    marks = marks_after(inputs.applied)
    assert marks["aix"] == [kinds.TEMPORARY]
    unit = inputs.applied.org.get("aix")
    assert _Chart(inputs.applied.org, marks, "ko", "", _Style()).label(unit).endswith("[한시기구]")
    assert _Chart(inputs.applied.org, marks, "en", "", _Style()).label(unit).endswith("[Temporary]")
