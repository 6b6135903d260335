"""A unit moved away whose duty its former superior still lists (validate.moved_duty_findings).

Walked (서울특별시 강남구): 교통행정과 moved from 도시환경국 to a new 스마트도시국, and
도시환경국's article still listed '교통행정에 관한 사항' among its own duties; nothing said
that the bureau's duty stays behind unless a 사무 이관 moves it."""

from __future__ import annotations

import datetime as dt

from desktop import paths
from desktop.core import changes as ch
from desktop.core import projectfile
from desktop.core.validate import validate
from tests.core.government_projects import _ids, haeundae_project

TODAY = dt.date(2025, 8, 1)


def _told(project) -> list:
    return [f for f in validate(project, today=TODAY) if f.code == "W-MOVE-DUTY"]


def test_a_moved_units_duty_left_with_its_former_superior_is_told_at_the_move():
    project = haeundae_project()  # 관광진흥과 moves from 행정자치국 to a new 관광문화국
    found = _told(project)
    assert [f.place.ref for f in found] == ["c2"]
    assert found[0].message("ko") == (
        "관광진흥과가 행정자치국에서 옮겨 가지만 행정자치국은 그 사무 ‘관광진흥에 관한 "
        "사항’을 아직 자기 분장사무로 두고 있습니다. 이 사무가 관광진흥과와 함께 옮겨 가면 "
        "사무 이관으로 옮기십시오."
    )
    assert found[0].message("en") == (
        "Tourism Promotion Division moves away from Administration and Autonomy Bureau, but "
        "Administration and Autonomy Bureau still lists its duty ‘관광진흥에 관한 사항’ as its "
        "own. If the duty goes with Tourism Promotion Division, move it with a transfer of "
        "duties."
    )


def test_the_duty_moved_with_a_transfer_is_not_told():
    project = haeundae_project()
    ids = _ids(project)
    project.changes.append(
        ch.TransferDuties(
            "c9", from_id=ids["행정자치국"], to_id="tour", duties=["관광진흥에 관한 사항"]
        )
    )
    assert not _told(project)


def test_the_samples_are_not_told():
    """The 경기도 sample moves its divisions with their duties transferred."""
    for sample in ("province", "county"):
        assert not _told(projectfile.load(paths.sample_path(sample)))
