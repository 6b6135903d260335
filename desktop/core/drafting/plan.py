"""The plan of a bill's amendment sentences: which clauses, grouped into which sentences.

Built from an :class:`~.diff.InstrumentDiff` and rendered by :mod:`.sentences` (Korean) and
:mod:`.sentences_en` (English), so that both languages say the same thing.

- The instrument title (제명) comes first, then one sentence per changed article in order,
  then the annexes (``shared/domain/drafting-ko.md`` §3).
- Inside an article the clauses follow the provisions in order. Identical replacements in
  neighbouring provisions of the article are gathered into one clause (``각각``) when each is
  the only replacement in its provision: a provision with several replacements keeps them
  together (``제1항 중 "A"를 "B"로, "C"를 "D"로 하고, 같은 조 제2항 중 "A"를 "B"로``),
  and another change between two provisions separates them. Neighbouring provisions that take
  the same several replacements, in the same order, form one block, each replacement with
  각각 (``제2항 및 제3항 중 "A"를 각각 "B"로, "C"를 각각 "D"로``; neighbouring articles whose
  only changes are such a block form one sentence the same way). A lead-in (각 호 외의 부분) whose
  호 are amended next is gathered too (house rule) or, with the ``lead`` setting, cited apart
  (:mod:`desktop.core.rules`). A changed title is quoted whole, the body amended on its own
  (house rule: ``제9조의 제목 "(A)"를 "(B)"로 하고, 같은 조 제1항 중 "A"를 "B"로``); the
  ``title`` setting gathers it with the clause of the body that changes the same words
  (``제9조의 제목 및 같은 조 제1항 중 …``) or quotes only its changed words (``제9조의 제목
  중 …``).
- Provisions that move unchanged to other numbers to make room for new ones (or into the
  numbers of deleted ones) are renumbered as real bills do, where the first of them comes:
  ``제4호를 제5호로 하고, 같은 항에 제4호를 다음과 같이 신설한다``, ``제3호 및 제4호를 각각
  제4호 및 제5호로 하며, …``, ``제11호를 삭제하고, 같은 항 제8호부터 제10호까지를 각각
  제9호부터 제11호까지로 하며, 같은 항에 제8호를 다음과 같이 신설한다``, ``제1호를 제1호의2로
  하고, 같은 항에 제1호를 다음과 같이 신설하며`` (:class:`~.diff.Shift`).
- Paragraphs added to an article of one unnumbered paragraph: the old text takes its number
  first (``제34조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다``),
  amended under it (``제1항(종전의 제목 외의 부분) 중 …``).
- Annexes are paired by their content when that attaches fewer tables to the bill than
  pairing them by number (:func:`~.diff.annex_pairs`): a new annex before others moves them
  to the next numbers, renumbered from the last so that no number is taken twice, in the
  sentence that inserts it, as a 호 renumbered is (``별표 2를 별표 3으로 하고, 별표 1을 별표
  2로 하며, 별표 1을 별지와 같이 신설한다``; drafting-ko.md's ``제7조제1항제9호를 제10호로
  하고, 같은 항에 제9호를 다음과 같이 신설한다``); an annex deleted before others that take
  its number is deleted first and they move down from the first (``별표 2를 삭제하고, 별표
  3을 별표 2로 한다``); an annex deleted whose number the amended text leaves free is only
  deleted (``별표 2를 삭제한다``). An annex renumbered whose table or title changed too is
  replaced under its new number after (``별표 2를 별지와 같이 한다``); only the new and
  changed annexes are attached. An instrument's only annex, written without a number
  (``[별표]``), that takes one unchanged beside a new annex is renumbered the same way:
  ``별표를 별표 1로 하고, 별표 2를 별지와 같이 신설한다`` (alone when nothing follows it:
  ``별표를 별표 1로 한다``), ``별표를 별표 2로 하고, 별표 1을 별지와 같이 신설한다``.
  Changed as well, it is replaced whole (``별표를 별지와 같이 한다``): the attached ``[별표
  1]`` gives it its number with its new rows, as it gives every replaced annex its heading.
  No real sentence renumbering an annex is in tests/data/corpus
  (tests/core/test_annex_renumber.py): the forms are those of the 호 renumbered.
- Adjacent inserted (deleted) provisions under the same provision form one clause; articles
  inserted or deleted next to each other form one sentence, with ranges for runs of three.
- Articles next to each other among the changed ones whose only change is the same single
  replacement are gathered into one sentence (``제2조제1항, 제5조 및 제7조제2항 중 …``); any
  of them may have its title in it, as real bills write (``제2조의 제목, 같은 조 제1항, 제6조제2항
  및 제8조제2항 중 "A"를 각각 "B"로 한다``; ``제7조 전단, 제8조의 제목 및 같은 조 전단 중
  "A"를 각각 "B"로 한다``).
- A replacement cites every provision it is made in, however many there are in one article:
  real bills list them (``제29조제2항ㆍ제3항, 같은 조 제4항 각 호 외의 부분 전단, 같은 항
  제4호, 같은 조 제5항ㆍ제8항 및 같은 조 제9항 전단 중 "A"를 각각 "B"로 한다``) and cite an
  article alone only when it has one unnumbered paragraph (the corpus of real sentences: no
  article with numbered paragraphs cited whole for a replacement; citing it once more than
  three of its provisions took the words missed 2 sentences and matched none).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop.core.drafting.clauses import (
    AnnexChange,
    AnnexRenumber,
    Body,
    Clause,
    Delete,
    Insert,
    Rename,
    Renumber,
    Replace,
    ReplaceTitle,
    Rewrite,
    SentencePlan,
    Source,
)
from desktop.core.drafting.diff import (
    AnnexDiff,
    ArticleDiff,
    InstrumentDiff,
    ProvisionDiff,
    Shift,
    Status,
    numbered_lone,
    split_proviso,
)
from desktop.core.drafting.location import Entry, Location, Part, ranges
from desktop.core.drafting.textdiff import Replacement, TextDiff, normalise
from desktop.core.rules import (
    ARTICLES_JOINED,
    DEFAULT_ARTICLES,
    DEFAULT_LEAD,
    DEFAULT_TITLE,
    LEAD_APART,
    TITLE_GATHER,
    TITLE_PART,
)
from desktop.core.statute import Annex, Article, Item, Num, Paragraph, Subparagraph

Provision = Paragraph | Subparagraph | Item


@dataclass
class _Pending:
    """A clause being collected: kind ``insert``/``delete``/``rewrite``/``replace``/``done``."""

    kind: str
    key: object = None
    locs: list[tuple[Location, int]] | None = None
    bodies: list[Body] | None = None
    sources: list[Source] | None = None
    seen: set[Location] | None = None
    clause: Clause | None = None
    gathering: bool = False  # a replacement that neighbours with the same one may join


class _ArticleClauses:
    """Collects the clauses of one amended article in document order."""

    def __init__(self) -> None:
        self.slots: list[_Pending] = []
        self.pairs: dict[Replacement, _Pending] = {}

    def add(self, clause: Clause) -> None:
        self.slots.append(_Pending("done", clause=clause))

    def atom(self, replacement: Replacement, source: Source, alone: bool) -> None:
        """``alone``: the replacement is the only one in its provision."""
        slot = self.pairs.get(replacement)
        if slot is not None and not (self.slots[-1] is slot and slot.gathering and alone):
            slot = None
        if slot is None:
            slot = _Pending("replace", replacement, sources=[], seen=set(), gathering=alone)
            self.pairs[replacement] = slot
            self.slots.append(slot)
        assert slot.sources is not None and slot.seen is not None
        if source.location not in slot.seen:
            slot.seen.add(source.location)
            slot.sources.append(source)

    def grouped(self, kind: str, key: object, loc: Location, index: int, body: Body | None) -> None:
        """Add to the last clause when it is of the same kind and key, else start one."""
        last = self.slots[-1] if self.slots else None
        if last is None or last.kind != kind or last.key != key:
            last = _Pending(kind, key, locs=[], bodies=[])
            self.slots.append(last)
        assert last.locs is not None and last.bodies is not None
        last.locs.append((loc, index))
        if body is not None:
            last.bodies.append(body)

    def walk(self, pd: ProvisionDiff, container: Location) -> None:
        loc = pd.location
        if pd.status is Status.INSERTED:
            assert pd.new is not None
            self.grouped("insert", container, loc, pd.index, Body(pd.new))
        elif pd.status is Status.DELETED:
            self.grouped("delete", loc.path()[:-1], loc, pd.index, None)
        elif pd.status is Status.REWRITTEN:
            assert pd.new is not None
            # siblings rewritten whole are one clause: 제2호, 제3호 및 제5호를 각각 다음과 같이
            self.grouped("rewrite", loc.path()[:-1], loc, pd.index, Body(pd.new))
        elif pd.status is Status.REPLACED:
            self.own_text(pd)
            self.walk_all(pd.children, loc, pd.shift)

    def walk_all(
        self, children: list[ProvisionDiff], container: Location, shift: Shift | None = None
    ) -> None:
        """The subdivisions of a provision (or the paragraphs of an article) in order; those
        renumbered to make room are drafted as real bills do, where the first of them comes:
        ``제3호 및 제4호를 각각 제4호 및 제5호로 하며, 같은 항에 제3호를 다음과 같이
        신설한다``."""
        involved = shift.involved if shift is not None else frozenset()
        for i, child in enumerate(children):
            if i not in involved:
                self.walk(child, container)
            elif shift is not None and i == min(involved):
                self.renumber(children, container, shift)

    def renumber(self, children: list[ProvisionDiff], container: Location, shift: Shift) -> None:
        """Deleted the provisions whose numbers the moved ones take, then the moved ones
        renumbered together (ranges for three or more), then the new ones inserted at the
        numbers left (``제11호를 삭제하고, 같은 항 제8호부터 제10호까지를 각각 제9호부터
        제11호까지로 하며, 같은 항에 제8호를 다음과 같이 신설한다``)."""
        for j in shift.deleted:
            pd = children[j]
            self.grouped("delete", pd.location.path()[:-1], pd.location, pd.index, None)
        sources = [(children[i].location, children[i].index) for i, _ in shift.moves]
        targets = [(children[j].location, children[j].index) for _, j in shift.moves]
        if len(sources) == 1:
            self.add(Renumber(sources[0][0], targets[0][0]))
        else:
            self.add(
                Renumber(
                    sources[0][0],
                    targets[0][0],
                    tuple(_plain_ranges(sources)),
                    tuple(_plain_ranges(targets)),
                )
            )
        for i in shift.inserted:
            pd = children[i]
            assert pd.new is not None
            self.grouped("insert", container, pd.location, pd.index, Body(pd.new))

    def own_text(self, pd: ProvisionDiff) -> None:
        assert pd.old is not None and pd.new is not None
        at = pd.location.at(pd.text_part)
        lead = pd.text_part.lead
        if pd.text_status in (Status.REPLACED, Status.REWRITTEN):
            assert pd.part_diff is not None
            self.part(pd, pd.text_part, pd.part_diff, pd.text_status)
            if pd.second is not None and pd.second[2] is Status.INSERTED:
                # a proviso (or 후단) added after words replaced: 같은 조에 단서를 다음과 같이
                # 신설한다
                container = pd.location.at(Part.LEAD if lead else Part.WHOLE)
                proviso = pd.location.at(pd.second[0])
                back = pd.second[0] in (Part.BACK, Part.LEAD_BACK)
                body = Body(pd.new, Part.BACK if back else Part.PROVISO)
                self.grouped("insert", container, proviso, 0, body)
            elif pd.second is not None and pd.second[2] is Status.DELETED:
                # a proviso deleted after words replaced: 같은 항 단서를 삭제한다
                proviso = pd.location.at(pd.second[0])
                self.add(Delete(((proviso, proviso),)))
            elif pd.second is not None:
                self.part(pd, *pd.second)
        elif pd.text_status is Status.INSERTED:
            container = pd.location.at(Part.LEAD if lead else Part.WHOLE)
            part = Part.BACK if pd.text_part in (Part.BACK, Part.LEAD_BACK) else Part.PROVISO
            self.grouped("insert", container, at, 0, Body(pd.new, part))
        elif pd.text_status is Status.DELETED:
            self.add(Delete(((at, at),)))

    def part(self, pd: ProvisionDiff, part: Part, diff: TextDiff, status: Status) -> None:
        """The clauses of one part of a provision's own text: replacements or a rewrite."""
        assert pd.old is not None and pd.new is not None
        at = pd.location.at(part)
        if status is Status.REWRITTEN:
            self.add(Rewrite(at, Body(pd.new, part)))
            return
        alone = len(diff.replacements) == 1
        for replacement in diff.replacements:
            source = Source(at, pd.old, pd.new, diff.replaced(replacement), pd.index)
            self.atom(replacement, source, alone)

    def cite_leads_apart(self) -> None:
        """Split off the last provision of a gathered replacement when the next clause amends
        its subdivisions: ``… 중 "A"를 "B"로 하며, 같은 조 제2항 각 호 외의 부분 중 "A"를
        "B"로 하고, 같은 항 제3호 중 …`` (the ``lead`` setting :data:`LEAD_APART`)."""
        slots: list[_Pending] = []
        for i, slot in enumerate(self.slots):
            following = self.slots[i + 1] if i + 1 < len(self.slots) else None
            gathered = slot.sources if slot.sources and len(slot.sources) > 1 else None
            if gathered and _under(_first_location(following), gathered[-1].location):
                slots.append(_Pending("replace", slot.key, sources=gathered[:-1]))
                slots.append(_Pending("replace", slot.key, sources=gathered[-1:]))
            else:
                slots.append(slot)
        self.slots = slots

    def clauses(self) -> list[Clause]:
        out = self._clauses()
        # Deletions next to each other form one clause, even under different provisions
        # (``제3호의3부터 제3호의6까지 및 같은 조 제2항제1호를 각각 삭제한다``).
        merged: list[Clause] = []
        for clause in out:
            if isinstance(clause, Delete) and merged and isinstance(merged[-1], Delete):
                merged[-1] = Delete(merged[-1].targets + clause.targets)
            else:
                merged.append(clause)
        return merged

    def _clauses(self) -> list[Clause]:
        out: list[Clause] = []
        for slot in self.slots:
            if slot.kind == "done":
                assert slot.clause is not None
                out.append(slot.clause)
            elif slot.kind == "replace":
                assert slot.sources is not None and isinstance(slot.key, Replacement)
                targets = tuple(s.location for s in slot.sources)
                out.append(Replace(targets, slot.key.old, slot.key.new, tuple(slot.sources)))
            elif slot.kind == "rewrite":
                assert slot.locs is not None and slot.bodies is not None
                first, body = slot.locs[0][0], slot.bodies[0]
                if len(slot.locs) == 1:
                    out.append(Rewrite(first, body))
                else:
                    entries = tuple(ranges(slot.locs))
                    out.append(Rewrite(first, body, entries, tuple(slot.bodies[1:])))
            elif slot.kind == "insert":
                assert slot.locs is not None and slot.bodies is not None
                container = slot.key if isinstance(slot.key, Location) else None
                out.append(Insert(container, tuple(ranges(slot.locs)), tuple(slot.bodies)))
            else:
                assert slot.locs is not None
                out.append(Delete(tuple(ranges(slot.locs))))
        return out


