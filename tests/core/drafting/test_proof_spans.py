"""Where a proof note is: the words of the amendment text it is about (``ParseMessage.column``
and ``length``), so that Tools › 개정문 확인 selects them rather than the whole line.

Checked on every note the 2,133 real sentences of the corpora draw (tests/data/corpus) and on
sentences pasted with runs of spaces, tabs and invisible characters, several to a line.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.drafting.applier.proof import (
    EACH,
    FORM,
    OLD_FORM,
    ORDER,
    REPEATED_CONNECTOR,
    SENTENCE_PARTICLE,
    SPACING,
    TEXT_PARTICLE,
)
from desktop.core.statute_syntax import clean_line, clean_offsets
from tests.core.drafting.test_proof import _all_cases, _case_notes, _notes

CURRENT = (
    "가온시 조례\n\n제1조(목적) 복지국을 둔다.\n제2조(기구) 복지국과 행정국과 안전국을 둔다.\n"
    "제3조(사무) 복지국을 둔다.\n제4조(정원) ① 복지국을 둔다.\n② 복지국을 둔다.\n"
)


def _selected(amendment: str, note) -> str:
    line = amendment.split("\n")[note.line - 1]
    return line[note.column - 1 : note.column - 1 + note.length]


def _bare(quoted_: str) -> str:
    """A note's quoted words without its own marks (“…”) and runs of spaces as one."""
    return " ".join(quoted_.removeprefix("“").removesuffix("”").split())


def _expected(problem) -> str | None:
    """The words a note shows of the sentence, as it shows them (a long quote from a word)."""
    if problem.msgid in (SPACING, OLD_FORM, FORM, SENTENCE_PARTICLE, EACH):
        return _bare(problem.params["written"])
    if problem.msgid == REPEATED_CONNECTOR:
        return _bare(problem.params["connector"])
    return None


def test_every_note_on_the_real_sentences_selects_what_it_shows():
    seen: dict[str, int] = {}
    for case in _all_cases():
        amendment = "\n".join(filter(None, [case["sentence"], case["body"]]))
        for note in _case_notes(case):
            problem = note.params["problem"]
            seen[problem.msgid] = seen.get(problem.msgid, 0) + 1
            assert note.column >= 1 and note.length >= 1, (case["id"], problem)
            selected = " ".join(_selected(amendment, note).split())
            expected = _expected(problem)
            if expected is None:  # a particle left in the text: the quote of the new words
                assert re.fullmatch(r'".+"(으로|로)', selected), (case["id"], selected)
            elif expected.startswith('"…'):  # the tail of a long quote
                assert selected == expected[2:], (case["id"], selected, expected)
            elif "…" in expected:  # 각각 left out of a clause with long quotes
                assert selected.endswith(expected.rsplit("…", 1)[1]), (case["id"], selected)
            else:
                assert selected == expected, (case["id"], selected, expected)
    # every kind of note is among them
    assert {SPACING, OLD_FORM, FORM, SENTENCE_PARTICLE, REPEATED_CONNECTOR, EACH} <= set(seen)
    assert TEXT_PARTICLE in seen


def test_a_note_selects_its_words_in_the_line_as_pasted():
    """Runs of spaces, a tab and an invisible character before and inside the sentences, three
    sentences on one line: each note's column counts the line as the official pasted it."""
    amendment = (
        "가온시 조례 일부를 다음과 같이 개정한다.\n\n"
        '\t제1조 중 "복지국"를  "복지과를"로 한다.   제2조중 "복지국"을 "복지과"로 하고,  '
        '"행정국"을 "행정과"로 하고, "안전국을"을 "안전실을"로 한다. \u200b제3조 및 제4조제1항 중 '
        '"복지국"을 "복지처를"로 한다.\n'
        '제4조제2항 중 "복지국"을 "복지과를"로 개정한다.\n'
        '제4조제1항 중 "복지처"을 "복지"로 한다.'
    )
    amendment = amendment.replace('"복지국"를  "복지과를"', '"복지국을"를  "복지과를"')
    notes = _notes(CURRENT, amendment)  # each sentence's in the order of its words
    told = [(n.line, _selected(amendment, n), n.params["problem"].msgid) for n in notes]
    assert told == [
        (3, '"복지국을"를', SENTENCE_PARTICLE),
        (3, "제2조중", SPACING),
        (3, '"복지과"로', TEXT_PARTICLE),
        (3, '"행정과"로', TEXT_PARTICLE),
        (3, "하고", REPEATED_CONNECTOR),
        (3, '"복지국"을 "복지처를"로', EACH),
        (4, "로 개정한다", FORM),
        (5, '제4조제1항 중 "복지처"을 "복지"로 한다.', ORDER),  # after 제4조제2항: the sentence
        (5, '"복지처"을', SENTENCE_PARTICLE),
    ]
    # the second 하고, not the first
    repeated = notes[4]
    assert amendment.split("\n")[2].find("하고") < repeated.column - 1


@given(
    st.text(
        alphabet=st.sampled_from(
            [" ", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", "\x0c", "가", "a", '"', "."]
        ),
        max_size=30,
    )
)
def test_offsets_map_every_character_of_the_cleaned_line(line):
    offsets = clean_offsets(line)
    cleaned = clean_line(line)
    assert len(offsets) == len(cleaned)
    assert offsets == sorted(set(offsets))
    for char, index in zip(cleaned, offsets, strict=True):
        assert line[index] == char or (char == " " and line[index].isspace())


def test_a_line_is_mapped_once_however_many_notes_it_draws(monkeypatch):
    """A pasted line of 1,500 slips mapped its whole line again for every note (14 s to
    apply); the map of a sentence's line is made once."""
    import desktop.core.drafting.applier as applier

    calls = []

    def counting(line):
        calls.append(line)
        return clean_offsets(line)

    monkeypatch.setattr(applier, "clean_offsets", counting)
    current = "가온시 조례\n\n제3조(목적) " + " ".join(f"A{i}국" for i in range(300)) + "을 둔다.\n"
    replacements = ", ".join(f'"A{i}국"를 "B{i}국"으로' for i in range(300))
    amendment = f"가온시 조례 일부를 다음과 같이 개정한다.\n\n제3조중 {replacements} 한다."
    notes = _notes(current, amendment)
    assert len(notes) == 301  # 300 particles and the spacing
    assert len(calls) == 1
    assert _selected(amendment, notes[-1]) == '"A299국"를'
