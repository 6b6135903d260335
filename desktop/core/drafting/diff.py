"""Structural diff of two versions of an instrument (현행 → 개정안).

Articles are matched by number (:class:`~desktop.core.statute.Num`), then paragraphs by
number, subparagraphs by number and items by label. Each provision gets a :class:`Status`:

- ``UNCHANGED``;
- ``REPLACED`` — amended in part: words replaced in its own text (see :mod:`.textdiff`) and/or
  changes further down;
- ``REWRITTEN`` — to be rewritten whole: more than ``rewrite_threshold`` of its characters
  change (a paragraph: and the quotes would take most of its text; a 호: the quotes would
  take most of its text, whatever share changes), more than ``max_replacements``
  replacements would be needed (unless their quotes would take little of its text:
  :data:`~desktop.core.rules.MANY_QUOTED_SHARE`), the replacements would not be exact, or its
  structure changes (subdivisions appear or vanish, a title appears);
- ``INSERTED`` / ``DELETED`` — absent (or ``deleted=True``) on one side.

The own text of a provision is judged separately (:attr:`ProvisionDiff.text_status`), with
the part it lies in (:attr:`ProvisionDiff.text_part`): the lead-in of a provision with
subdivisions (각 호 외의 부분), and 본문 or 단서 when both texts have a proviso (``다만,``), 전단
or 후단 when both have two sentences: the side that changes, or both apart
(:attr:`ProvisionDiff.second`) unless both are rewritten.
A proviso that is added or removed whole is ``INSERTED`` / ``DELETED`` in
:attr:`~ProvisionDiff.text_status`; added to a text whose words change too, the text is
``REPLACED`` and the proviso ``INSERTED`` in :attr:`~ProvisionDiff.second` (unless the text is
rewritten), and so is a second sentence (후단) added to a text whose words change; removed
from a text whose words change too, the 본문 is ``REPLACED`` and the proviso ``DELETED``
there.

Containers are rewritten whole when their changes, counted in characters, exceed the
threshold of their whole text and more than one of their parts changes (one changed
provision is cited alone, however much of its container it is: ``제2조제2항제6호를 다음과
같이 한다``); the article title does not count (a title change always has its own sentence).
An article is so rewritten only when at least two of its paragraphs change more than half
each: one paragraph rewritten beside others amended a little, inserted or deleted is cited apart
(``제3조제1항을 다음과 같이 하고, 같은 조 제2항 중 …``, ``제47조제2항을 다음과 같이 하고, 같은
조에 제3항을 다음과 같이 신설한다``: the development set of real sentences, 5 articles of 5
acts, none rewritten whole by a real bill).
The short 호 and 목 are rewritten sooner than paragraphs (:mod:`desktop.core.rules`),
a 호 whose siblings are amended by replacements only when quoted almost whole, and a 호 of a
paragraph that gets new 호 as soon as it needs more than one replacement. An
article whose single unnumbered paragraph is rewritten is rewritten (also when new paragraphs
are added beside it).
An article with one unnumbered paragraph is matched with a new ``①`` (and back), or with the
new paragraph that says the same word for word, so that adding a paragraph is an insertion,
not a rewrite (the old text taking its number: :func:`numbered_lone`); an article without a
title is rewritten then (there is no 제목 외의 부분 to cite).
Siblings that move down unchanged to make room for new ones (:func:`find_shift`) are one
renumbering clause, counted as a short one, and the new ones an insertion: a paragraph or an
article is not rewritten for them (``제50조제1항제2호 및 제3호를 각각 제3호 및 제4호로 하고,
같은 항에 제2호를 다음과 같이 신설한다``, where number pairing saw every 호 from 제2호 on
changed).

Words the bill changes in more than one place (the same replacement needed by the own texts
of two provisions or by a provision and an article title: a renamed unit, a renamed statute)
are replaced wherever they occur, never by rewriting: a provision that changes only by such
replacements is amended however much of it the quotes take or however many it needs, and
containers count all their provisions changed only so as one changed part (one clause with
각각 covers them). Real bills do so without exception: ``같은 항 제1호 및 제2호 중 "A"를
각각 "B"로 한다`` for a 호 that is A alone, and an article whose six paragraphs all take the
renamed minister is amended, not rewritten (the corpus of real sentences: 381 provisions whose
replacement recurs in the bill, all amended). A first pass finds these replacements
(:attr:`Options.shared`); the provisions are then judged again knowing them.
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop.core.drafting.location import Location, Part
from desktop.core.drafting.textdiff import Replacement, TextDiff, diff_text, normalise
from desktop.core.kformat import hangul_item_index
from desktop.core.rules import (
    DEFAULT_CITE,
    DEFAULT_MAX_REPLACEMENTS,
    DEFAULT_REWRITE_THRESHOLD,
    DEFAULT_SHORT,
    ITEM_REWRITE_THRESHOLD,
    MANY_QUOTED_SHARE,
    PARAGRAPH_QUOTED_SHARE,
    SHORT_AMEND,
    SHORT_WHOLE,
    SUBPARAGRAPH_AMONG_AMENDED_SHARE,
    SUBPARAGRAPH_BESIDE_NEW_REPLACEMENTS,
    SUBPARAGRAPH_MAX_REPLACEMENTS,
    SUBPARAGRAPH_REWRITE_THRESHOLD,
    SUBPARAGRAPH_TWO_REWRITE_THRESHOLD,
)
from desktop.core.statute import Annex, Article, Instrument, Item, Num, Paragraph, Subparagraph

Provision = Paragraph | Subparagraph | Item
PROVISO = " 다만, "
P = TypeVar("P", Article, Paragraph, Subparagraph, Item)


class Status(enum.StrEnum):
    """What happened to a provision."""

    UNCHANGED = "unchanged"
    REPLACED = "replaced"  # words replaced (in it or below it)
    REWRITTEN = "rewritten"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True)
class Options:
    """How the diff judges changes (settings of the drafting engine)."""

    atomic_terms: Collection[str] = frozenset()
    rewrite_threshold: float = DEFAULT_REWRITE_THRESHOLD
    max_replacements: int = DEFAULT_MAX_REPLACEMENTS
    # How a 호 quoted almost whole is amended (:data:`~desktop.core.rules.SHORT_AMEND`: by its
    # words, never rewritten for the share its quotes take, with as many replacements as a
    # paragraph; :data:`~desktop.core.rules.SHORT_WHOLE`: every changed 호 and 목 rewritten).
    short: str = DEFAULT_SHORT
    # Whether another statute's provision is quoted with the statute's name when only its number
    # changes (:data:`~desktop.core.rules.CITE_NAMED`) or without it.
    cite: str = DEFAULT_CITE
    # Replacements the bill makes in more than one provision (found by a first pass).
    shared: frozenset[Replacement] = frozenset()


@dataclass(frozen=True)
class Shift:
    """Siblings renumbered to make room, as real bills write it: ``moves`` are (position of
    the old provision, position of its new number) among the siblings (both versions merged by
    number), each moving unchanged; ``deleted`` the old provisions whose number a moved one
    takes (``제11호를 삭제하고, 같은 항 제8호부터 제10호까지를 각각 제9호부터 제11호까지로
    하며, 같은 항에 제8호를 다음과 같이 신설한다``), ``inserted`` the new ones at numbers left
    (``제1호를 제1호의2로 하고, 같은 항에 제1호를 다음과 같이 신설하며``)."""

    moves: tuple[tuple[int, int], ...]
    deleted: tuple[int, ...]
    inserted: tuple[int, ...]

    @property
    def involved(self) -> frozenset[int]:
        """The positions the renumbering accounts for."""
        return frozenset(
            {i for pair in self.moves for i in pair} | set(self.deleted) | set(self.inserted)
        )


def same_body(old: object, new: object) -> bool:
    """Whether two provisions say the same, whatever their numbers."""
    if isinstance(old, Item) and isinstance(new, Item):
        return normalise(old.text) == normalise(new.text)
    if isinstance(old, Subparagraph) and isinstance(new, Subparagraph):
        return (
            normalise(old.text) == normalise(new.text)
            and len(old.items) == len(new.items)
            and all(same_body(a, b) for a, b in zip(old.items, new.items, strict=True))
        )
    if isinstance(old, Paragraph) and isinstance(new, Paragraph):
        return (
            normalise(old.text) == normalise(new.text)
            and len(old.subparagraphs) == len(new.subparagraphs)
            and all(
                a.num == b.num and same_body(a, b)
                for a, b in zip(old.subparagraphs, new.subparagraphs, strict=True)
            )
        )
    return False


def find_shift(pairs: list[tuple[Provision | None, Provision | None]]) -> Shift | None:
    """The siblings (paragraphs, 호 or 목, paired by number) that move down unchanged to other
    numbers, next to each other and in the same order, to make room for new ones (into the
    numbers of deleted ones too); ``None`` when none does, when one could move to several
    places, when they would cross or be scattered, when no sibling keeps its number, or when
    they move up (one real bill, 응급의료에 관한 법률 2025, renumbers 제2호 and 제3호 up after
    deleting 제1호; another, 서울대학교치과병원 설치법 시행령 2025, rewrites the same change)."""
    pairs = [(_live(o), _live(n)) for o, n in pairs]
    # Two provisions say the same only if their own texts do: a provision moves only to a
    # place whose new text is its old one, and with none (nearly every list) nothing moves.
    olds = [None if o is None else normalise(o.text) for o, _ in pairs]
    news = [None if n is None else normalise(n.text) for _, n in pairs]
    places: dict[str, list[int]] = {}
    for j, said in enumerate(news):
        if said is not None:
            places.setdefault(said, []).append(j)
    if all(said is None or places.get(said, [i]) == [i] for i, said in enumerate(olds)):
        return None
    changed = [o is None or n is None or (o != n and not same_body(o, n)) for o, n in pairs]
    moves: list[tuple[int, int]] = []
    for i, (old, _) in enumerate(pairs):
        if old is None or not changed[i]:
            continue
        if isinstance(old, Paragraph) and not old.number:
            continue  # the unnumbered paragraph is cited as the article, never moved
        found = [
            j
            for j, (_, new) in enumerate(pairs)
            if j != i
            and changed[j]
            and news[j] == olds[i]
            and same_body(old, new)
            and not (isinstance(new, Paragraph) and not new.number)
        ]
        if len(found) > 1:
            return None
        if found:
            moves.append((i, found[0]))
    targets = [j for _, j in moves]
    live = [i for i, (o, n) in enumerate(pairs) if o is not None or n is not None]
    if (
        not moves
        or targets != sorted(set(targets))
        or any(j < i for i, j in moves)
        or not _contiguous([i for i, _ in moves], live)
        or not _contiguous(targets, live)
    ):
        # moved up (real bills: as often rewritten), across each other or scattered
        return None
    sources = {i for i, _ in moves}
    deleted = tuple(j for j in targets if j not in sources and pairs[j][0] is not None)
    inserted = tuple(i for i, _ in moves if i not in set(targets) and pairs[i][1] is not None)
    shift = Shift(tuple(moves), deleted, inserted)
    involved = shift.involved
    if not any(
        i not in involved and old is not None and new is not None
        for i, (old, new) in enumerate(pairs)
    ):
        # nothing keeps its number: the whole list is new around what it kept (every real
        # renumbering keeps a provision before the run)
        return None
    return shift


@dataclass
class ProvisionDiff:
    """A paragraph, subparagraph or item in both versions."""

    status: Status
    location: Location  # current numbering; the new number for an inserted provision
    old: Provision | None
    new: Provision | None
    index: int = 0  # position among its siblings (both versions merged)
    text: TextDiff | None = None  # the own text, when it changed
    text_status: Status = Status.UNCHANGED
    text_part: Part = Part.WHOLE  # where in the own text the change lies
    part_diff: TextDiff | None = None  # the diff of that part (what is quoted)
    # When both the 본문 and the 단서 (or both sentences) change, the first is the part above
    # and the second is here, judged apart: (part, its diff, REPLACED or REWRITTEN).
    second: tuple[Part, TextDiff, Status] | None = None
    children: list[ProvisionDiff] = field(default_factory=list)
    weight: int = 0  # characters of the provision with everything below it
    changed: int = 0  # characters changed in it and below it
    # Every change in it and below it is a replacement the bill makes in other provisions too
    # (:attr:`Options.shared`): the clauses with 각각 cover it, whatever its size.
    renamed: bool = False
    # Subdivisions renumbered to make room (:class:`Shift`), by their positions in ``children``.
    shift: Shift | None = None


def _shift_of(diffs: list[ProvisionDiff]) -> Shift | None:
    """:func:`find_shift` over the siblings' diffs, which are final by then. A move takes two
    changed siblings (the one a provision leaves and the one it lands on), and a sibling whose
    diff is unchanged says the same in both versions, so with fewer than two changed ones
    nothing moves and the siblings' texts are not compared again."""
    if len([d for d in diffs if d.status is not Status.UNCHANGED]) < 2:
        return None
    return find_shift([(d.old, d.new) for d in diffs])