def _under(loc: Location | None, container: Location) -> bool:
    """Whether ``loc`` lies among ``container``'s subdivisions."""
    if loc is None:
        return False
    lp, cp = loc.path(), container.path()
    return len(lp) > len(cp) and lp[: len(cp)] == cp


def _first_location(slot: _Pending | None) -> Location | None:
    """The first provision a collected clause touches."""
    if slot is None:
        return None
    if slot.sources:
        return slot.sources[0].location
    if slot.locs:
        return slot.locs[0][0]
    clause = slot.clause
    if isinstance(clause, Replace):
        return clause.targets[0]
    if isinstance(clause, Rewrite):
        return clause.target
    if isinstance(clause, Delete):
        return clause.targets[0][0]
    if isinstance(clause, Renumber):
        return clause.source
    return None


def _plain_ranges(locs: list[tuple[Location, int]]) -> list[Entry]:
    """Ranges for three or more successive provisions, as :func:`ranges`, but never over
    branch numbers (``제3호의2부터`` is not how a renumbering counts)."""
    out: list[Entry] = []
    for first, last in ranges(locs):
        if first != last and any(
            isinstance(n, Num) and n.branch for loc in (first, last) for n in loc.path()[-1:]
        ):
            out.extend((loc, loc) for loc, _ in locs if first.path() <= loc.path() <= last.path())
        else:
            out.append((first, last))
    return out


