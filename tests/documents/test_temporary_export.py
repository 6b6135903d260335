"""A project with a temporary unit (한시기구), exported: every document says until when."""

from __future__ import annotations

import copy

from desktop.documents.generate import generate
from tests.core.kinds.test_temporary import task_force
from tests.documents.conftest import TODAY, all_text, by_name


def test_every_document_of_a_temporary_unit_states_its_date(sample, tmp_path):
    project = copy.deepcopy(sample)
    project.changes = [task_force()]
    files = generate(project, tmp_path, docs=("bill", "table", "press", "org"), today=TODAY)
    docx = [p for p in files if p.suffix == ".docx"]
    bill = all_text(by_name(docx, "조례 일부개정조례안"))
    assert "제9조의2(AI전환추진단)" in bill
    assert "한시기구 신설: AI전환추진단(2026. 6. 30.까지)" in bill
    assert "이 조례 시행으로 신설되는 AI전환추진단은 2026년 6월 30일까지 존속한다." in bill
    rule = all_text(by_name(docx, "시행규칙 일부개정규칙안"))
    assert "신설되는 AI전환기획팀 및 AI서비스팀은 2026년 6월 30일까지 존속한다." in rule
    table = all_text(by_name(docx, "신구조문대비표", "조례.docx"))
    assert "제9조의2(AI전환추진단)" in table
    press = all_text(by_name(docx, "보도자료"))
    assert "AI전환추진단은 2026년 6월 30일까지 한시적으로 운영된다." in press
    press_en = all_text(by_name(docx, "Press release"))
    assert "a temporary unit that will operate until June 30, 2026" in press_en
    org = all_text(by_name(docx, "기구표"))
    assert "한시기구(2026. 6. 30.까지)" in org
    org_en = all_text(by_name(docx, "Organization tables"))
    assert "temporary (until June 30, 2026)" in org_en
    bill_en = all_text(by_name(docx, "Bill - Gyeonggi-do Ordinance"))
    assert "shall continue to exist until June 30, 2026" in bill_en