@dataclass
class ArticleDiff:
    """An article in both versions."""

    status: Status
    num: Num
    old: Article | None
    new: Article | None
    index: int = 0
    title: TextDiff | None = None  # when the title changed
    paragraphs: list[ProvisionDiff] = field(default_factory=list)
    shift: Shift | None = None  # paragraphs renumbered to make room

    @property
    def location(self) -> Location:
        return Location(self.num)


@dataclass
class AnnexDiff:
    """An annex (별표) in both versions; ``REPLACED`` when its title or any row changed."""

    status: Status
    num: Num
    old: Annex | None
    new: Annex | None

    @property
    def label(self) -> str:
        """The annex as the bill cites it: ``별표 1``; ``별표`` for an annex without a number
        (:class:`Annex`), named as the old text has it."""
        annex = self.old or self.new
        return annex.label if annex is not None else f"별표 {self.num.ko()}"

    @property
    def label_en(self) -> str:
        annex = self.old or self.new
        return annex.label_en if annex is not None else f"Annex {self.num.en()}"

    @property
    def renumbered(self) -> bool:
        """Whether the bill renumbers the annex (``별표 1을 별표 2로 하고``): it stands under
        another number in the amended text, paired by its content (:func:`annex_pairs`), or the
        instrument's only annex, written without a number (``[별표]``), takes one unchanged
        beside a new annex (``별표를 별표 1로 하고``; changed as well, that one is replaced
        whole, the attached ``[별표 1]`` giving it its number). An annex that loses its number
        (the last left of two, written ``[별표]``) is replaced whole: no sentence renumbers it."""
        old, new = self.old, self.new
        if old is None or new is None or old.label == new.label or not new.numbered:
            return False
        return old.num != new.num or _same_annex(old, new)

    @property
    def changed(self) -> bool:
        """Whether the annex's title or table changed (its number aside)."""
        return self.old is None or self.new is None or not _same_annex(self.old, self.new)


