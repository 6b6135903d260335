"""A staffing annex by organization (``기관 | 정무직 | 1급 | …``, one row per unit: the 정원
조례 of 강원특별자치도 in tests/data/governments) names the units, so a change that renames or
moves a unit amends it though no figure changes; a table by grade (the province sample's
별표 1) does not name them and stays."""

from __future__ import annotations

from desktop.core import changes as ch
from desktop.core.projectfile import load
from desktop.core.validate import validate
from desktop.paths import sample_path
from tests.core.government_projects import gangwon_project, jeju_project


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


def _annex_grids(project, lang):
    """The 신구조문대비표's staffing annex in ``lang``: each side's rows as text, an
    underlined run between underscores."""
    (row,) = [
        r
        for r in project.draft_inputs().draft["staffing"].table(lang).rows
        if "별표" in r.label or "Annex" in r.label
    ]
    return [
        {
            "".join(run.text for run in line[0]).strip(): "|".join(
                "".join(f"_{run.text}_" if run.underline else run.text for run in cell)
                for cell in line
            )
            for line in side[1].rows
            if line and line[0]
        }
        for side in (row.current, row.amended)
    ]


def _renamed_and_moved(project, old, bureau, new_ko, new_en):
    ids = {u.name_ko: u.id for u in project.org}
    project.changes = [
        *project.changes,
        ch.Move("mv", unit_id=ids[old], new_parent_id=ids[bureau]),
        ch.Rename("rn", unit_id=ids[old], name_ko=new_ko, name_en=new_en),
    ]
    return project


def test_a_division_renamed_and_moved_is_one_renamed_row_in_the_comparison_table():
    """강원 (its own changes: 경제국 renamed 경제산업국 among them) with 관광정책과 moved to
    경제국 and renamed 관광산업과: the current column has its row where it stood, the amended
    column where it now stands, each underlined at the name only, its figures compared with
    the old ones (a row removed and a row added would be underlined whole); in English
    alike."""
    project = _renamed_and_moved(
        gangwon_project(), "관광정책과", "경제국", "관광산업과", "Tourism Industry Division"
    )
    current, amended = _annex_grids(project, "ko")
    assert current["관광정책과"] == "_관광정책과_||||||1|5|5"
    assert amended["관광산업과"] == "_관광산업과_||||||1|5|5"
    labels = list(amended)
    assert labels.index("경제산업국") < labels.index("관광산업과") < labels.index("관광국")
    current, amended = _annex_grids(project, "en")
    assert current["Tourism Policy Division"] == "_Tourism Policy Division_||||||1|5|5"
    assert amended["Tourism Industry Division"] == "_Tourism Industry Division_||||||1|5|5"


def test_a_renamed_and_moved_division_whose_posts_change_underlines_those_figures():
    """제주 (its own changes: a new bureau, a rename, a move, posts) with 문화정책과 renamed
    문화관광정책과 as it moves to 관광교류국 and given a post: the name and that figure."""
    project = _renamed_and_moved(
        jeju_project(),
        "문화정책과",
        "관광교류국",
        "문화관광정책과",
        "Culture and Tourism Policy Division",
    )
    ids = {u.name_ko: u.id for u in project.org}
    project.changes.append(ch.ChangeStaffing("st", unit_id=ids["문화정책과"], deltas={"g7": 1}))
    current, amended = _annex_grids(project, "ko")
    assert current["문화정책과"] == "_문화정책과_|||||1|1|4|_4_"  # both sides
    assert amended["문화관광정책과"] == "_문화관광정책과_|||||1|1|4|_5_"
    labels = list(amended)
    assert labels.index("국제교류과") < labels.index("문화관광정책과")
    assert amended["기후환경정책과"] == "_기후환경정책과_|||||1|2|4|4"  # renamed in its place
