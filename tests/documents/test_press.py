"""The press release drafted from the change records: keys, particles, edits."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from desktop import paths
from desktop.core.press import press_findings, press_paragraphs
from desktop.core.projectfile import to_json
from desktop.documents.generate import generate
from tests.documents.conftest import TODAY, all_text, by_name, with_telephones


def test_keys_are_stable_and_unique(sample):
    paragraphs = press_paragraphs(sample.draft_inputs())
    keys = [p.key for p in paragraphs]
    assert len(keys) == len(set(keys))
    assert keys[:4] == ["headline", "sub:1", "sub:2", "lead"]
    assert {"unit:ai", "unit:intl", "unit:imm", "unit:edu", "staffing", "quote"} <= set(keys)
    assert keys == [p.key for p in press_paragraphs(sample.draft_inputs())]


def test_particles_follow_the_names(sample):
    text = {p.key: p.ko for p in press_paragraphs(sample.draft_inputs())}
    assert text["lead"].startswith("경기도는 AI국·국제협력국·이민사회국을 신설하는")
    assert "AI국이 새로 생긴다" in text["unit:ai"]
    assert text["unit:edu"].startswith("평생교육국은 미래평생교육국으로 바뀐다.")
    assert "6급 39명이 늘고, 7급 64명이 줄어든다." in text["staffing"]


def test_both_languages_carry_the_same_numbers(sample):
    for para in press_paragraphs(sample.draft_inputs()):
        for number in ("16,244", "16,252"):
            assert (number in para.ko) == (number in para.en), para.key


def test_an_edited_paragraph_replaces_the_drafted_one(sample):
    project = copy.deepcopy(sample)
    project.press["paragraphs"] = {"unit:ai": {"ko": "직접 쓴 문단", "en": "My paragraph"}}
    para = next(p for p in press_paragraphs(project.draft_inputs()) if p.key == "unit:ai")
    assert (para.ko, para.en, para.edited) == ("직접 쓴 문단", "My paragraph", True)


def test_an_edited_paragraph_keeps_its_fresh_draft(sample):
    project = copy.deepcopy(sample)
    project.press["paragraphs"] = {"unit:ai": {"ko": "직접 쓴 문단", "en": "My paragraph"}}
    paragraphs = {p.key: p for p in press_paragraphs(project.draft_inputs())}
    assert paragraphs["unit:ai"].drafted_ko.startswith("인공지능 산업 육성")
    assert paragraphs["unit:ai"].drafted_en.startswith("The new AI Bureau will be responsible")
    lead = paragraphs["lead"]
    assert not lead.edited and (lead.ko, lead.en) == (lead.drafted_ko, lead.drafted_en)


def test_own_paragraphs_come_after_the_body_before_the_quote(sample):
    project = copy.deepcopy(sample)
    project.press["own"] = [{"ko": "도민 의견을 반영했다.", "en": "Residents were heard."}]
    paragraphs = press_paragraphs(project.draft_inputs())
    keys = [p.key for p in paragraphs]
    assert keys.index("staffing") < keys.index("own:1") == keys.index("quote") - 1
    own = paragraphs[keys.index("own:1")]
    assert (own.kind, own.ko, own.en, own.edited) == (
        "own",
        "도민 의견을 반영했다.",
        "Residents were heard.",
        False,
    )


def test_own_paragraphs_are_in_the_generated_release(sample, tmp_path):
    project = copy.deepcopy(sample)
    project.press["own"] = [
        {"ko": "경기도는 도민 의견을 반영했다.", "en": "The province heard its residents."}
    ]
    files = generate(project, tmp_path, docs=("press",), today=TODAY)
    korean = all_text(by_name(files, "보도자료"))
    english = all_text(by_name(files, "Press release"))
    assert "□ 경기도는 도민 의견을 반영했다." in korean
    assert korean.index("도민 의견을 반영했다") < korean.index("[인용문 입력 필요]")
    assert "The province heard its residents." in english
    assert english.index("heard its residents") < english.index("[Quotation to be written]")


def test_the_sample_release_is_consistent(sample):
    assert press_findings(sample.draft_inputs()) == []


def test_a_changed_number_in_an_edit_is_found(sample):
    project = copy.deepcopy(sample)
    drafted = {p.key: p for p in press_paragraphs(project.draft_inputs())}["staffing"]
    project.press["paragraphs"] = {
        "staffing": {"ko": drafted.ko.replace("16,252명", "16,250명"), "en": drafted.en}
    }
    found = [(f.code, f.place.ref, f.place.field) for f in press_findings(project.draft_inputs())]
    assert ("W-PRESS-NUMBER", "staffing", "ko") in found
    assert ("W-PRESS-NUMBER", "staffing", "en") in found


def test_an_emptied_side_stays_empty_and_is_left_out_of_that_release(sample, tmp_path):
    project = copy.deepcopy(sample)
    drafted = {p.key: p for p in press_paragraphs(project.draft_inputs())}["unit:north"]
    project.press["paragraphs"] = {"unit:north": {"ko": "", "en": drafted.en}}
    para = {p.key: p for p in press_paragraphs(project.draft_inputs())}["unit:north"]
    assert (para.ko, para.en, para.edited) == ("", drafted.en, True)
    files = generate(project, tmp_path, docs=("press",), today=TODAY)
    assert "경기북부특별자치도추진단은" not in all_text(by_name(files, "보도자료"))
    assert "Promotion Team will be upgraded" in all_text(by_name(files, "Press release"))


def test_press_content_follows_the_published_schema(sample):
    project = copy.deepcopy(sample)
    project.press["paragraphs"] = {"lead": {"ko": "리드", "en": "Lead"}}
    project.press["own"] = [{"ko": "문단", "en": "Paragraph"}]
    project.press["officer_phone"] = "031-8008-0000"
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(to_json(project), schema)
    project.press["own"] = [{"ko": 1}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(to_json(project), schema)


def test_the_english_contact_block_stays_on_the_page_of_its_end_mark(sample, tmp_path):
    """Ulleung-gun's English release put '###' alone on a second page (its contact block
    filled the first): the contact block keeps with the end mark, so they move together."""
    import docx

    files = generate(sample, tmp_path, docs=("press",), today=TODAY)
    paragraphs = docx.Document(str(by_name(files, "Press release"))).paragraphs
    texts = [p.text for p in paragraphs]
    contact, end = texts.index("Contact:"), texts.index("###")
    assert end - contact == 4  # the heading, the department, the officer, the e-mail
    assert all(p.paragraph_format.keep_with_next for p in paragraphs[contact:end])
    assert not paragraphs[end].paragraph_format.keep_with_next


def test_a_telephone_number_in_the_release_header_is_not_broken_at_its_hyphens(sample, tmp_path):
    """An official's release: the header cell printed '조직관리팀장 홍길동(031-8008-' above
    '2345)', the number split at its hyphen. Its hyphens are Word's no-break hyphens, which
    print and read as hyphens; no other hyphen of the release is one, and the HWPX keeps the
    plain hyphens it had (한/글 has no no-break hyphen python-hwpx writes)."""
    import docx
    from docx.oxml.ns import qn

    from desktop.core.textfile import read_text_file

    files = generate(with_telephones(sample), tmp_path, docs=("press",), today=TODAY)
    files += generate(
        with_telephones(sample), tmp_path, ("ko",), ("press",), today=TODAY, format="hwpx"
    )
    korean = by_name(files, "보도자료", ".docx")
    cell = docx.Document(str(korean)).tables[0].cell(2, 1)
    assert cell.text == "조직관리팀장 홍길동(031-8008-2345)"  # as Word's text reads it
    texts = [t.text for t in cell._tc.iter(qn("w:t"))]
    assert texts == ["조직관리팀장 홍길동(031", "8008", "2345)"]
    body = docx.Document(str(korean)).element.body
    assert len(body.findall(f".//{qn('w:noBreakHyphen')}")) == 4  # the two numbers' only
    row = (
        "| 담당과장 | 조직관리팀장 홍길동(031-8008-2345) "
        "| 담 당 자 | 주무관 김철수(031-8008-2346) |"
    )
    assert row in read_text_file(korean).splitlines()  # File › New reads it whole
    assert row in read_text_file(by_name(files, "보도자료", ".hwpx")).splitlines()
    english = docx.Document(str(by_name(files, "Press release")))
    assert "Kim Cheol-su, Tel. 031-8008-2346" in [p.text for p in english.paragraphs]
