"""New texts broken over lines, as a 개정문 copied from a PDF comes (applier.runon): the lines
that run on are joined to the provision they continue, without a space where the lines show
it (a closing mark, a citation, the ``다.`` of ``…수행한`` / ``다.``), with one where they show
it, and elsewhere with a note at the line that breaks, where nothing can tell."""

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

OLD = """가온군 행정기구 설치 조례

제5조(기능) 센터는 청년 정책에 관한 업무를 수행한다.

제6조(위원) 위원은 5명으로 한다.
"""


@pytest.fixture
def old():
    inst, messages = parse_instrument(OLD)
    assert not [m for m in messages if m.severity == "error"]
    return inst


def _apply(old, text, told=(BODY_UNSURE,)):
    notes = []
    new = apply_amendment(old, text, notes=notes)
    return new, [n for n in notes if n.params["problem"].msgid in told]


def _text(inst, number=5):
    article = next(a for a in inst.articles if a.num.main == number)
    return [p.text for p in article.paragraphs]


def test_a_new_article_broken_inside_a_word_is_read_with_a_space_and_told(old):
    new, notes = _apply(
        old,
        "제5조를 다음과 같이 한다.\n제5조(기능) 센터는 청년 정책의 연구와 조\n사 업무를 수행한다.",
    )
    assert _text(new) == ["센터는 청년 정책의 연구와 조 사 업무를 수행한다."]
    [note] = notes
    assert note.params["problem"].params["words"] == "조 사"
    assert note.message("ko") == (
        "문장 1: 제5조의 새 조문 “조 사”의 이 자리에서 줄이 바뀌어 띄어 읽었습니다. "
        "띄어쓰기가 맞는지 확인하십시오."
    )
    assert "the new text of Article 5 breaks over lines at “조 사”: read with a space" in (
        note.message("en")
    )
    # the last word of the line that breaks is selected
    assert (note.line, note.column, note.length) == (2, 24, 1)


def test_what_the_lines_show_is_joined_so_and_not_told(old):
    new, notes = _apply(
        old,
        "제5조를 다음과 같이 한다.\n"
        "제5조(기능) ① 센터는 제3조제\n"
        "1항에 따른 업무(이하 \n"  # the line keeps the space it broke at
        "“청년업무”라 한다)를 수행한\n"
        "다. 다만, 위원장이 정하는 업무는 제외한\n"
        "다.\n"
        "② 센터장은 매년 실적을 보고한다",
    )
    assert _text(new) == [
        "센터는 제3조제1항에 따른 업무(이하 “청년업무”라 한다)를 수행한다. 다만, 위원장이 "
        "정하는 업무는 제외한다.",
        "센터장은 매년 실적을 보고한다",
    ]
    assert notes == []


def test_a_page_seen_breaking_inside_words_joins_syllables_solid_and_tells(old):
    """The sentence broke inside a word (같 / 이 한다): the page breaks inside words, so the
    new text's meetings between syllables are read without a space — and told."""
    new, notes = _apply(
        old,
        "제5조를 다음과 같\n이 한다.\n"
        "제5조(기능) 센터는 청년 정책의 연구와 조\n사 업무를 수행한다.",
    )
    assert _text(new) == ["센터는 청년 정책의 연구와 조사 업무를 수행한다."]
    [note] = notes
    assert "붙여 읽었습니다" in note.message("ko") and note.line == 3


def test_a_line_that_is_not_full_ended_there(old):
    """A page breaks a full line: after a short line, the next is a line of its own in the
    text (as real texts write ``2. 해군`` / ``해군작전사령부, …``), joined with a space."""
    new, notes = _apply(
        old,
        "제5조를 다음과 같이 한다.\n"
        "제5조(기능) 센터는 다음 각 호의 업무를 수행한다. 다만, 긴급한 경우는 예외로 한다.\n"
        "1. 청년 정책\n"
        "연구와 조사\n"
        "2. 그 밖의 업무",
    )
    article = next(a for a in new.articles if a.num.main == 5)
    assert [s.text for s in article.paragraphs[0].subparagraphs] == [
        "청년 정책 연구와 조사",
        "그 밖의 업무",
    ]
    assert notes == []


