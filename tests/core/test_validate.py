"""Validation: every error and warning the foundation promises, each with its code and place."""

import datetime as dt

import pytest

from desktop import paths
from desktop.core import changes as ch
from desktop.core.findings import Place, PlaceKind
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

LAWS = ["「지방자치법」", "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」"]


def project(**kw) -> Project:
    """A project whose bill names its 관계법령, as a real one does."""
    org = Organization(
        [
            Unit("gov", UnitKind.GOVERNOR, "도지사", "Governor"),
            Unit("b1", UnitKind.BUREAU, "복지국", "Welfare Bureau", "gov", "g3"),
            Unit("d1", UnitKind.DIVISION, "복지정책과", "Welfare Policy Division", "b1", "g4"),
        ]
    )
    made = Project(org=org, **kw)
    made.meta.references.laws = list(LAWS)
    return made


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


def test_a_statute_number_written_twice_is_an_error_finding_at_its_line():
    text = "경기도 조례\n제1조(목적) ① 가\n② 나\n② 다\n제2조(정의) 라\n"
    p = project(instruments=[InstrumentSource("ordinance", InstrumentKind.ORDINANCE, text)])
    findings = [f for f in validate(p) if f.place.kind is PlaceKind.STATUTE_LINE]
    assert [(f.code, f.place.line, f.is_error) for f in findings] == [("E-STATUTE-LINE", 4, True)]
    ko, en = findings[0].message("ko"), findings[0].message("en")
    assert ko.endswith(
        "4행: 제1조제2항이 두 번 나옵니다(3행과 4행). 번호를 고치십시오. 「경기도 조례」의 "
        "개정안은 본문을 고친 뒤에 작성됩니다."
    )
    assert en.endswith(
        "line 4: Article 1 (2) appears twice (lines 3 and 4): correct the number. Drafting of the "
        "Ordinance waits until its text is corrected."
    )


def test_only_the_first_parse_error_of_a_text_says_that_its_drafting_waits():
    text = "경기도 조례\n제1조(목적) ① 가\n② 나\n② 다\n제2조(정의) 라\n제2조(기구) 마\n"
    p = project(instruments=[InstrumentSource("ordinance", InstrumentKind.ORDINANCE, text)])
    findings = [f for f in validate(p) if f.place.kind is PlaceKind.STATUTE_LINE]
    assert [(f.code, f.place.line) for f in findings] == [
        ("E-STATUTE-LINE", 4),
        ("E-STATUTE-LINE", 6),
    ]
    assert [f.message("en").endswith("waits until its text is corrected.") for f in findings] == [
        True,
        False,
    ]


def _province_with(key: str, old: str, new: str) -> Project:
    p = load(paths.sample_path("province"))
    source = p.instrument(key)
    assert old in source.text
    source.text = source.text.replace(old, new)
    return p


def _line_of(p: Project, key: str, start: str) -> int:
    lines = p.instrument(key).text.splitlines()
    return next(i for i, line in enumerate(lines) if line.startswith(start)) + 1


def test_a_text_that_cannot_be_read_gives_its_parse_error_not_the_drafting_that_follows():
    from desktop.core.gate import gate_findings
    from desktop.core.project import Override

    # 제5조(감사관) written 제4조 in the province's ordinance, whose 제5조 the changes amend
    # (감사관 becomes 감사위원회): drafting from it lost text of "제4조" three times and gave
    # a bill that does not apply, and the gate read placeholders of its English bill.
    p = _province_with("ordinance", "제5조(감사관)", "제4조(감사관)")
    first, second = (
        _line_of(p, "ordinance", "제4조(홍보기획관)"),
        _line_of(p, "ordinance", "제4조(감사관)"),
    )
    inputs = p.draft_inputs()
    assert len(inputs.statutes.losses) == 3 and inputs.draft.instrument("ordinance").amendment("ko")
    findings = validate(p, inputs)
    assert [(f.code, f.place) for f in findings] == [
        ("E-STATUTE-LINE", Place(PlaceKind.STATUTE_LINE, "ordinance", line=second))
    ]
    assert findings[0].message("ko") == (
        f"「경기도 행정기구 및 정원 조례」 {second}행: 제4조가 두 번 나옵니다({first}행과 "
        f"{second}행). 번호를 고치십시오. 「경기도 행정기구 및 정원 조례」의 개정안은 본문을 고친 "
        "뒤에 작성됩니다."
    )
    assert findings[0].message("en") == (
        f"Gyeonggi-do Ordinance on Administrative Organization and Staffing line {second}: "
        f"Article 4 appears twice (lines {first} and {second}): correct the number. Drafting of "
        "the Gyeonggi-do Ordinance on Administrative Organization and Staffing waits until its "
        "text is corrected."
    )
    assert not [f for f in gate_findings(inputs) if f.place.ref == "ordinance"]

    # Findings about the other instrument and the organization stay; an override of the
    # waiting text's new provisions is checked once the text reads.
    p.overrides = [Override("ordinance", "99", "가"), Override("rule", "99", "나")]
    unit = next(u for u in p.org if u.id == "welfare")
    unit.name_en = ""
    findings = validate(p)
    assert [(f.code, f.place.ref) for f in findings] == [
        ("E-STATUTE-LINE", "ordinance"),
        ("E-OVERRIDE-PATH", "overrides[1]"),
        ("W-NAME-EN-MISSING", "welfare"),
    ]

    # Corrected, nothing is held back: the follow-on checks run and report what is wrong.
    source = p.instrument("ordinance")
    source.text = source.text.replace("제4조(감사관)", "제5조(감사관)")
    assert [(f.code, f.place.ref) for f in validate(p)] == [
        ("E-OVERRIDE-PATH", "overrides[0]"),
        ("E-OVERRIDE-PATH", "overrides[1]"),
        ("W-NAME-EN-MISSING", "welfare"),
    ]
    p.overrides, unit.name_en = [], "Welfare Bureau"
    inputs = p.draft_inputs()
    assert validate(p, inputs) == []
    assert [f for f in gate_findings(inputs) if f.place.ref == "ordinance"] == []


