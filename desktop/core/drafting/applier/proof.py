"""Proofreading an amendment text that applies: particles that do not suit the word before them.

The applier reads either form of a particle (``"A"을``, ``"A"를``), as real bills are
published with the wrong one now and then, and law.go.kr applies them. A bill to be submitted
should not, so an amendment that applies is read again for two slips (drafting-ko.md §3a: the
particle goes inside the quote when it changes):

- a particle of the sentence that does not suit the quote or the location before it:
  ``"「건설기술 진흥법」 제39조제2항"로`` (사회기반시설에 대한 민간투자법, 2013),
  ``"「환경영향평가법 시행령」 별표 1"를`` (해양환경관리법 시행령, 2012), ``제11조의11를
  삭제한다`` (산림조합법 시행령, 2008);
- a replacement that leaves a particle of the text not suiting the new words, the particle
  right before it: ``"진료와 정양(靜養)"을 "진료"로`` made 한국보훈복지의료공단법 제16조 read
  ``진료을 행하는`` (2011); ``"기초과학"을 "기초연구"로`` made ``기초연구을`` (과학기술기본법,
  2010). The drafters' way is to quote the particle too: ``"진료와 정양(靜養)을"을
  "진료를"로``.

Both are told as notes, never errors: the text still says what it means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.amendment_grammar import Written
from desktop.core.drafting.quoting import quoted, read_as
from desktop.core.korean import particle, particle_at, particle_ending
from desktop.i18n import N_, Message, Pair

# How much of a long quote a note shows: the particle is about its end.
_SHOWN = 24
# What may follow a word that ends in a particle.
_AT_WORD_END = re.compile(r"[\s,.)」·ㆍ]|$")

SENTENCE_PARTICLE = N_(
    "the particle does not suit the word before it: {written} should read {right}."
)
TEXT_PARTICLE = N_(
    "after the replacement {location} reads “{found}”, the particle not suiting the new words; "
    "a particle that changes goes inside the quotes, as the new words take it: {fix}."
)


def _right(word: str, pair: str) -> str | None:
    try:
        return particle(word, pair)
    except ValueError:  # nothing that is read aloud: no particle to judge
        return None


def _shown(word: str, quoted_: bool) -> str:
    text = word if len(word) <= _SHOWN else "…" + word[-_SHOWN:]
    return f'"{text}"' if quoted_ else text


def sentence_notes(particles: list[Written]) -> Iterator[Message]:
    """The particles of one sentence that do not suit the quote or the location before them
    (a quote is read as the drafting engine writes its particle: :func:`read_as`)."""
    for written in particles:
        right = _right(read_as(written.word) if written.quoted else written.word, written.pair)
        if right is None or right == written.form:
            continue
        shown = _shown(written.word, written.quoted)
        yield Message(SENTENCE_PARTICLE, {"written": shown + written.form, "right": shown + right})


@dataclass(frozen=True)
class TextSlip:
    """A replacement made at ``text[start:end]`` by ``new`` after which the particle of the
    text no longer suits: ``found`` (the new words' end and the particle), ``fix`` (the
    clause quoting the particle too)."""

    found: str
    fix: str


def text_slip(text: str, start: int, end: int, new: str) -> TextSlip | None:
    """The slip a replacement of ``text[start:end]`` by ``new`` makes, if any: a particle
    after the replaced words, or quoted with them, that suited the old words and does not
    suit the new: ``"복지국"을 "복지과"로`` in ``복지국을 둔다``; ``"복지국을"을
    "문화관광국를"로``."""
    old = text[start:end]
    after = particle_at(text, end)
    if after is not None:  # 복지국을 둔다 and "복지국"을 "복지과"로
        (form, pair), old_form = after, after[0]
        old_word, new_word, inside = old, new, False
    else:  # the particle quoted with the words: "복지국을"을 "문화관광국를"로
        ending, before = particle_ending(new), particle_ending(old)
        if ending is None or before is None or ending[1] != before[1]:
            return None
        if not _AT_WORD_END.match(text, end):
            return None
        (form, pair), old_form = ending, before[0]
        old_word, new_word, inside = old[: -len(old_form)], new[: -len(form)], True
    if _right(read_as(old_word), pair) != old_form:
        return None  # no particle after the old words (국가), or one already wrong
    right = _right(read_as(new_word), pair)
    if right is None or right == form:
        return None
    written = old if inside else old + form
    fix = f"{quoted(written, '을/를')} {quoted(new_word + right, '으로/로')}"
    return TextSlip(new_word[-12:] + form, fix)


def text_note(location: Pair, slip: TextSlip) -> Message:
    return Message(TEXT_PARTICLE, {"location": location, "found": slip.found, "fix": slip.fix})
