"""Broken amendment texts: the applier gives the new instrument or a located AmendmentError,
never another exception, never a hang, never a result from a text whose quotes do not pair up.

The property mutates the real sentences of the corpus (tests/data/corpus) the ways a pasted or
hand-typed 개정문 goes wrong; the focused tests below are the causes the mutations found, each
with the smallest text that shows it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.drafting import comparison_table
from desktop.core.drafting.applier import AmendmentError, apply_amendment, apply_text
from desktop.core.statute import Instrument
from desktop.core.statute_text import parse_instrument, render_instrument
from tests.test_cli import orgdraft

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "cases.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
MARKS = '"“”'

OLD = "규칙\n제1조(목적) 셋째 사무를 둔다.\n제2조(정원) ① 정원은 10명이다.\n② 과장을 둔다.\n"


def _old(index: int) -> Instrument:
    return parse_instrument(CASES[index]["old"])[0]


def _text(index: int) -> str:
    case = CASES[index]
    return "\n".join(filter(None, [case["sentence"], case["body"]]))


def _mutate(text: str, kind: int, at: int, pick: int) -> str:
    """One way a 개정문 goes wrong, at a place and with a choice drawn by the property."""
    n = len(text)
    i = at % (n + 1)
    numbers = [m.span() for m in re.finditer(r"\d+", text)]
    marks = [k for k, char in enumerate(text) if char in MARKS]
    clauses = re.split(r"(하고, |하며, |, )", text)
    if kind == 0:  # a character dropped
        return text[:i] + text[i + 1 :]
    if kind == 1:  # a character typed twice
        return text[:i] + text[i : i + 1] + text[i:]
    if kind == 2:  # two characters swapped
        j = pick % (n or 1)
        a, b = sorted((i % (n or 1), j))
        return text[:a] + text[b : b + 1] + text[a + 1 : b] + text[a : a + 1] + text[b + 1 :]
    if kind == 3 and marks:  # a quote mark dropped
        k = marks[pick % len(marks)]
        return text[:k] + text[k + 1 :]
    if kind == 4:  # a quote mark added
        return text[:i] + MARKS[pick % 3] + text[i:]
    if kind == 5 and numbers:  # a number changed
        a, b = numbers[pick % len(numbers)]
        value = (0, 1, 2, 9, 51, 99, 999_999, int(text[a:b]) + 1)[at % 8]
        return f"{text[:a]}{value}{text[b:]}"
    if kind == 6:  # cut anywhere
        return text[:i]
    if kind == 7:  # the new texts after 다음과 같이 dropped
        return text.split("\n")[0]
    if kind == 8 and len(clauses) > 2:  # a clause written twice
        k = (pick % (len(clauses) // 2)) * 2
        return "".join(clauses[: k + 2] + clauses[k : k + 2] + clauses[k + 2 :])
    if kind == 9 and " 중 " in text:  # 중 replaced with 에
        return text.replace(" 중 ", " 에 ", 1 + pick % 2)
    if kind == 10:  # 한다 left out
        k = text.rfind("한다")
        return text[:k] + text[k + 2 :] if k >= 0 else text
    if kind == 11:  # curly and single quotes mixed in
        quotes = iter("“”‘’"[pick % 4 :] * len(text))
        return "".join(
            next(quotes) if char == '"' and k % 3 else char for k, char in enumerate(text)
        )
    if kind == 12:  # full-width spaces
        return text.replace(" ", "\u3000", 1 + pick % 5)
    if kind == 13:  # a byte-order mark and CRLF line ends
        return "\ufeff" + text.replace("\n", "\r\n")
    if kind == 14:  # a line written twice or lost
        lines = text.split("\n")
        k = pick % len(lines)
        return "\n".join(lines[: k + 1] + lines[k:] if at % 2 else lines[:k] + lines[k + 1 :])
    if kind == 15:  # a stray word or label
        return text[:i] + FRAGMENTS[pick % len(FRAGMENTS)] + text[i:]
    return text


FRAGMENTS = ("부터 ", "까지", " 및 ", "ㆍ", "같은 조 ", "제", "항", "각 호 외의 부분", " 단서")
FRAGMENTS += ("의 제목", "을 ", "로 ", "다음과 같이 신설", "삭제", "별표 ", "제명 ", "가목", "1)")
FRAGMENTS += ("\n", "\n① ", "\n1. ", "\n제1조(목적) ", "\n[별표 1] ", "\n부칙\n", "의2")
MUTATIONS = st.lists(
    st.tuples(st.integers(0, 15), st.integers(0, 10_000), st.integers(0, 1_000)),
    min_size=1,
    max_size=3,
)
FUZZ = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.integers(0, len(CASES) - 1), MUTATIONS)
def test_any_broken_amendment_gives_the_instrument_or_a_located_error(index, mutations):
    text = _text(index)
    for kind, at, pick in mutations:
        text = _mutate(text, kind, at, pick)
    old = _old(index)
    try:
        new = apply_amendment(old, text)
    except AmendmentError as exc:
        assert exc.line >= 1
        assert exc.message("ko") and exc.message("en")
        if exc.sentence:
            assert exc.message("en").startswith(f"Sentence {exc.sentence}: ")
        _assert_words_in_line(exc, text)
        return
    assert isinstance(new, Instrument)
    render_instrument(new)  # what orgdraft apply prints
    comparison_table(old, new)  # and its --table


@FUZZ
@given(st.integers(0, len(CASES) - 1), st.integers(0, 10_000), st.booleans())
def test_a_sentence_whose_quotes_do_not_pair_up_is_refused(index, at, drop):
    """One quote mark dropped or added anywhere in a real sentence: never applied."""
    sentence, _, body = _text(index).partition("\n")
    marks = [k for k, char in enumerate(sentence) if char in MARKS]
    if drop and marks:
        k = marks[at % len(marks)]
        sentence = sentence[:k] + sentence[k + 1 :]
    else:
        k = at % (len(sentence) + 1)
        sentence = f'{sentence[:k]}"{sentence[k:]}'
    with pytest.raises(AmendmentError) as info:
        apply_amendment(_old(index), "\n".join(filter(None, [sentence, body])))
    assert info.value.line == 1
    _assert_words_in_line(info.value, sentence)
    if info.value.column:  # the mark, or the word where reading stopped (else the line)
        words = sentence[info.value.column - 1 : info.value.column - 1 + info.value.length]
        assert words.strip() == words and " " not in words


def _assert_words_in_line(exc: AmendmentError, text: str) -> None:
    """The words an error is about (when it names some) lie inside its line."""
    if not exc.column:
        return
    line = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[exc.line - 1]
    assert exc.length >= 1
    assert exc.column - 1 + exc.length <= len(line)


@pytest.mark.parametrize(
    "text",
    [
        '제1조 중 "셋째"를 "“둘째"로 한다.',  # one mark too many inside a quote
        '제1조 중 "셋째"를 ""둘째"로 한다.',
        '제1조 중 "셋째를 "둘째"로 한다.',  # one left out
        '제1조 중 "셋째"를 "둘째"로 한다."',
        "제1조 중 ”셋째“를 “둘째”로 한다.",  # curly marks closed before they are opened
    ],
)
def test_unpaired_quotation_marks_are_located(text):
    with pytest.raises(AmendmentError) as info:
        apply_amendment(
            parse_instrument(OLD)[0], f'제2조제2항 중 "과장"을 "팀장"으로 한다.\n{text}'
        )
    assert (info.value.sentence, info.value.line) == (2, 2)
    assert "quotation marks do not pair up near “" in info.value.message("en")
    assert "부근의 따옴표가 짝이 맞지 않습니다." in info.value.message("ko")


@pytest.mark.parametrize(
    "text",
    [
        "제1조 중 “셋째”를 “둘째”로 한다.",  # curly, as a word processor writes them
        '제1조 중 "셋째”를 “둘째"로 한다.',  # mixed, each quote closed
        '제1조 중 "셋째 사무"를 "둘째(이하 "사무"라 한다)"로 한다.',  # quotes inside a quote
        '\ufeff제1조 중\u3000"셋째"를 "둘째"로 한다.\r\n',
    ],
)
def test_quotes_that_pair_up_apply(text):
    new = apply_amendment(parse_instrument(OLD)[0], text)
    assert new.articles[0].paragraphs[0].text.startswith("둘째")


def test_a_quote_ends_at_its_own_mark():
    """A quoted definition whose inner quote is followed by 으로 (as 37 sentences of the
    mirror write it) is read to its own closing mark; it was cut at the inner one before."""
    old = parse_instrument(
        "규칙\n제1조(기금) 「기술신용보증기금법」에 따른 기술신용보증기금"
        '(이하 "기술신용보증기금"으로 한다)에 출연한다.\n'
    )[0]
    new = apply_amendment(
        old,
        '제1조 중 "「기술신용보증기금법」에 따른 기술신용보증기금(이하 "기술신용보증기금"으로 '
        '한다)"을 "「기술보증기금법」에 따른 기술보증기금(이하 "기술보증기금"으로 한다)"으로 한다.',
    )
    assert new.articles[0].paragraphs[0].text == (
        '「기술보증기금법」에 따른 기술보증기금(이하 "기술보증기금"으로 한다)에 출연한다.'
    )


def test_a_quote_of_part_of_a_sentence_is_still_read():
    """A bill amending an amending act quotes part of its sentences, one mark of a pair each
    (물가안정에 관한 법률 일부개정법률): with no quote whose marks pair up, the first ending
    is taken, as before; the sentence's marks pair up."""
    old = parse_instrument(
        '규칙\n제1조(개정) 제20조 중 "시장"을 "도지사"로 하고, '
        '제29조 중 "시장"을 "도지사"로 한다.\n'
    )[0]
    new = apply_amendment(
        old,
        '제1조 중 "제20조 중 "시장"을 "제20조 중 "시장ㆍ군수"으로, '
        '"제29조 중 "시장"을 "제29조 중 "시장ㆍ군수"으로 한다.',
    )
    assert new.articles[0].paragraphs[0].text.count('"시장ㆍ군수"을') == 2