def article_clauses(
    ad: ArticleDiff, title: str = DEFAULT_TITLE, lead: str = DEFAULT_LEAD
) -> list[Clause]:
    """The clauses of one changed (not inserted or deleted) article, in order; ``title`` is
    how a changed title is amended, ``lead`` whether a lead-in whose 호 are amended next is
    gathered with its neighbours (:mod:`desktop.core.rules`)."""
    assert ad.old is not None and ad.new is not None
    if ad.status is Status.REWRITTEN:
        return [Rewrite(ad.location, Body(ad.new))]
    collector = _ArticleClauses()
    lone = numbered_lone(ad)
    if lone is None:
        collector.walk_all(ad.paragraphs, ad.location, ad.shift)
    else:
        # Paragraphs added beside the single unnumbered one: it takes its number first, is
        # amended under it, and the new ones follow (``제34조 제목 외의 부분을 제1항으로 하고,
        # 제1항(종전의 제목 외의 부분) 중 "A"를 "B"로 하며, 같은 조에 제2항을 다음과 같이
        # 신설한다``: the only form of the mirror's bills, 35 sentences).
        assert lone.new is not None
        number = lone.new.number
        collector.add(Renumber(lone.location.at(Part.BODY), Location(ad.num, number)))
        collector.walk(_renumbered(lone, number), ad.location)
        for pd in ad.paragraphs:
            if pd is not lone:
                collector.walk(pd, ad.location)
    if lead == LEAD_APART:
        collector.cite_leads_apart()
    clauses = _gather_blocks(collector.clauses())
    if ad.title is None:
        return clauses
    title_loc = ad.location.at(Part.TITLE)
    pairs = ad.title.replacements
    source = Source(title_loc, ad.old, ad.new)
    if title == TITLE_PART and ad.title.exact and ad.old.title and ad.new.title:
        own = [Replace((title_loc,), p.old, p.new, (source,)) for p in pairs]
        clauses = [*own, *clauses]
    elif (
        title == TITLE_GATHER
        and lone is None
        and ad.title.exact
        and len(pairs) == 1
        and any(isinstance(c, Replace) and (c.old, c.new) == _pair(pairs[0]) for c in clauses)
    ):
        i, clause = next(
            (i, c)
            for i, c in enumerate(clauses)
            if isinstance(c, Replace) and (c.old, c.new) == _pair(pairs[0])
        )
        assert isinstance(clause, Replace)
        gathered = Replace(
            (title_loc, *(_after_title(t, ad.old) for t in clause.targets)),
            clause.old,
            clause.new,
            (source, *clause.sources),
        )
        clauses = [gathered, *clauses[:i], *clauses[i + 1 :]]
    else:
        clauses.insert(0, ReplaceTitle(title_loc, ad.old, ad.new))
    return clauses


