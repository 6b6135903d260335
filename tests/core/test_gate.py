"""The export gate: what would leave in a document that must not, per document and language."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core import projectfile
from desktop.core.gate import gate_findings
from desktop.core.project import InstrumentSource, Project
from desktop.core.statute import InstrumentKind, Num
from desktop.paths import sample_path


@pytest.fixture
def sample() -> Project:
    return projectfile.load(sample_path())


def _codes(findings) -> list[tuple[str, str]]:
    return [(f.code, f.place.describe()) for f in findings]


def test_the_sample_has_warnings_only_its_quotation_and_contact(sample):
    findings = gate_findings(sample.draft_inputs())
    assert sorted(_codes(findings)) == [
        ("W-GATE-CONTACT", "field:press.officer_en"),
        ("W-GATE-CONTACT", "field:press.officer_ko"),
        ("W-GATE-CONTACT", "field:press.officer_phone"),
        ("W-GATE-QUOTE", "press:quote.en"),
        ("W-GATE-QUOTE", "press:quote.ko"),
    ]


def test_an_english_text_the_changes_leave_behind_is_a_warning_at_its_article(sample):
    """The total of Article 20 (1) changes; an English text that writes it in words cannot
    follow, so the English bill shows the provision as missing, and the gate says where."""
    source = sample.instrument("ordinance")
    source.english["20/1"] = (
        "The Province shall have sixteen thousand two hundred forty-four officials."
    )
    findings = gate_findings(sample.draft_inputs())
    missing = [f for f in findings if "English text missing: Article 20 (1)" in f.message("en")]
    # the place names the article as the statute page finds it, in either language
    assert [f.place.describe() for f in missing] == ["article:ordinance.제20조"]
    assert missing[0].message("ko").startswith("영문 개정안(경기도 행정기구 및 정원 조례)")


def test_only_the_chosen_documents_and_languages_are_checked(sample):
    findings = gate_findings(sample.draft_inputs(), docs=["bill"], langs=["ko"])
    assert findings == []  # the Korean bill of the sample is ready


@pytest.mark.parametrize("langs", [("ko", "en"), ("en",)])
def test_the_officers_telephone_is_one_field_for_both_releases(sample, langs):
    """One telephone is printed in the Korean and the English release alike: its finding names
    no language (it said '보도자료 연락처(국문)' in Korean, '(English)' for an English export)."""
    findings = gate_findings(sample.draft_inputs(), docs=["press"], langs=langs)
    phone = [f for f in findings if f.place.describe() == "field:press.officer_phone"]
    assert [f.code for f in phone] == ["W-GATE-CONTACT"]
    assert phone[0].message("ko") == (
        "보도자료 연락처: 국문·영문 보도자료에 함께 싣는 '담당자 전화번호' 항목이 비어 있습니다."
    )
    assert phone[0].message("en") == (
        "The releases' contact: 'Officer's telephone', one number for the Korean and the "
        "English release, is not filled in."
    )


def test_written_quotation_and_contact_leave_no_warning(sample):
    sample.press.update(
        {
            "paragraphs": {"quote": {"ko": "새 조직으로 도민을 섬기겠다.", "en": "We will serve."}},
            "officer_ko": "김주무관",
            "officer_en": "Kim",
            "officer_phone": "031-8008-0000",
        }
    )
    findings = gate_findings(sample.draft_inputs(), docs=["press"])
    assert findings == []


def test_a_new_empty_project_shows_its_missing_names_as_errors():
    project = Project(
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ""),
            InstrumentSource("rule", InstrumentKind.RULE, ""),
        ]
    )
    findings = gate_findings(project.draft_inputs())
    errors = _codes(f for f in findings if f.is_error)
    assert ("E-GATE-GOVERNMENT", "field:meta.government_ko") in errors
    assert ("E-GATE-GOVERNMENT", "field:meta.government_en") in errors
    assert ("E-GATE-STAFF-ZERO", "field:org.staffing") in errors  # 총 정원 0명 → 0명


def test_an_instrument_without_its_english_title_blocks_the_english_documents(sample):
    sample.instruments[0] = dataclasses.replace(sample.instruments[0], title_en="")
    findings = gate_findings(sample.draft_inputs())
    assert ("E-GATE-TITLE", "statute_line:ordinance:1") in _codes(f for f in findings if f.is_error)
    # named by its title, never by the project's key ("자치법규 ordinance의 …")
    title = next(f for f in findings if f.code == "E-GATE-TITLE")
    assert "「경기도 행정기구 및 정원 조례」의 영문 제명이 없습니다" in title.message("ko")
    english = "The instrument 「경기도 행정기구 및 정원 조례」 has no title in English"
    assert english in title.message("en")
    # the English lead says "The amendment was passed …" without the title (no broken phrase)
    broken = [f for f in findings if f.code == "W-GATE-PHRASE"]
    assert not any("the  passed" in f.message("en") for f in broken)
    lead = next(p for p in sample.draft_inputs().draft.press_paragraphs if p.key == "lead")
    assert " The amendment was passed at a plenary session" in lead.en
    assert gate_findings(sample.draft_inputs(), langs=["ko"]) == gate_findings(
        sample.draft_inputs(), langs=["ko"]
    )
    assert not [f for f in gate_findings(sample.draft_inputs(), langs=["ko"]) if f.is_error]


def test_an_empty_government_name_is_an_error(sample):
    sample.meta.government_en = ""
    errors = [f for f in gate_findings(sample.draft_inputs()) if f.is_error]
    assert _codes(errors) == [("E-GATE-GOVERNMENT", "field:meta.government_en")]
    assert "[Government]" not in " ".join(f.message("en") for f in errors)


def test_a_total_stated_after_the_changes_that_the_units_do_not_add_up_to(sample):
    """An ordinance amended for its units but not given the staffing role keeps 제20조's
    16,244명 while the changes bring the units to 16,252: the bill would state an old total."""
    from desktop.core.project import Role

    sample.instrument("ordinance").roles = [Role.ORGANIZATION]
    inputs = sample.draft_inputs()
    assert "16,244명" in inputs.draft.instrument("ordinance").new.article(Num(20)).text_only()
    totals = [f for f in gate_findings(inputs) if f.code == "W-GATE-TOTAL"]
    assert [f.place.describe() for f in totals] == ["article:ordinance.제20조"]
    assert totals[0].message("en") == (
        "After the changes, Article 20 states a total staffing of 16,244, but the units add "
        "up to 16,252."
    )


def test_a_total_that_counts_posts_the_tree_leaves_out_moves_with_the_units(sample):
    """The units add up to one more than 제20조 states (validation's W-STAFF-TOTAL says so
    before the changes); the changes' +8 moves the stated total to 16,252 beside units of
    16,253, the same gap: the bill is consistent and the gate says nothing more."""
    from desktop.core.validate import validate

    unit = next(u for u in sample.org if u.staffing and u.id != "gov")
    unit.staffing[next(iter(unit.staffing))] += 1
    inputs = sample.draft_inputs()
    assert "16,252명" in inputs.draft.instrument("ordinance").new.article(Num(20)).text_only()
    assert not [f for f in gate_findings(inputs) if f.code == "W-GATE-TOTAL"]
    (partial,) = [f for f in validate(sample, inputs) if f.code == "W-STAFF-TOTAL"]
    assert "(16,244)" in partial.message("en") and "(16,245)" in partial.message("en")


def test_a_placeholder_in_the_table_is_found_whole_across_runs_and_wrapping():
    from desktop.core.drafting.cells import ComparisonTable, Row, Run
    from desktop.core.gate import _placeholders, _table_text

    placeholder = "[English text missing: Article 20 (1) of the Ordinance on Organization]"
    cut = placeholder.index("Article")  # a changed run begins inside the placeholder
    line = [Run("Article 20 ", False), Run(placeholder[:cut], True), Run(placeholder[cut:], False)]
    table = ComparisonTable("Ordinance", ("Current", "Amended"), [Row("Article 20", [[]], [line])])
    assert list(_placeholders(_table_text(table))) == [placeholder]  # longer than a printed line


def test_a_placeholders_place_is_the_articles_label_the_statute_page_finds(sample):
    """Walked (제주, in Korean): a finding of an English text missing read its place as
    '「제주특별자치도 행정기구 설치 조례」Article 3', English in a Korean sentence, and the
    statute page, which finds an article by its label in the new text, could not go to it."""
    from desktop.core.statute_text import render_instrument

    source = sample.instrument("ordinance")
    source.english["20/1"] = "The Province shall have sixteen thousand officials."
    inputs = sample.draft_inputs()
    missing = [f for f in gate_findings(inputs) if "English text missing" in f.message("en")]
    assert {f.place.field for f in missing} == {"제20조"}
    assert "제20조(" in render_instrument(inputs.new_instruments["ordinance"])
