"""The chapter and section headings of an instrument (편, 장, 절, 관), which the statute model
keeps as the lines printed before an article (:attr:`~desktop.core.statute.Article.chapter`).

A heading is cited through the headings above it: the 제1절 of 제2장 is ``제2장제1절``, and its
title is amended as ``제2장제1절의 제목 "복지국"을 "복지문화국"으로 한다``. The drafting engine
writes no sentence for headings; :func:`stale_headings` finds those that still name a unit the
changes renamed, so the official can add the sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from desktop.core.korean import attach
from desktop.core.patterns import replace_words
from desktop.core.statute import Instrument, Num
from desktop.core.statute_syntax import split_tail

_LINE = re.compile(r"^(제\d+(편|장|절|관)(?:의\d+)?)\s*(.*)$")
_LEVEL = {"편": 0, "장": 1, "절": 2, "관": 3}


@dataclass(frozen=True)
class Heading:
    """One heading line: its citation (``제2장제1절``), its title (``복지국``) and the article
    it is printed before."""

    cited: str
    title: str
    article: Num

    def retitled(self, title: str) -> str:
        """The sentence that gives the heading ``title``: ``제2장제1절의 제목 "복지국"을
        "복지문화국"으로 한다.``"""
        old, new = attach(f'"{self.title}"', "을/를"), attach(f'"{title}"', "으로/로")
        return f"{self.cited}의 제목 {old} {new} 한다."


def heading_text(line: str) -> str:
    """A heading line without its history notes (``제2장 본청 <개정 2019. 1. 1.>``) and with
    its spaces normalised: what it says."""
    return " ".join(split_tail(line)[0].split())


def headings(inst: Instrument) -> Iterator[Heading]:
    """The headings in order, each cited through those above it (a heading printed before
    a deleted article's ``제8조 삭제`` stays in the text)."""
    above: dict[int, str] = {}  # level → label of the heading open at that level
    for art in inst.articles:
        for line in art.chapter.split("\n"):
            found = _LINE.match(heading_text(line))
            if not found:
                continue
            label, kind, title = found.groups()
            level = _LEVEL[kind]
            above = {lvl: text for lvl, text in above.items() if lvl < level}
            above[level] = label
            yield Heading("".join(above[lvl] for lvl in sorted(above)), title.strip(), art.num)


def stale_headings(
    inst: Instrument, renames: Iterable[tuple[str, str]]
) -> list[tuple[Heading, str, str, str]]:
    """The headings whose title names a unit by the name the changes replaced:
    (heading, its title with the new names, old name, new name)."""
    pairs = [(old, new) for old, new in renames if old and new and old != new]
    found: list[tuple[Heading, str, str, str]] = []
    for heading in headings(inst):
        for old, new in pairs:
            title = replace_words(heading.title, [(old, new)])
            if title != heading.title:
                found.append((heading, replace_words(heading.title, pairs), old, new))
                break
    return found


def misplaced_articles(
    old: Instrument, new: Instrument, above: Mapping[str, frozenset[str]]
) -> list[tuple[Num, Heading]]:
    """The articles ``new`` inserts under a heading named after a unit that is neither the
    article's own nor one above it: a new bureau's article placed after the last article of
    ``제2절 평생교육국`` reads as part of that section. ``above`` gives each unit's name the
    names of the units above it (a section per deputy holds its bureaus). (article, heading)."""
    before = {art.num for art in old.articles}
    under: Heading | None = None
    found: list[tuple[Num, Heading]] = []
    opened = {h.article: h for h in headings(new)}  # the innermost heading above each article
    for art in new.articles:
        if art.num in opened:
            under = opened[art.num]
        if art.deleted or art.num in before or under is None or under.title not in above:
            continue
        if under.title != art.title and under.title not in above.get(art.title, frozenset()):
            found.append((art.num, under))
    return found