@pytest.mark.parametrize(
    ("text", "en", "ko"),
    [
        # A 목 cited without its 호 (an AssertionError before)
        ("제1조가목을 삭제한다.", "cannot be read near “제1조가목을", "부근을 읽을 수 없습니다"),
        # Only an article has a title (an AttributeError before)
        (
            '제2조제1항의 제목 중 "정원"을 "인원"으로 한다.',
            "cannot be read near “제2조제1항의 제목",
            "부근을 읽을 수 없습니다",
        ),
        (
            "제2조제1항의 제목을 다음과 같이 한다.\n(인원)",  # an AssertionError before
            "cannot be read near “제2조제1항의 제목",
            "부근을 읽을 수 없습니다",
        ),
        # A provision moved twice at once (a StopIteration before)
        (
            "제2조제1항 및 제1항을 각각 제3항 및 제4항으로 한다.",
            "Article 2 (1) is moved twice.",
            "제2조제1항이 두 번 옮겨집니다.",
        ),
        # A title deleted alone (an AttributeError before)
        (
            "제1조의 제목을 삭제한다.",
            "the title of Article 1 cannot be deleted on its own",
            "제1조의 제목은 따로 삭제할 수 없습니다",
        ),
        # A paragraph beyond ㊿ (applied, then a ValueError when the text was printed)
        (
            "제2조에 제99항을 다음과 같이 신설한다.\n⑨ 팀장을 둔다.",
            "Article 2 (99) cannot be numbered: paragraphs are numbered from ① to ㊿.",
            "제2조제99항은 번호를 붙일 수 없습니다.",
        ),
        (
            "제2조제2항을 제51항으로 한다.",
            "Article 2 (51) cannot be numbered",
            "제2조제51항은 번호를 붙일 수 없습니다.",
        ),
    ],
)
def test_broken_citations_are_located(text, en, ko):
    with pytest.raises(AmendmentError) as info:
        apply_amendment(parse_instrument(OLD)[0], text)
    assert (info.value.sentence, info.value.line) == (1, 1)
    assert en in info.value.message("en")
    assert ko in info.value.message("ko")