def test_the_follow_on_findings_return_when_the_number_is_corrected():
    # A fifth duty of 감사관 that the organization does not hold: the changes (감사관 becomes
    # 감사위원회) would drop it, a real loss of text, reported once the text reads.
    duty = "4. 도민 고충민원 조사 및 처리에 관한 사항\n"
    p = _province_with("ordinance", duty, duty + "5. 감사 결과의 공개에 관한 사항\n")
    source = p.instrument("ordinance")
    readable = source.text
    source.text = readable.replace("제5조(감사관)", "제4조(감사관)")
    line = _line_of(p, "ordinance", "제4조(감사관)")
    held = [(f.code, f.place.describe()) for f in validate(p)]
    assert held == [
        ("E-STATUTE-LINE", f"statute_line:ordinance:{line}"),
        ("W-XCHECK-DUTIES", "unit:audit.duties"),  # the text against the organization: stays
    ]
    source.text = readable
    findings = validate(p)
    assert [(f.code, f.place.describe()) for f in findings] == [
        ("E-TEXT-LOSS", "article:ordinance.제5조"),
        ("W-XCHECK-DUTIES", "unit:audit.duties"),
    ]
    assert "“감사 결과의 공개에 관한 사항”" in findings[0].message("ko")


def test_effective_date_before_bill_date():
    meta = Meta(bill_date=dt.date(2024, 5, 31))
    early = dt.date(2024, 5, 1)
    p = project(
        meta=meta,
        changes=[ch.ChangeHeadGrade("c1", effective=early, unit_id="d1", grade="g5")],
        instruments=[
            InstrumentSource(
                "ordinance",
                InstrumentKind.ORDINANCE,
                "경기도 조례\n",
                effective=Effective(EffectiveMode.DATE, early),
            )
        ],
    )
    findings = [  # a title only; the 5급 head has no 5급 post (W-HEAD-POSTS-SHORT's test)
        f for f in validate(p) if not f.code.startswith(("W-XCHECK", "W-HEAD-POSTS"))
    ]
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
    findings = [f for f in validate(p) if not f.code.startswith("W-XCHECK")]  # no unit article
    assert codes(findings) == ["W-STAFF-TOTAL"]
    assert findings[0].message("ko") == "제1조의 총정원 16,244명이 기구별 정원의 합 3명과 다릅니다."
    assert findings[0].message("en") == (
        "The total staffing in Article 1 (16,244) differs from the sum over the units (3)."
    )


def test_a_bill_that_names_no_related_law_is_warned_of_at_the_field():
    """Its 참고사항 then reads 관계법령: 없음 (the bill's references): said, in both languages,
    with the laws a reorganization rests on, at the overview's field."""
    p = project()
    p.meta.references.laws = ["  "]  # a blank line of the field names none
    findings = validate(p)
    assert codes(findings) == ["W-REFERENCES-LAWS"]
    assert not findings[0].is_error
    assert findings[0].place == Place(PlaceKind.FIELD, "meta", field="references.laws")
    assert findings[0].message("ko") == (
        "관계법령이 입력되지 않아 개정안의 참고사항에 '관계법령: 없음'으로 나갑니다. 조직개편의 "
        "근거는 보통 「지방자치법」과 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」입니다."
    )
    assert (
        findings[0]
        .message("en")
        .startswith(
            "No related laws are given: the bill's references will read 'Relevant laws: None'. "
            "A reorganization usually rests on the Local Autonomy Act and the Regulation on "
        )
    )
    p.meta.references.laws = ["「지방자치법」"]
    assert validate(p) == []


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