def test_a_broken_line_starting_with_a_citation_runs_on(old):
    """``제12조, …`` or ``제88조의2 및 …`` at the start of a line is no new article (the
    sentence gives the new text of 제5조 only), and no 다목."""
    new, _ = _apply(
        old,
        "제5조를 다음과 같이 한다.\n"
        "제5조(준용) 센터에 관하여는 제12조, 제16조 및\n"
        "제18조 및 제19조를 준용한다.",
    )
    assert _text(new) == ["센터에 관하여는 제12조, 제16조 및 제18조 및 제19조를 준용한다."]


def test_a_new_article_heading_that_is_not_announced_is_still_an_error(old):
    with pytest.raises(AmendmentError) as caught:
        _apply(
            old,
            "제5조를 다음과 같이 한다.\n"
            "제5조(기능) 센터는 업무를 수행한다.\n"
            "제7조(간사) 간사를 둔다.",
        )
    assert caught.value.line == 3


def test_a_proviso_broken_over_lines_is_read(old):
    new, notes = _apply(
        old,
        "제5조에 단서를 다음과 같이 신설한다.\n"
        "다만, 「청년기본법」 제3조에 따른 업무는 위원장이\n"
        "정하는 바에 따른다.",
    )
    assert _text(new) == [
        "센터는 청년 정책에 관한 업무를 수행한다. 다만, 「청년기본법」 제3조에 따른 업무는 "
        "위원장이 정하는 바에 따른다."
    ]
    assert len(notes) == 1 and notes[0].line == 2


def test_a_line_after_a_finished_proviso_is_still_an_error(old):
    """A proviso that ended (``…따른다.``) takes no line after it: a stray line is reported,
    not read into the new text."""
    with pytest.raises(AmendmentError) as caught:
        _apply(
            old,
            "제5조에 단서를 다음과 같이 신설한다.\n다만, 위원장이 정하는 바에 따른다.\n참고 사항",
        )
    assert caught.value.line == 3


def _cases():
    with CORPUS.open(encoding="utf-8") as fh:
        return [case for line in fh if line.strip() and (case := json.loads(line))["body"]]


def _corpus_applied(wrap, sentence_too=True):
    """Every real sentence of the corpus with a new text, each line of its new text (and the
    sentence, ``sentence_too``) broken by ``wrap``, applied: (case, real new text, result or
    error, notes)."""
    for case in _cases():
        old, _ = parse_instrument(case["old"])
        new, _ = parse_instrument(case["new"])
        body = "\n".join("\n".join(wrap(line)) for line in case["body"].split("\n"))
        sentence = "\n".join(wrap(case["sentence"])) if sentence_too else case["sentence"]
        text = "\n".join([sentence, body])
        try:
            # lines that break inside a new text or inside the sentence's new words
            result, notes = _apply(old, text, (BODY_UNSURE, UNSURE))
        except AmendmentError as exc:
            yield case, new, exc, []
            continue
        yield case, new, result, notes


def test_every_real_new_text_broken_at_spaces_gives_the_real_text():
    """The corpus's 176 sentences with new texts, sentence and texts broken at spaces as a
    page of 30 characters breaks them, give the real new texts."""
    count = 0
    for case, new, result, _ in _corpus_applied(
        lambda s: textwrap.wrap(s, 30, break_long_words=False, break_on_hyphens=False)
    ):
        assert not isinstance(result, AmendmentError), (case["id"], result.message("en"))
        assert same_text(result, new), case["id"]
        count += 1
    assert count > 150


@pytest.mark.parametrize("sentence_too", [True, False])
def test_a_real_new_text_broken_inside_words_never_gives_a_wrong_text_untold(sentence_too):
    """Broken every 27 characters wherever that falls: each applies, and where its new text
    is not the real one a note tells a place to check (in the new text or in the sentence's
    new words). A sentence on one line (typed, its texts copied from a page) tells nothing
    about the page's width."""
    differs = 0
    for case, new, result, notes in _corpus_applied(
        lambda s: [s[i : i + 27].strip() for i in range(0, len(s), 27)], sentence_too
    ):
        assert not isinstance(result, AmendmentError), (case["id"], result.message("en"))
        if not same_text(result, new):
            differs += 1
            assert notes, case["id"]
    assert differs > 0  # the check has cases to check