@dataclass
class InstrumentDiff:
    """The whole comparison; ``articles`` and ``annexes`` include unchanged ones, in order."""

    old: Instrument
    new: Instrument
    title: TextDiff | None
    articles: list[ArticleDiff]
    annexes: list[AnnexDiff]

    def changed_articles(self) -> Iterator[ArticleDiff]:
        return (a for a in self.articles if a.status is not Status.UNCHANGED)


def split_proviso(text: str) -> tuple[str, str | None]:
    """(본문, 단서) — the proviso starts at the first ``다만,``; ``None`` when there is none."""
    index = text.find(PROVISO)
    if index < 0:
        return text, None
    return text[:index], text[index + 1 :]


# The end of a sentence before another one: ``…한다. 이 경우 …`` / ``…한다. …``.
_SECOND = re.compile(r"(?<=[.다]) (?=이 경우)|(?<=다\.) (?=\S)")
_OPENING, _CLOSING = "(「[{“", ")」]}”"


def sentence_break(text: str) -> int | None:
    """Where the second sentence of a provision's text begins (the space before it), or
    ``None``: the first sentence end outside brackets and quotes that is not followed by a
    proviso (``다만,``). What comes before is the 전단, what follows the 후단."""
    for match in _SECOND.finditer(text):
        if text.startswith("다만,", match.end()):
            return None
        if _depth(text, match.start()) == 0:
            return match.start()
    return None


def _depth(text: str, end: int) -> int:
    """How many brackets (and double quotes) are open at ``end``."""
    depth, quoted = 0, False
    for ch in text[:end]:
        if ch == '"':
            quoted = not quoted
        elif ch in _OPENING:
            depth += 1
        elif ch in _CLOSING and depth:
            depth -= 1
    return depth + quoted


def split_sentences(text: str) -> tuple[str, str] | None:
    """(전단, 후단) of a text of exactly two sentences (no proviso), else ``None``. The first
    ends a sentence (``…한다.``), or names a thing that the second qualifies with ``이 경우``:
    a 호 ``위로금 10만원. 이 경우 …`` has its 전단 and 후단 too (the corpus of real sentences,
    where only one of the two changes: such 호 cited ``후단``/``전단`` in 6 acts, whole in 3; the
    lead-in of a 호 with 목 so written, 1 to 1)."""
    index = sentence_break(text)
    if index is None:
        return None
    if not text.endswith("다.", 0, index) and not text.startswith("이 경우", index + 1):
        return None
    back = text[index + 1 :]
    if sentence_break(back) is not None or PROVISO in f" {back}":
        return None
    return text[:index], back


def _live(prov: P | None) -> P | None:
    return None if prov is None or prov.deleted else prov


def _merge(
    old: Iterable[P], new: Iterable[P], keyf: Callable[[P], Any]
) -> list[tuple[P | None, P | None]]:
    """Pairs of (old, new) by key, in key order (the last of either side with a key). Each
    side is read once into one dictionary; its keys, the old ones first, come nearly in order
    to the sort, as both sides nearly always are in order (a set of them would be shuffled)."""
    pairs: dict[Any, list[P | None]] = {keyf(p): [p, None] for p in old}
    for p in new:
        key = keyf(p)
        pair = pairs.get(key)
        if pair is None:
            pairs[key] = [None, p]
        else:
            pair[1] = p
    keys = list(pairs)
    keys.sort()
    return [(o, n) for o, n in map(pairs.__getitem__, keys)]


def _by_num(numbered: Article | Subparagraph | Annex) -> tuple[int, int]:
    """The key of an article, 호 or annex for :func:`_merge`: its number as a plain tuple,
    which orders and compares as :class:`Num` does, without a Python call for each hash and
    comparison."""
    return numbered.num.main, numbered.num.branch


def _item_key(item: Item) -> tuple[int, str]:
    try:
        return hangul_item_index(item.label), item.label
    except ValueError:
        return 99, item.label


