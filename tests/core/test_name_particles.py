"""A unit's name followed by a particle that does not suit it, in what the official types
(desktop/core/nameparticles.py, W-NAME-PARTICLE)."""

from __future__ import annotations

import pytest

from desktop.core import projectfile
from desktop.core.project import Override, Project
from desktop.core.validate import name_particle_findings, validate
from desktop.paths import sample_path
from tests.core import government_projects


def _sample() -> Project:
    return projectfile.load(sample_path())


def _told(project: Project) -> list:
    return [f for f in validate(project) if f.code == "W-NAME-PARTICLE"]


def test_the_reasons_typed_with_a_wrong_particle_are_told_at_the_field():
    project = _sample()
    project.meta.reasons_ko = project.meta.reasons_ko.replace("이민사회국을", "이민사회국를")
    (finding,) = _told(project)
    assert (finding.place.kind, finding.place.ref, finding.place.field) == (
        "field",
        "meta",
        "reasons_ko",
    )
    assert not finding.is_error
    assert finding.message("ko") == (
        "제안이유: “이민사회국를”은 “이민사회국을”로 써야 합니다. 조사가 앞의 이름에 맞지 않습니다."
    )
    assert finding.message("en") == (
        "The reasons for the proposal: “이민사회국를” should read “이민사회국을” (the particle "
        "does not suit the name before it)."
    )


def test_a_provision_written_by_hand_is_told_at_its_article():
    project = _sample()
    text = (
        "인공지능 산업 육성에 관한 사무를 처리하기 위하여 경제부지사 밑에 AI국를 두고, "
        "다음 각 호의 사무를 분장한다."
    )
    project.overrides.append(Override("ordinance", "14의2/0", text))
    (finding,) = _told(project)
    assert (finding.place.kind, finding.place.ref, finding.place.field) == (
        "article",
        "ordinance",
        "제14조의2",
    )
    assert "“AI국를”" in finding.message("ko") and "“AI국을”" in finding.message("ko")


@pytest.mark.parametrize(
    ("paragraph", "told"),
    [
        ("국제협력국는 국제 교류를 맡는다.", [("국제협력국는", "국제협력국은")]),
        ("AI국장이 맡는다. AI프론티어사업과와 AI산업육성과가 함께 한다.", []),
        # AI국가 is the AI nation, not AI국 and its particle
        ("AI국가 전략을 세운다.", []),
        # the name inside a longer word takes the same particle: 노인복지과를
        ("AI미래행정과을 둔다.", [("AI미래행정과을", "AI미래행정과를")]),
    ],
)
def test_the_official_own_paragraph_of_the_release(paragraph, told):
    project = _sample()
    project.press["own"] = [{"ko": paragraph, "en": "A paragraph."}]
    findings = _told(project)
    assert [(f.params["found"], f.params["right"]) for f in findings] == [
        (f"“{found}”", f"“{right}”") for found, right in told
    ]
    for finding in findings:
        assert (finding.place.kind, finding.place.ref, finding.place.field) == (
            "press",
            "own:1",
            "ko",
        )


def test_the_current_laws_own_slip_is_not_the_officials():
    """Only the provisions the new text changes are read: a slip of the current text that the
    changes leave as it is (제4조, which sets up the 홍보기획관) is not told, as it is once the
    official writes the provision anew."""
    project = _sample()
    source = project.instrument("ordinance")
    assert source is not None and "도지사 밑에 홍보기획관을 두고" in source.text
    source.text = source.text.replace(
        "도지사 밑에 홍보기획관을 두고", "도지사 밑에 홍보기획관를 두고"
    )
    assert _told(project) == []
    written = (
        "도정홍보에 관한 사무를 처리하기 위하여 도지사 밑에 홍보기획관를 두고, "
        "다음 각 호의 사무를 분장한다."
    )
    project.overrides.append(Override("ordinance", "4/0", written))
    (finding,) = _told(project)
    assert finding.params["found"] == "“홍보기획관를”" and finding.place.field == "제4조"


@pytest.mark.parametrize(
    "make",
    [
        _sample,
        lambda: projectfile.load(sample_path("county")),
        *(
            getattr(government_projects, name)
            for name in dir(government_projects)
            if name.endswith("_project")
        ),
    ],
)
def test_no_sample_or_fixture_is_told(make):
    project = make()
    assert name_particle_findings(project.draft_inputs()) == []


def test_a_name_next_to_replaced_words_is_told_once():
    """The proof of the bill finds the slip too (W-AMEND-PARTICLE): the name's finding, which
    says what to write, is the one kept; a word that is no unit's name keeps the proof's."""
    written = (
        '경기도민(이하 "도민"이라 한다)과의 소통 및 도정홍보 등에 관한 사무를 처리하기 위하여 '
        "도지사 밑에 {}를 두고, 다음 각 호의 사무를 분장한다."
    )
    for name, code in (("AI국", "W-NAME-PARTICLE"), ("홍보실", "W-AMEND-PARTICLE")):
        project = _sample()
        project.overrides.append(Override("ordinance", "4/0", written.format(name)))
        told = [f for f in validate(project) if f.code.endswith("-PARTICLE")]
        assert [(f.code, f.place.field) for f in told] == [(code, "제4조")]
