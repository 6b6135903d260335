"""Amendment sentences broken over several lines, as text copied from a PDF or a page of
fixed width comes: read as one sentence.

A line that starts a sentence (``제3조제1항 중 …``) but does not end one is read on with the
lines after it, one at a time, until the whole reads as amendment sentences. Where the lines
meet, nothing tells whether the page broke at a space or inside a word (``"… 및 인`` /
``구정책국"으로``), so each meeting is decided in turn:

- a citation written solid runs on without a space (``제3조`` / ``제1항``, ``제12`` / ``조의2``,
  ``제3호`` / ``가목``); other lines meet with a space, as pages break at spaces;
- where the sentence then cannot be read, a meeting is joined without a space when that lets
  it read further (``삭`` / ``제한다``), the nearest to where reading stopped first, one at a
  time, within a budget of trials (a text that never reads is not tried for long);
- inside the words a replacement quotes from the text (``"A"를``), the meeting is joined the way
  that makes the words occur in the instrument;
- inside the new words (``"B"로``) nothing can tell: the meeting is read with a space, or
  without one between two syllables when the page is seen to break inside words (the
  sentence's own words needed a meeting joined so), and a note asks the official to check
  it there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop.core.amendment_grammar import (
    ITEM_LABELS,
    STARTS,
    Parsed,
    line_sentences,
    reach,
)
from desktop.core.statute_syntax import ADDENDA, ANNEX, JOINED_SOLID, JOINED_SPACE, clean_line
from desktop.i18n import N_, Message

# How far a sentence is read on: a long sentence of a real bill runs to about 2,000
# characters, some 40 lines of a page.
MAX_LINES = 60
MAX_CHARS = 8000
# Readings of a sentence tried with a meeting joined otherwise, at most (a long sentence
# broken inside words every 20 characters takes about a hundred).
MAX_TRIALS = 400
# Meetings of lines inside the quoted words tried both ways (2**n variants at most).
MAX_QUOTE_BREAKS = 6

# A citation written solid, broken where the lines meet: after a provision, the next one
# (``제3조`` / ``제1항``, ``제3호`` / ``가목``); inside a number or a citation (``제12`` /
# ``조의2``, ``제3조의`` / ``2``, ``제`` / ``3조``). ``별표 2`` / ``제3호`` keeps its space.
_PROVISION_END = re.compile(r"제\d+(?:조|항|호)(?:의\d+)?$")
_NEXT_PROVISION = re.compile(f"제\\d|[{ITEM_LABELS}]목")
_NUMBER_OPEN = re.compile(r"(?:\d|제\d+(?:조|항|호)의|(?:^|[\s「」(ㆍ,])제)$")
# what goes on a number: digits, a branch number, a provision
_NUMBER_GOES_ON = re.compile(r"\d|의\d|조|항|호|목")
_CLOSE = '"”'
_PARTICLE = re.compile(r"(?:을|를|으로|로)(?: |$)")
_OPENED = re.compile(r"(?:^| )[\"“]$")
_CLOSING = re.compile(r"[\"”](?:을|를|으로|로)(?: |$)")
_HALF_PARTICLE = re.compile(r"[\"”]으$")
_ENDED = re.compile(r"다\.?$")  # how a sentence ends: 한다., 신설한다, …
_SYLLABLE = re.compile(r"[가-힣]")
_TITLED_ARTICLE = re.compile(r"제\d+조(?:의\d+)?\(")

UNSURE = N_(
    "the line breaks here inside the new words “{words}”: read {joined}; check that the "
    "spacing is right."
)


class Unsure(NamedTuple):
    """A line that breaks inside new words: the ``words`` quoted, where the last word of the
    line stands in the text read (``start``, ``end``: the words the note selects), and
    whether a space was put after it."""

    words: str
    start: int
    end: int
    spaced: bool

    def shifted(self, by: int) -> Unsure:
        return self._replace(start=self.start + by, end=self.end + by)

    def note(self) -> Message:
        """The note that asks the official to check the spacing there."""
        joined = Message(JOINED_SPACE if self.spaced else JOINED_SOLID)
        return Message(UNSURE, {"words": self.words, "joined": joined})


@dataclass
class Joined:
    """Lines ``first`` to ``end - 1`` read as one text: ``text`` (cleaned, the lines joined),
    ``starts`` (where each line's words begin in it), the sentences read from it, and the
    lines that break inside new words."""

    text: str
    starts: list[int]
    pieces: list[tuple[str, Parsed]]
    end: int
    breaks_words: bool = False  # the page is seen to break inside words
    unsure: list[Unsure] = field(default_factory=list)


def may_start(line: str) -> bool:
    """Whether a line that is no whole sentence may begin one broken over lines (not the
    heading of a new article, ``제3조(목적) …``)."""
    return bool(STARTS.match(line)) and not _TITLED_ARTICLE.match(line)


def _stops(line: str) -> bool:
    """Whether a line can be no part of a sentence begun above it."""
    return not line or bool(ANNEX.fullmatch(line) or ADDENDA.fullmatch(line))


def meet(before: str, after: str) -> str:
    """How two lines meet when nothing else tells: solid inside a citation and between a
    quote and its particle, else a space."""
    if (
        (before[-1] in _CLOSE and _PARTICLE.match(after))  # "A" / 를
        or _OPENED.search(before)  # 중 " / A"를
        or _CLOSING.match(after)  # "A / "를
        or (_HALF_PARTICLE.search(before) and after.startswith("로"))  # "A"으 / 로
    ):
        return ""
    if _PROVISION_END.search(before) and _NEXT_PROVISION.match(after):
        return ""
    if _NUMBER_OPEN.search(before) and _NUMBER_GOES_ON.match(after):
        return ""
    return " "


def _build(parts: list[str], seps: list[str]) -> tuple[str, list[int]]:
    text, starts = parts[0], [0]
    for sep, part in zip(seps, parts[1:], strict=True):
        text += sep
        starts.append(len(text))
        text += part
    return text, starts


def _mended(parts: list[str], budget: list[int]) -> list[str] | None:
    """The meetings (separators) with which ``parts`` read as sentences, or ``None``: from
    :func:`meet`'s, the meeting whose joining without a space lets the sentence read
    further is joined, the nearest to where reading stopped first, until it reads (each
    reading tried takes one of ``budget[0]``)."""
    seps = [meet(a, b) for a, b in itertools.pairwise(parts)]
    text, starts = _build(parts, seps)
    stopped = reach(text)
    while stopped is not None:
        spaced = [k for k, sep in enumerate(seps) if sep == " "]
        spaced.sort(key=lambda k: abs(starts[k + 1] - stopped))
        for k in spaced:
            if budget[0] <= 0:
                return None
            budget[0] -= 1
            trial = [*seps[:k], "", *seps[k + 1 :]]
            further = reach(_build(parts, trial)[0])
            if further is None or further > stopped:
                seps, stopped = trial, further
                break
        else:
            return None
        text, starts = _build(parts, seps)
    return seps  # reach() None: the text reads as line_sentences() reads it


def _quotes(pieces: list[tuple[str, Parsed]], text: str) -> list[tuple[int, int, bool]]:
    """The quoted words of the sentences (start and end in ``text``, without the marks) and
    whether each is words of the text (``"A"를``) rather than new words (``"B"로``)."""
    out = []
    at = 0
    for piece, parsed in pieces:
        at = text.find(piece, at)
        for written in parsed.particles:
            if written.quoted:
                start = at + written.start + 1
                out.append((start, start + len(written.word), written.form in ("을", "를")))
        at += len(piece)
    return out


def join(lines: list[str], first: int, known: Callable[[str], bool] | None = None) -> Joined | None:
    """The sentence(s) that begin at line ``first`` of ``lines`` (as pasted) and run on over
    the lines after it, or ``None`` when no run of lines reads as sentences. ``known`` tells
    whether words occur in the instrument amended."""
    parts = [clean_line(lines[first])]
    budget = [MAX_TRIALS]
    for end in range(first + 1, min(len(lines), first + MAX_LINES)):
        line = clean_line(lines[end])
        if _stops(line) or sum(map(len, parts)) > MAX_CHARS:
            return None
        parts.append(line)
        if not _ENDED.search(line):  # the sentence goes on: read it when it has ended
            continue
        mended = _mended(parts, budget)
        if mended is None:
            continue
        reading = _Reading(parts, mended, known)
        # the quotes decide the meetings next to their marks and inside them, each step
        # read again (the words inside quotes do not change how a sentence reads)
        for decide in (_trimmed, _fitted, _guessed):
            seps = decide(reading)
            if seps != reading.seps:
                reading.seps = seps
                if not reading.read():  # pragma: no cover
                    return None
        text, seps, starts = reading.text, reading.seps, reading.starts
        joined = Joined(text, starts, reading.pieces, end + 1, _breaks_words(reading))
        for start, stop, old in reading.quotes:
            for k in _inside(start, stop, seps, starts) if not old else ():
                # the last word of the line that breaks inside the new words
                at = _meeting(k, seps, starts)
                word = max(start, text.rfind(" ", start, at) + 1)
                joined.unsure.append(Unsure(text[start:stop], word, at, seps[k - 1] == " "))
        return joined
    return None


@dataclass
class _Reading:
    """The lines of a sentence joined with ``seps`` between them: the text, where each line
    begins in it, the sentences read from it and their quoted words (start, end, and whether
    words of the text, ``"A"를``, rather than new words, ``"B"로``); ``known`` tells whether
    words occur in the instrument amended."""

    parts: list[str]
    seps: list[str]
    known: Callable[[str], bool] | None
    text: str = ""
    starts: list[int] = field(default_factory=list)
    pieces: list[tuple[str, Parsed]] = field(default_factory=list)
    quotes: list[tuple[int, int, bool]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.read()

    def read(self) -> bool:
        """Join the lines with :attr:`seps` and read them; whether they read as sentences."""
        self.text, self.starts = _build(self.parts, self.seps)
        pieces = line_sentences(self.text)
        if pieces is None:
            return False
        self.pieces, self.quotes = pieces, _quotes(pieces, self.text)
        return True


def _meeting(k: int, seps: list[str], starts: list[int]) -> int:
    """Where line ``k`` meets the line before it in the joined text: the space put there, or
    the first of its words."""
    return starts[k] - len(seps[k - 1])


def _inside(start: int, stop: int, seps: list[str], starts: list[int]) -> list[int]:
    """The lines that meet the line before them inside the words ``text[start:stop]``."""
    return [k for k in range(1, len(starts)) if start < _meeting(k, seps, starts) < stop]


def _trimmed(reading: _Reading) -> list[str]:
    """``seps`` with no space put next to a quotation mark: quoted words never begin or end
    with the space of a meeting (``"… 인구정책국`` / ``"으로``)."""
    seps, starts = list(reading.seps), reading.starts
    for start, stop, _ in reading.quotes:
        for k in range(1, len(starts)):
            if seps[k - 1] == " " and starts[k] - 1 in (start, stop - 1):
                seps[k - 1] = ""
    return seps


def _fitted(reading: _Reading) -> list[str]:
    """``seps`` with the meetings inside the words each replacement quotes from the text
    joined so that the words occur in it (kept as they are when they occur, or when no way
    does)."""
    parts, seps, starts, known = reading.parts, reading.seps, reading.starts, reading.known
    out = list(seps)
    if known is None:
        return out
    for start, stop, old in reading.quotes:
        inside = _inside(start, stop, seps, starts)
        if not old or not inside or len(inside) > MAX_QUOTE_BREAKS:
            continue
        if known(_words(parts, seps, starts, start, stop, inside)):
            continue
        for choice in itertools.product(("", " "), repeat=len(inside)):
            trial = list(seps)
            for k, sep in zip(inside, choice, strict=True):
                trial[k - 1] = sep
            if known(_words(parts, trial, starts, start, stop, inside)):
                for k in inside:
                    out[k - 1] = trial[k - 1]
                break
    return out


def inside_word(before: str, after: str) -> bool:
    return _SYLLABLE.match(before[-1]) is not None and _SYLLABLE.match(after[0]) is not None


def _breaks_words(reading: _Reading) -> bool:
    """Whether the page is seen to break inside words: the sentence's own words, outside its
    quotes, needed a meeting between syllables joined without a space (``삭`` / ``제한다``)."""
    parts, seps, starts = reading.parts, reading.seps, reading.starts
    quoted = [(start, stop) for start, stop, _ in reading.quotes]
    return any(
        sep == ""
        and meet(parts[k - 1], parts[k]) == " "
        and inside_word(parts[k - 1], parts[k])
        and not any(a <= _meeting(k, seps, starts) <= b for a, b in quoted)
        for k, sep in enumerate(seps, start=1)
    )


def _guessed(reading: _Reading) -> list[str]:
    """``seps`` with the meetings inside new words between two syllables joined without a
    space when the page is seen to break inside words (:func:`_breaks_words`): such a page
    breaks at a space only now and then. A page that breaks at spaces keeps them."""
    parts, seps, starts, quotes = reading.parts, reading.seps, reading.starts, reading.quotes
    out = list(seps)
    if not _breaks_words(reading):
        return out
    for start, stop, old in quotes:
        for k in _inside(start, stop, seps, starts):
            if not old and seps[k - 1] == " " and inside_word(parts[k - 1], parts[k]):
                out[k - 1] = ""
    return out


def _words(
    parts: list[str], seps: list[str], starts: list[int], start: int, stop: int, inside: list[int]
) -> str:
    """The quoted words ``text[start:stop]`` (offsets of the text as first joined, whose lines
    begin at ``starts``) with the meetings ``inside`` them joined with ``seps``."""
    first, last = inside[0] - 1, inside[-1]
    words = parts[first][start - starts[first] :]
    for k in range(first + 1, last + 1):
        words += seps[k - 1] + parts[k]
    return words[: len(words) - (len(parts[last]) - (stop - starts[last]))]