class _Differ:
    def __init__(self, options: Options, memo: dict[tuple[str, str], TextDiff]) -> None:
        self.o = options
        self.memo = memo  # word diffs already made (a second pass reuses the first's)
        self.judged: list[frozenset[Replacement]] = []  # the replacements of each text judged
        self.siblings_amended = False  # a sibling 호 is amended by replacements
        self.beside_new = False  # new 호 are inserted in the paragraph

    def diff_text(self, old: str, new: str) -> TextDiff:
        key = (old, new)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = diff_text(old, new, self.o.atomic_terms, cite=self.o.cite)
        return found

    def too_much(self, changed: int, weight: int) -> bool:
        return weight > 0 and changed / weight > self.o.rewrite_threshold

    def rewrite(self, diff: TextDiff, loc: Location, lead: bool) -> bool:
        """Whether a provision's own text (or part) is rewritten whole rather than amended."""
        if not diff.exact:
            return True
        self.judged.append(frozenset(diff.replacements))
        if diff.replacements and self.o.shared.issuperset(diff.replacements):
            return False  # words changed across the bill: clauses with 각각 say so
        if self.o.short == SHORT_WHOLE and loc.subparagraph is not None and not lead:
            return True  # every 호 and 목 whose words change is shown whole
        threshold, most = self.limits(loc, lead)
        if diff.needed > most and not self.many_short(diff, loc):
            return True
        if loc.subparagraph is not None and loc.item is None and not lead:
            if self.beside_new and diff.needed > SUBPARAGRAPH_BESIDE_NEW_REPLACEMENTS:
                return True  # shown whole beside the new 호 of its paragraph
            # A 호: the share of its text the quotes would take (a lowered setting also
            # rewrites it by the share of its characters changed). Real bills amend a long
            # name changed in a longer 호 and rewrite a 호 quoted almost whole.
            lowered = threshold < DEFAULT_REWRITE_THRESHOLD and diff.ratio > threshold
            if self.o.short == SHORT_AMEND:
                return lowered
            # Among sibling 호 amended by replacements, only one quoted almost whole is.
            share = SUBPARAGRAPH_REWRITE_THRESHOLD
            if diff.needed > 1:  # two quotes taking more than half of it: rewritten
                share = SUBPARAGRAPH_TWO_REWRITE_THRESHOLD
            if self.siblings_amended:
                share = SUBPARAGRAPH_AMONG_AMENDED_SHARE
            return lowered or diff.quoted_share > share
        if loc.item is not None and not lead and self.o.short == SHORT_AMEND:
            lowered_to = self.o.rewrite_threshold
            return lowered_to < DEFAULT_REWRITE_THRESHOLD and diff.ratio > lowered_to
        if loc.item is None and threshold >= DEFAULT_REWRITE_THRESHOLD:
            # A paragraph or a lead-in: most of it changes and the quotes would take most of it.
            return diff.ratio > threshold and diff.written_share > PARAGRAPH_QUOTED_SHARE
        return diff.ratio > threshold

    def many_short(self, diff: TextDiff, loc: Location) -> bool:
        """Whether a paragraph, lead-in or 호 needing more replacements than a paragraph may
        have is amended all the same: its quotes would take little of it (short citations and
        names updated in a long text, :data:`~desktop.core.rules.MANY_QUOTED_SHARE`). A
        lowered ``max_replacements`` setting rewrites by the count alone."""
        return (
            loc.item is None
            and diff.needed > self.o.max_replacements >= DEFAULT_MAX_REPLACEMENTS
            and diff.quoted_share <= MANY_QUOTED_SHARE
        )

    def limits(self, loc: Location, lead: bool) -> tuple[float, int]:
        """The rewrite threshold and the most replacements for a provision's own text: lower
        for the short 호 and 목 (:mod:`desktop.core.rules`)."""
        threshold, most = self.o.rewrite_threshold, self.o.max_replacements
        if lead:  # the lead-in of a 호 with 목 (각 목 외의 부분) is amended as a paragraph
            return threshold, most
        if loc.item is not None:
            return min(threshold, ITEM_REWRITE_THRESHOLD), most
        if loc.subparagraph is not None and self.o.short != SHORT_AMEND:
            # the short setting amends a 호 by its words up to a paragraph's limit
            return threshold, min(most, SUBPARAGRAPH_MAX_REPLACEMENTS)
        return threshold, most

    def own_text(self, pd: ProvisionDiff, old: str, new: str, lead: bool) -> None:
        """Judge the provision's own text: status, part and the diffs."""
        old, new = normalise(old), normalise(new)
        if old == new:
            return
        pd.text = self.diff_text(old, new)
        om, op = split_proviso(old)
        nm, np_ = split_proviso(new)
        part, part_diff = Part.WHOLE, pd.text
        # Two sentences (no proviso) on either side: 전단 / 후단, or a 후단 added or removed.
        so = split_sentences(old) if op is None and np_ is None else None
        sn = split_sentences(new) if op is None and np_ is None else None
        if op is None and np_ is not None and nm == old:
            pd.text_status, pd.text_part, pd.changed = Status.INSERTED, Part.PROVISO, len(np_)
        elif (
            op is None
            and np_ is not None
            and self.amended_and_proviso(pd, (old, nm), ("", np_), lead)
        ):
            pass  # words replaced in the text, and a proviso added after it
        elif op is not None and np_ is None and om == new:
            pd.text_status, pd.text_part, pd.changed = Status.DELETED, Part.PROVISO, len(op)
        elif (
            op is not None
            and np_ is None
            and self.amended_and_proviso(pd, (om, new), (op, ""), lead)
        ):
            pass  # words replaced in the 본문, and the proviso deleted
        elif so is None and sn is not None and sn[0] == old and sentence_break(old) is None:
            pd.text_status, pd.text_part, pd.changed = Status.INSERTED, Part.BACK, len(sn[1])
        elif (
            so is None
            and sn is not None
            and sentence_break(old) is None
            and self.amended_and_proviso(pd, (old, sn[0]), ("", sn[1]), lead, Part.BACK)
        ):
            pass  # words replaced in the text, and a second sentence (후단) added after it
        elif sn is None and so is not None and so[0] == new and sentence_break(new) is None:
            pd.text_status, pd.text_part, pd.changed = Status.DELETED, Part.BACK, len(so[1])
        else:
            # A change inside one part is cited with that part (제3조제2항 단서 중), as real
            # bills do: of 296 such provisions in the main, development and second development
            # sets, 278 cite the part and 18 the whole. No feature of the text separates the 18
            # (which part, 이 경우, 호 or 항, length, the quote also in the other part, a list
            # with 각각); only the bill's year does (before 2010: 9 of 28 omit the part).
            if op is not None and np_ is not None and (om == nm or op == np_):
                part = Part.PROVISO if om == nm else Part.MAIN
                old_part, new_part = (op, np_) if om == nm else (om, nm)
                part_diff = self.diff_text(old_part, new_part)
            elif so is not None and sn is not None and (so[0] == sn[0] or so[1] == sn[1]):
                part = Part.BACK if so[0] == sn[0] else Part.FRONT
                old_part, new_part = (so[1], sn[1]) if so[0] == sn[0] else (so[0], sn[0])
                part_diff = self.diff_text(old_part, new_part)
            elif op is not None and np_ is not None and self.both(pd, lead, (om, op), (nm, np_)):
                return  # 본문 and 단서 both change: amended apart
            elif (
                so is not None
                and sn is not None
                and self.both(pd, lead, so, sn, (Part.FRONT, Part.BACK))
            ):
                return  # 전단 and 후단 both change: amended apart
            rewrite = self.rewrite(part_diff, pd.location, lead)
            pd.text_status = Status.REWRITTEN if rewrite else Status.REPLACED
            pd.text_part = part
            pd.part_diff = part_diff
            if rewrite:  # the part rewritten counts whole
                pd.changed = max(len(part_diff.old), len(part_diff.new))
            else:
                pd.changed = pd.text.changed_chars
        if lead:
            pd.text_part = pd.text_part.with_lead()

    def amended_and_proviso(
        self,
        pd: ProvisionDiff,
        main: tuple[str, str],
        proviso: tuple[str, str],
        lead: bool,
        added_part: Part = Part.PROVISO,
    ) -> bool:
        """A proviso added to or deleted from a text whose words also change (``main``: the
        text before and after, without the proviso; ``proviso``: the proviso before and after,
        one side empty). The words are replaced in the text as it stands and the proviso is
        inserted (``제46조 중 "A"를 "B"로 하고, 같은 조에 단서를 다음과 같이 신설한다``) or
        deleted in its own clause (``같은 조 제2항 본문 중 "A"를 "B"로 하며, 같은 항 단서를
        삭제한다``), as real bills do, never by quoting the proviso away with the words before
        it; unless the text itself is rewritten (``False``: the whole text is judged at once).
        A second sentence added (``added_part`` 후단) is inserted so too: ``제5조제1항 중 "A"를
        "B"로 하고, 같은 항에 후단을 다음과 같이 신설한다`` (the development set of real
        sentences: 2 acts, none quoting the new sentence with the words before it)."""
        diff = self.diff_text(*main)
        if self.rewrite(diff, pd.location, lead):
            return False
        added = not proviso[0]
        pd.text_status, pd.part_diff = Status.REPLACED, diff
        pd.text_part = Part.WHOLE if added else Part.MAIN
        second = added_part.with_lead() if lead else added_part
        status = Status.INSERTED if added else Status.DELETED
        pd.second = (second, self.diff_text(*proviso), status)
        pd.changed = diff.changed_chars + len(proviso[0]) + len(proviso[1])  # one side empty
        return True

    def both(
        self,
        pd: ProvisionDiff,
        lead: bool,
        old: tuple[str, str],
        new: tuple[str, str],
        parts: tuple[Part, Part] = (Part.MAIN, Part.PROVISO),
    ) -> bool:
        """Both the 본문 and the 단서 change (or, with ``parts`` 전단 and 후단, both sentences):
        each is amended apart, as real bills do (``제2항 본문 중 …, 같은 항 단서 중 …``;
        ``제8조 각 호 외의 부분 전단 중 …, 같은 조 각 호 외의 부분 후단 중 …``: the corpus of
        real sentences, 3 to 1 for two sentences); ``False`` (the whole text judged at once)
        when both would be rewritten."""
        judged = []
        for part, a, b in zip(parts, old, new, strict=True):
            diff = self.diff_text(a, b)
            rewrite = self.rewrite(diff, pd.location, lead)
            status = Status.REWRITTEN if rewrite else Status.REPLACED
            changed = max(len(diff.old), len(diff.new)) if rewrite else diff.changed_chars
            judged.append((part.with_lead() if lead else part, diff, status, changed))
        if all(status is Status.REWRITTEN for _, _, status, _ in judged):
            return False
        (part, diff, status, changed), (part2, diff2, status2, changed2) = judged
        pd.text_status, pd.text_part, pd.part_diff = status, part, diff
        pd.second = (part2, diff2, status2)
        pd.changed = changed + changed2
        return True

    def provision(
        self, loc: Location, old: Provision | None, new: Provision | None, index: int
    ) -> ProvisionDiff:
        old, new = _live(old), _live(new)
        if old is None and new is None:
            return ProvisionDiff(Status.UNCHANGED, loc, None, None, index)
        if old is None or new is None:
            prov = new if old is None else old
            status = Status.INSERTED if old is None else Status.DELETED
            pd = ProvisionDiff(status, loc, old, new, index)
            pd.weight = _weight(prov)
            # A deletion is one short clause (``제3항을 삭제한다``), whatever the length of
            # what goes: it never makes its container rewritten whole, as real bills show.
            pd.changed = pd.weight if status is Status.INSERTED else 1
            return pd
        pd = ProvisionDiff(Status.UNCHANGED, loc, old, new, index)
        if old == new:  # fast path: nothing below needs walking
            pd.weight = _weight(old)
            return pd
        old_kids, new_kids = _children(old), _children(new)
        structural = bool(old_kids) != bool(new_kids)
        self.own_text(pd, old.text, new.text, lead=bool(old_kids) and bool(new_kids))
        if not structural and _listed(old, new):
            pd.children = list(self.children(loc, old, new))
            pd.shift = _shift_of(pd.children)
            kept = _unshifted(pd.children, pd.shift)
            amended = isinstance(old, Paragraph) and _mixed(kept)
            beside_new = isinstance(old, Paragraph) and _beside_new(kept)
            if amended or beside_new:
                # some 호 amended and others rewritten, or new 호 inserted beside one that
                # needs several replacements: the 호 are judged again knowing it
                self.siblings_amended, self.beside_new = amended, beside_new
                try:
                    pd.children = list(self.children(loc, old, new))
                finally:
                    self.siblings_amended = self.beside_new = False
            _count_shift(pd.children, pd.shift)
        pd.weight = max(len(old.text), len(new.text)) + sum(c.weight for c in pd.children)
        pd.changed += sum(c.changed for c in pd.children)
        if structural:
            pd.status, pd.weight = Status.REWRITTEN, max(_weight(old), _weight(new))
            pd.changed = pd.weight
        elif pd.text_status is Status.REWRITTEN and pd.text_part is Part.WHOLE:
            pd.status = Status.REWRITTEN
        elif pd.text_status is not Status.UNCHANGED or any(
            c.status is not Status.UNCHANGED for c in pd.children
        ):
            own = pd.text_status is not Status.UNCHANGED
            own_renamed = own and self.renamed_text(pd)
            kept = _unshifted(pd.children, pd.shift)
            kids = [c for c in kept if c.status is not Status.UNCHANGED]
            pd.renamed = (not own or own_renamed) and all(c.renamed for c in kids)
            pd.renamed = pd.renamed and pd.shift is None
            # a renumbering is a clause and its new provisions another
            moved = [False, False] if pd.shift is not None else []
            changed_parts = _parts([own_renamed] * own + [c.renamed for c in kids] + moved)
            # one changed subdivision alone is cited, however much of the whole it is
            rewrite = changed_parts > 1 and self.too_much(pd.changed, pd.weight)
            pd.status = Status.REWRITTEN if rewrite and not pd.renamed else Status.REPLACED
        return pd

    def renamed_text(self, pd: ProvisionDiff) -> bool:
        """Whether the provision's own text changes only by replacements that the bill makes
        in other provisions too."""
        diffs = [(pd.part_diff, pd.text_status)]
        if pd.second is not None:
            diffs.append((pd.second[1], pd.second[2]))
        return all(
            diff is not None
            and status is Status.REPLACED
            and self.o.shared.issuperset(diff.replacements)
            for diff, status in diffs
        )

    def children(self, loc: Location, old: Provision, new: Provision) -> Iterator[ProvisionDiff]:
        if isinstance(old, Paragraph) and isinstance(new, Paragraph):
            pairs = _merge(old.subparagraphs, new.subparagraphs, keyf=_by_num)
            for index, (o, n) in enumerate(pairs):
                num = (o or n).num  # type: ignore[union-attr]
                sub_loc = Location(loc.article, loc.paragraph, num)
                yield self.provision(sub_loc, o, n, index)
        elif isinstance(old, Subparagraph) and isinstance(new, Subparagraph):
            pairs_i = _merge(old.items, new.items, keyf=_item_key)
            for index, (o, n) in enumerate(pairs_i):
                label = (o or n).label  # type: ignore[union-attr]
                yield self.provision(
                    Location(loc.article, loc.paragraph, loc.subparagraph, label), o, n, index
                )

    def article(self, old: Article | None, new: Article | None, index: int) -> ArticleDiff:
        num = (old or new).num  # type: ignore[union-attr]
        old, new = _live(old), _live(new)
        if old is None and new is None:
            return ArticleDiff(Status.UNCHANGED, num, None, None, index)
        if old is None or new is None:
            status = Status.INSERTED if old is None else Status.DELETED
            return ArticleDiff(status, num, old, new, index)
        ad = ArticleDiff(Status.UNCHANGED, num, old, new, index)
        if old == new:  # fast path; an unchanged article's paragraphs are not listed
            return ad
        if old.title != new.title:
            ad.title = self.diff_text(old.title, new.title)
        pairs = _paragraph_pairs(old.paragraphs, new.paragraphs)
        for i, (o, n) in enumerate(pairs):
            number = (o or n).number  # type: ignore[union-attr]
            ad.paragraphs.append(self.provision(Location(num, number), o, n, i))
        ad.shift = _shift_of(ad.paragraphs)
        _count_shift(ad.paragraphs, ad.shift)
        kept = _unshifted(ad.paragraphs, ad.shift)
        weight = sum(p.weight for p in ad.paragraphs)
        changed = sum(p.changed for p in ad.paragraphs)
        # Paragraphs amended, counted as the clauses that write them: every deleted one
        # together (one clause with 각각 deletes them: ``제62조제2항 및 제4항을 각각
        # 삭제한다``), a run of new ones once (``같은 조에 제12항부터 제14항까지를 각각 다음과
        # 같이 신설한다``), and so those that only take replacements made elsewhere too (clauses
        # with 각각); a renumbering counts as a clause and the paragraphs it makes room for as
        # another.
        amended_paragraphs = _parts(
            [
                p.renamed
                for i, p in enumerate(kept)
                if p.status is not Status.UNCHANGED
                and not (
                    p.status is Status.DELETED and any(q.status is Status.DELETED for q in kept[:i])
                )
                and not (p.status is Status.INSERTED and i and kept[i - 1].status is p.status)
            ]
            + ([False, False] if ad.shift is not None else [])
        )
        renamed = ad.shift is None and all(
            p.renamed for p in ad.paragraphs if p.status is not Status.UNCHANGED
        )
        # Paragraphs more than half changed (rewritten whole or not): the article's share of
        # characters changed rewrites it only when two or more are (one rewritten beside
        # others amended a little, inserted or deleted is cited apart).
        rewritten = sum(
            p.status in (Status.REPLACED, Status.REWRITTEN) and self.too_much(p.changed, p.weight)
            for p in kept
        )
        # The single unnumbered paragraph deleted (① 삭제 in the new text) cannot be cited
        # apart from its article: rewrite it.
        lone_deleted = any(
            p.status is Status.DELETED and p.location.paragraph == 0 for p in ad.paragraphs
        )
        # Numbered paragraphs that become one unnumbered paragraph: the new text cannot be
        # cited as a 항 of the old, so the article is rewritten. (The reverse is drafted as
        # drafters do: 제13조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 …)
        renumbered = not _unnumbered(old) and _unnumbered(new)
        # An article without a title whose unnumbered paragraph takes a number: real bills
        # cite it as the article's 제목 외의 부분 (제34조 제목 외의 부분을 제1항으로 하고: 35 in
        # the mirror), which such an article does not have (no bill writes 제34조를 제1항으로).
        untitled = not old.title and numbered_lone(ad) is not None
        if (
            bool(old.title) != bool(new.title)
            or lone_deleted
            or renumbered
            or untitled
            or (rewritten > 1 and self.too_much(changed, weight) and not renamed)
            or amended_paragraphs > self.o.max_replacements
        ):
            # House rule: when more than ``max_replacements`` paragraphs (항) of one article
            # change, the chain of clauses would be longer than the article; rewrite it. Real
            # bills amend such an article when its clauses are few (the second development set:
            # 의료법 시행령 2025, ⑨ and ⑩ deleted, ⑪ rewritten, ⑫ to ⑭ new; 전기사업법
            # 시행령 2021, ② and ④ deleted beside two paragraphs amended).
            ad.status = Status.REWRITTEN
        elif any(p.location.paragraph == 0 and p.status is Status.REWRITTEN for p in ad.paragraphs):
            # the unnumbered paragraph rewritten, alone or beside new ones (its new text is
            # then ①, which cannot be cited apart from its article)
            ad.status = Status.REWRITTEN
        elif ad.title or changed:
            ad.status = Status.REPLACED
        return ad