def _renumbered(pd: ProvisionDiff, number: int) -> ProvisionDiff:
    """The diff of the single unnumbered paragraph (and of everything in it) located under the
    number it takes: ``제1항(종전의 제목 외의 부분)``."""
    loc = dataclasses.replace(pd.location, paragraph=number, renumbered=True)
    children = [_renumbered(c, number) for c in pd.children]
    return dataclasses.replace(pd, location=loc, children=children)


def _after_title(target: Location, art: Article) -> Location:
    """After the title, the single unnumbered paragraph is cited as the article (``제9조의
    제목 및 같은 조 중``); one with a proviso is the article itself here, so that nothing
    reads the whole paragraph as its 본문."""
    if target.part is Part.WHOLE and target.path() == (art.num, 0):
        para = next((p for p in art.paragraphs if p.number == 0), None)
        if para is not None and split_proviso(normalise(para.text))[1] is not None:
            return Location(art.num)
    return target


def _pair(replacement: Replacement) -> tuple[str, str]:
    return replacement.old, replacement.new


def _single_replace(plan: SentencePlan) -> tuple[Replace, ...] | None:
    """The sentence's clauses if they are replacements made in the same provisions, one or
    several in each (``제2항 및 제3항 중 "A"를 각각 "B"로, "C"를 각각 "D"로``), an article
    title among them or not (gathered with the body by the ``title`` setting)."""
    clauses = plan.clauses
    if not clauses or not all(isinstance(c, Replace) for c in clauses):
        return None
    replaces = tuple(c for c in clauses if isinstance(c, Replace))
    if any(c.targets != replaces[0].targets for c in replaces):
        return None
    return replaces


