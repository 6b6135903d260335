"""Proofreading an amendment text that applies: a particle that does not suit the word before it
(desktop/core/drafting/applier/proof.py).

Real bills were published with such slips; the corpora of real sentences (tests/data/corpus,
with each case's act and commits) hold ten of them, and every other one of their 2,133 sentences
is told nothing.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import CODE_PARTICLE, verify_amendment
from desktop.core.drafting.quoting import quoted
from desktop.core.statute_parse import parse_instrument

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
SETS = ("cases", "dev", "dev2", "holdout")

# The slips of the real sentences, as the note tells each (its English problem).
SENTENCE = "the particle does not suit the word before it: {} should read {}."
TEXT = (
    "after the replacement {} reads “{}”, the particle not suiting the new words; a particle "
    "that changes goes inside the quotes, as the new words take it: {}."
)
REAL_SLIPS = {
    # the sentence's own particles
    "사회기반시설에대한민간투자법-11794-1": SENTENCE.format(
        '"「건설기술 진흥법」 제39조제2항"로', '"「건설기술 진흥법」 제39조제2항"으로'
    ),
    "산림조합법시행령-20559-1": SENTENCE.format("제11조의11를", "제11조의11을"),
    "해양환경관리법시행령-23966-1": SENTENCE.format(
        '"「환경영향평가법 시행령」 별표 1"를', '"「환경영향평가법 시행령」 별표 1"을'
    ),
    "지방세특례제한법-15295-1": SENTENCE.format('"임대사업자"으로', '"임대사업자"로'),
    "주민등록법시행규칙-39-3": SENTENCE.format('"안전행정부령"를', '"안전행정부령"을'),
    "한국수자원공사법시행령-28947-2": SENTENCE.format(
        '"행정안전부장관, 환경부장관 및 국토교통부장관"를',
        '"행정안전부장관, 환경부장관 및 국토교통부장관"을',
    ),
    # a particle of the text left after the words it suited were replaced
    "한국보훈복지의료공단법-11041-1": TEXT.format(
        "Article 16", "진료을", '"진료와 정양(靜養)을"을 "진료를"로'
    ),
    "과학기술기본법-10412-3": TEXT.format(
        "Article 15", "기초연구을", '"기초과학을"을 "기초연구를"로'
    ),
    "임차권등기명령절차에관한규칙-2356-2": TEXT.format(
        "Article 7", "등기완료통지서을", '"등기필증을"을 "등기완료통지서를"로'
    ),
    "지방자치단체를당사자로하는계약에관한법률시행령-25140-4": TEXT.format(
        "Article 56 (1) 1",
        "진흥법」 제39조제2항와",
        '"「건설기술관리법」 제27조와"를 "「건설기술 진흥법」 제39조제2항과"로',
    ),
}


@cache
def _all_cases() -> tuple[dict, ...]:
    cases: list[dict] = []
    for name in SETS:
        text = (CORPUS / f"{name}.jsonl").read_text("utf-8")
        cases += [json.loads(line) for line in text.splitlines() if line.strip()]
    return tuple(cases)


def _notes(old_text: str, amendment: str) -> list:
    old, _ = parse_instrument(old_text)
    notes: list = []
    apply_amendment(old, amendment, notes=notes)
    return notes


def _case_notes(case: dict) -> list:
    return _notes(case["old"], "\n".join(filter(None, [case["sentence"], case["body"]])))


def test_the_real_slips_are_told_and_no_other_real_sentence_is():
    told = {}
    for case in _all_cases():
        notes = _case_notes(case)
        if notes:
            told[case["id"]] = [n.params["problem"].text("en") for n in notes]
    assert told == {case_id: [problem] for case_id, problem in REAL_SLIPS.items()}
    assert len(_all_cases()) > 2000


def test_a_note_is_located_and_told_in_korean():
    case = next(c for c in _all_cases() if c["id"] == "한국보훈복지의료공단법-11041-1")
    (note,) = _notes(case["old"], f"\n\n{case['sentence']}")
    assert note.line == 3 and note.severity == "warning"
    assert note.message("ko") == (
        "문장 1: 바꾼 뒤 제16조에서 조사가 새 말에 맞지 않습니다(“진료을”). 바뀌는 조사는 새 말에 "
        '맞게 따옴표 안에 넣습니다: "진료와 정양(靜養)을"을 "진료를"로.'
    )
    case = next(c for c in _all_cases() if c["id"] == "산림조합법시행령-20559-1")
    (note,) = _case_notes(case)
    assert note.message("ko") == "문장 1: 조사가 앞말에 맞지 않습니다: 제11조의11를 → 제11조의11을."


OLD = (
    "가온시 행정기구 설치 조례\n\n제3조(기구) ① 시장 밑에 복지국을 둔다.\n"
    "② 복지국장은 4급으로 한다.\n제4조(정원) 별표 1과 같다.\n"
)


@pytest.mark.parametrize(
    ("amendment", "problem"),
    [
        # after a quote, either particle
        ('제3조제1항 중 "복지국"를 "복지가족국"으로 한다.', '"복지국"를 should read "복지국"을'),
        (
            '제3조제1항 중 "복지국"을 "복지가족국"로 한다.',
            '"복지가족국"로 should read "복지가족국"으로',
        ),
        # after a location: deleted, rewritten, renumbered, inserted into
        ("제3조제2항를 삭제한다.", "제3조제2항를 should read 제3조제2항을"),
        ("제3조제2항을 제3항로 한다.", "제3항로 should read 제3항으로"),
        (
            "제3조에 제3항를 다음과 같이 신설한다.\n③ 국장은 국무를 처리한다.",
            "제3항를 should read 제3항을",
        ),
        ("제4조를 삭제한다.", None),
        ('제3조제1항 중 "복지국"을 각각 "복지가족국"으로 한다.', None),
    ],
)
def test_the_sentences_particles(amendment, problem):
    notes = _notes(OLD, amendment)
    if problem is None:
        assert notes == []
    else:
        (note,) = notes
        assert problem in note.message("en")


@pytest.mark.parametrize(
    ("amendment", "found", "fix"),
    [
        # 복지국을 둔다 → 복지과을 둔다: the 을 suited 복지국, not 복지과
        ('제3조제1항 중 "복지국"을 "복지과"로 한다.', "“복지과을”", '"복지국을"을 "복지과를"로'),
        # the particle quoted with the words, wrong for them
        (
            '제3조제1항 중 "복지국을"을 "문화관광국를"로 한다.',
            "“문화관광국를”",
            '"복지국을"을 "문화관광국을"로',
        ),
        # the particle quoted with the words, right: nothing to tell
        ('제3조제1항 중 "복지국을"을 "복지과를"로 한다.', None, None),
        # the particle suits both: nothing to tell
        ('제3조제1항 중 "복지국"을 "복지가족국"으로 한다.', None, None),
        # 복지국장은 → 복지과장은: the words end inside a word, no particle follows them
        ('제3조제2항 중 "복지국"을 "복지과"로 한다.', None, None),
    ],
)
def test_a_particle_of_the_text_left_by_a_replacement(amendment, found, fix):
    notes = _notes(OLD, amendment)
    if found is None:
        assert notes == []
    else:
        (note,) = notes
        assert found in note.message("en") and note.message("en").endswith(f"{fix}.")


def test_a_particle_already_wrong_in_the_current_text_is_not_the_amendments():
    old = OLD.replace("복지국을 둔다", "복지국를 둔다")
    assert _notes(old, '제3조제1항 중 "복지국"을 "복지과"로 한다.') == []


def test_the_particle_after_a_statute_with_an_aside_follows_the_statutes_name():
    """The drafting engine reads ``「지방세법」(…)`` as 「지방세법」, as the real bill does
    (종합부동산세법 시행령, 2010: ``"「지방세법」(같은 법 제188조제3항 및 제195조의2를
    제외한다)"을``), not the aside's last syllable."""
    assert quoted("「지방세법」(같은 법 제188조제3항 및 제195조의2를 제외한다)", "을/를").endswith(
        ')"을'
    )
    assert quoted("제2조(정의)(전문개정)", "을/를").endswith(')"를')
    assert quoted("(평생교육국)", "을/를") == '"(평생교육국)"을'  # a title: read inside


def test_the_export_gate_tells_a_particle_the_official_typed_in_the_amended_text():
    old, _ = parse_instrument(OLD)
    new, _ = parse_instrument(OLD.replace("복지국을 둔다", "문화관광국를 둔다"))
    text = str(amendment_text(old, new))
    findings = verify_amendment(old, text, new, key="ordinance")
    (finding,) = findings
    assert finding.code == CODE_PARTICLE and not finding.is_error
    assert finding.place.field == "제3조"
    assert finding.message("ko") == (
        "「가온시 행정기구 설치 조례」의 개정 후 제3조제1항 “문화관광국를”에서 조사가 앞말에 "
        "맞지 않습니다. 개정 후 조문을 고치십시오."
    )
    right, _ = parse_instrument(OLD.replace("복지국을 둔다", "문화관광국을 둔다"))
    assert verify_amendment(old, str(amendment_text(old, right)), right, key="ordinance") == []
