"""Validation: every error and warning the foundation promises, each with its code and place."""

import datetime as dt

import pytest

from desktop import paths
from desktop.core import changes as ch
from desktop.core.findings import PlaceKind
from desktop.core.org import Organization, Unit, UnitKind
from desktop.core.project import (
    Effective,
    EffectiveMode,
    InstrumentSource,
    Meta,
    Project,
)
from desktop.core.projectfile import load
from desktop.core.statute import InstrumentKind
from desktop.core.validate import validate


def project(**kw) -> Project:
    org = Organization(
        [
            Unit("gov", UnitKind.GOVERNOR, "도지사", "Governor"),
            Unit("b1", UnitKind.BUREAU, "복지국", "Welfare Bureau", "gov", "g3"),
            Unit("d1", UnitKind.DIVISION, "복지정책과", "Welfare Policy Division", "b1", "g4"),
        ]
    )
    return Project(org=org, **kw)


def codes(findings):
    return [f.code for f in findings]


def test_clean_project_has_no_findings():
    assert validate(project()) == []


def test_sample_has_no_errors():
    findings = validate(load(paths.sample_path()))
    assert [f.format("en") for f in findings if f.is_error] == []


def test_duplicate_names_among_siblings():
    p = project()
    p.org.add(Unit("d2", UnitKind.DIVISION, "복지정책과", "x", "b1"))
    findings = validate(p)
    assert codes(findings) == ["E-DUP-NAME"]
    assert findings[0].place.kind is PlaceKind.UNIT


def test_duplicate_names_after_the_changes():
    p = project(
        changes=[ch.Establish("c1", unit=Unit("n", UnitKind.DIVISION, "복지정책과", "x", "b1"))]
    )
    assert "E-DUP-NAME" in codes(validate(p))


def test_negative_staffing_and_unknown_grade():
    p = project()
    p.org.get("d1").staffing = {"g5": -1, "g99": 2}
    assert sorted(codes(validate(p))) == ["E-GRADE-UNKNOWN", "E-STAFFING-NEGATIVE"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (ch.Move("c1", unit_id="b1", new_parent_id="d1"), "E-MOVE-CYCLE"),
        (ch.Abolish("c1", unit_id="b1"), "E-ABOLISH-ORPHANS"),
        (ch.Rename("c1", unit_id="gone", name_ko="x"), "E-CHANGE-MISSING-UNIT"),
        (ch.ChangeStaffing("c1", unit_id="d1", deltas={"g5": -1}), "E-STAFFING-NEGATIVE"),
    ],
)
def test_change_errors(change, code):
    findings = validate(project(changes=[change]))
    assert codes(findings) == [code]
    assert findings[0].place.kind is PlaceKind.CHANGE and findings[0].place.ref == "c1"


def test_rename_to_a_name_in_use():
    p = project(changes=[ch.Rename("c1", unit_id="d1", name_ko="복지국")])
    assert codes(validate(p)) == ["E-RENAME-TAKEN"]


def test_unparsable_statute_line_is_located():
    bad = "가. 조 밖의 목\n경기도 조례\n제1조(목적) 이 조례는 목적으로 한다.\n"
    p = project(instruments=[InstrumentSource("ordinance", InstrumentKind.ORDINANCE, bad)])
    findings = [f for f in validate(p) if f.place.kind is PlaceKind.STATUTE_LINE]
    assert findings and findings[0].is_error
    assert findings[0].place.line == 1


def test_effective_date_before_bill_date():
    meta = Meta(bill_date=dt.date(2024, 5, 31))
    early = dt.date(2024, 5, 1)
    p = project(
        meta=meta,
        changes=[ch.ChangeHeadGrade("c1", effective=early, unit_id="d1", grade="g4")],
        instruments=[
            InstrumentSource(
                "ordinance",
                InstrumentKind.ORDINANCE,
                "경기도 조례\n",
                effective=Effective(EffectiveMode.DATE, early),
            )
        ],
    )
    findings = validate(p)
    assert codes(findings) == ["E-DATE-BEFORE-BILL", "E-DATE-BEFORE-BILL"]


def test_missing_english_name_is_a_warning():
    p = project()
    p.org.get("d1").name_en = ""
    findings = validate(p)
    assert codes(findings) == ["W-NAME-EN-MISSING"]
    assert not findings[0].is_error
    assert findings[0].place.field == "name_en"


def test_unusual_head_grade_is_a_warning():
    p = project()
    p.org.get("d1").head_grade = "g1"
    assert codes(validate(p)) == ["W-HEAD-GRADE"]


def test_stated_total_that_does_not_match_the_sum_is_a_warning():
    p = project()
    p.org.get("d1").staffing = {"g5": 3}
    text = "경기도 조례\n제1조(정원) 도에 두는 공무원의 정원은 16,244명으로 한다.\n"
    p.instruments = [InstrumentSource("ordinance", InstrumentKind.ORDINANCE, text)]
    findings = validate(p)
    assert codes(findings) == ["W-STAFF-TOTAL"]
    assert findings[0].message("ko") == "제1조의 총정원 16,244명이 기구별 정원의 합 3명과 다릅니다."
    assert findings[0].message("en") == (
        "The total staffing in Article 1 (16,244) differs from the sum over the units (3)."
    )


def test_errors_come_before_warnings():
    p = project(changes=[ch.Abolish("c1", unit_id="b1")])
    p.org.get("d1").name_en = ""
    findings = validate(p)
    assert [f.is_error for f in findings] == [True, False]


def test_every_drafted_bill_must_apply_to_give_the_new_text(monkeypatch):
    """The export gate's proof: a drafted 개정문 that does not give the amended text (here a
    sentence dropped, then a sentence that cannot apply) is an error naming the provision."""
    from desktop.core.drafting.project import InstrumentDraft

    sample = load(paths.sample_path())
    assert not [f for f in validate(sample) if f.code.startswith("E-AMEND")]
    real = InstrumentDraft.amendment

    def dropped(draft, lang):
        text = real(draft, lang)
        text.sentences = [s for s in text.sentences if "제20조" not in s.text]
        return text

    monkeypatch.setattr(InstrumentDraft, "amendment", dropped)
    findings = [f for f in validate(sample) if f.code == "E-AMEND-DIFFERS"]
    assert [(f.place.ref, f.place.field) for f in findings] == [("ordinance", "제20조")]
    assert findings[0].is_error
    assert "제20조제1항" in findings[0].message("ko")

    def broken(draft, lang):
        text = real(draft, lang)
        text.sentences[0] = type(text.sentences[0])('제1조 중 "없는 말"을 "다른 말"로 한다.')
        return text

    monkeypatch.setattr(InstrumentDraft, "amendment", broken)
    findings = [f for f in validate(sample) if f.code == "E-AMEND-APPLY"]
    assert {f.place.field for f in findings} == {"제1조"}  # the window shows that article
    assert '"없는 말"' in findings[0].message("en")
