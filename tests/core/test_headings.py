"""Chapter and section headings (장, 절): cited through the headings above them, and a heading
that names a unit the changes rename is found with the sentence to add (the drafting engine
amends articles, not headings)."""

from __future__ import annotations

from desktop.core.drafting.applier.verify import heading_differences, verify_amendment
from desktop.core.headings import headings, stale_headings
from desktop.core.projectfile import load
from desktop.core.statute import Num
from desktop.core.statute_text import parse_instrument
from desktop.core.validate import validate
from desktop.paths import sample_path

_RULE = """시 행정기구 설치 조례 시행규칙
제1장 총칙
제1조(목적) 목적을 정한다.
제2장 국
제1절 복지국
제2조(복지국) 복지국에 복지과를 둔다.
제2절 도시국
제3조(도시국) 도시국에 도시과를 둔다.
제3장 보칙
제4조(규칙) 규칙으로 정한다.
"""


def test_a_section_is_cited_through_its_chapter():
    inst, messages = parse_instrument(_RULE)
    assert messages == []
    assert [(h.cited, h.title, h.article) for h in headings(inst)] == [
        ("제1장", "총칙", Num(1)),
        ("제2장", "국", Num(2)),
        ("제2장제1절", "복지국", Num(2)),
        ("제2장제2절", "도시국", Num(3)),
        ("제3장", "보칙", Num(4)),
    ]


def test_a_heading_naming_a_renamed_unit_whole_words_only():
    inst, _ = parse_instrument(_RULE)
    # 도시국 → 미래도시국 is found in 제2절, a word inside a longer one is not
    [(heading, title, old, new)] = stale_headings(inst, [("도시국", "미래도시국")])
    assert (heading.cited, title, old, new) == ("제2장제2절", "미래도시국", "도시국", "미래도시국")
    assert heading.retitled(title) == '제2장제2절의 제목 "도시국"을 "미래도시국"으로 한다.'
    assert stale_headings(inst, [("시국", "시실")]) == []  # the tail of 도시국, not a name
    assert stale_headings(inst, [("복지과", "복지정책과")]) == []


def test_the_sample_with_a_section_per_bureau_warns_at_the_renamed_bureau():
    project = load(sample_path())
    rule = next(src for src in project.instruments if src.key == "rule")
    assert "\n제6조(평생교육국)" in rule.text
    rule.text = rule.text.replace("\n제6조(평생교육국)", "\n제2절 평생교육국\n제6조(평생교육국)")
    findings = [f for f in validate(project) if f.code == "W-HEADING-NAME"]
    [finding] = findings
    assert (finding.place.ref, finding.place.field) == ("rule", "제6조")
    sentence = '제2절의 제목 "평생교육국"을 "미래평생교육국"으로 한다.'
    assert finding.message("en").endswith(f"add this sentence to the bill: {sentence}")
    assert finding.message("ko").startswith(
        "「경기도 행정기구 및 정원 조례 시행규칙」 제6조 앞의 제목 ‘제2절 평생교육국’에 "
        "미래평생교육국으로 바뀌는 평생교육국이 그대로 남습니다."
    )
    assert sentence in finding.message("ko")
    # not found in the sample as it is
    assert not [f for f in validate(load(sample_path())) if f.code == "W-HEADING-NAME"]


def test_history_notes_on_a_heading_are_not_its_title():
    # ELIS and law.go.kr print a heading's history after it; a text copied with them and one
    # copied without say the same, and the sentence quotes the title alone
    noted = _RULE.replace("제1장 총칙", "제1장 총칙 <개정 2019. 1. 1.>").replace(
        "제1절 복지국", "제1절 복지국 [본절신설 2020. 1. 1.]"
    )
    inst, _ = parse_instrument(noted)
    plain, _ = parse_instrument(_RULE)
    assert [h.title for h in headings(inst)] == [h.title for h in headings(plain)]
    [(heading, title, _old, _new)] = stale_headings(inst, [("복지국", "복지문화국")])
    assert heading.retitled(title) == '제2장제1절의 제목 "복지국"을 "복지문화국"으로 한다.'
    assert heading_differences(inst, plain) == []
    moved = _RULE.replace("제2절 도시국\n", "").replace("제3장 보칙", "제2절 도시국\n제3장 보칙")
    assert heading_differences(plain, parse_instrument(moved)[0]) == [Num(3), Num(4)]


def test_a_new_bureau_placed_in_another_bureaus_section_is_found():
    # The sample inserts 제7조의2(이민사회국) after 제7조(복지국): with a section per unit it
    # lands inside 제9절 복지국, which the drafting cannot tell. 제8조(행정2부지사) is deleted,
    # its heading stays before the stub: 제9조의2(경기북부특별자치도추진단) comes under its
    # own deputy (not found), 제10조의2(국제협력국, under 경제부지사) does not; 제13조(AI국),
    # after the last article, comes under 제9절 미래성장정책관. 본청 is no unit's name.
    project = load(sample_path())
    rule = next(src for src in project.instruments if src.key == "rule")
    for num, title in (("제7조", "복지국"), ("제8조", "행정2부지사"), ("제12조", "미래성장정책관")):
        rule.text = rule.text.replace(f"\n{num}({title})", f"\n제9절 {title}\n{num}({title})")
    rule.text = rule.text.replace("\n제1조(목적)", "\n제1장 본청\n제1조(목적)")
    findings = [f for f in validate(project) if f.code == "W-HEADING-PLACE"]
    assert [(f.place.ref, f.place.field) for f in findings] == [
        ("rule", "제7조의2"),
        ("rule", "제10조의2"),
        ("rule", "제13조"),
    ]
    assert "the new Article 7-2 comes under the heading ‘제1장제9절 복지국’" in findings[0].message(
        "en"
    )
    assert (
        findings[0]
        .message("ko")
        .startswith(
            "「경기도 행정기구 및 정원 조례 시행규칙」의 새 제7조의2가 다른 기구의 제목 "
            "‘제1장제9절 복지국’ 아래에"
        )
    )
    # the articles the changes rewrite in place, and the sample as it is, are not found
    assert not [f for f in validate(load(sample_path())) if f.code.startswith("W-HEADING")]


def test_the_proof_reads_a_heading_before_a_deleted_article():
    # 제2조 deleted (its stub printed below the heading) and the heading renamed: the sentence
    # that deletes it does not give the new heading
    text = (
        "시 조례\n제1조(목적) 목적.\n제2장 복지국\n제2조(복지국) 복지국을 둔다.\n"
        "제3조(규칙) 규칙.\n"
    )
    old, _ = parse_instrument(text)
    deleted = text.replace("제2조(복지국) 복지국을 둔다.", "제2조 삭제")
    sentence = "시 조례 일부를 다음과 같이 개정한다.\n\n제2조를 삭제한다."
    assert verify_amendment(old, sentence, parse_instrument(deleted)[0]) == []
    renamed, _ = parse_instrument(deleted.replace("제2장 복지국", "제2장 복지문화국"))
    [finding] = verify_amendment(old, sentence, renamed)
    assert (finding.code, finding.place.field) == ("E-AMEND-HEADING", "제2조")
    assert "(제2장 복지국 → 제2장 복지문화국)" in finding.message("en")