def test_negative_staffing_names_the_grade_in_words():
    p = project()
    p.org.get("d1").staffing = {"g5": -1}
    (finding,) = [f for f in validate(p) if f.code == "E-STAFFING-NEGATIVE"]
    assert "5급" in finding.message("ko")
    assert "g5" not in finding.message("ko") and "Grade 5" in finding.message("en")


def test_differences_from_the_texts_are_findings_with_the_unit_and_the_line():
    """The cross-check reaches validation: each difference is located at the unit, or at the
    instrument's line that sets up a unit the organization lacks."""
    from desktop.core.org import Duty

    p = load(paths.sample_path())
    p.org.get("welfare").duties = [Duty("사회복지 정책의 수립 및 조정에 관한 사항")]
    p.org.remove("welfare-pol")
    p.org.add(Unit("ghost", UnitKind.DIVISION, "유령과", parent_id="admin"))
    found = {f.code: f for f in validate(p) if f.code.startswith("W-XCHECK")}
    assert sorted(found) == ["W-XCHECK-DUTIES", "W-XCHECK-MISSING", "W-XCHECK-UNMENTIONED"]
    duties = found["W-XCHECK-DUTIES"]
    assert (duties.place.kind, duties.place.ref, duties.place.field) == (
        PlaceKind.UNIT,
        "welfare",
        "duties",
    )
    assert "「경기도 행정기구 및 정원 조례」" in duties.message("ko")
    missing = found["W-XCHECK-MISSING"]
    assert missing.place.kind is PlaceKind.STATUTE_LINE and missing.place.ref == "rule"
    assert missing.place.line > 1
    line = p.instrument("rule").text.splitlines()[missing.place.line - 1]
    assert line.startswith("제7조(복지국)")
    assert "rule" not in missing.message("ko")  # the instrument by its title, not its key
    assert found["W-XCHECK-UNMENTIONED"].place == Place(PlaceKind.UNIT, "ghost")


def test_the_council_secretariat_needs_no_mention_in_the_organization_instruments():
    county = load(paths.sample_path("county"))
    assert county.org.by_name("의회사무과")  # set up by the council's own ordinance
    assert [f.code for f in validate(county) if f.code.startswith("W-XCHECK")] == []


def test_a_control_character_is_an_error_where_it_was_typed():
    p = load(paths.sample_path())
    p.org.get("welfare").name_en = "Welfare\x0bBureau"
    p.meta.reasons_ko = "개편\x01사유"
    source = p.instrument("rule")
    lines = source.text.splitlines()
    lines[9] = lines[9] + "\x1f"
    source.text = "\n".join(lines)
    p.changes[0].note = "메모\x08"
    found = [f for f in validate(p) if f.code == "E-TEXT-CHARACTER"]
    assert all(f.is_error for f in found)
    places = {f.place for f in found}
    assert Place(PlaceKind.UNIT, "welfare", field="name_en") in places
    assert Place(PlaceKind.FIELD, "meta", field="reasons_ko") in places
    assert Place(PlaceKind.STATUTE_LINE, "rule", line=10) in places
    assert p.changes[0].place(0, "note") in places
    assert len(found) == 4
    unit = next(f for f in found if f.place.kind is PlaceKind.UNIT)
    assert unit.message("en") == (
        "Welfare\ufffdBureau contains a control character (U+000B, character 8) that no document "
        "can hold: delete it, or type the text again."
    )
    line = next(f for f in found if f.place.kind is PlaceKind.STATUTE_LINE)
    assert line.params["position"] == len(lines[9])  # counted in its line
    assert "「경기도 행정기구 및 정원 조례 시행규칙」 10행" in line.message("ko")


def test_the_cross_check_follows_an_edited_text_after_a_kept_reading():
    """The reading of the texts is kept between validations; an edited text is read anew."""
    p = load(paths.sample_path())
    assert not [f for f in validate(p) if f.code == "W-XCHECK-MISSING"]
    assert not [f for f in validate(p) if f.code == "W-XCHECK-MISSING"]  # the kept reading
    source = p.instrument("rule")
    source.text = source.text.replace("제7조(복지국)", "제7조(복지문화국)").replace(
        "복지국에", "복지문화국에"
    )
    missing = [f for f in validate(p) if f.code == "W-XCHECK-MISSING"]
    assert missing and "복지문화국" in missing[0].message("ko")
