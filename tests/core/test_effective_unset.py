"""An instrument set to take effect on a date with no date entered, or some months after
promulgation with none, is a located warning (W-EFFECTIVE-UNSET) and its 부칙 shows the gap:
it used to read ``이 조례는 공포한 날부터 시행한다.``, which the official did not choose. The
press release says when the organization starts as the instruments are set: on a date, on
promulgation, some months after it, or the gap; and claims no session passed the bill before
it is passed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.drafting.addenda import render_addenda, render_addenda_en
from desktop.core.drafting.project import addenda_of
from desktop.core.gate import gate_findings
from desktop.core.press import press_paragraphs
from desktop.core.project import Effective, EffectiveMode
from desktop.core.projectfile import load
from desktop.core.validate import effective_findings, validate
from desktop.paths import sample_path


def _county(**modes: Effective):
    project = load(sample_path("county"))
    for source in project.instruments:
        source.effective = modes.get(source.key, modes.get("all", source.effective))
    return project


def _paragraphs(project) -> dict[str, tuple[str, str]]:
    return {p.key: (p.ko, p.en) for p in press_paragraphs(project.draft_inputs())}


@pytest.mark.parametrize(
    "effective",
    [Effective(EffectiveMode.DATE), Effective(EffectiveMode.MONTHS, months=0)],
    ids=["date-not-entered", "zero-months"],
)
def test_an_effective_date_chosen_and_not_entered_is_shown_and_found(effective):
    project = _county(ordinance=effective)
    found = effective_findings(project)
    assert [(f.code, f.place.ref, f.place.field, f.is_error) for f in found] == [
        ("W-EFFECTIVE-UNSET", "instruments.ordinance", "effective", False)
    ]
    assert found == [f for f in validate(project) if f.code == "W-EFFECTIVE-UNSET"]
    assert "「양평군 행정기구 설치 조례」" in found[0].message("ko")
    assert "[시행일 입력 필요]부터" in found[0].message("ko")
    assert "[enforcement date: to be written]" in found[0].message("en")

    inputs = project.draft_inputs()
    addenda = addenda_of(inputs, "ordinance")
    korean = render_addenda(addenda)
    assert "이 조례는 [시행일 입력 필요]부터 시행한다." in korean
    assert "공포한 날부터" not in korean
    english = render_addenda_en(addenda)
    assert "shall enter into force on [enforcement date: to be written]." in english
    # the gap is a placeholder the export gate names, in each language of the bill
    gaps = [
        f.message("en")
        for f in gate_findings(inputs, ("bill",))
        if f.code == "W-GATE-PLACEHOLDER" and f.place.ref == "ordinance"
    ]
    assert len(gaps) == 2
    assert any("[시행일 입력 필요]" in g for g in gaps)
    assert any("[enforcement date: to be written]" in g for g in gaps)


def test_months_after_promulgation_entered_are_drafted_and_said_in_the_release():
    project = _county(all=Effective(EffectiveMode.MONTHS, months=3))
    assert effective_findings(project) == []
    korean = render_addenda(addenda_of(project.draft_inputs(), "ordinance"))
    assert "이 조례는 공포 후 3개월이 경과한 날부터 시행한다." in korean
    paragraphs = _paragraphs(project)
    lead_ko, lead_en = paragraphs["lead"]
    assert "의결됨에 따라 조례 공포 후 3개월이 지난 날부터 새 조직을 시행한다고" in lead_ko
    assert "will launch its new organization three months after promulgation," in lead_en
    assert paragraphs["sub:1"] == (
        "제305회 양평군의회 임시회 의결, 공포 후 3개월이 지난 날부터 시행",
        "Passed by the 305th extraordinary session of the Yangpyeong County Council; in force "
        "three months after promulgation",
    )


def test_a_release_on_promulgation_keeps_the_session_line():
    """On promulgation the release used to drop the sub-line naming the session that passed
    the bill (it was written only with a date)."""
    project = _county(all=Effective(EffectiveMode.PROMULGATION))
    paragraphs = _paragraphs(project)
    assert paragraphs["sub:1"] == (
        "제305회 양평군의회 임시회 의결, 공포 즉시 시행",
        "Passed by the 305th extraordinary session of the Yangpyeong County Council; in force "
        "upon promulgation",
    )
    assert "의결됨에 따라 조례가 공포되는 날부터 새 조직을" in paragraphs["lead"][0]
    assert "will launch its new organization on promulgation," in paragraphs["lead"][1]


def test_a_release_with_no_date_entered_shows_the_gap_and_the_gate_names_it():
    project = _county(all=Effective(EffectiveMode.DATE))
    paragraphs = _paragraphs(project)
    assert paragraphs["sub:1"][0] == "제305회 양평군의회 임시회 의결, [시행일 입력 필요]부터 시행"
    assert "의결됨에 따라 [시행일 입력 필요]부터 새 조직을" in paragraphs["lead"][0]
    assert "new organization on [enforcement date: to be written]," in paragraphs["lead"][1]
    gaps = [
        (f.place.ref, f.place.field)
        for f in gate_findings(project.draft_inputs(), ("press",))
        if f.code == "W-GATE-PLACEHOLDER"
    ]
    assert gaps == [("sub:1", "ko"), ("sub:1", "en"), ("lead", "ko"), ("lead", "en")]


def test_a_release_before_the_vote_claims_no_session_passed_it():
    project = _county()
    project.meta.passed_date = None
    paragraphs = _paragraphs(project)
    assert paragraphs["sub:1"] == ("2025. 7. 1.부터 시행", "In force from July 1, 2025")
    assert "마련해 2025. 7. 1.부터 새 조직을 시행할 계획이라고" in paragraphs["lead"][0]


def test_a_date_left_under_another_mode_is_not_checked_against_the_bill_date():
    """A date entered, then the mode set to on promulgation: the date is kept (undo, a change
    of mind) but drafts nothing, so it is not an error that it precedes the bill date."""
    project = _county(
        all=Effective(EffectiveMode.PROMULGATION, date=dt.date(2020, 1, 1)),
    )
    assert not [f for f in validate(project) if f.code == "E-DATE-BEFORE-BILL"]
    project = _county(all=Effective(EffectiveMode.DATE, date=dt.date(2020, 1, 1)))
    assert [f for f in validate(project) if f.code == "E-DATE-BEFORE-BILL"]


def test_a_session_without_english_is_marked_missing_in_the_english_sub_line():
    project = _county()
    project.meta.session_en = ""
    assert _paragraphs(project)["sub:1"][1] == (
        "Passed by [English text missing: council session]; in force from July 1, 2025"
    )