def _merged(prev: tuple[Replace, ...], this: tuple[Replace, ...]) -> tuple[Replace, ...] | None:
    """``prev`` and ``this`` as one gathered block when they make the same replacements in
    the same order (each provision the same words, 각각), else ``None``."""
    if [(c.old, c.new) for c in prev] != [(c.old, c.new) for c in this]:
        return None
    return tuple(
        Replace(a.targets + b.targets, a.old, a.new, a.sources + b.sources)
        for a, b in zip(prev, this, strict=True)
    )


def _gather_blocks(clauses: list[Clause]) -> list[Clause]:
    """Neighbouring provisions of an article that take the same several replacements form one
    block: ``같은 조 제2항 및 제3항 중 "A"를 각각 "B"로, "C"를 각각 "D"로`` (a single one is
    gathered as the clauses are collected)."""
    blocks: list[list[Clause]] = []
    for clause in clauses:
        last = blocks[-1][-1] if blocks else None
        if (
            isinstance(clause, Replace)
            and isinstance(last, Replace)
            and last.targets == clause.targets
        ):
            blocks[-1].append(clause)
        else:
            blocks.append([clause])
    out: list[list[Clause]] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and len(block) > 1 and len(prev) == len(block):
            a = tuple(c for c in prev if isinstance(c, Replace))
            b = tuple(c for c in block if isinstance(c, Replace))
            titled = any(t.part is Part.TITLE for c in a + b for t in c.targets)
            merged = None if titled or len(a) != len(prev) else _merged(a, b)
            if merged is not None:
                out[-1] = list(merged)
                continue
        out.append(block)
    return [clause for block in out for clause in block]