@pytest.mark.parametrize(
    "text",
    [
        # Ranges of a million provisions were made number by number (minutes) before
        "제2조제1항부터 제999999항까지를 각각 제2항부터 제1000000항까지로 한다.",
        "별표 1부터 별표 999999까지를 삭제한다.",
    ],
)
def test_ranges_no_instrument_has_are_refused_at_once(text):
    with pytest.raises(AmendmentError) as info:
        apply_amendment(parse_instrument(OLD)[0], text)
    assert info.value.sentence == 1
    assert "cannot be read near" in info.value.message("en")


@pytest.mark.parametrize(
    "text",
    [
        "규칙 전부를 다음과 같이 개정한다.",  # the new text cut off (every article deleted before)
        "규칙 전부를 다음과 같이 개정한다.\n\n이 줄은 조문이 아니다.",
    ],
)
def test_a_whole_revision_without_articles_is_refused(text):
    with pytest.raises(AmendmentError) as info:
        apply_amendment(parse_instrument(OLD)[0], text)
    assert (info.value.sentence, info.value.line) == (0, 1)
    assert info.value.message("en") == "The whole revision gives no article of the new text."
    assert info.value.message("ko") == "전부개정의 새 조문이 하나도 없습니다."


def test_an_error_in_a_whole_revision_is_located_in_the_amendment_text():
    text = "\n규칙 전부를 다음과 같이 개정한다.\n\n규칙\n\n[본조신설 2020.1.1.]\n제1조(목적) 가"
    with pytest.raises(AmendmentError) as info:  # line 2 of the new text before
        apply_amendment(parse_instrument(OLD)[0], text)
    assert info.value.line == 6 and "bracketed note" in info.value.message("en")


