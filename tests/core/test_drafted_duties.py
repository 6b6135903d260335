"""The drafted texts give each unit the duties the changes give it (validate.drafted_duty_findings).

A safety net under the drafting of duties: the amended instruments are read back as File ›
New reads texts and compared with the organization after the changes. Walked (서울특별시
강남구): a renamed successor's paragraph lost the abolished unit's duties, and nothing said
so (fixed in desktop/core/patterns.py; with that drafting put back, the net tells it)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import paths
from desktop.core import changes as ch
from desktop.core import patterns, projectfile
from desktop.core.validate import validate
from tests.core import government_projects as gp

TODAY = dt.date(2025, 8, 1)


def _told(project) -> list:
    return [f for f in validate(project, today=TODAY) if f.code == "W-DUTIES-NOT-DRAFTED"]


def _renamed_successor():
    """해운대구's 기획예산과 renamed 기획재정과, and 감사과 abolished into it."""
    project = gp.haeundae_project()
    ids = gp._ids(project)
    project.changes = [
        ch.Rename("c1", unit_id=ids["기획예산과"], name_ko="기획재정과",
                  name_en="Planning and Finance Division"),
        ch.Abolish("c2", unit_id=ids["감사과"], successor_id=ids["기획예산과"]),
    ]  # fmt: skip
    return project, ids


def test_a_duty_the_draft_leaves_out_is_told_at_the_unit(monkeypatch):
    """With the drafting as it was (a duties paragraph looked for under the old name only),
    the successor's two new duties are left out of the rule: told."""
    original = patterns._duties_paragraph_unit
    monkeypatch.setattr(
        patterns, "_duties_paragraph_unit", lambda para, org, renamed=None: original(para, org)
    )
    project, ids = _renamed_successor()
    found = _told(project)
    assert [(f.place.ref, f.place.field) for f in found] == [(ids["기획예산과"], "duties")]
    assert found[0].message("ko") == (
        "개정안의 「부산광역시 해운대구 행정기구 설치 조례 시행규칙」에서 기획재정과의 분장사무가 "
        "개편 내용과 다릅니다(‘자체감사에 관한 사항’ 없음). 자치법규 조문 화면에서 개편 후 "
        "조문을 확인하십시오."
    )
    assert "‘자체감사에 관한 사항’ is missing from it" in found[0].message("en")


def test_a_draft_that_gives_the_duties_is_not_told():
    project, _ids = _renamed_successor()
    assert not _told(project)


@pytest.mark.parametrize(
    "make",
    [lambda: projectfile.load(paths.sample_path()),
     lambda: projectfile.load(paths.sample_path("county")),
     *(getattr(gp, name) for name in sorted(dir(gp)) if name.endswith("_project")
       and not name.startswith("_"))],
)  # fmt: skip
def test_the_samples_and_fixtures_are_not_told(make):
    assert not _told(make())
