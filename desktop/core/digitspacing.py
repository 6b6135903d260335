"""Numbers spaced from the words around them, as a PDF's copied text often gives them.

Copied out of a PDF, a text may come back with a space at every meeting of a number and a
Hangul word, where the page changed fonts: ``제 3 조 중``, ``제 6 조의 2 를``, ``국장 1 명을``.
No statute writes a citation so, so a text whose citations are spaced more often than not
(:func:`shows_spacing`) is read with those spaces taken out again (:func:`respace`):

- inside a citation, none: ``제 6 조의 2 제 1 항`` is ``제6조의2제1항``, ``별표 1 의 2`` is
  ``별표 1의2``;
- elsewhere, the way the statutes write the word before the number, or after it
  (``resources/digit_spacing.tsv``, counted over the current national statutes by
  ``scripts/mine_digit_spacing.py``): ``국장 1명``, ``3급``, ``2를``, ``우정2급``, ``나목1)``,
  but ``2 이상``, ``1 및 2``, ``별표 1``. Where the statutes write the word both ways, or it
  was never counted, it is read the more usual way, or with its space, and a note
  (:class:`Guess`) asks the official to check it.

Messages about the text read so are located back in the text as pasted (:meth:`Respaced.located`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from desktop import paths
from desktop.core.statute_syntax import JOINED_SOLID, JOINED_SPACE, ParseMessage
from desktop.i18n import N_, Message

SURE_SHARE = 0.98  # a word the statutes write one way at least this often is read so silently

# A citation as a PDF's copy spaces it (``제 3 조``), and as the statutes write it (``제3조``).
_SPACED_CITATION = re.compile(r"(?<![가-힣])제 \d+ (?:조|항|호)")
_SOLID_CITATION = re.compile(r"(?<![가-힣])제\d+(?:조|항|호)")
# The spaces a citation's number gets in such a copy: after 제 (``제 3``, ``조제 1``, and the
# ordinal ``제 2 종``), before its unit (``3 조``), around a branch number (``조의 2``,
# ``별표 1 의 2``, a subparagraph's ``3 의 2.``), before the next provision after one
# (``조의 2 제 1 항``) and before the sub-item of a 호 or 목 (``제 2 호 72)``, ``나목 1)``).
_IN_CITATION = (
    re.compile(r"(?:(?<![가-힣])|(?<=[조항호목]))제( )\d"),
    re.compile(r"(?:(?<![가-힣])|(?<=[조항호목]))제 ?\d+( )(?:조|항|호|장|절|관|편)"),
    re.compile(r"(?:(?<![가-힣])|(?<=[조항호]))제 ?\d+ ?(?:조|항|호)의( )\d+(?:( )제 ?\d)?"),
    re.compile(r"(?:(?<=별표 )|(?<=서식 )|^\s*)\d+( )의( )?\d"),
    re.compile(r"(?:제 ?\d+ ?호|[가-하]목)( )\d+\)"),
)
# A number and a word that meet at a space (the whole match: the words a note quotes); Latin
# letters and a word, which the copy spaces the same way (``AI 국``).
_AFTER_NUMBER = re.compile(r"(?<!\d)\d+(?P<space> )(?P<word>[가-힣]+)")
_BEFORE_NUMBER = re.compile(r"(?P<word>[가-힣]+)(?P<space> )\d+")
_AFTER_LATIN = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?P<space> )(?P<word>[가-힣]+)")
_BEFORE_LATIN = re.compile(r"(?P<word>[가-힣]+)(?P<space> )[A-Za-z]+(?![A-Za-z])")
# A word that starts a citation (``별표 1 제3호``), one that ends one (``제4조 4급``): the
# number keeps its space.
_CITING = re.compile(r"제 ?\d")
_CITED = re.compile(r"(?<![가-힣])제 ?\d+ ?(?:조|항|호)(?:의 ?\d+)?$")
# The last syllable of a word that ends in a particle or a connective ending (밑에, 및 하며): a
# word after it starts after a space. Few statutes write Latin letters, so the table holds few
# words before them.
_ENDINGS = frozenset("은는이가을를의에로와과도서며고")
_TABLE = "digit_spacing.tsv"
MAX_SYLLABLES = 3  # the first (after a number) or last (before one) syllables counted
AFTER, BEFORE = "after", "before"
AFTER_LATIN, BEFORE_LATIN = "after-latin", "before-latin"  # the word after (before) letters
_FIRST = frozenset({AFTER, AFTER_LATIN})  # the sides a word is read by its first syllables
_LATIN = frozenset({AFTER_LATIN, BEFORE_LATIN})
_SIDES = (
    (AFTER, _AFTER_NUMBER),
    (BEFORE, _BEFORE_NUMBER),
    (AFTER_LATIN, _AFTER_LATIN),
    (BEFORE_LATIN, _BEFORE_LATIN),
)

SPACED_TEXT = N_(
    "the numbers of this text are spaced from the words around them ({words}), as a copy "
    "from a PDF gives them: read as the statutes usually write them (제3조, 1명, 2 이상); "
    "check the spacing of its numbers."
)
GUESSED = N_(
    "“{words}”: a number spaced as a copy from a PDF spaces them; statutes write this word "
    "both ways after a number: read {joined}; check that the spacing is right."
)
GUESSED_LATIN = N_(
    "“{words}”: Latin letters spaced from a word as a copy from a PDF spaces them; the "
    "statutes do not tell how this word meets them: read {joined}; check that the spacing is "
    "right."
)


class Reading(NamedTuple):
    """How a word meets a number: ``solid`` (``1명``, ``우정2급``) or spaced (``2 이상``,
    ``별표 1``), and whether the statutes write it so nearly always (``sure``)."""

    solid: bool
    sure: bool


def reading_of(solid: int, spaced: int) -> Reading:
    """The reading of a word met ``solid`` times without a space and ``spaced`` times with one
    (never met: with its space, not surely)."""
    if solid + spaced <= 0:
        return Reading(False, False)
    share = solid / (solid + spaced)
    return Reading(share >= 0.5, max(share, 1 - share) >= SURE_SHARE)


@functools.cache
def _table() -> dict[tuple[str, str], Reading]:
    """(side, syllables) → reading: the first syllables of a word after a number, the last
    of a word before one."""
    readings = {}
    path = paths.resources_dir() / _TABLE
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        side, syllables, reading, sure, *_counts = line.split("\t")
        readings[side, syllables] = Reading(reading == "solid", sure == "sure")
    return readings


def reading(side: str, word: str) -> Reading:
    """How the statutes write ``word`` after a number (``side`` :data:`AFTER`) or before one
    (:data:`BEFORE`), after Latin letters or before them (:data:`AFTER_LATIN`,
    :data:`BEFORE_LATIN`): by its longest counted first (last) syllables; a word never counted
    is read with its space, not surely."""
    table = _table()
    for size in range(min(MAX_SYLLABLES, len(word)), 0, -1):
        if (found := table.get((side, syllables(side, word, size)))) is not None:
            return found
    if side == BEFORE_LATIN and word[-1] in _ENDINGS:
        return Reading(False, True)  # a word that ends in a particle: 밑에 AI국
    return Reading(False, False)


def syllables(side: str, word: str, size: int) -> str:
    """The ``size`` syllables of ``word`` that ``side`` reads it by: its first after a number
    or letters, its last before them."""
    return word[:size] if side in _FIRST else word[-size:]


def shows_spacing(text: str) -> bool:
    """Whether ``text`` spaces its citations' numbers more often than not (``제 3 조``)."""
    if _SPACED_CITATION.search(text) is None:  # most texts: one look
        return False
    return len(_SPACED_CITATION.findall(text)) >= len(_SOLID_CITATION.findall(text))


