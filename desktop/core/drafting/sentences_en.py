"""The amendment sentences in English, in the house style of ``shared/domain/english.md``.

::

    Part of the Gyeonggi-do Ordinance on Administrative Organization and Staffing shall be
    amended as follows:

    In Article 3 (1) and (3), "Lifelong Education Bureau" shall be replaced by "Future
    Lifelong Education Bureau", respectively.

    Article 12-2 shall be newly inserted as follows:
    Article 12-2 (Data Bureau) …

The sentences follow the Korean plan (:mod:`.plan`) one for one; the clauses of a sentence are
joined by ``;`` and ``; and``. Quotes come from the English texts of the provisions
(``text_en``, ``title_en``), diffed on their own words; nothing is translated. Where the
English text is missing — or was not changed although the Korean was — the sentence says so
visibly: ``[English text missing: Article 5 (1)]``.
"""

from __future__ import annotations

from collections.abc import Collection

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
from desktop.core.drafting.diff import InstrumentDiff, Status, diff_instruments
from desktop.core.drafting.location import Entry, Location, Part, second_part_of
from desktop.core.drafting.plan import plan_sentences
from desktop.core.drafting.sentences import AmendmentText, Sentence, clause_bodies
from desktop.core.drafting.textdiff import Replacement, diff_text
from desktop.core.provisions import lead_only
from desktop.core.rules import (
    DEFAULT_ARTICLES,
    DEFAULT_LEAD,
    DEFAULT_MAX_REPLACEMENTS,
    DEFAULT_REWRITE_THRESHOLD,
    DEFAULT_TITLE,
)
from desktop.core.statute import Article, Instrument
from desktop.core.statute_render_en import (
    MISSING,
    item_letter,
    missing,
    provision_lines_en,
    render_article_en,
)
from desktop.i18n import Pair

PROVIDED = "Provided, That"


def _base_en(loc: Location) -> str:
    art = f"Article {loc.article.en()}"
    p, sub, item = loc.paragraph, loc.subparagraph, loc.item
    if p and loc.renumbered:  # 제1항(종전의 제목 외의 부분)
        art = f"{art} ({p}) (formerly its text other than the title)"
        if sub is None:
            return art
        text = f"subparagraph {sub.en()} of {art}"
        return f"item ({item_letter(item)}) of {text}" if item else text
    if sub is None:
        return f"{art} ({p})" if p else art
    if p:
        return f"{art} ({p}) {sub.en()}" + (f" ({item_letter(item)})" if item else "")
    text = f"subparagraph {sub.en()} of {art}"
    return f"item ({item_letter(item)}) of {text}" if item else text


def cite_en(loc: Location) -> str:
    """``Article 5 (2) 3``, ``the proviso to Article 5 (1)``, ``the title of Article 9``."""
    if loc.part is Part.TITLE:
        return f"the title of Article {loc.article.en()}"
    base = _base_en(loc)
    lead = _lead_en(loc)
    return {
        Part.WHOLE: base,
        Part.LEAD: lead,
        Part.MAIN: f"the main sentence of {base}",
        Part.PROVISO: f"the proviso to {base}",
        Part.LEAD_MAIN: f"the main sentence of {lead}",
        Part.LEAD_PROVISO: f"the proviso to {lead}",
        Part.FRONT: f"the first sentence of {base}",
        Part.BACK: f"the second sentence of {base}",
        Part.LEAD_FRONT: f"the first sentence of {lead}",
        Part.LEAD_BACK: f"the second sentence of {lead}",
        Part.BODY: f"the text of {base} other than its title",
    }[loc.part]


def path_citation(path: str) -> Pair | None:
    """A provision's path (:mod:`desktop.core.provisions`) as a bill cites it in either
    language: ``5/2/3의2`` → ``제5조제2항제3호의2`` / ``Article 5 (2) 3-2``, ``4/0`` →
    ``제4조`` / ``Article 4``, ``12의2/title`` → ``제12조의2의 제목``; ``None`` for a path that
    names none."""
    location = Location.of_path(path)
    if location is None:
        return None
    try:
        return Pair(location.ko(), cite_en(location))
    except (ValueError, KeyError, IndexError):
        return None