def _contiguous(positions: list[int], live: list[int]) -> bool:
    """Whether ``positions`` are next to each other among the ``live`` ones."""
    at = [live.index(p) for p in positions]
    return at == list(range(at[0], at[0] + len(at)))


def _unshifted(children: list[ProvisionDiff], shift: Shift | None) -> list[ProvisionDiff]:
    """The subdivisions a renumbering does not account for."""
    if shift is None:
        return children
    involved = shift.involved
    return [c for i, c in enumerate(children) if i not in involved]


def _count_shift(children: list[ProvisionDiff], shift: Shift | None) -> None:
    """What a renumbering changes, in characters: the new provisions it makes room for; a
    moved or deleted one is one short clause (``제3호를 제4호로``, ``제11호를 삭제``)."""
    if shift is None:
        return
    inserted = set(shift.inserted)
    for i in shift.involved:
        child = children[i]
        child.changed = _weight(child.new) if i in inserted else (1 if child.old else 0)


def _mixed(children: list[ProvisionDiff]) -> bool:
    """Whether some of the subdivisions' own texts are amended by replacements and others
    rewritten."""
    statuses = {c.text_status for c in children if c.location.item is None}
    return Status.REPLACED in statuses and Status.REWRITTEN in statuses


def _beside_new(children: list[ProvisionDiff]) -> bool:
    """Whether new 호 are inserted among the subdivisions and the own text of another needs
    more replacements than :data:`SUBPARAGRAPH_BESIDE_NEW_REPLACEMENTS`."""
    return any(c.status is Status.INSERTED for c in children) and any(
        c.text_status is Status.REPLACED
        and c.part_diff is not None
        and len(c.part_diff.replacements) > SUBPARAGRAPH_BESIDE_NEW_REPLACEMENTS
        for c in children
    )


