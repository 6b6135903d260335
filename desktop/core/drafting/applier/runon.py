"""The new text of a provision broken over lines (``제5조를 다음과 같이 한다.`` and the article
after it, copied from a PDF): the lines that run on are joined to the line they continue
before the statute reader reads the provision, each meeting decided here, where what the
amendment's own lines showed is known.

A line that starts no provision (no ``①``, ``1.``, ``[…]``; an item marker that cannot start
an item there, such as the ``다.`` of ``…수행한`` / ``다.``) runs on. Where it meets the line
before it:

- without a space before a closing mark (``연구`` / ``.``), after an opening one (``(`` /
  ``이하``), inside a citation (``제3조`` / ``제1항``, ``제3조제`` / ``1항``) and before the
  ``다.`` that ends a sentence (``수행한`` / ``다.``, ``다. 다만, …``), between a citation and
  its particle (``제8조`` / ``에 따른``); with a space between ``」`` and ``제8조``, after
  ``,`` ``.`` ``;`` ``:``, before ``1)`` or ``(가)`` (a line of its own in a real text), after a
  line that is not full (a page breaks full lines: the line ended there) and where the line
  kept the space it broke at — nothing to check;
- elsewhere nothing tells whether the page broke at a space or inside a word: with a space,
  or without one between two syllables when the page is seen to break inside words (the
  sentence or the new text needed a meeting joined without a space), and a note asks the
  official to check the spacing there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple
from unicodedata import east_asian_width

from desktop.core.drafting.applier.wrapped import JOINED_SOLID, JOINED_SPACE, inside_word, meet
from desktop.core.statute_syntax import (
    ARTICLE,
    BRACKETS,
    CHAPTER,
    ITEM,
    PARAGRAPH,
    SUBPARAGRAPH,
    clean_line,
    clean_offsets,
)
from desktop.i18n import N_, Message, Pair

BODY_UNSURE = N_(
    "the new text of {location} breaks over lines at “{words}”: read {joined}; check that "
    "the spacing is right."
)

_CLOSING = tuple(".,;:)]」』>")
_OPENING = tuple("([「『<")
_SPACED_AFTER = tuple(",.;:")
_SENTENCE_END = re.compile(r"다(?:[.,](?: |$)|$)")  # 다. or 다, ending a word broken before it
# a line of its own, the statute reader reads as text (1), 가), (1), (가))
_SUB_ITEM = re.compile(r"\(?(?:\d{1,2}|[가-하])\)\s")
# a citation that ends a line, and a particle after it (이, 가 left out: 이 경우)
_CITATION_END = re.compile(r"(?:제\d+(?:조|항|호)(?:의\d+)?|[가-하]목|」)$")
_PARTICLE = re.compile(r"(?:에서|에게|에|의|을|를|은|는|과|와|으로|로|부터|까지)(?:[ ,.)]|$)")
_BRANCH = re.compile(r"의\d")
# how full a line is, at least, against the widest, when the page broke it
FULL = 0.75
_CITED = re.compile(r"(?:^|[\s「」(ㆍ,조항호])제$")  # 제 / 1항, 제3조제 / 1항


class UnsureBreak(NamedTuple):
    """A line of a new text that runs on where nothing tells how: the line, the column
    (1-based) and length of its last word as written, the words as read across the meeting
    and whether a space was put there."""

    line: int
    column: int
    length: int
    words: str
    spaced: bool

    def note(self, location: Pair) -> Message:
        joined = Message(JOINED_SPACE if self.spaced else JOINED_SOLID)
        return Message(BODY_UNSURE, {"location": location, "words": self.words, "joined": joined})


def run_on(
    lines: list[tuple[int, str]], breaks_words: bool, page: Sequence[tuple[int, str]]
) -> tuple[list[str], list[UnsureBreak]]:
    """``lines`` (number, line as pasted) of one new text with the lines that run on joined
    to the line before them, and the meetings to check. ``breaks_words``: the page is seen
    to break inside words (:func:`.wrapped._breaks_words`); ``page``: the lines of the
    sentence's new texts, whose widest is as wide as their page (:func:`display_width`)."""
    groups: list[list[tuple[int, str, str]]] = []  # a provision's lines: number, raw, read
    items_seen = False
    for lineno, raw in lines:
        line = clean_line(raw)
        if groups and line and _runs_on(line, items_seen):
            groups[-1].append((lineno, raw, line))
            continue
        if SUBPARAGRAPH.fullmatch(line) or PARAGRAPH.fullmatch(line) or ARTICLE.match(line):
            items_seen = False
        elif ITEM.fullmatch(line):
            items_seen = True
        groups.append([(lineno, raw, line)])
    if all(len(group) == 1 for group in groups):
        return [group[0][1] for group in groups], []
    width = max(display_width(raw) for _, raw in page)
    # what can be told first: a meeting the page needed joined without a space shows it
    # breaking inside words
    told: list[list[str | None]] = []
    for group in groups:
        text, seps = group[0][2], []
        for (_, raw, _), (_, _, after) in itertools.pairwise(group):
            # a line that keeps the space it broke at says so
            sep = " " if raw[-1:].isspace() else _sure(text, after)
            if sep is None and display_width(raw) < FULL * width:
                sep = " "  # a page breaks a line that is full: this one ends where it did
            seps.append(sep)
            breaks_words = breaks_words or sep == ""
            text = f"{text}{' ' if sep is None else sep}{after}"
        told.append(seps)
    out: list[str] = []
    unsure: list[UnsureBreak] = []
    for group, seps in zip(groups, told, strict=True):
        if len(group) == 1:
            out.append(group[0][1])
            continue
        text = group[0][2]
        for ((lineno, raw, line), (_, _, after)), sep in zip(
            itertools.pairwise(group), seps, strict=True
        ):
            if sep is None:
                sep = "" if breaks_words and inside_word(text, after) else " "
                unsure.append(_unsure(lineno, raw, line, text, after, sep))
            text = f"{text}{sep}{after}"
        out.append(text)
    return out, unsure