def _lead_en(loc: Location) -> str:
    """``the part of Article 5 (1) other than the subparagraphs`` (각 호 외의 부분)."""
    kind = "items" if loc.subparagraph else "subparagraphs"
    return f"the part of {_base_en(loc)} other than the {kind}"


def short_en(loc: Location) -> str:
    if loc.item is not None:
        return f"({item_letter(loc.item)})"
    if loc.subparagraph is not None:
        return loc.subparagraph.en()
    if loc.paragraph:
        return f"({loc.paragraph})"
    return loc.article.en()


def join_en(items: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def join_outer_en(phrases: list[str]) -> str:
    """Phrases joined as :func:`join_en` joins them, but with a comma before the last ``and``
    when a phrase before it lists provisions itself (``Article 36 (6) 2 and 3``), so the
    reader sees where each ends: ``Article 36 (6) 2 and 3, and Article 36 (9)``."""
    if any(" and " in phrase for phrase in phrases[:-1]):
        return f"{', '.join(phrases[:-1])}, and {phrases[-1]}"
    return join_en(phrases)


def _whole_article(entry: Entry) -> bool:
    """Whether ``entry`` cites whole articles (or an article's text, paragraph 0)."""
    return all(
        loc.part is Part.WHOLE and not loc.paragraph and loc.subparagraph is None for loc in entry
    )


def _articles_en(entries: list[Entry]) -> str:
    """Whole articles: ``Article 5``, ``Articles 2 through 5, 5-2 and 6``."""
    nums = [
        a.article.en() if a == b else f"{a.article.en()} through {b.article.en()}"
        for a, b in entries
    ]
    several = len(entries) > 1 or entries[0][0] != entries[0][1]
    return f"Article{'s' if several else ''} {join_en(nums)}"


def cite_list_en(entries: list[Entry] | tuple[Entry, ...]) -> str:
    """Several locations: ``Articles 2 through 5, 5-2 and 6``; ``Article 3 (1) and (3)``;
    ``Articles 9 and 10, Article 11 (1) 5, and subparagraphs 1 and 2 of Article 21`` (the
    whole articles that follow each other named together, the siblings of one provision
    listed inside their phrase)."""
    if all(_whole_article(entry) for entry in entries):
        return _articles_en(list(entries))
    items: list[str] = []
    prev: Location | None = None
    entries = list(entries)
    if len(entries) >= 2 and entries[0][0].part is Part.TITLE:
        title, body = entries[0][0], entries[1][0]
        whole = body.part is Part.WHOLE and body.paragraph in (None, 0) and len(body.path()) <= 2
        if body.article == title.article and whole:
            items.append(f"the title and text of Article {title.article.en()}")
            prev, entries = body, entries[2:]
    groups: list[list[Entry]] = []  # runs of siblings cited together
    pairs: set[int] = set()  # groups that are 본문 and 단서 (전단 and 후단) of one provision
    for first, last in entries:
        if first == last and groups and len(groups[-1]) == 1 and groups[-1][0][0] == prev:
            if second_part_of(first, prev):
                pairs.add(len(groups) - 1)
                prev = last
                continue
        sibling = (
            prev is not None
            and prev.part is first.part is Part.WHOLE
            and prev.path()[:-1] == first.path()[:-1]
            and len(first.path()) > 1
            and (first.paragraph or len(first.path()) > 2)
        )
        if sibling and groups:
            groups[-1].append((first, last))
        else:
            groups.append([(first, last)])
        prev = last
    articles: list[Entry] = []  # whole articles in a row, named together
    for index, group in enumerate(groups):
        if index not in pairs and len(group) == 1 and _whole_article(group[0]):
            articles.append(group[0])
            continue
        if articles:
            items.append(_articles_en(articles))
            articles = []
        if index in pairs:
            items.append(_pair_en(group[0][0]))
            continue
        labels = [
            short_en(a) if a == b else f"{short_en(a)} through {short_en(b)}" for a, b in group
        ]
        first = group[0][0]
        if _of_form(first) and first.part is Part.WHOLE:
            # ``subparagraphs 3 and 4 of Article 12``, ``items (a) and (b) of subparagraph 3 …``
            singular, plural = kind_en(first)
            several = len(group) > 1 or group[0][0] != group[0][1]
            parent = Location(first.article, first.paragraph, first.subparagraph)
            of = f"Article {first.article.en()}" if first.item is None else _base_en(parent)
            items.append(f"{plural if several else singular} {join_en(labels)} of {of}")
            continue
        head = cite_en(first)
        a, b = group[0]
        items.append(join_en([head if a == b else f"{head} through {short_en(b)}", *labels[1:]]))
    if articles:
        items.append(_articles_en(articles))
    return join_outer_en(items)


def _pair_en(loc: Location) -> str:
    """The first and second parts of one provision: ``the main sentence and the proviso of
    Article 58 (1)``, ``the first and second sentences of Article 7 (2)``."""
    base = _lead_en(loc) if loc.part.lead else _base_en(loc)
    if loc.part in (Part.MAIN, Part.LEAD_MAIN):
        return f"the main sentence and the proviso of {base}"
    return f"the first and second sentences of {base}"


def _of_form(loc: Location) -> bool:
    """Whether ``loc`` is cited as ``subparagraph 3 of Article 12`` (no numbered paragraph)."""
    return loc.subparagraph is not None and not loc.paragraph


def kind_en(loc: Location) -> tuple[str, str]:
    if loc.part in (Part.PROVISO, Part.LEAD_PROVISO):
        return "a proviso", "provisos"
    if loc.part in (Part.BACK, Part.LEAD_BACK):
        return "a second sentence", "second sentences"
    if loc.item is not None:
        return "item", "items"
    if loc.subparagraph is not None:
        return "subparagraph", "subparagraphs"
    return "paragraph", "paragraphs"


class _Renderer:
    """Renders the clauses of one sentence, remembering which replacements were written."""

    def __init__(self, atomic_terms_en: Collection[str]) -> None:
        self.terms = atomic_terms_en
        self.done: set[Location] = set()

    def pairs(self, source: Source) -> tuple[Replacement, ...] | None:
        if source.location.part is Part.TITLE:
            assert isinstance(source.old, Article) and isinstance(source.new, Article)
            old, new = source.old.title_en, source.new.title_en
        else:
            assert not isinstance(source.old, Article) and not isinstance(source.new, Article)
            part = source.location.part
            old, new = (
                part_text_en(source.old.text_en, part),
                part_text_en(source.new.text_en, part),
            )
        if not old or not new:
            return None
        if source.location.part in (Part.WHOLE, Part.LEAD, Part.BODY) and _proviso_added(old, new):
            # the new proviso is inserted by a clause of its own: only the text before it
            old, new = old.rstrip(" ."), part_text_en(new, Part.MAIN)
        diff = diff_text(old, new, self.terms, korean=False)
        return diff.replacements or None

    def replace(self, clause: Replace) -> list[str]:
        todo = [s for s in clause.sources if s.location not in self.done]
        self.done.update(s.location for s in todo)
        found = [(s, self.pairs(s)) for s in todo]
        first = found[0][1] if found else None
        if len(found) == len(clause.sources) > 1 and first and len(first) == 1:
            if all(p == first for _, p in found):
                where = cite_list_en(clause.entries())
                several = ", respectively" if len(clause.targets) > 1 else ""
                return [f"in {where}, {_replaced(first[0])}{several}"]
        out = []
        for source, pairs in found:
            if pairs is None:
                out.append(missing(cite_en(source.location)))
            else:
                words = _replaced(pairs[0])
                if len(pairs) > 1:
                    words = ", ".join(_replaced(p) for p in pairs[:-1])
                    words += f", and {_replaced(pairs[-1])}"
                out.append(f"in {cite_en(source.location)}, {words}")
        return out

    def clause(self, clause: Clause) -> list[str]:
        if isinstance(clause, Replace):
            return self.replace(clause)
        if isinstance(clause, ReplaceTitle):
            old, new = clause.old.title_en, clause.new.title_en
            if not old or not new or old == new:
                return [missing(cite_en(clause.location))]
            return [f'{cite_en(clause.location)} "({old})" shall be replaced by "({new})"']
        if isinstance(clause, Rewrite):
            if clause.entries:
                where = cite_list_en(clause.entries)
                return [f"{where} shall be wholly amended, respectively, as follows"]
            return [f"{cite_en(clause.target)} shall be wholly amended as follows"]
        if isinstance(clause, Insert):
            return [_insert_en(clause)]
        if isinstance(clause, Renumber):
            if clause.sources:
                labels = join_en(
                    [
                        short_en(a) if a == b else f"{short_en(a)} through {short_en(b)}"
                        for a, b in clause.targets
                    ]
                )
                kinds = kind_en(clause.target)[1]
                where = cite_list_en(clause.sources)
                return [f"{where} shall become {kinds} {labels}, respectively"]
            kind = kind_en(clause.target)[0]
            return [f"{cite_en(clause.source)} shall become {kind} {short_en(clause.target)}"]
        if isinstance(clause, Delete):
            return [f"{cite_list_en(clause.targets)} shall be deleted"]
        if isinstance(clause, Rename):
            return [_rename_en(clause)]
        if isinstance(clause, AnnexRenumber):
            old = "the Annex" if not clause.old.numbered else clause.old.label_en
            return [f"{old} shall become {clause.new.label_en}"]
        assert isinstance(clause, AnnexChange)
        return [_annex_en(clause)]


def _replaced(pair: Replacement) -> str:
    return f'"{pair.old}" shall be replaced by "{pair.new}"'


def _several(targets: tuple[Entry, ...]) -> bool:
    return len(targets) > 1 or targets[0][0] != targets[0][1]


def _insert_en(clause: Insert) -> str:
    respectively = ", respectively," if _several(clause.targets) else ""
    if clause.container is None:
        return f"{cite_list_en(clause.targets)} shall be newly inserted{respectively} as follows"
    singular, plural = kind_en(clause.targets[0][0])
    if singular in ("a proviso", "a second sentence"):
        return f"{singular} shall be newly inserted in {cite_en(clause.container)} as follows"
    labels = [
        short_en(a) if a == b else f"{short_en(a)} through {short_en(b)}" for a, b in clause.targets
    ]
    kind = plural if _several(clause.targets) else singular
    where = cite_en(clause.container)
    return f"{kind} {join_en(labels)} shall be newly inserted in {where}{respectively} as follows"


def _rename_en(clause: Rename) -> str:
    kind = clause.old.kind.en
    old, new = clause.old.title_en, clause.new.title_en
    if not old or not new or old == new:
        return missing(f"the title of the {kind}")
    return f'the title of the {kind} "{old}" shall be replaced by "{new}"'


def _annex_en(clause: AnnexChange) -> str:
    several = len(clause.annexes) > 1
    labels = f"Annex{'es' if several else ''} {join_en([a.num.en() for a in clause.annexes])}"
    if not several and not clause.annexes[0].numbered:
        labels = "the Annex"  # an instrument's only annex, written without a number
    respectively = ", respectively" if several else ""
    if clause.status is Status.REPLACED:
        attached = "the attached Annexes" if several else "the attached Annex"
        return f"{labels} shall be replaced by {attached}{respectively}"
    if clause.status is Status.INSERTED:
        return f"{labels} shall be newly inserted as attached{respectively}"
    return f"{labels} shall be deleted"


def _proviso_added(old: str, new: str) -> bool:
    """Whether the new English text has a proviso (``Provided, That``) that the old lacks."""
    return PROVIDED not in old and PROVIDED in new


def part_text_en(text: str, part: Part) -> str:
    """The English of the part of a provision's text that a citation means: its first or
    second sentence (전단 / 후단), its main sentence or proviso (본문 / 단서); the whole text
    when the English does not divide so (the words are then looked for in all of it)."""
    text = " ".join(text.split())
    if part in (Part.FRONT, Part.BACK, Part.LEAD_FRONT, Part.LEAD_BACK):
        sentences = text.split(". ", 1)
        if len(sentences) == 2:
            return sentences[1] if part.second else f"{sentences[0]}."
    elif part in (Part.MAIN, Part.PROVISO, Part.LEAD_MAIN, Part.LEAD_PROVISO):
        index = text.find(PROVIDED)
        if index >= 0:
            return text[index:] if part.second else text[:index].rstrip(" :")
    return text


def body_text_en(body: Body) -> str:
    """A body in English, in the layout of :mod:`desktop.core.statute_render_en`."""
    obj, part = body.obj, body.part
    if isinstance(obj, Article):
        return render_article_en(obj, notes=False)
    if part is Part.WHOLE:
        return "\n".join(provision_lines_en(obj, notes=False))
    if part is Part.LEAD:
        return "\n".join(provision_lines_en(lead_only(obj), notes=False))
    text = " ".join(obj.text_en.split())
    if not text:
        return MISSING
    if part in (Part.FRONT, Part.BACK, Part.LEAD_FRONT, Part.LEAD_BACK):
        sentences = text.split(". ", 1)  # the English of two sentences
        if len(sentences) < 2:
            return MISSING if part.second else text
        return sentences[1] if part.second else f"{sentences[0]}."
    index = text.find(PROVIDED)
    if part in (Part.PROVISO, Part.LEAD_PROVISO):
        return text[index:] if index >= 0 else MISSING
    return text[:index].rstrip(" :") if index >= 0 else text


def render_sentence_en(plan: SentencePlan, atomic_terms_en: Collection[str] = ()) -> Sentence:
    """One planned sentence in English."""
    renderer = _Renderer(atomic_terms_en)
    parts: list[str] = []
    bodies: list[str] = []
    for clause in plan.clauses:
        parts.extend(renderer.clause(clause))
        bodies.extend(body_text_en(b) for b in clause_bodies(clause))
    if len(parts) > 1:
        text = "; ".join(parts[:-1]) + "; and " + parts[-1]
    else:
        text = parts[0] if parts else ""
    text = text[:1].upper() + text[1:]
    ends_with_body = bool(clause_bodies(plan.clauses[-1])) if plan.clauses else False
    end = ":" if ends_with_body else "."
    return Sentence(text + end, "\n".join(bodies), plan.articles, plan.annexes)


def opening_en(inst: Instrument) -> str:
    """``Part of the … shall be amended as follows:``."""
    title = inst.title_en or missing("title")
    return f"Part of the {title} shall be amended as follows:"


def render_amendment_en(
    diff: InstrumentDiff,
    atomic_terms_en: Collection[str] = (),
    *,
    title: str = DEFAULT_TITLE,
    lead: str = DEFAULT_LEAD,
    articles: str = DEFAULT_ARTICLES,
) -> AmendmentText:
    """The English amendment text of a computed diff, planned as the Korean one is (``title``,
    ``lead``, ``articles``: :mod:`desktop.core.rules`), sentence for sentence."""
    plans = plan_sentences(diff, title, lead, articles)
    sentences = [render_sentence_en(plan, atomic_terms_en) for plan in plans]
    return AmendmentText(opening_en(diff.old), sentences)


def amendment_text_en(
    old: Instrument,
    new: Instrument,
    *,
    atomic_terms: Collection[str] = frozenset(),
    atomic_terms_en: Collection[str] = frozenset(),
    rewrite_threshold: float = DEFAULT_REWRITE_THRESHOLD,
    max_replacements: int = DEFAULT_MAX_REPLACEMENTS,
    title: str = DEFAULT_TITLE,
    lead: str = DEFAULT_LEAD,
    articles: str = DEFAULT_ARTICLES,
) -> AmendmentText:
    """The amendment sentences in English. The structure comes from the Korean texts
    (``atomic_terms``, thresholds, ``title`` and ``lead``); the quotes from the English ones
    (``atomic_terms_en``: English unit names, which may contain spaces)."""
    diff = diff_instruments(
        old,
        new,
        atomic_terms=atomic_terms,
        rewrite_threshold=rewrite_threshold,
        max_replacements=max_replacements,
    )
    return render_amendment_en(diff, atomic_terms_en, title=title, lead=lead, articles=articles)