def _parts(renamed: list[bool]) -> int:
    """How many changed parts a container has, those changed only by replacements made
    elsewhere too (``renamed``) counting once together."""
    return sum(not r for r in renamed) + any(renamed)


def _replacements(ad: ArticleDiff) -> list[set[Replacement]]:
    """The replacements of each place in an article (its title, then each provision's own
    text), as far as they are exact."""
    places: list[set[Replacement]] = []
    if ad.title is not None and ad.title.exact:
        places.append(set(ad.title.replacements))

    def walk(pd: ProvisionDiff) -> None:
        found: set[Replacement] = set()
        for diff in (pd.part_diff, pd.second[1] if pd.second else None):
            if diff is not None and diff.exact:
                found.update(diff.replacements)
        if found:
            places.append(found)
        for child in _unshifted(pd.children, pd.shift):
            walk(child)

    for pd in _unshifted(ad.paragraphs, ad.shift):
        walk(pd)
    return places


def _shared(places: list[list[set[Replacement]]]) -> frozenset[Replacement]:
    """The replacements needed in more than one place: the own texts of two provisions, or
    of a provision and an article title."""
    seen: collections.Counter[Replacement] = collections.Counter()
    for article in places:
        for found in article:
            seen.update(found)
    return frozenset(r for r, count in seen.items() if count > 1)