def continues(line: str) -> bool:
    """Whether a line after one line of new text (a 단서, a title) runs on from it."""
    return bool(line) and _runs_on(line, items_seen=False)


def _runs_on(line: str, items_seen: bool) -> bool:
    """Whether a line of a new text continues the line before it rather than starting a
    provision (a text holds one article, which begins on its first line: ``제88조의2 및 …``
    runs on): no marker, or an item marker with no text, or ``다. …`` where no item came
    before it in its subparagraph (the end of ``…수행한`` / ``다. 다만, …``; the items of a
    new text begin at 가목)."""
    if (
        PARAGRAPH.fullmatch(line)
        or SUBPARAGRAPH.fullmatch(line)
        or BRACKETS.fullmatch(line)
        or CHAPTER.match(line)
    ):
        return False
    if match := ITEM.fullmatch(line):
        return not match.group(2) or (match.group(1) == "다" and not items_seen)
    return True


def _sure(before: str, after: str) -> str | None:
    """How two lines of a new text meet where that can be told: ``""`` or ``" "``; ``None``
    where it cannot."""
    if after.startswith(_CLOSING) or before.endswith(_OPENING):
        return ""
    if meet(before, after) == "":  # a citation, a quote and its particle
        return ""
    if _SENTENCE_END.match(after) and inside_word(before, after):
        return ""
    if _CITED.search(before) and after[0].isdigit():
        return ""
    if _CITATION_END.search(before):
        if _PARTICLE.match(after) or _BRANCH.match(after):  # 제8조 / 에 따른, 제8조 / 의2
            return ""
        if before.endswith("」") and after.startswith("제"):  # 「청년기본법」 / 제8조
            return " "
    if before.endswith(_SPACED_AFTER) or _SUB_ITEM.match(after):
        return " "
    return None


def display_width(line: str) -> int:
    """How wide a line is on a page: Hangul and other wide characters count two."""
    return sum(2 if east_asian_width(char) in "WF" else 1 for char in clean_line(line))


def _unsure(lineno: int, raw: str, line: str, before: str, after: str, sep: str) -> UnsureBreak:
    """The note for the meeting of line ``lineno`` (``raw`` as pasted, ``line`` as read) with
    the line after it, ``before`` the text read up to it: it selects the line's last word."""
    offsets = clean_offsets(raw)
    last = line.rsplit(" ", 1)[-1]
    start = len(offsets) - len(last)
    column, length = (offsets[start] + 1, offsets[-1] + 1 - offsets[start]) if offsets else (0, 0)
    words = f"{before.rsplit(' ', 1)[-1]}{sep}{after.split(' ', 1)[0]}"
    return UnsureBreak(lineno, column, length, words, sep == " ")
