"""The Korean amendment sentences of a bill (개정문), per ``shared/domain/drafting-ko.md`` §3.

::

    경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.

    제9조의 제목 및 같은 조 제1항 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.

    제12조의2를 다음과 같이 신설한다.
    제12조의2(AI국) …

One sentence per article; its clauses chain ``…로 하고,`` / ``…로 하며,`` alternating and the
last ends ``…로 한다.``; later clauses refer back with ``같은 조`` / ``같은 항``. The new texts of
inserted and rewritten provisions follow their sentence (:attr:`Sentence.body`), in the
pasted layout without history notes. Every particle after a quote or a citation is computed
(:func:`desktop.core.korean.attach`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass, field

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
)
from desktop.core.drafting.diff import (
    InstrumentDiff,
    Status,
    diff_instruments,
    split_proviso,
    split_sentences,
)
from desktop.core.drafting.location import (
    Entry,
    Location,
    Part,
    cite,
    cite_list,
    cite_object,
    join_list,
)
from desktop.core.drafting.plan import plan_sentences
from desktop.core.drafting.quoting import quoted
from desktop.core.korean import attach
from desktop.core.provisions import lead_only
from desktop.core.rules import (
    BODY_PART,
    CHAIN_COMMA,
    CHAIN_HAGO,
    DEFAULT_ARTICLES,
    DEFAULT_BODY,
    DEFAULT_CHAIN,
    DEFAULT_CITE,
    DEFAULT_LEAD,
    DEFAULT_LISTS,
    DEFAULT_MAX_REPLACEMENTS,
    DEFAULT_REWRITE_THRESHOLD,
    DEFAULT_SHORT,
    DEFAULT_TITLE,
)
from desktop.core.statute import Article, Instrument, Num
from desktop.core.statute_text import render_article, render_provision_lines

ENDINGS = ("하고,", "하며,")
# How several replacements inside one provision are chained (drafting-ko.md §3a): both forms
# occur in published bills (:mod:`desktop.core.rules`).
CHAINS = (CHAIN_COMMA, CHAIN_HAGO)


@dataclass(frozen=True)
class Sentence:
    """One amendment sentence, the new texts that follow it, and what it touches."""

    text: str
    body: str = ""
    articles: tuple[Num, ...] = ()
    annexes: tuple[Num, ...] = ()

    def __str__(self) -> str:
        return f"{self.text}\n{self.body}" if self.body else self.text


@dataclass
class AmendmentText:
    """The body of a bill: the opening instruction and the amendment sentences."""

    opening: str
    sentences: list[Sentence] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n\n".join([self.opening, *(str(s) for s in self.sentences)])


def quote(text: str) -> str:
    return f'"{text}"'


def body_text(body: Body) -> str:
    """A body in the pasted layout (law.go.kr), without history notes."""
    obj, part = body.obj, body.part
    if isinstance(obj, Article):
        return render_article(obj, notes=False)
    if part is Part.WHOLE:
        return "\n".join(render_provision_lines(obj, notes=False))
    if part is Part.LEAD:
        return "\n".join(render_provision_lines(lead_only(obj), notes=False))
    text = " ".join(obj.text.split())
    if part in (Part.FRONT, Part.BACK, Part.LEAD_FRONT, Part.LEAD_BACK):
        front, back = split_sentences(text) or (text, "")
        return back if part.second else front
    main, proviso = split_proviso(text)
    if part in (Part.PROVISO, Part.LEAD_PROVISO):
        return proviso or ""
    return main


def _insert_labels(clause: Insert) -> str:
    return _labels(clause.targets)


def _labels(entries: tuple[Entry, ...]) -> str:
    """Provisions by their own labels: ``제3호 및 제4호``, ``제9호부터 제11호까지``."""
    items = []
    for first, last in entries:
        if first.part.second:
            label = "후단" if first.part in (Part.BACK, Part.LEAD_BACK) else "단서"
        else:
            label = first.short()
        items.append(label if first == last else f"{label}부터 {last.short()}까지")
    return join_list(items)


def _several(targets: tuple) -> str:
    return "각각 " if len(targets) > 1 or any(a != b for a, b in targets) else ""


def clause_ko(
    clause: Clause,
    prev: Location | None,
    ending: str,
    *,
    restate: bool = False,
    same: bool = False,
    lists: str = DEFAULT_LISTS,
) -> tuple[str, Location | None]:
    """One clause in Korean with its verb ending; returns the text and the last location.
    ``restate``: cite the location even when it is the previous one (after a clause that
    gathered several provisions with 각각, an uncited clause would read as applying to all);
    ``same``: the clause replaces other words in the very provisions the previous one cites
    (``제2항 및 제3항 중 "A"를 각각 "B"로, "C"를 각각 "D"로``), which are not cited again;
    ``lists``: how a list over several articles is joined (:mod:`desktop.core.rules`)."""
    if isinstance(clause, Replace):
        if same:
            where = ""
        else:
            where = cite_list(clause.entries(), prev, lists)
        if not where and restate:
            where = cite_object(clause.targets[0], prev)
        words = (
            f"{quoted(clause.old, '을/를')} {'각각 ' if clause.several else ''}"
            f"{quoted(clause.new, '으로/로')} {ending}"
        )
        return (f"{where} 중 {words}" if where else words), clause.targets[-1]
    if isinstance(clause, ReplaceTitle):
        old, new = quote(f"({clause.old.title})"), quote(f"({clause.new.title})")
        where = cite(clause.location, prev) or clause.location.ko()
        text = f"{where} {attach(old, '을/를')} {attach(new, '으로/로')} {ending}"
        return text, clause.location
    if isinstance(clause, Rewrite):
        if clause.entries:
            where = cite_list(clause.entries, prev, lists) or cite_object(clause.target, prev)
            last = clause.entries[-1][1]
            return f"{attach(where, '을/를')} 각각 다음과 같이 {ending}", last
        where = cite_object(clause.target, prev)
        return f"{attach(where, '을/를')} 다음과 같이 {ending}", clause.target
    if isinstance(clause, Insert):
        several = _several(clause.targets)
        if clause.container is None:
            where = cite_list(clause.targets, prev, lists)
            text = f"{attach(where, '을/를')} {several}다음과 같이 신설{ending}"
        else:
            container = cite_object(clause.container, prev)
            labels = attach(_insert_labels(clause), "을/를")
            text = f"{container}에 {labels} {several}다음과 같이 신설{ending}"
        return text, clause.targets[-1][1]
    if isinstance(clause, Renumber):
        if clause.sources:
            where = attach(cite_list(clause.sources, prev, lists), "을/를")
            labels = attach(_labels(clause.targets), "으로/로")
            return f"{where} 각각 {labels} {ending}", clause.sources[-1][1]
        where = attach(cite_object(clause.source, prev), "을/를")
        return f"{where} {attach(clause.target.short(), '으로/로')} {ending}", clause.source
    if isinstance(clause, Delete):
        where = cite_list(clause.targets, prev, lists)
        return f"{attach(where, '을/를')} {_several(clause.targets)}삭제{ending}", (
            clause.targets[-1][1]
        )
    if isinstance(clause, Rename):
        old, new = quote(clause.old.title), quote(clause.new.title)
        return f"제명 {attach(old, '을/를')} {attach(new, '으로/로')} {ending}", None
    if isinstance(clause, AnnexRenumber):
        old, new = clause.old.label, clause.new.label
        return f"{attach(old, '을/를')} {attach(new, '으로/로')} {ending}", None
    assert isinstance(clause, AnnexChange)
    labels = join_list([annex.label for annex in clause.annexes])
    several = "각각 " if len(clause.annexes) > 1 else ""
    verb = {
        Status.REPLACED: f"별지와 같이 {ending}",
        Status.INSERTED: f"별지와 같이 신설{ending}",
        Status.DELETED: f"삭제{ending}",
    }[clause.status]
    return f"{attach(labels, '을/를')} {several}{verb}", None


def clause_bodies(clause: Clause) -> list[Body]:
    if isinstance(clause, Rewrite):
        return [clause.body, *clause.more]
    if isinstance(clause, Insert):
        return list(clause.bodies)
    return []


def _same_provision(clause: Clause, following: Clause) -> bool:
    """Whether ``following`` replaces other words in the very provision ``clause`` cites."""
    return (
        isinstance(clause, Replace)
        and isinstance(following, Replace)
        and following.targets == clause.targets
    )


def _text_after_title(clauses: tuple[Clause, ...]) -> list[Clause]:
    """The clauses with an article's single unnumbered paragraph, cited after the article's
    title, as its 제목 외의 부분 (``제9조의 제목 및 같은 조 제목 외의 부분 중``: the ``body``
    setting, :mod:`desktop.core.rules`)."""
    titled: set[object] = set()
    out: list[Clause] = []
    for clause in clauses:
        if isinstance(clause, ReplaceTitle):
            titled.add(clause.location.article)
        elif isinstance(clause, Replace):
            targets = []
            for target in clause.targets:
                whole = target.part is Part.WHOLE and target.path() in (
                    (target.article,),
                    (target.article, 0),
                )
                if whole and target.article in titled:
                    target = Location(target.article, 0, part=Part.BODY)
                elif target.part is Part.TITLE:
                    titled.add(target.article)
                targets.append(target)
            clause = dataclasses.replace(clause, targets=tuple(targets))
        out.append(clause)
    return out


def render_sentence(
    plan: SentencePlan,
    chain: str = DEFAULT_CHAIN,
    lists: str = DEFAULT_LISTS,
    body: str = DEFAULT_BODY,
) -> Sentence:
    """One planned sentence in Korean; ``chain`` is how replacements inside one provision
    are chained (:data:`CHAINS`), ``lists`` how a list over several articles is joined,
    ``body`` how an article's single unnumbered paragraph is cited after its title
    (:mod:`desktop.core.rules`)."""
    parts: list[str] = []
    bodies: list[str] = []
    prev: Location | None = None
    clauses = plan.clauses if body != BODY_PART else tuple(_text_after_title(plan.clauses))
    last = len(clauses) - 1
    verbs = 0
    for i, clause in enumerate(clauses):
        if i == last:
            ending = "한다."
        elif chain == CHAIN_COMMA and _same_provision(clause, clauses[i + 1]):
            ending = ","
        else:
            ending = ENDINGS[verbs % 2]
            verbs += 1
        same = i > 0 and _same_provision(clauses[i - 1], clause)
        gathered = i > 0 and isinstance(clauses[i - 1], Replace | ReplaceTitle)
        gathered = gathered and len(getattr(clauses[i - 1], "targets", ())) > 1
        text, prev = clause_ko(
            clause, prev, ending, restate=gathered and not same, same=same, lists=lists
        )
        if ending == ",":
            text = text[:-2] + ","  # "…로 ," → "…로,"
        parts.append(text)
        bodies.extend(body_text(b) for b in clause_bodies(clause))
    return Sentence(" ".join(parts), "\n".join(bodies), plan.articles, plan.annexes)


def opening(inst: Instrument, *, whole: bool = False) -> str:
    """``경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.`` (``전부를`` for a whole
    revision); the title is taken as it is, so 조례 or 규칙 is whatever it says."""
    return f"{inst.title} {'전부' if whole else '일부'}를 다음과 같이 개정한다."


def render_amendment(
    diff: InstrumentDiff,
    *,
    chain: str = DEFAULT_CHAIN,
    title: str = DEFAULT_TITLE,
    lead: str = DEFAULT_LEAD,
    articles: str = DEFAULT_ARTICLES,
    lists: str = DEFAULT_LISTS,
    body: str = DEFAULT_BODY,
) -> AmendmentText:
    """The Korean amendment text of a computed diff."""
    plans = plan_sentences(diff, title, lead, articles)
    sentences = [render_sentence(plan, chain, lists, body) for plan in plans]
    return AmendmentText(opening(diff.old), sentences)


def amendment_text(
    old: Instrument,
    new: Instrument,
    *,
    atomic_terms: Collection[str] = frozenset(),
    rewrite_threshold: float = DEFAULT_REWRITE_THRESHOLD,
    max_replacements: int = DEFAULT_MAX_REPLACEMENTS,
    chain: str = DEFAULT_CHAIN,
    title: str = DEFAULT_TITLE,
    lead: str = DEFAULT_LEAD,
    short: str = DEFAULT_SHORT,
    cite: str = DEFAULT_CITE,
    articles: str = DEFAULT_ARTICLES,
    lists: str = DEFAULT_LISTS,
    body: str = DEFAULT_BODY,
) -> AmendmentText:
    """The amendment sentences that turn ``old`` into ``new`` (Korean).

    ``atomic_terms`` are names never split in a quote (unit names from the organization
    model). A provision is rewritten whole when more than ``rewrite_threshold`` of its
    characters change or more than ``max_replacements`` replacements would be needed.
    ``chain`` chains replacements inside one provision with 하고 or with commas; ``title`` is
    how article titles are amended; ``lead`` whether a lead-in whose 호 are amended next is
    gathered with its neighbours or cited apart; ``short`` whether a 호 quoted almost whole
    is rewritten or amended, or every changed 호 and 목 rewritten; ``cite`` whether another
    statute's provision whose number changes is quoted with the statute's name; ``articles``
    whether the changes of several articles are one sentence each or joined into one;
    ``lists`` whether a list over several articles joins them with 및 or with commas alone;
    ``body`` whether an article's single unnumbered paragraph is cited after its title as the
    article (같은 조 중) or as its 제목 외의 부분 (:mod:`desktop.core.rules`).
    """
    diff = diff_instruments(
        old,
        new,
        atomic_terms=atomic_terms,
        rewrite_threshold=rewrite_threshold,
        max_replacements=max_replacements,
        short=short,
        cite=cite,
    )
    return render_amendment(
        diff, chain=chain, title=title, lead=lead, articles=articles, lists=lists, body=body
    )