def _single_delete(plan: SentencePlan) -> Delete | None:
    if len(plan.clauses) == 1 and isinstance(plan.clauses[0], Delete):
        return plan.clauses[0]
    return None


def _gather_articles(plans: list[SentencePlan]) -> list[SentencePlan]:
    """Merge neighbouring sentences that are one and the same replacement, or that only
    delete (``제43조제3호 및 제44조제3호를 각각 삭제한다``, as real bills gather them)."""
    out: list[SentencePlan] = []
    for plan in plans:
        deleted = _single_delete(out[-1]) if out and out[-1].articles else None
        deleting = _single_delete(plan)
        if deleted and deleting and plan.articles:
            merged_delete = Delete(deleted.targets + deleting.targets)
            out[-1] = SentencePlan((merged_delete,), out[-1].articles + plan.articles)
            continue
        prev = _single_replace(out[-1]) if out and out[-1].articles else None
        this = _single_replace(plan)
        merged = _merged(prev, this) if prev and this else None
        if merged is not None:
            out[-1] = SentencePlan(merged, out[-1].articles + plan.articles)
        else:
            out.append(plan)
    return out


def _joined(plans: list[SentencePlan]) -> SentencePlan:
    """The sentences of several articles as one, their clauses chained with 하고/하며
    (``drafting/articles``, :mod:`desktop.core.rules`)."""
    clauses = tuple(clause for plan in plans for clause in plan.clauses)
    return SentencePlan(clauses, tuple(num for plan in plans for num in plan.articles))


def _live_positions(diff: InstrumentDiff) -> dict[int, int]:
    """Position of each article among those present in either version (transparent gaps)."""
    positions: dict[int, int] = {}
    for ad in diff.articles:
        if ad.old is not None or ad.new is not None:
            positions[ad.index] = len(positions)
    return positions