def _unnumbered(article: Article) -> bool:
    """Whether the article's live text is one paragraph without a number."""
    live = [p for p in article.paragraphs if not p.deleted]
    return len(live) == 1 and live[0].number == 0


def _same_paragraph(old: Paragraph, new: Paragraph) -> bool:
    """Whether two paragraphs say the same, whatever their numbers and history notes."""

    def words(prov: Provision) -> tuple[object, ...]:
        return (normalise(prov.text), *(words(c) for c in _children(prov)))

    return words(old) == words(new)


def numbered_lone(ad: ArticleDiff) -> ProvisionDiff | None:
    """The article's single unnumbered paragraph when it takes a number because paragraphs are
    added beside it (``제34조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 …``)."""
    return next(
        (
            p
            for p in ad.paragraphs
            if p.old is not None and p.new is not None and p.old.number == 0 and p.new.number
        ),
        None,
    )


def _listed(old: Provision, new: Provision) -> bool:
    """Whether either side lists 호 (a paragraph) or 목 (a 호), deleted ones included, which
    :meth:`_Differ.children` pairs: most provisions amended list none, and then nothing below
    them is judged (no children, no renumbering)."""
    if isinstance(old, Paragraph) and isinstance(new, Paragraph):
        return bool(old.subparagraphs or new.subparagraphs)
    if isinstance(old, Subparagraph) and isinstance(new, Subparagraph):
        return bool(old.items or new.items)
    return False


def _children(prov: Provision) -> list[Subparagraph] | list[Item]:
    if isinstance(prov, Paragraph):
        return [s for s in prov.subparagraphs if not s.deleted]
    if isinstance(prov, Subparagraph):
        return [i for i in prov.items if not i.deleted]
    return []


def _weight(prov: Provision | None) -> int:
    if prov is None:
        return 0
    return len(prov.text) + sum(_weight(c) for c in _children(prov))


def _paragraph_pairs(
    old: list[Paragraph], new: list[Paragraph]
) -> list[tuple[Paragraph | None, Paragraph | None]]:
    """Paragraphs by number; a single unnumbered paragraph pairs with ``①`` of the other side."""
    old_live, new_live = [p for p in old if not p.deleted], [p for p in new if not p.deleted]
    if len(old_live) == 1 and old_live[0].number == 0 and new_live and new_live[0].number == 1:
        # the old text is ① unless it is a later paragraph word for word (new ones before it:
        # 제20조 제목 외의 부분을 제2항으로 하고, 같은 조에 제1항을 다음과 같이 신설한다)
        lone = old_live[0]
        kept = next((p for p in new_live if _same_paragraph(lone, p)), new_live[0])
        return [(lone, p) if p is kept else (None, p) for p in new_live]
    if len(new_live) == 1 and new_live[0].number == 0 and old_live and old_live[0].number == 1:
        return [(old_live[0], new_live[0])] + [(p, None) for p in old_live[1:]]
    return _merge(old, new, keyf=lambda p: p.number)


