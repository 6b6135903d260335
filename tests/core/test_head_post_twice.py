"""A head's post moved twice: a 격상ㆍ격하 or a 직급 조정 that gives a unit's head a new grade
already counts the head's post at the new grade (head_grade.move_head_post); a 정원 변경 that
also moves a post of that unit (or of the pool the move takes the post from) from the head's
old grade to its new one moves it a second time, and every count (the bill's 주요내용, the
staffing annex, the tables, the release) is off by one. A project saved before the kind change
moved the post, or an official who does not know it does, enters both. The counts stay as
entered (the official may mean a second post); the official is told at the staffing change
(W-HEAD-POST-TWICE), in Korean and English, whichever of the two comes first."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import changes as ch
from desktop.core.apply import apply_changes
from desktop.core.org import Organization, Unit, UnitKind
from desktop.core.validate import validate
from tests.core.city_project import city_project

K = UnitKind
TODAY = dt.date(2024, 5, 1)
CODE = "W-HEAD-POST-TWICE"


def _upgrade() -> ch.ChangeKind:
    """자치행정과 (a 5급 head) made the 자치분권추진단, a bureau-level 단 with a 4급 head."""
    return ch.ChangeKind(
        "c1",
        unit_id="adm-loc",
        kind=K.TASK_FORCE,
        name_ko="자치분권추진단",
        name_en="Autonomy Task Force",
        head_grade="g4",
    )


def _project(*changes: ch.Change, staffing: dict[str, int] | None = None):
    project = city_project()
    unit = project.org.get("adm-loc")
    unit.staffing = dict(staffing or {"g5": 2, "g6": 6})  # the 과장 and a 5급 팀장
    project.changes = list(changes)
    return project


def _twice(project) -> list:
    return [f for f in validate(project, today=TODAY) if f.code == CODE]


def test_an_upgrade_and_a_staffing_change_moving_the_heads_post_are_told():
    """Before, the 자치분권추진단 was counted 4급 2, 5급 0 without a word: the upgrade moved
    the 추진단장's post to 4급, and the staffing change moved the 5급 팀장's."""
    staffing = ch.ChangeStaffing("c2", unit_id="adm-loc", deltas={"g5": -1, "g4": 1})
    project = _project(_upgrade(), staffing)
    after = project.draft_inputs().applied.org.get("adm-loc")
    assert after.staffing == {"g4": 2, "g6": 6}  # as entered: it may be a second post
    (found,) = _twice(project)
    assert not found.is_error
    assert (found.place.ref, found.place.line) == ("c2", 2)  # at the staffing change
    assert found.message("ko") == (
        "1번째 개편 내용(격상·격하)이 이미 자치분권추진단의 장의 정원을 5급에서 4급으로 "
        "옮기므로, 자치분권추진단의 정원을 같은 직급 사이에서 옮기는 이 정원 변경은 그 정원을 "
        "한 번 더 옮깁니다. 장의 정원을 옮기려던 것이라면 이 정원 변경을 삭제하십시오."
    )
    assert found.message("en") == (
        "Change 1 (Upgrade/downgrade) already moves the post of the head of Autonomy Task "
        "Force from Grade 5 to Grade 4: this staffing change, which moves a post of Autonomy "
        "Task Force between the same grades, counts it a second time. If it was meant for the "
        "head's post, remove this staffing change."
    )


def test_a_staffing_change_before_the_upgrade_is_told_too():
    """The staffing change first (5급 2 → 1, 4급 1), then the upgrade, which finds the head's
    post still at 5급 and moves it: 4급 2 again, told at the staffing change."""
    staffing = ch.ChangeStaffing("c0", unit_id="adm-loc", deltas={"g5": -1, "g4": 1})
    project = _project(staffing, _upgrade())
    assert project.draft_inputs().applied.org.get("adm-loc").staffing == {"g4": 2, "g6": 6}
    (found,) = _twice(project)
    assert (found.place.ref, found.place.line) == ("c0", 1)
    assert found.message("ko").startswith(
        "2번째 개편 내용(격상·격하)이 이미 자치분권추진단의 장의 정원을 5급에서 4급으로 옮기므로, "
        "자치분권추진단의 정원을"  # one unit, named once: as the upgrade left it
    )


def test_a_staffing_change_that_moved_the_only_post_first_leaves_nothing_to_tell():
    """The staffing change took the 과's only 5급 post to 4급 before the upgrade: the upgrade
    finds no post at 5급 and moves none, so the post moved once."""
    staffing = ch.ChangeStaffing("c0", unit_id="adm-loc", deltas={"g5": -1, "g4": 1})
    project = _project(staffing, _upgrade(), staffing={"g5": 1, "g6": 6})
    assert project.draft_inputs().applied.org.get("adm-loc").staffing == {"g4": 1, "g6": 6}
    assert not _twice(project)


def test_after_the_move_a_staffing_change_of_the_only_post_is_refused_and_explained():
    """The upgrade moved the only 5급 post: the staffing change's 5급 −1 goes below zero
    (E-STAFFING-NEGATIVE), and the warning says why."""
    staffing = ch.ChangeStaffing("c2", unit_id="adm-loc", deltas={"g5": -1, "g4": 1})
    project = _project(_upgrade(), staffing, staffing={"g5": 1, "g6": 6})
    codes = [f.code for f in validate(project, today=TODAY) if f.place.ref == "c2"]
    assert sorted(codes) == ["E-STAFFING-NEGATIVE", CODE]


def test_a_regrade_and_a_staffing_change_moving_the_heads_post_are_told():
    """A 직급 조정 moves the post the same way: 행정국's head 4급 → 3급, and a staffing change
    of 행정국 (4급 −1, 3급 +1)."""
    project = city_project()
    project.org.get("adm").staffing = {"g4": 2}
    project.changes = [
        ch.ChangeHeadGrade("c1", unit_id="adm", grade="g3"),
        ch.ChangeStaffing("c2", unit_id="adm", deltas={"g4": -1, "g3": 1}),
    ]
    assert project.draft_inputs().applied.org.get("adm").staffing == {"g3": 2}
    (found,) = _twice(project)
    assert found.place.ref == "c2"
    assert found.message("ko").startswith(
        "1번째 개편 내용(직급 조정)이 이미 행정국의 장의 정원을 4급에서 3급으로 옮기므로,"
    )
    assert found.message("en").startswith(
        "Change 1 (Change head grade) already moves the post of the head of Administration "
        "Bureau from Grade 4 to Grade 3:"
    )


@pytest.mark.parametrize(
    ("unit_id", "deltas"),
    [
        ("adm-loc", {"g4": -1, "g5": 1}),  # the other way
        ("adm-loc", {"g4": 1}),  # a post added at the new grade: no decrease
        ("adm-loc", {"g5": -1}),  # a post taken at the old grade: no increase
        ("adm-loc", {"g5": -1, "g3": 1}),  # to another grade
        ("adm-gen", {"g5": -1, "g4": 1}),  # another unit
    ],
)
def test_other_staffing_changes_are_not_told(unit_id, deltas):
    for changes in (
        [_upgrade(), ch.ChangeStaffing("c2", unit_id=unit_id, deltas=deltas)],
        [ch.ChangeStaffing("c0", unit_id=unit_id, deltas=deltas), _upgrade()],
    ):
        project = _project(*changes, staffing={"g4": 1, "g5": 2, "g6": 6})
        assert not _twice(project), (unit_id, deltas)


def test_an_upgrade_that_keeps_the_grade_moves_nothing_and_tells_nothing():
    staffing = ch.ChangeStaffing("c2", unit_id="adm-loc", deltas={"g5": -1, "g4": 1})
    keep = ch.ChangeKind("c1", unit_id="adm-loc", kind=K.OFFICER, head_grade="g5")
    assert not _twice(_project(keep, staffing))


def _pool_org() -> Organization:
    """Posts stated by grade alone: every post with the 도지사, none in the units."""
    return Organization(
        [
            Unit("gov", K.GOVERNOR, "도지사", "Governor", staffing={"g4": 3, "g5": 9}),
            Unit("b1", K.BUREAU, "기획조정실", "Planning Office", "gov", "g3"),
            Unit("d1", K.DIVISION, "정책기획과", "Policy Planning Division", "b1", "g5"),
            Unit("d2", K.DIVISION, "예산과", "Budget Division", "b1", "g5"),
        ]
    )


@pytest.mark.parametrize("first", ["kind", "staffing"])
def test_the_pool_that_holds_the_heads_post_is_the_unit_told_of(first):
    """A unit with no posts of its own has its head's post moved in the pool kept with the
    head of government; a staffing change of the pool between the same grades is the second
    move, one of another unit's is not."""
    upgrade = ch.ChangeKind("k", unit_id="d1", kind=K.OFFICER, head_grade="g4")
    pool = ch.ChangeStaffing("s", unit_id="gov", deltas={"g5": -1, "g4": 1})
    changes = [upgrade, pool] if first == "kind" else [pool, upgrade]
    result = apply_changes(_pool_org(), changes)
    assert result.org.get("gov").staffing == {"g4": 5, "g5": 7}
    (found,) = [f for f in result.findings if f.code == CODE]
    assert found.place.ref == "s"
    assert "moves a post of Governor between the same grades" in found.message("en")
    assert "the head of Policy Planning Division from Grade 5 to Grade 4" in found.message("en")
    assert "도지사의 정원을 같은 직급 사이에서 옮기는" in found.message("ko")


def test_the_samples_move_no_heads_post_twice():
    from desktop import paths
    from desktop.core import projectfile

    for which in paths.SAMPLES:
        project = projectfile.load(paths.sample_path(which))
        assert not [f for f in validate(project) if f.code == CODE]