@dataclass(frozen=True)
class Guess:
    """A space at a number the page could not tell: at ``line``, ``column`` (1-based, as
    pasted) the ``words`` it joins or parts, read ``solid`` or not."""

    line: int
    column: int
    words: str
    solid: bool
    latin: bool = False  # letters, not a number

    def note(self) -> ParseMessage:
        joined = Message(JOINED_SOLID if self.solid else JOINED_SPACE)
        params = {"words": self.words, "joined": joined}
        message = GUESSED_LATIN if self.latin else GUESSED
        return ParseMessage(self.line, message, params, "warning", self.column, len(self.words))


@dataclass
class Respaced:
    """A text read without its numbers' copied spaces: ``text``; the note that says so
    (``first``, at the first spaced citation); the places nothing told (``guesses``); where
    each column of a changed line stands in the line as pasted (``columns``)."""

    text: str
    first: ParseMessage
    guesses: list[Guess] = field(default_factory=list)
    columns: dict[int, list[int]] = field(default_factory=dict)

    def notes(self) -> list[ParseMessage]:
        """What the official is told: that the text was read so, then each guess."""
        return [self.first, *(guess.note() for guess in self.guesses)]

    def located(self, message: ParseMessage) -> ParseMessage:
        """``message``, about some words of the text read, located in the text as pasted (a
        message about a whole line, column 0, stays)."""
        columns = self.columns.get(message.line)
        if columns is None or not message.column:
            return message
        start = columns[min(message.column - 1, len(columns) - 1)]
        end = columns[min(message.column - 1 + message.length, len(columns) - 1)]
        return replace(message, column=start + 1, length=max(end - start, 0))


