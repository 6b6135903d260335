"""More than 50 paragraphs, successions or dates of 한시기구: drafted as long 부칙 and rules are
drafted (one paragraph with numbered 호), never ``ValueError: paragraph number out of range``."""

from __future__ import annotations

import copy
import datetime as dt

from desktop.core import changes as ch
from desktop.core.kinds.temporary import Temporary
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.statute_text import parse_instrument
from desktop.core.validate import validate
from desktop.documents.generate import generate
from tests.documents.conftest import TODAY, all_text, by_name


def sixty_renames(sample, n: int = 60):
    """The sample with ``n`` more divisions in one bureau, each renamed: ``n`` + 4
    successions in the rule's 부칙, and a bureau article with more divisions than ① … ㊿."""
    project = copy.deepcopy(sample)
    bureau = next(u for u in project.org if u.kind is UnitKind.BUREAU)
    for i in range(n):
        duty = Duty(f"시험{i} 사무에 관한 사항", f"Test {i} affairs")
        project.org.add(
            Unit(
                f"x{i}",
                UnitKind.DIVISION,
                f"시험{i}과",
                f"Test {i} Division",
                bureau.id,
                "g4",
                [duty],
                {"g4": 1},
            )
        )
        project.changes.append(
            ch.Rename(
                id=f"r{i}",
                unit_id=f"x{i}",
                name_ko=f"미래시험{i}과",
                name_en=f"Future Test {i} Division",
            )
        )
    return project


def test_sixty_successions_validate_draft_and_generate(sample, tmp_path):
    project = sixty_renames(sample)
    findings = validate(project)
    assert not [f for f in findings if f.is_error], [f.format("en") for f in findings]
    draft = project.draft_inputs().draft["rule"]
    addenda = draft.addenda_text("ko").split("\n")
    head = next(line for line in addenda if line.startswith("제2조"))
    assert head == (
        "제2조(사무 승계에 관한 경과조치) 이 규칙 시행 당시 종전의 기구가 처리하던 사무는 "
        "다음 각 호의 구분에 따라 해당 기구가 승계한다."
    )
    assert "64. 종전의 시험59과가 처리하던 사무: 미래시험59과" in addenda
    english = draft.addenda_text("en")
    assert "64. Affairs handled by the former Test 59 Division: the Future Test 59 Division" in (
        english
    )
    files = generate(project, tmp_path, langs=("ko", "en"), docs=("bill", "table"), today=TODAY)
    bill = by_name(files, "일부개정규칙안")
    text = all_text(bill)
    assert "64. 종전의 시험59과가 처리하던 사무: 미래시험59과" in text


def test_a_bureau_with_sixty_divisions_gets_one_paragraph_with_a_subparagraph_each(sample):
    """The rule article of a bureau with more divisions than ① … ㊿: a 호 per division and a
    목 per duty; it renders and reads back as ordinary statute text."""
    from desktop.core.articles import rule_article
    from desktop.core.statute import Instrument, Num
    from desktop.core.statute_text import render_instrument

    org = sixty_renames(sample).org
    bureau = next(u for u in org if u.kind is UnitKind.BUREAU)
    article = rule_article(org, bureau, Num(30))
    assert [p.number for p in article.paragraphs] == [1, 2]
    assert article.paragraphs[1].text == "각 과는 다음 각 호의 구분에 따른 사무를 분장한다."
    last = article.paragraphs[1].subparagraphs[-1]
    assert (last.text, last.items[0].text) == ("시험59과", "시험59 사무에 관한 사항")
    again, messages = parse_instrument(render_instrument(Instrument("규칙", articles=[article])))
    assert not [m for m in messages if m.severity == "error"]
    assert again.articles[0].paragraphs[1].subparagraphs[-1].items[0].text == last.items[0].text


def sixty_task_forces(sample, n: int = 60):
    """The sample with ``n`` temporary divisions (한시기구), spread over the bureaus, each until
    a date of its own: ``n`` dates in the rule's 부칙."""
    project = copy.deepcopy(sample)
    bureaus = [u for u in project.org if u.kind is UnitKind.BUREAU]
    for i in range(n):
        unit = Unit(
            f"tf{i}",
            UnitKind.DIVISION,
            f"시험{i}추진단",
            f"Test {i} Task Force",
            bureaus[i % len(bureaus)].id,
            "g4",
            [Duty(f"시험{i} 사무에 관한 사항", f"Test {i} affairs")],
        )
        until = dt.date(2025, 1, 1) + dt.timedelta(days=7 * i)
        project.changes.append(Temporary(f"tc{i}", unit=unit, until=until))
    return project


def test_sixty_temporary_units_validate_draft_and_generate(sample, tmp_path):
    project = sixty_task_forces(sample)
    findings = validate(project)
    assert not [f for f in findings if f.is_error], [f.format("en") for f in findings]
    draft = project.draft_inputs().draft["rule"]
    addenda = draft.addenda_text("ko").split("\n")
    head = addenda.index(
        "제2조(한시기구의 존속기한) 이 규칙 시행으로 신설되는 다음 각 호의 기구는 각 호의 "
        "구분에 따른 날까지 존속한다."
    )
    assert addenda[head + 1] == "1. 시험0추진단: 2025년 1월 1일"
    assert addenda[head + 60] == "60. 시험59추진단: 2026년 2월 18일"
    assert addenda[head + 61].startswith("제3조(사무 승계에 관한 경과조치) ① ")
    english = draft.addenda_text("en")
    assert "60. The Test 59 Task Force: February 18, 2026" in english
    files = generate(project, tmp_path, langs=("ko", "en"), docs=("bill", "table"), today=TODAY)
    text = all_text(by_name(files, "일부개정규칙안"))
    assert "60. 시험59추진단: 2026년 2월 18일" in text
    table = all_text(by_name(files, "신구조문대비표", "시행규칙.docx"))
    assert "시험0추진단은 다음 사항을 분장한다." in table
    english_bill = all_text(by_name(files, "Bill - Enforcement Rule"))
    assert "60. The Test 59 Task Force: February 18, 2026" in english_bill
