"""Amendment sentences broken over lines, as text copied from a PDF comes (applier.wrapped):
read as one sentence, the meetings of the lines decided where the sentence or the text can
tell, and a note at every meeting inside new words, where nothing can (at the last word of the
line that breaks)."""

import json
import textwrap
from pathlib import Path

import pytest

from desktop.core.drafting.applier import AmendmentError, apply_amendment
from desktop.core.drafting.applier.runon import BODY_UNSURE
from desktop.core.drafting.applier.verify import same_text
from desktop.core.drafting.applier.wrapped import UNSURE
from desktop.core.statute_text import parse_instrument

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "cases.jsonl"

OLD = """가온시 행정기구 설치 조례

제3조(실ㆍ국의 설치) ① 시장 밑에 기획조정실ㆍ행정국 및 복지국을 둔다.
② 실장 및 국장은 지방서기관으로 보한다.

제5조(분장사무) 행정국장은 다음 사항을 분장한다.
1. 인사 및 조직관리에 관한 사항
2. 민원 업무에 관한 사항
"""


@pytest.fixture
def old():
    inst, messages = parse_instrument(OLD)
    assert not [m for m in messages if m.severity == "error"]
    return inst


def _apply(old, text):
    notes = []
    new = apply_amendment(old, text, notes=notes)
    return new, notes


def _unsure(notes):
    return [n for n in notes if n.params["problem"].msgid == UNSURE]


def _article(inst, number):
    return next(a for a in inst.articles if a.num.main == number)


def test_a_sentence_broken_at_spaces_reads_as_one(old):
    new, notes = _apply(
        old,
        '제3조제1항 중 "기획조정실ㆍ행정국 및 복지국"을 "기획조정실ㆍ행정국ㆍ복지국 및\n'
        '인구정책국"으로 하고, 같은 조 제2항 중 "지방서기관"을\n'
        '"지방서기관 또는 지방기술서기관"으로 한다.',
    )
    text = _article(new, 3).paragraphs
    assert text[0].text.endswith("기획조정실ㆍ행정국ㆍ복지국 및 인구정책국을 둔다.")
    assert text[1].text == "실장 및 국장은 지방서기관 또는 지방기술서기관으로 보한다."
    # the meeting inside the new words is a place to check: the last word of the line that
    # breaks is selected
    [note] = _unsure(notes)
    assert note.params["problem"].params["words"] == "기획조정실ㆍ행정국ㆍ복지국 및 인구정책국"
    assert "read with a space" in note.message("en")
    assert "이 자리에서 줄이 바뀌어 띄어 읽었습니다" in note.message("ko")
    line = '제3조제1항 중 "기획조정실ㆍ행정국 및 복지국"을 "기획조정실ㆍ행정국ㆍ복지국 및'
    assert note.line == 1 and line[note.column - 1 :] == "및" and note.length == 1


def test_a_page_broken_inside_words_is_seen_and_told(old):
    """The sentence's own words broken inside a word (삭 / 제한다) show a page that breaks
    inside words: the new words' meeting between syllables is read without a space, and
    still told; the words quoted from the text are joined as the text has them."""
    new, notes = _apply(
        old,
        '제3조제1항 중 "기획조정실ㆍ행정국 및 복\n지국"을 "기획조정실ㆍ행정국ㆍ복지국 및 인\n'
        '구정책국"으로 하고, 같은 조 제2항을 삭\n제한다.',
    )
    paragraphs = _article(new, 3).paragraphs
    assert paragraphs[0].text.endswith("복지국 및 인구정책국을 둔다.")
    assert paragraphs[1].deleted
    [note] = _unsure(notes)
    assert (note.line, note.column, note.length) == (
        2,
        len('지국"을 "기획조정실ㆍ행정국ㆍ복지국 및 ') + 1,  # 인, where line 2 breaks
        1,
    )
    assert "read without a space" in note.message("en")
    assert "붙여 읽었습니다" in note.message("ko")


def test_citations_and_particles_broken_at_the_end_of_a_line_run_on_solid(old):
    new, notes = _apply(
        old,
        '제3조\n제1항 중 "복지국"\n을 "복지환경국"으\n로 하고, 제5조제\n2호를 삭제한\n다\n.',
    )
    assert "복지환경국을 둔다" in _article(new, 3).paragraphs[0].text
    assert [s.deleted for s in _article(new, 5).paragraphs[0].subparagraphs] == [False, True]
    assert notes == []  # no spacing of the standard broken, no new words across a line