def plan_sentences(
    diff: InstrumentDiff,
    title: str = DEFAULT_TITLE,
    lead: str = DEFAULT_LEAD,
    articles: str = DEFAULT_ARTICLES,
) -> list[SentencePlan]:
    """The sentences of the bill, in order: 제명, articles, annexes; ``title``: how article
    titles are amended, ``lead``: how a lead-in whose 호 are amended next is cited,
    ``articles``: whether the changes of several articles are one sentence each or joined into
    one (:mod:`desktop.core.rules`)."""
    plans: list[SentencePlan] = []
    if diff.title is not None:
        plans.append(SentencePlan((Rename(diff.old, diff.new),)))
    positions = _live_positions(diff)
    article_plans: list[SentencePlan] = []
    run: list[ArticleDiff] = []

    def flush() -> None:
        if not run:
            return
        locs = [(a.location, positions[a.index]) for a in run]
        nums = tuple(a.num for a in run)
        if run[0].status is Status.INSERTED:
            bodies = tuple(Body(a.new) for a in run if a.new is not None)
            clause: Clause = Insert(None, tuple(ranges(locs)), bodies)
        else:
            clause = Delete(tuple(ranges(locs)))
        article_plans.append(SentencePlan((clause,), nums))
        run.clear()

    for ad in diff.changed_articles():
        if ad.status in (Status.INSERTED, Status.DELETED):
            if run and (
                run[-1].status is not ad.status
                or positions[run[-1].index] + 1 != positions[ad.index]
            ):
                flush()
            run.append(ad)
            continue
        flush()
        article_plans.append(SentencePlan(tuple(article_clauses(ad, title, lead)), (ad.num,)))
    flush()
    article_plans = _gather_articles(article_plans)
    if articles == ARTICLES_JOINED and len(article_plans) > 1:
        article_plans = [_joined(article_plans)]
    plans.extend(article_plans)
    plans.extend(_annex_plans(diff))
    return plans


def _annex_plans(diff: InstrumentDiff) -> list[SentencePlan]:
    plans: list[SentencePlan] = []
    group: list[tuple[Status, Annex]] = []
    moved = [ad for ad in diff.annexes if ad.renumbered]
    for ad in diff.annexes:
        if moved and ad.status is Status.DELETED:
            continue  # deleted before the others move (_renumbering)
        if ad.renumbered and not ad.changed:
            continue  # renumbered only: no table attached
        if ad.status is Status.UNCHANGED:
            if group:
                plans.append(_annex_plan(group))
                group = []
            continue
        # as the old text cites it; an annex renumbered and changed by the number it takes
        annex = ad.new if ad.status is Status.INSERTED or ad.renumbered else ad.old
        assert annex is not None
        if group and group[-1][0] is not ad.status:
            plans.append(_annex_plan(group))
            group = []
        group.append((ad.status, annex))
    if group:
        plans.append(_annex_plan(group))
    if not moved:
        return plans
    renumbering = _renumbering(diff, moved)
    if not plans:
        return [renumbering]
    # joined to the sentence that inserts an annex under a number it frees, or replaces an
    # annex under the number it takes; annexes replaced in place before them come first
    taken = [ad.new for ad in moved]
    at = next(
        (
            i
            for i, plan in enumerate(plans)
            for clause in plan.clauses
            if isinstance(clause, AnnexChange)
            and (
                clause.status is Status.INSERTED
                or any(a is b for a in clause.annexes for b in taken)
            )
        ),
        0,
    )
    after = plans[at]
    joined = SentencePlan(
        renumbering.clauses + after.clauses, annexes=renumbering.annexes + after.annexes
    )
    return [*plans[:at], joined, *plans[at + 1 :]]


def _renumbering(diff: InstrumentDiff, moved: list[AnnexDiff]) -> SentencePlan:
    """The clauses that free and take the annexes' new numbers, before the sentence that
    inserts or replaces annexes under them: the annexes deleted first (their numbers are
    free then), the annexes moving up from the last (``별표 2를 별표 3으로 하고, 별표 1을 별표
    2로 하며``), the annexes moving down from the first (``별표 3을 별표 2로 하고, 별표 4를
    별표 3으로 하며``), so that no number is taken twice (the annexes keep their order)."""
    deleted = tuple(
        ad.old for ad in diff.annexes if ad.status is Status.DELETED and ad.old is not None
    )
    clauses: list[Clause] = [AnnexChange(Status.DELETED, deleted)] if deleted else []
    moves = [(ad.old, ad.new) for ad in moved if ad.old is not None and ad.new is not None]
    up = [(o, n) for o, n in moves if n.num > o.num]  # in order: paired annexes keep it
    down = [(o, n) for o, n in moves if n.num <= o.num]
    order = [*reversed(up), *down]
    clauses.extend(AnnexRenumber(o, n) for o, n in order)
    nums = tuple(a.num for a in deleted) + tuple(n.num for _, n in order)
    return SentencePlan(tuple(clauses), annexes=nums)


def _annex_plan(group: list[tuple[Status, Annex]]) -> SentencePlan:
    annexes = tuple(annex for _, annex in group)
    return SentencePlan((AnnexChange(group[0][0], annexes),), annexes=tuple(a.num for a in annexes))