def _same_annex(old: Annex, new: Annex) -> bool:
    """Whether two annexes read the same, whatever their numbers."""
    return old.title == new.title and old.rows == new.rows


def annex_pairs(old: list[Annex], new: list[Annex]) -> list[tuple[Annex | None, Annex | None]]:
    """The annexes of two versions paired (old, new), in the new text's order, a deleted one
    where it stood: by number, unless pairing them by their content attaches fewer tables to
    the bill. A new annex before others moves them to the next numbers, an annex deleted in
    the middle may move the ones after it back: each old annex is then paired with the new one
    that has its title and rows, whatever its number (``별표 2를 별표 3으로 하고, 별표 1을
    별표 2로 하며, 별표 1을 별지와 같이 신설한다``; ``별표 2를 삭제하고, 별표 3을 별표 2로
    한다``), not rewritten under its new number with the table of the annex that held it. An
    annex moved whose content changed too is paired by its title, or by its rows when its
    title changed. So is an instrument's only annex written without a number (``[별표]``,
    number 1) that a new ``[별표 1]`` comes before (``별표를 별표 2로 하고, 별표 1을 별지와
    같이 신설한다``). When both pairings attach as many tables, the numbers stay (a 삭제 that
    leaves the numbers, ``별표 2를 삭제한다``, and an annex changed in place are paired by
    number), as drafting-ko.md would rather not renumber."""
    by_number = _merge(old, new, keyf=_by_num)
    if not old or not new or not all(a.numbered for a in new):
        return by_number  # an annex that loses its number is no renumbering the applier knows
    by_content = _content_pairs(old, new)
    return by_content if _attached(by_content) < _attached(by_number) else by_number


def _attached(pairs: list[tuple[Annex | None, Annex | None]]) -> int:
    """How many tables the bill attaches (별지): the new annexes and the changed ones."""
    return sum(1 for o, n in pairs if n is not None and (o is None or not _same_annex(o, n)))


def _content_pairs(old: list[Annex], new: list[Annex]) -> list[tuple[Annex | None, Annex | None]]:
    """The annexes paired in order by their content: as many unchanged annexes as there can
    be, then as many annexes of the same title (or of the same rows) as there can be, then as
    many under their own number; the others deleted or inserted where they stand."""

    def gain(o: Annex, n: Annex) -> tuple[int, int, int] | None:
        same_number = int(o.num == n.num)
        if _same_annex(o, n):
            return 1, 0, same_number
        if o.title == n.title or o.rows == n.rows:
            return 0, 1, same_number
        return None

    def plus(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
        return a[0] + b[0], a[1] + b[1], a[2] + b[2]

    rows, cols = len(old), len(new)
    best = [[(0, 0, 0)] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            score = max(best[i + 1][j], best[i][j + 1])
            if (g := gain(old[i], new[j])) is not None:
                score = max(score, plus(g, best[i + 1][j + 1]))
            best[i][j] = score
    pairs: list[tuple[Annex | None, Annex | None]] = []
    i = j = 0
    while i < rows and j < cols:
        g = gain(old[i], new[j])
        if g is not None and best[i][j] == plus(g, best[i + 1][j + 1]):
            pairs.append((old[i], new[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((old[i], None))
            i += 1
        else:
            pairs.append((None, new[j]))
            j += 1
    pairs.extend((o, None) for o in old[i:])
    pairs.extend((None, n) for n in new[j:])
    return pairs


def _annex(old: Annex | None, new: Annex | None) -> AnnexDiff:
    num = (new or old).num  # type: ignore[union-attr]  # an annex moved has its new number
    if old is None or new is None:
        return AnnexDiff(Status.INSERTED if old is None else Status.DELETED, num, old, new)
    # an annex that takes another number ([별표] → [별표 1], 별표 1 → 별표 2) is changed:
    # renumbered (AnnexDiff.renumbered), and replaced too when its title or rows changed
    same = old.title == new.title and old.rows == new.rows and old.label == new.label
    return AnnexDiff(Status.UNCHANGED if same else Status.REPLACED, num, old, new)


def diff_instruments(
    old: Instrument,
    new: Instrument,
    *,
    atomic_terms: Collection[str] = frozenset(),
    rewrite_threshold: float = DEFAULT_REWRITE_THRESHOLD,
    max_replacements: int = DEFAULT_MAX_REPLACEMENTS,
    short: str = DEFAULT_SHORT,
    cite: str = DEFAULT_CITE,
) -> InstrumentDiff:
    """Compare two versions of an instrument, provision by provision; ``short``: how a 호
    quoted almost whole is amended; ``cite``: whether another statute's provision is quoted
    with the statute's name (:mod:`desktop.core.rules`)."""
    options = Options(frozenset(atomic_terms), rewrite_threshold, max_replacements, short, cite)
    memo: dict[tuple[str, str], TextDiff] = {}
    title = (
        diff_text(old.title, new.title, atomic_terms, cite=cite) if old.title != new.title else None
    )
    article_pairs = _merge(old.articles, new.articles, keyf=_by_num)
    first = _Differ(options, memo)
    articles: list[ArticleDiff] = []
    judged: list[list[frozenset[Replacement]]] = []
    for i, (o, n) in enumerate(article_pairs):
        first.judged = []
        articles.append(first.article(o, n, i))
        judged.append(first.judged)
    places = [_replacements(ad) for ad in articles]
    shared = _shared(places)
    if shared:  # the articles that make such a replacement are judged again knowing them
        differ = _Differ(dataclasses.replace(options, shared=shared), memo)
        articles = [
            differ.article(o, n, i)
            if any(shared & found for found in places[i])
            or any(found and found <= shared for found in judged[i])
            else ad
            for i, ((o, n), ad) in enumerate(zip(article_pairs, articles, strict=True))
        ]
    annexes = [_annex(o, n) for o, n in annex_pairs(old.annexes, new.annexes)]
    return InstrumentDiff(old, new, title, articles, annexes)