def test_a_new_text_after_a_broken_sentence_is_read(old):
    new, notes = _apply(
        old,
        "제5조제2호를 다음과\n같이 한다.\n2. 민원 업무 및 민원실 운영에 관한 사항, 그 밖에 "
        "민원 관련\n사무에 관한 사항",
    )
    assert _article(new, 5).paragraphs[0].subparagraphs[1].text == (
        "민원 업무 및 민원실 운영에 관한 사항, 그 밖에 민원 관련 사무에 관한 사항"
    )
    # the sentence's own break draws no note; the new text's is a place to check (runon)
    assert [(n.line, n.params["problem"].msgid) for n in notes] == [(3, BODY_UNSURE)]


@pytest.mark.parametrize(
    ("second", "column", "words"),
    [
        ('같은 조 제9항 중 "국장"을 "본부장"으로 한다.', 1, "같은 조 제9항"),  # as cited
        ('같은 조 제2항 중 "차관"을 "본부장"으로 한다.', 12, '"차관"'),
    ],
)
def test_an_error_in_a_broken_sentence_is_located_on_its_own_line(old, second, column, words):
    with pytest.raises(AmendmentError) as caught:
        apply_amendment(old, f'제3조제1항 중 "복지국"을 "복지환경국"으로 하고,\n{second}')
    error = caught.value
    assert (error.sentence, error.line, error.column) == (1, 2, column)
    assert second[column - 1 : column - 1 + error.length] == words


def test_a_line_that_begins_no_sentence_that_reads_is_still_an_error(old):
    """Lines that never come to read as a sentence are not taken: the first one is the
    error, as before (not a later line, not a hang)."""
    with pytest.raises(AmendmentError) as caught:
        apply_amendment(old, '제3조제1항 중 "복지국"을 하고\n같은 조 제2항을 삭제\n' * 40)
    assert caught.value.line == 1


def test_the_heading_of_a_new_article_is_never_read_as_a_sentence(old):
    new, _ = _apply(
        old,
        "제4조를 다음과 같이 신설한다.\n제4조(복지국) 복지국장은 다음 사항을 분장한다. 제3조에\n"
        "따른 사무를 포함한다.",
    )
    assert _article(new, 4).paragraphs[0].text.endswith("제3조에 따른 사무를 포함한다.")


def _cases():
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _corpus_applied(wrap):
    """Every real sentence of the corpus broken by ``wrap``, applied: (case, result or
    error, notes of new words across lines)."""
    for case in _cases():
        old, _ = parse_instrument(case["old"])
        new, _ = parse_instrument(case["new"])
        text = "\n".join(filter(None, ["\n".join(wrap(case["sentence"])), case["body"]]))
        notes = []
        try:
            result = apply_amendment(old, text, notes=notes)
        except AmendmentError as exc:
            yield case, new, exc, []
            continue
        yield case, new, result, _unsure(notes)


def test_every_real_sentence_broken_at_spaces_gives_its_new_text():
    """The corpus's 696 real sentences, broken at spaces as a page of 30 characters breaks
    them, give the same new texts as on one line."""
    for case, new, result, _ in _corpus_applied(
        lambda s: textwrap.wrap(s, 30, break_long_words=False, break_on_hyphens=False)
    ):
        assert not isinstance(result, AmendmentError), (case["id"], result.message("en"))
        assert same_text(result, new), case["id"]


def test_a_real_sentence_broken_inside_words_never_gives_a_wrong_text_untold():
    """Broken every 27 characters, wherever that falls: each sentence applies, and where its
    new text is not the real one, a note tells the place (new words across a line)."""
    differs = told = 0
    for case, new, result, unsure in _corpus_applied(
        lambda s: [s[i : i + 27].strip() for i in range(0, len(s), 27)]
    ):
        assert not isinstance(result, AmendmentError), (case["id"], result.message("en"))
        if not same_text(result, new):
            differs += 1
            told += bool(unsure)
            assert unsure, case["id"]
    assert differs == told and differs > 0  # the check has cases to check
