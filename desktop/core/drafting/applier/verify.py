"""The proof of a drafted bill: its amendment text, applied to the current instrument, must
give the amended instrument. A finding names the first provision that differs."""

from __future__ import annotations

import re

from desktop.core.drafting.applier.proof import TEXT_PARTICLE
from desktop.core.drafting.diff import (
    ArticleDiff,
    ProvisionDiff,
    Status,
    diff_instruments,
)
from desktop.core.drafting.location import Location
from desktop.core.drafting.sentences import opening
from desktop.core.drafting.sentences_en import cite_en
from desktop.core.findings import Finding, Place, PlaceKind, error, warning
from desktop.core.headings import heading_text
from desktop.core.statute import Article, Instrument, Item, Num, Paragraph, Subparagraph
from desktop.core.statute_parse import ParseMessage
from desktop.i18n import N_, Message, Pair

_ARTICLE = re.compile(r"제\d+조(?:의\d+)?")
CODE_APPLY = "E-AMEND-APPLY"
CODE_DIFFERS = "E-AMEND-DIFFERS"
CODE_HEADING = "E-AMEND-HEADING"
CODE_PARTICLE = "W-AMEND-PARTICLE"
CODE_PROOF = "W-AMEND-PROOF"


def _first_changed(pds: list[ProvisionDiff]) -> ProvisionDiff | None:
    for pd in pds:
        if pd.status is Status.UNCHANGED:
            continue
        if pd.text_status is Status.UNCHANGED:
            deeper = _first_changed(pd.children)
            if deeper is not None:
                return deeper
        return pd
    return None


def _where(ad: ArticleDiff) -> Pair:
    pd = _first_changed(ad.paragraphs)
    if ad.title is not None or pd is None:
        loc = ad.location
        if ad.title is not None and pd is None and ad.old is not None and ad.new is not None:
            return Pair(f"{loc.ko()}의 제목", f"the title of {cite_en(loc)}")
        return Pair(loc.ko(), cite_en(loc))
    return Pair(pd.location.whole.ko(), cite_en(pd.location.whole))


def _text(text: str) -> str:
    return " ".join(text.split())


def _canon(prov: Paragraph | Subparagraph | Item) -> tuple:  # type: ignore[type-arg]
    children: list = []  # type: ignore[type-arg]
    if isinstance(prov, Paragraph):
        children = [(s.num, _canon(s)) for s in prov.subparagraphs if not s.deleted]
    elif isinstance(prov, Subparagraph):
        children = [(i.label, _canon(i)) for i in prov.items if not i.deleted]
    return _text(prov.text), tuple(children)


def _article(art: Article) -> tuple:  # type: ignore[type-arg]
    live = [p for p in art.paragraphs if not p.deleted]
    paragraphs = tuple((0 if len(live) == 1 else p.number, _canon(p)) for p in live)
    return art.num, art.title, paragraphs


def _headings(art: Article) -> tuple[str, ...]:
    """The chapter and section headings printed before an article, as they read (history
    notes aside: a text copied with them and one without say the same)."""
    return tuple(heading_text(line) for line in art.chapter.split("\n") if line.strip())


def _all_headings(inst: Instrument) -> dict[Num, tuple[str, ...]]:
    """The headings before each article that has some, a deleted article's stub included
    (the heading stays printed before ``제8조 삭제``)."""
    return {art.num: found for art in inst.articles if (found := _headings(art))}


def heading_differences(a: Instrument, b: Instrument) -> list[Num]:
    """The articles before which ``a`` and ``b`` print different chapter or section
    headings (장, 절, 관), an article of one version alone counting as printing none."""
    before, after = _all_headings(a), _all_headings(b)
    return sorted(
        num for num in before.keys() | after.keys() if before.get(num, ()) != after.get(num, ())
    )


def same_text(a: Instrument, b: Instrument) -> bool:
    """Whether two versions read the same: live provisions, chapter and section headings and
    annexes, without history notes, English texts or deleted provisions (what a diff would
    find no change in)."""

    def canon(inst: Instrument) -> tuple:  # type: ignore[type-arg]
        articles = tuple(_article(art) for art in inst.articles if not art.deleted)
        annexes = tuple((x.label, x.title, x.rows) for x in inst.annexes)
        return inst.title, articles, _all_headings(inst), annexes

    return canon(a) == canon(b)


