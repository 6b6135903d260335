"""Particles after quotes and citations in amendment sentences (drafting-ko.md §3, 조사)."""

import pytest

from desktop.core.drafting import amendment_text
from tests.core.drafting.build import UNITS, parse


def one_sentence(old_text: str, new_text: str) -> str:
    body = "제2조(기구) {} 규칙으로 정하는 바에 따라 운영한다.\n"
    old, new = parse(body.format(old_text)), parse(body.format(new_text))
    [sentence] = amendment_text(old, new, atomic_terms=UNITS).sentences
    return sentence.text


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # 받침 → 을 / 으로
        ("평생교육국은", "미래평생교육국은", '"평생교육국"을 "미래평생교육국"으로'),
        # vowel → 를 / 로
        ("도지사는", "행정부지사는", '"도지사"를 "행정부지사"로'),
        # ㄹ → 을 but 로
        ("정책기획관은", "기획조정실은", '"정책기획관"을 "기획조정실"로'),
        ("기획조정실은", "정책기획관은", '"기획조정실"을 "정책기획관"으로'),
        # digits, read as Sino-Korean numbers
        ("별표 1에", "별표 2에", '"별표 1"을 "별표 2"로'),
        ("별표 2에", "별표 3에", '"별표 2"를 "별표 3"으로'),
        ("16,244명은", "16,252명은", '"16,244명"을 "16,252명"으로'),
        ("20명은", "10명은", '"20명"을 "10명"으로'),
        # Latin letters, read by their Korean names
        ("AI 정책은", "인공지능 정책은", '"AI"를 "인공지능"으로'),
        ("AI국은", "AI산업국은", '"AI국"을 "AI산업국"으로'),
        ("데이터국은", "AI국은", '"데이터국"을 "AI국"으로'),
        ("ICT는", "AI는", '"ICT"를 "AI"로'),
        ("URL은", "HTML은", '"URL"을 "HTML"로'),
        # a particle that changes with the word stays inside the quote
        ("URL은", "AI는", '"URL은"을 "AI는"으로'),
    ],
)
def test_particles_follow_the_last_sounded_syllable(old, new, expected):
    assert one_sentence(old, new) == f"제2조 중 {expected} 한다."


def test_particles_look_through_brackets_of_a_title():
    old = parse("제9조(평생교육국) 국장은 사무를 총괄한다.\n")
    new = parse("제9조(AI산업국) 국장은 사무를 총괄한다.\n")
    [sentence] = amendment_text(old, new).sentences
    assert sentence.text == '제9조의 제목 "(평생교육국)"을 "(AI산업국)"으로 한다.'
    new = parse("제9조(도지사) 국장은 사무를 총괄한다.\n")
    [sentence] = amendment_text(old, new).sentences
    assert sentence.text == '제9조의 제목 "(평생교육국)"을 "(도지사)"로 한다.'


@pytest.mark.parametrize(
    ("added", "expected"),
    [
        ("제12조의2(신설) 신설국장은 사무를 총괄한다.\n", "제12조의2를"),
        ("제13조(신설) 신설국장은 사무를 총괄한다.\n", "제13조를"),
        ("제17조(신설) 신설국장은 사무를 총괄한다.\n", "제17조를"),
    ],
)
def test_particles_after_citations(added, expected):
    old = parse("제12조(기존) 기존국장은 사무를 총괄한다.\n")
    new = parse(f"제12조(기존) 기존국장은 사무를 총괄한다.\n{added}")
    [sentence] = amendment_text(old, new).sentences
    assert sentence.text == f"{expected} 다음과 같이 신설한다."


def test_particles_after_paragraph_and_subparagraph_numbers():
    base = "제5조(분장) ① 국장은 사무를 분장한다.\n② 과장은 다음 사무를 분장한다.\n1. 기획\n"
    three = base + "③ 팀장은 과장을 보좌한다.\n"
    assert amendment_text(parse(base), parse(three)).sentences[0].text == (
        "제5조에 제3항을 다음과 같이 신설한다."
    )
    seven = base + "".join(f"{n}. 사무{n}\n" for n in range(2, 8))
    six = base + "".join(f"{n}. 사무{n}\n" for n in range(2, 7))
    assert amendment_text(parse(six), parse(seven)).sentences[0].text == (
        "제5조제2항에 제7호를 다음과 같이 신설한다."
    )
    eight = seven + "8. 사무8\n"
    assert amendment_text(parse(seven), parse(eight)).sentences[0].text == (
        "제5조제2항에 제8호를 다음과 같이 신설한다."
    )
