"""The clauses of amendment sentences, as plain data (shared by both languages).

A clause is one instruction of a bill: replace words (:class:`Replace`, :class:`ReplaceTitle`,
:class:`Rename`), rewrite a provision (:class:`Rewrite`), insert (:class:`Insert`), delete
(:class:`Delete`) or change annexes (:class:`AnnexChange`). A :class:`SentencePlan` is the
clauses of one sentence. :mod:`.plan` builds them; :mod:`.sentences` and
:mod:`.sentences_en` write them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.drafting.diff import Status, split_proviso, split_sentences
from desktop.core.drafting.location import Entry, Location, Part, ranges
from desktop.core.drafting.textdiff import normalise
from desktop.core.statute import Annex, Article, Instrument, Item, Num, Paragraph, Subparagraph

Provision = Paragraph | Subparagraph | Item


@dataclass(frozen=True)
class Body:
    """A text printed after a sentence: a new provision in full (``WHOLE``), its own text with
    its number (``LEAD``), or its 본문 / 단서 (``MAIN`` / ``PROVISO``)."""

    obj: Article | Provision
    part: Part = Part.WHOLE


@dataclass(frozen=True)
class Source:
    """Where a replacement applies, with both versions (the English renderer diffs them)."""

    location: Location
    old: Article | Provision
    new: Article | Provision
    # how many times the quoted words are replaced there, when known from the diff: an
    # occurrence inside words an earlier clause replaces is left to that clause
    replaced: int | None = None
    # the provision's position among its siblings (both versions merged), when it is a
    # provision below an article: consecutive ones cited together become a range
    index: int | None = None


def cited_text(obj: Article | Provision, part: Part) -> str:
    """The text a citation with ``part`` means in a provision (its own text) or an article
    (its title)."""
    if isinstance(obj, Article):
        return obj.title if part is Part.TITLE else ""
    text = normalise(obj.text)
    if part in (Part.WHOLE, Part.LEAD, Part.BODY):
        return text
    if part in (Part.FRONT, Part.BACK, Part.LEAD_FRONT, Part.LEAD_BACK):
        front, back = split_sentences(text) or (text, "")
        return back if part.second else front
    main, proviso = split_proviso(text)
    return (proviso or "") if part.second else main


@dataclass(frozen=True)
class Replace:
    """``{targets} 중 "old"를 (각각) "new"로 한다``."""

    targets: tuple[Location, ...]
    old: str
    new: str
    sources: tuple[Source, ...]

    def entries(self) -> tuple[Entry, ...]:
        """The provisions cited, three or more consecutive siblings as a range (``제1항부터
        제3항까지 중``): real bills write a range 512 times where they list three consecutive
        provisions before 중 67 times, and four or more a range 166 times, listed 8 times
        (the mirror of consolidated statutes, every 부칙 amending another statute)."""
        indices = [s.index for s in self.sources]
        if len(self.sources) != len(self.targets) or None in indices:
            return tuple((t, t) for t in self.targets)
        return tuple(ranges([(t, i) for t, i in zip(self.targets, indices, strict=True)]))

    @property
    def several(self) -> bool:
        """Whether the words are replaced in more than one place (``각각``): several
        provisions are cited, or the words occur more than once in the cited text."""
        if len(self.targets) > 1:
            return True
        found = sum(
            cited_text(s.old, s.location.part).count(self.old) if s.replaced is None else s.replaced
            for s in self.sources
        )
        return found > 1


@dataclass(frozen=True)
class ReplaceTitle:
    """``제9조의 제목 "(old)"을 "(new)"으로 한다`` — the whole title with its brackets."""

    location: Location
    old: Article
    new: Article


@dataclass(frozen=True)
class Rewrite:
    """``{target}을 다음과 같이 한다`` followed by the new text; several siblings rewritten
    together: ``{entries}를 각각 다음과 같이 한다`` followed by each new text (``target`` and
    ``body`` are the first of them)."""

    target: Location
    body: Body
    entries: tuple[Entry, ...] = ()
    more: tuple[Body, ...] = ()


@dataclass(frozen=True)
class Insert:
    """``{container}에 {targets}를 (각각) 다음과 같이 신설한다``; no container for articles."""

    container: Location | None
    targets: tuple[Entry, ...]
    bodies: tuple[Body, ...]


@dataclass(frozen=True)
class Renumber:
    """``{source}를 {target}로 한다``: a provision moved unchanged to another number, to make
    room for new ones (``제5조제2항제4호를 제5호로 하고``), or an article's single unnumbered
    paragraph numbered beside new ones (``제34조 제목 외의 부분을 제1항으로 하고``); several
    moved together: ``{sources}를 각각 {targets}로 한다`` (``제8호부터 제10호까지를 각각
    제9호부터 제11호까지로``), ``source`` and ``target`` the first of them."""

    source: Location
    target: Location
    sources: tuple[Entry, ...] = ()
    targets: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Delete:
    """``{targets}를 (각각) 삭제한다``."""

    targets: tuple[Entry, ...]


@dataclass(frozen=True)
class Rename:
    """``제명 "old"를 "new"로 한다``."""

    old: Instrument
    new: Instrument


@dataclass(frozen=True)
class AnnexChange:
    """``별표 1을 별지와 같이 한다`` / ``… 신설한다`` / ``… 삭제한다`` for one or more annexes."""

    status: Status
    annexes: tuple[Annex, ...]


@dataclass(frozen=True)
class AnnexRenumber:
    """``별표 1을 별표 2로 한다``: an annex that takes another number (``별표 2를 별표 3으로
    하고, 별표 1을 별표 2로 하며, 별표 1을 별지와 같이 신설한다``), or an instrument's only
    annex, written without a number (``[별표]``), numbered unchanged beside a new one
    (``별표를 별표 1로 하고, 별표 2를 별지와 같이 신설한다``); ``old`` and ``new`` are the annex
    before and after."""

    old: Annex
    new: Annex


Clause = (
    Replace
    | ReplaceTitle
    | Rewrite
    | Insert
    | Renumber
    | Delete
    | Rename
    | AnnexChange
    | AnnexRenumber
)


@dataclass(frozen=True)
class SentencePlan:
    """One amendment sentence: its clauses and the articles or annexes it touches."""

    clauses: tuple[Clause, ...]
    articles: tuple[Num, ...] = ()
    annexes: tuple[Num, ...] = ()
