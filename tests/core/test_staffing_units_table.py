"""A staffing annex by organization (``기관 | 정무직 | 1급 | …``, one row per unit: the 정원
조례 of 강원특별자치도 in tests/data/governments) names the units, so a change that renames or
moves a unit amends it though no figure changes; a table by grade (the province sample's
별표 1) does not name them and stays."""

from __future__ import annotations

from desktop.core import changes as ch
from desktop.core.projectfile import load
from desktop.core.validate import validate
from desktop.paths import sample_path
from tests.core.government_projects import gangwon_project


def _staffing(project):
    inputs = project.draft_inputs()
    draft = inputs.draft["staffing"]
    (annex,) = inputs.new_instruments["staffing"].annexes
    return [s.text for s in draft.amendment("ko").sentences], [row[0].strip() for row in annex.rows]


def test_a_renamed_bureau_is_renamed_in_the_table_by_organization():
    project = gangwon_project()
    ids = {u.name_ko: u.id for u in project.org}
    old = {u.id: dict(u.staffing) for u in project.org}
    project.changes = [
        ch.Rename(
            "r1", unit_id=ids["경제국"], name_ko="경제산업국", name_en="Economy and Industry Bureau"
        )
    ]
    sentences, labels = _staffing(project)
    assert sentences == ["별표를 별지와 같이 한다."]
    assert "경제산업국" in labels and "경제국" not in labels
    assert labels.index("경제산업국") == labels.index("경제정책과") - 1  # in its own row's place
    inputs = project.draft_inputs()
    assert {u.id: dict(u.staffing) for u in inputs.applied.org} == old  # no figure changed
    assert not [f for f in validate(project) if f.code == "W-NOT-DRAFTED"]


def test_the_main_points_say_why_the_table_is_put_in_order():
    """No figure changes: the table only follows the units, so the 주요내용 says so (정비, for
    the changes that moved its rows), not that the staffing is adjusted (조정)."""
    from desktop.core.summary import render

    project = gangwon_project()
    ids = {u.name_ko: u.id for u in project.org}
    rename = ch.Rename(
        "r1", unit_id=ids["경제국"], name_ko="경제산업국", name_en="Economy and Industry Bureau"
    )
    project.changes = [rename]
    summary = project.draft_inputs().draft["staffing"].summary
    assert render(summary, "ko").splitlines()[3:] == [
        "  가. 기타 사항",
        "    1) 기구 명칭변경에 따른 기관별ㆍ직급별 정원표 정비(별표)",
    ]
    assert render(summary, "en").splitlines()[3:] == [
        "  A. Other matters",
        "    (1) Staffing table by agency and grade updated for renamed units (Annex)",
    ]
    project.changes = [
        ch.Move("m1", unit_id=ids["관광정책과"], new_parent_id=ids["경제국"]),
        rename,
    ]
    (point,) = project.draft_inputs().draft["staffing"].summary.points[0].children
    assert (point.ko, point.en) == (
        "기구 명칭변경ㆍ이관에 따른 기관별ㆍ직급별 정원표 정비(별표)",
        "Staffing table by agency and grade updated for renamed and moved units (Annex)",
    )


def test_a_table_whose_figures_change_is_adjusted_whatever_else_moves():
    """Posts added beside a rename: the table's figures change, the point stays 조정."""
    project = gangwon_project()
    ids = {u.name_ko: u.id for u in project.org}
    project.changes = [
        ch.Rename(
            "r1", unit_id=ids["경제국"], name_ko="경제산업국", name_en="Economy and Industry Bureau"
        ),
        ch.ChangeStaffing("s1", unit_id=ids["경제정책과"], deltas={"g7": 1}),
    ]
    points = project.draft_inputs().draft["staffing"].summary.points
    assert points[-1].children[-1].ko == "기관별ㆍ직급별 정원표 조정(별표)"


def test_a_moved_division_follows_its_new_bureau_in_the_table():
    project = gangwon_project()
    ids = {u.name_ko: u.id for u in project.org}
    project.changes = [ch.Move("m1", unit_id=ids["관광정책과"], new_parent_id=ids["경제국"])]
    sentences, labels = _staffing(project)
    assert sentences == ["별표를 별지와 같이 한다."]
    assert labels.index("관광정책과") < labels.index("관광국")
    assert labels.index("경제국") < labels.index("관광정책과")


def test_a_table_by_grade_is_not_amended_by_a_rename():
    project = load(sample_path("province"))
    bureau = next(u for u in project.org if u.name_ko.endswith("국"))
    project.changes = [
        ch.Rename("r1", unit_id=bureau.id, name_ko=bureau.name_ko + "2", name_en="X")
    ]
    key = next(s.key for s in project.instruments if "staffing" in s.role_set)
    draft = project.draft_inputs().draft[key]
    assert not any("별표" in s.text for s in draft.amendment("ko").sentences)