def verify_amendment(
    old: Instrument, amendment_text: str, new: Instrument, *, key: str = ""
) -> list[Finding]:
    """Errors when ``amendment_text`` applied to ``old`` does not give ``new``: one finding
    for a sentence that does not apply, else one per provision (article, 별표, 제명) that
    differs. The new 별표 are taken from ``new`` (the bill prints them on the 별지 page)."""
    from desktop.core.drafting.applier import AmendmentError, apply_amendment

    title = Pair(new.title or old.title, new.title_en or old.title_en)
    notes: list[ParseMessage] = []
    try:
        if amendment_text.strip() == opening(old):
            applied = old  # nothing drafted (what the two versions differ in is named below)
        else:
            applied = apply_amendment(old, amendment_text, annexes=new.annexes, notes=notes)
    except AmendmentError as exc:
        # The article the sentence is about, so the window can show it; else the sentence.
        location = exc.problem.params.get("location")
        found = _ARTICLE.match(location.ko) if isinstance(location, Pair) else None
        if found:
            field = found.group(0)
        else:
            field = f"sentence {exc.sentence}" if exc.sentence else f"line {exc.line}"
        return [
            error(
                CODE_APPLY,
                Place(PlaceKind.ARTICLE, key, line=exc.line, field=field),
                N_("The amendment text of the {instrument} does not apply: {problem}"),
                instrument=title,
                problem=Message(exc.message_id, exc.params),
            )
        ]
    if same_text(applied, new):
        return [_proof_finding(note, title, key) for note in notes]
    diff = diff_instruments(applied, new)
    places: list[tuple[str, Pair]] = []
    if diff.title is not None:
        places.append(("title", Pair("제명", "the title")))
    for ad in diff.changed_articles():
        places.append((ad.location.ko(), _where(ad)))
    for annex in diff.annexes:
        if annex.status is not Status.UNCHANGED:
            places.append((annex.label, Pair(annex.label, annex.label_en)))
    findings = [
        _heading_finding(num, applied, new, title, key) for num in heading_differences(applied, new)
    ]
    return findings + [
        error(
            CODE_DIFFERS,
            Place(PlaceKind.ARTICLE, key, field=ref),
            N_(
                "The amendment text of the {instrument}, applied to the current text, does not "
                "give the amended {provision}."
            ),
            instrument=title,
            provision=where,
        )
        for ref, where in places
    ]


def _heading_finding(
    num: Num, applied: Instrument, new: Instrument, title: Pair, key: str
) -> Finding:
    """E-AMEND-HEADING: the headings printed before an article (장, 절, 관) that the
    amendment text does not give: the drafting engine writes no sentence for them."""

    def said(inst: Instrument) -> Pair:
        lines = _all_headings(inst).get(num, ())
        return Pair(" / ".join(lines) or "(없음)", " / ".join(lines) or "(none)")

    loc = Location(num)
    return error(
        CODE_HEADING,
        Place(PlaceKind.ARTICLE, key, field=loc.ko()),
        N_(
            "The amendment text of the {instrument} does not give the headings before "
            "{article} ({old} → {new}): changes of chapter and section headings are not "
            "drafted; write that sentence yourself or amend the instrument whole."
        ),
        instrument=title,
        article=Pair(loc.ko(), cite_en(loc)),
        old=said(applied),
        new=said(new),
    )


def _proof_finding(note: ParseMessage, title: Pair, key: str) -> Finding:
    """What the drafted bill should correct (:mod:`.proof`): a particle in the amended text
    that does not suit the word before it, where the official typed it (``문화관광국를``),
    which the bill copies, to be corrected on the statute page (W-AMEND-PARTICLE); else a slip
    of the bill's own sentence, which would be the drafting engine's, as the applier words it
    (W-AMEND-PROOF)."""
    problem = note.params["problem"]
    location = problem.params.get("location")
    if problem.msgid == TEXT_PARTICLE and isinstance(location, Pair):
        found = _ARTICLE.match(location.ko)
        return warning(
            CODE_PARTICLE,
            Place(PlaceKind.ARTICLE, key, field=found.group(0) if found else location.ko),
            N_(
                "The amended {location} of the {instrument} reads “{found}”: the particle "
                "does not suit the word before it. Correct the amended text."
            ),
            location=location,
            instrument=title,
            found=problem.params["found"],
        )
    return warning(
        CODE_PROOF,
        Place(PlaceKind.ARTICLE, key, line=note.line, field=f"sentence {note.params['n']}"),
        N_("The amendment text of the {instrument}: {problem}"),
        instrument=title,
        problem=Message(note.message_id, note.params),
    )