def test_an_amendment_sentence_as_the_new_text_of_a_whole_revision_is_refused():
    # 전부를 다음과 같이 개정한다 gives the whole new text; a sentence there was read as part
    # of the article above it.
    text = "규칙 전부를 다음과 같이 개정한다.\n\n제1조(목적) 가\n"
    text += '제2조제1항 중 "10명"을 "12명"으로 한다.'
    with pytest.raises(AmendmentError) as info:
        apply_amendment(parse_instrument(OLD)[0], text)
    assert info.value.line == 4 and "amendment sentence" in info.value.message("en")


def test_apply_text_refuses_what_it_could_not_print():
    with pytest.raises(AmendmentError):
        apply_text(OLD, "제2조에 제99항을 다음과 같이 신설한다.\n⑨ 팀장을 둔다.")


def test_the_command_line_reports_a_broken_amendment_without_a_traceback(tmp_path):
    old = tmp_path / "old.txt"
    old.write_text(OLD, encoding="utf-8")
    amendment = tmp_path / "amendment.txt"
    amendment.write_text(
        '규칙 일부를 다음과 같이 개정한다.\n\n제1조 중 "셋째"를 ""둘째"로 한다.\n',
        encoding="utf-8",
    )
    bad = orgdraft("apply", str(old), str(amendment))
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.strip() == (
        f"{amendment}:3:13: error: Sentence 1: its quotation marks do not pair up near "
        '“중 "셋째"를 ""둘째"로 한다.”.'
    )
    amendment.write_text("제2조에 제99항을 다음과 같이 신설한다.\n⑨ 팀장을 둔다.\n", "utf-8")
    bad = orgdraft("apply", str(old), str(amendment), "--table", lang="ko")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip() == (
        f"{amendment}:1:6: 오류: 문장 1: 제2조제99항은 번호를 붙일 수 없습니다. "
        "항 번호는 ①부터 ㊿까지입니다."
    )