def respace(text: str, known: Callable[[str], bool] | None = None) -> Respaced | None:
    """``text`` without the spaces a PDF's copy put around its numbers (and Latin letters),
    or ``None`` when it shows none (:func:`shows_spacing`).

    ``known`` tells whether words occur in the instrument a copied amendment amends: where the
    statutes write a word both ways, the way the instrument writes it (``행정1부지사``, only
    one of the two) is read without a note."""
    if not shows_spacing(text):
        return None
    lines = text.split("\n")
    first: ParseMessage | None = None
    guessed: list[Guess] = []
    columns: dict[int, list[int]] = {}
    for lineno, line in enumerate(lines, start=1):
        solid, guesses = _meetings(line, known)
        if not solid and not guesses:
            continue
        if first is None and (match := _SPACED_CITATION.search(line)):
            words = match.group(0)
            params = {"words": words}
            first = ParseMessage(
                lineno, SPACED_TEXT, params, "warning", match.start() + 1, len(words)
            )
        kept = [at for at in range(len(line)) if at not in solid]
        columns[lineno] = [*kept, len(line)]
        lines[lineno - 1] = "".join(line[at] for at in kept)
        guessed += [Guess(lineno, start + 1, *guess) for start, *guess in guesses]
    assert first is not None  # shows_spacing found a spaced citation on some line
    return Respaced("\n".join(lines), first, guessed, columns)


def _meetings(
    line: str, known: Callable[[str], bool] | None
) -> tuple[set[int], list[tuple[int, str, bool, bool]]]:
    """The spaces of ``line`` to take out, and the meetings guessed: (where the number (or
    letters) and the word begin, the two as pasted, read solid, letters)."""
    solid: set[int] = set()
    for pattern in _IN_CITATION:
        for match in pattern.finditer(line):
            solid.update(match.start(k) for k in range(1, pattern.groups + 1) if match.group(k))
    guesses = []
    for side, pattern in _SIDES:
        at = 0
        while match := pattern.search(line, at):
            space = match.start("space")
            at = space + 1  # a number meets a word on each side: 국장 1 명
            if space in solid or (
                _CITING.match(line, match.start("word"))
                if side in _FIRST
                else side == BEFORE and _CITED.search(line, 0, space)
            ):
                continue
            found = reading(side, match.group("word"))
            if not found.sure and known is not None:
                found = _as_known(match.group(), space - match.start(), known) or found
            if found.solid:
                solid.add(space)
            if not found.sure:
                guesses.append((match.start(), match.group(), found.solid, side in _LATIN))
    guesses.sort()
    return solid, guesses


def _as_known(words: str, space: int, known: Callable[[str], bool]) -> Reading | None:
    """How the instrument amended writes ``words`` (a number or letters and a word, spaced at
    ``space``): solid or spaced when it has only one of the two, else ``None``."""
    solid = known(words[:space] + words[space + 1 :])
    if solid == known(words):
        return None
    return Reading(solid, True)
