"""The export gate on the command line: ``validate`` prints its findings, ``generate`` refuses
on its errors and prints its warnings."""

from __future__ import annotations

from desktop import cli
from desktop.core import projectfile
from desktop.core.project import InstrumentSource, Project
from desktop.core.statute import InstrumentKind
from desktop.paths import sample_path
from tests.core.test_hostile import run_cli


def test_validate_prints_the_gate_warnings_of_the_sample():
    code, out, _err = run_cli("validate", str(sample_path()), "--lang", "en")
    assert code == cli.EXIT_OK
    assert "warning W-GATE-QUOTE press:quote.ko: The release's quotation (Korean)" in out
    contact = "warning W-GATE-CONTACT field:press.officer_ko: The release's contact (Korean)"
    assert f"{contact}: 'Officer' is not filled in." in out
    assert "English text missing" not in out  # the new total reaches the English text too
    assert out.strip().endswith("0 errors, 5 warnings")


def test_validate_shows_the_missing_names_of_a_new_project_as_errors(tmp_path):
    path = tmp_path / "new.orgdraft"
    empty = Project(
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ""),
            InstrumentSource("rule", InstrumentKind.RULE, ""),
        ]
    )
    projectfile.save(empty, path)
    code, out, _err = run_cli("validate", str(path), "--lang", "ko")
    assert code == cli.EXIT_FINDINGS
    assert "오류 E-GATE-GOVERNMENT field:meta.government_ko:" in out  # the severity in Korean
    assert "오류 E-GATE-GOVERNMENT field:meta.government_en:" in out
    assert "오류 E-GATE-STAFF-ZERO" in out


def test_generate_refuses_on_a_gate_error_and_writes_nothing(tmp_path):
    project = projectfile.load(sample_path())
    project.meta.government_en = ""
    path = tmp_path / "p.orgdraft"
    projectfile.save(project, path)
    out = tmp_path / "out"
    code, _out, err = run_cli("generate", str(path), "-o", str(out), "--docs", "press")
    assert code == cli.EXIT_FINDINGS
    assert "E-GATE-GOVERNMENT" in err
    assert not out.exists()  # not even the folder it would have written in


def test_generate_prints_the_gate_warnings_and_writes(tmp_path):
    code, out, err = run_cli(
        "generate", "--sample", "-o", str(tmp_path), "--docs", "press", "--langs", "ko"
    )
    assert code == cli.EXIT_OK
    assert "W-GATE-QUOTE press:quote.ko" in err
    assert "보도자료" in out


def test_an_annex_title_in_the_glossary_reads_in_english_in_the_bill_and_the_table():
    from desktop.core import projectfile
    from desktop.core.drafting.table_text import render_table_text as render_table

    title = "Authorized Staffing by Agency and Grade (related to Article 20 (2))"
    project = projectfile.load(sample_path())
    inputs = project.draft_inputs()
    assert inputs.old_instruments["ordinance"].annexes[0].title_en == title
    assert inputs.new_instruments["ordinance"].annexes[0].title_en == title
    assert f"[Annex 1] {title}" in render_table(inputs.draft["ordinance"].table("en"), width=300)
    project.glossary = []  # without the entry: the placeholder the gate reports
    table = render_table(project.draft_inputs().draft["ordinance"].table("en"), width=300)
    assert "[Annex 1] [English text missing: 기관별·직급별 정원표(제20조제2항 관련)]" in table
