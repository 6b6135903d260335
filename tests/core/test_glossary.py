"""The glossary and the consistency check of a Korean/English paragraph pair."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import paths
from desktop.core import projectfile
from desktop.core.consistency import check_pair
from desktop.core.findings import PlaceKind
from desktop.core.glossary import (
    _PARTICLES,
    _STACK,
    Glossary,
    Rename,
    Term,
    english_pattern,
    find_english,
    find_korean_name,
    standard_terms,
)

AI = Term("AI국", ("AI Bureau",), "unit")
EDU = Rename(
    "edu",
    "평생교육국",
    "미래평생교육국",
    "Lifelong Education Bureau",
    "Future Lifelong Education Bureau",
)
GLOSSARY = Glossary(
    [
        AI,
        Term("미래평생교육국", ("Future Lifelong Education Bureau",), "unit"),
        Term("평생교육국", ("Lifelong Education Bureau",), "unit"),
        Term("정원", ("staffing", "authorized personnel"), "standard"),
        Term("과", ("Division",), "standard"),
    ],
    [EDU],
)


@pytest.fixture(scope="module")
def inputs():
    return projectfile.load(paths.sample_path()).draft_inputs()


def codes(ko: str, en: str) -> list[tuple[str, str]]:
    return [(f.code, f.place.field) for f in check_pair(GLOSSARY, "lead", ko, en)]


@pytest.mark.parametrize(
    "particle", ["", "은", "을", "으로", "의", "에서", "에서는", "과의", "이다"]
)
def test_a_term_is_found_with_any_particle(particle):
    [match] = GLOSSARY.find_korean(f"도는 AI국{particle} 신설한다.")
    assert match.term == AI and match.end - match.start == len("AI국")


@pytest.mark.parametrize("text", ["AI국제 협력", "신AI국 설치", "AI국장 회의"])
def test_a_term_is_not_found_inside_a_longer_word(text):
    assert GLOSSARY.find_korean(text) == []


def test_the_longest_term_wins():
    [match] = GLOSSARY.find_korean("미래평생교육국으로 바뀐다")
    assert match.term.ko == "미래평생교육국"


@given(st.sampled_from(["은", "는", "이", "가", "을", "를", "으로", "로", "와", "과", "의", "도"]))
def test_a_term_with_a_particle_needs_its_english(particle):
    assert codes(f"AI국{particle} 새로 생긴다.", "The AI Bureau is new.") == []
    assert codes(f"AI국{particle} 새로 생긴다.", "The new bureau.") == [("W-PRESS-TERM", "en")]


def test_english_alternatives_and_inflections_count():
    assert codes("정원이 늘어난다.", "Authorized personnel rises.") == []
    assert english_pattern("division").search("four divisions")
    assert english_pattern("agency").search("two agencies")
    assert not english_pattern("AI Bureau").search("the AI Bureaucracy")


def test_one_syllable_terms_are_listed_but_not_checked():
    assert GLOSSARY.get("과") is not None
    assert codes("4개 과를 둔다.", "It has four units.") == []


def test_the_old_name_alone_is_reported_on_its_side():
    assert ("W-PRESS-OLD-NAME", "ko") in codes(
        "평생교육국은 청년기회과를 넘겨받는다.", "The Future Lifelong Education Bureau grows."
    )
    assert ("W-PRESS-OLD-NAME", "en") in codes(
        "미래평생교육국이 커진다.", "The Lifelong Education Bureau grows."
    )


def test_old_and_new_name_together_state_the_rename():
    ko = "평생교육국을 미래평생교육국으로 변경한다."
    en = "The Lifelong Education Bureau is renamed the Future Lifelong Education Bureau."
    assert codes(ko, en) == []


def test_the_new_name_does_not_contain_the_old_one():
    assert codes("미래평생교육국이 생긴다.", "The Future Lifelong Education Bureau opens.") == []


def test_a_number_mismatch_is_reported_on_both_sides():
    found = codes("정원은 16,250명이다.", "Staffing is 16,252.")
    assert found == [("W-PRESS-NUMBER", "ko"), ("W-PRESS-NUMBER", "en")]
    [finding] = check_pair(
        GLOSSARY, "staffing", "정원은 16,250명이다.", "Staffing is 16,250 and 3."
    )
    assert finding.place.kind is PlaceKind.PRESS and finding.place.ref == "staffing"
    assert "3" in finding.message("en")


def test_the_issue_examples_agree():
    assert codes("도민 66만 명", "660,000 residents") == []
    assert codes("100조 원 투자", "KRW 100 trillion of investment") == []
    assert codes("정원 16,244명", "staffing of 16,244") == []


def test_a_date_mismatch_is_reported():
    found = codes("2024. 7. 1.부터 시행", "in force from July 15, 2024")
    assert found == [("W-PRESS-DATE", "ko"), ("W-PRESS-DATE", "en")]


def test_an_empty_side_is_not_checked():
    assert codes("AI국 16,244명", "") == []


def test_the_shipped_terms_read():
    terms = {t.ko: t for t in standard_terms()}
    assert 60 <= len(terms) <= 120
    assert terms["조직개편"].en[0] == "reorganization"
    assert terms["도의회"].en == ("Provincial Council",)
    assert all(t.en and "\t" not in t.ko for t in terms.values())


def test_the_sample_glossary(inputs):
    glossary = Glossary.of(inputs)
    assert glossary.get("AI국").en == ("AI Bureau",)
    assert glossary.get("평생교육국").source == "unit"  # the old name, still a term
    assert glossary.get("외국인주민").source == "project"
    assert glossary.get("경기도").en == ("Gyeonggi Province",)
    renamed = {r.old_ko: r.new_ko for r in glossary.renames}
    assert renamed["평생교육국"] == "미래평생교육국" and renamed["감사관"] == "감사위원회"


def test_the_lead_of_the_issue_is_a_rename_statement(inputs):
    glossary = Glossary.of(inputs)
    ko = "경기도는 평생교육국을 미래평생교육국으로 변경한다."
    en = (
        "Gyeonggi Province renames the Lifelong Education Bureau "
        "the Future Lifelong Education Bureau."
    )
    assert check_pair(glossary, "lead", ko, en) == []


def test_the_drafted_sample_pairs_are_consistent(inputs):
    from desktop.core.press import press_paragraphs

    glossary = Glossary.of(inputs)
    for para in press_paragraphs(inputs):
        assert check_pair(glossary, para.key, para.ko, para.en) == [], para.key


# The rule as a regular expression: a term (longest first), a particle and a stack allowed
# after it, no Korean letter, ASCII letter or digit touching it on either side. The check
# finds terms without compiling a pattern per term; it must find what this finds.
_WORD = "가-힣ㄱ-ㅎㅏ-ㅣA-Za-z0-9"
_AFTER = f"(?:{'|'.join(sorted(_PARTICLES, key=len, reverse=True))})?(?:{'|'.join(_STACK)})?"


def korean_rule(terms: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<![{_WORD}])({alternatives}){_AFTER}(?![{_WORD}])")


KO_TERMS = ["AI국", "평생교육국", "미래평생교육국", "교육국", "(재)교육", "경기도", "경기도의회"]
KO_PIECES = [*KO_TERMS, *_PARTICLES, *_STACK, " ", ".", "국", "제", "A", "1", "ㄱ"]
EN_PHRASES = ["agency", "AI Bureau", "Co. y", "a-b", "Future Lifelong Bureau", "é y", "-x", ""]
EN_PIECES = [*"abyAIBs -.,'\t\u00a0\u0130\u0131\u017f\u212aé", "agency", "ies", "ing", "bureau"]


@given(st.lists(st.sampled_from(KO_PIECES), max_size=8).map("".join))
def test_korean_terms_are_found_as_the_rule_finds_them(text):
    glossary = Glossary(Term(t, ("x",)) for t in KO_TERMS)
    found = [(m.term.ko, m.start, m.end) for m in glossary.find_korean(text)]
    assert found == [(m[1], m.start(1), m.end(1)) for m in korean_rule(KO_TERMS).finditer(text)]
    for name in KO_TERMS:
        assert find_korean_name(name, text) == [
            m.span() for m in korean_rule([name]).finditer(text)
        ]


@given(st.sampled_from(EN_PHRASES), st.lists(st.sampled_from(EN_PIECES), max_size=12).map("".join))
def test_english_is_found_as_its_pattern_finds_it(phrase, text):
    assert find_english(phrase, text) == [m.span() for m in english_pattern(phrase).finditer(text)]
