"""A head the changes add whose post the staffing does not count (validate.head_post_findings).

Walked (서울특별시 강남구, whose 정원 조례 states its posts by grade alone): a new 국 headed at
4급 entered without a post left six units headed at 4급 and five 4급 posts, and nothing was
said; the bill, the tables and the release counted a head with no post."""

from __future__ import annotations

import datetime as dt

from desktop import paths
from desktop.core import changes as ch
from desktop.core import projectfile
from desktop.core.org import Unit, UnitKind
from desktop.core.validate import validate

TODAY = dt.date(2025, 8, 1)


def _short(project) -> list:
    return [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-POSTS-SHORT"]


def _county_with(staffing: dict[str, int], grade: str = "g4"):
    project = projectfile.load(paths.sample_path("county"))
    unit = Unit("future", UnitKind.DIVISION, "미래전략과", "Future Strategy Division", "head",
                grade, [], dict(staffing))  # fmt: skip
    project.changes.append(ch.Establish("c9", unit=unit))
    return project


def test_a_new_unit_without_its_heads_post_is_told_at_its_change():
    found = _short(_county_with({}))
    assert [(f.place.ref, f.message("ko")) for f in found] == [
        (
            "c9",
            "개편 후 4급으로 보하는 기구의 장은 3명이나 정원의 4급은 2명입니다. 개편으로 "
            "생기는 장(미래전략과)의 정원이 들어 있지 않습니다. 그 기구의 정원이나 정원 "
            "조정으로 넣으십시오.",
        )
    ]
    assert found[0].message("en") == (
        "After the changes 3 units are headed at Grade 4, but the staffing counts 2 posts at "
        "Grade 4: the post of a head the changes add (Future Strategy Division) is not counted. "
        "Give it in the unit's staffing or with a staffing change."
    )


def test_posts_at_another_grade_do_not_count_the_head():
    assert [f.place.ref for f in _short(_county_with({"g5": 1}))] == ["c9"]


def test_a_head_with_its_post_or_a_staffing_change_giving_it_is_not_told():
    assert not _short(_county_with({"g4": 1}))
    project = _county_with({})
    project.changes.append(ch.ChangeStaffing("c10", unit_id="future", deltas={"g4": 1}))
    assert not _short(project)
    assert not _short(_county_with({"g3-4": 1}, grade="g4"))  # a post of either grade


def test_a_head_raised_to_a_grade_without_a_post_is_told_at_the_regrade():
    """A 과 headed at 5급 (its own posts) regraded to 4급 moves its own post; with none at
    5급 to move, the 4급 head has no post and the regrade is named."""
    project = projectfile.load(paths.sample_path("county"))
    division = next(u for u in project.org if u.head_grades == ("g5",) and u.staffing)
    division.staffing.pop("g5", None)  # a head whose post the unit does not count
    project.changes.append(ch.ChangeHeadGrade("c9", unit_id=division.id, grade="g4"))
    assert [f.place.ref for f in _short(project)] == ["c9"]


def test_the_samples_and_a_gap_the_instruments_already_have_are_not_told():
    for sample in ("province", "county"):
        assert not _short(projectfile.load(paths.sample_path(sample)))
    project = _county_with({"g4": 1})
    health = project.org.get("health")
    health.staffing["g4"] = 0  # the current staffing already lacks the 보건소장's post
    assert not _short(project)
