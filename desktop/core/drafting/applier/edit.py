"""Applying read clauses to an instrument: find the cited provision, change it, or say why not.

Provisions keep the numbering of the current text (drafting-ko.md §3): a deleted provision
stays as ``삭제`` (as consolidated texts print it), an inserted one takes its place by number,
and nothing is renumbered unless a clause says so (``제9호를 제10호로 한다``). History notes
(``<개정 …>``) are never part of a text that is searched or replaced.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial

from desktop.core.amendment_grammar import ITEM_LABELS, MAX_RANGE, Entry, Ref
from desktop.core.drafting.applier.proof import TextSlip, text_slip
from desktop.core.drafting.diff import sentence_break
from desktop.core.drafting.location import Location, Part
from desktop.core.drafting.sentences_en import cite_en
from desktop.core.statute import (
    CIRCLED,
    Article,
    Instrument,
    Item,
    Num,
    Paragraph,
    Subparagraph,
)
from desktop.i18n import N_, Pair

Provision = Article | Paragraph | Subparagraph | Item
PROVISO = " 다만, "
_PART_NAMES = {
    "main": Pair("본문", "main sentence"),
    "proviso": Pair("단서", "proviso"),
    "front": Pair("전단", "first sentence"),
    "back": Pair("후단", "second sentence"),
    "title": Pair("제목", "title"),
    "body": Pair("제목 외의 부분", "text other than the title"),
    "subs": Pair("각 호", "subparagraphs"),
    "items": Pair("각 목", "items"),
}


class EditError(Exception):
    """A clause does not fit the instrument: an English msgid and its parameters."""

    def __init__(self, message_id: str, **params: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params
        # the words of the sentence it is about (offsets of the parsed sentence), once known
        self.span: tuple[int, int] | None = None


def _location(ref: Ref) -> Location | None:
    part = {
        ("", False): Part.WHOLE,
        ("", True): Part.LEAD,
        ("title", False): Part.TITLE,
        ("main", False): Part.MAIN,
        ("main", True): Part.LEAD_MAIN,
        ("proviso", False): Part.PROVISO,
        ("proviso", True): Part.LEAD_PROVISO,
        ("front", False): Part.FRONT,
        ("front", True): Part.LEAD_FRONT,
        ("back", False): Part.BACK,
        ("back", True): Part.LEAD_BACK,
    }.get((ref.part, ref.lead))
    if part is None:
        return None
    return Location(ref.article, ref.paragraph, ref.sub, ref.item, part)


def label(ref: Ref) -> Pair:
    """How a message names a cited provision: ``제5조제1항 단서`` / ``the proviso to …``."""
    if ref.point is not None:
        item = label(Ref(ref.article, ref.paragraph, ref.sub, ref.item))
        return Pair(f"{item.ko}{ref.point})", f"{ref.point}) of {item.en}")
    loc = _location(ref)
    if loc is not None:
        return Pair(loc.ko(), cite_en(loc))
    base = _location(Ref(ref.article, ref.paragraph, ref.sub, ref.item, ref.lead))
    assert base is not None
    name = _PART_NAMES[ref.part]
    return Pair(f"{base.ko()} {name.ko}", f"the {name.en} of {cite_en(base)}")


def _item_index(label_: str) -> int:
    return ITEM_LABELS.index(label_) if label_ in ITEM_LABELS else 99


def _sort_key(prov: Provision) -> object:
    if isinstance(prov, Article | Subparagraph):
        return prov.num
    if isinstance(prov, Paragraph):
        return prov.number
    return _item_index(prov.label)


def _key_of_prov(prov: Provision) -> object:
    """The value that cites ``prov`` in a :class:`Ref` (number, 호 number or 목 label)."""
    if isinstance(prov, Article | Subparagraph):
        return prov.num
    if isinstance(prov, Paragraph):
        return prov.number
    return prov.label


def _key_of(ref: Ref, level: int) -> object:
    return [ref.article, ref.paragraph, ref.sub, _item_index(ref.item or "")][level]


@dataclass
class _Pending:
    """The replacements recorded for one text in the current sentence."""

    prov: Provision
    attr: str  # "text" or "title"
    text: str  # as it read before the sentence
    ref: Ref
    edits: set[tuple[int, int, str]] = field(default_factory=set)


@dataclass
class Slot:
    """A provision, the list that holds it and its key (to replace or delete it)."""

    siblings: list  # type: ignore[type-arg]
    index: int
    prov: Provision


class Editor:
    """Changes one instrument in place."""

    def __init__(self, inst: Instrument) -> None:
        self.inst = inst
        self.pending: dict[tuple[int, str], _Pending] = {}
        # replacements that left a particle of the text not suiting the new words (proof.py)
        self.slips: list[tuple[Pair, TextSlip]] = []

    # -- finding provisions ------------------------------------------------------------

    def siblings(self, ref: Ref, level: int, create: bool = False) -> list:  # type: ignore[type-arg]
        """The list that holds the provision of ``ref`` at ``level`` (0 article … 3 목)."""
        if level == 0:
            return self.inst.articles
        parent = self.find(_parent(ref, level))
        if isinstance(parent.prov, Article):
            if level == 1:
                return parent.prov.paragraphs
            if level == 2:
                return self.unnumbered(parent.prov, ref, create).subparagraphs
        if isinstance(parent.prov, Paragraph):
            return parent.prov.subparagraphs
        assert isinstance(parent.prov, Subparagraph)
        return parent.prov.items

    def unnumbered(self, art: Article, ref: Ref, create: bool = False) -> Paragraph:
        live = [p for p in art.paragraphs if not p.deleted]
        if len(live) == 1 and live[0].number in (0, 1) and len(art.paragraphs) == 1:
            return live[0]
        if not art.paragraphs and create:
            art.paragraphs.append(Paragraph(0))
            return art.paragraphs[0]
        raise EditError(
            N_("{location} has numbered paragraphs; cite the paragraph."), location=label(ref)
        )

    def find(self, ref: Ref, *, live: bool = True) -> Slot:
        """The provision cited; raises :class:`EditError` when it is not there."""
        level = ref.level
        if level == 0 and (ref.lead or ref.part not in ("", "title")):
            art = self.find(Ref(ref.article)).prov
            assert isinstance(art, Article)
            para = self.unnumbered(art, ref)
            return Slot(art.paragraphs, art.paragraphs.index(para), para)
        siblings = self.siblings(ref, level)
        key = _key_of(ref, level)
        for index, prov in enumerate(siblings):
            if _sort_key(prov) == key:
                if live and prov.deleted:
                    raise EditError(N_("{location} is deleted."), location=label(ref.whole))
                return Slot(siblings, index, prov)
        raise EditError(N_("{location} does not exist."), location=label(ref.whole))

    def text_provision(self, ref: Ref) -> Provision:
        """The provision whose own text a part (각 호 외의 부분, 본문 …) of ``ref`` means."""
        slot = self.find(ref)
        if isinstance(slot.prov, Article) and ref.part != "title":
            return self.unnumbered(slot.prov, ref)
        return slot.prov

    def children(self, ref: Ref) -> list:  # type: ignore[type-arg]
        """The list of 호 (목) that ``ref``'s 각 호 (각 목) means."""
        holder = self.text_provision(replace(ref, part="body" if ref.level == 0 else ""))
        out = _children(holder)
        if (ref.part == "items" and not isinstance(holder, Subparagraph)) or (
            ref.part == "subs" and not isinstance(holder, Paragraph)
        ):
            raise EditError(N_("{location} does not exist."), location=label(ref))
        return out

    def put_children(self, ref: Ref, new: list) -> None:  # type: ignore[type-arg]
        """``제9조 각 호를 다음과 같이 한다``: the 호 (목) replaced by the new ones."""
        holder = self.text_provision(replace(ref, part="body" if ref.level == 0 else ""))
        self.children(ref)  # the right kind of holder
        if isinstance(holder, Paragraph):
            holder.subparagraphs = new
        else:
            assert isinstance(holder, Subparagraph)
            holder.items = new

    # -- words -------------------------------------------------------------------------

    def texts(self, ref: Ref) -> Iterator[tuple[Provision, str]]:
        """The (provision, attribute) pairs whose text ``중`` searches for ``ref``."""
        if ref.part == "title":
            yield self.find(ref).prov, "title"
            return
        if ref.part == "body":  # 제목 외의 부분: the unnumbered paragraph, 호 included
            yield from _all_texts(self.text_provision(ref))
            return
        if ref.part in _CHILDREN:  # 각 호, 각 목
            for child in self.children(ref):
                yield from _all_texts(child)
            return
        if ref.lead or ref.part:
            yield self.text_provision(ref), "text"
            return
        yield from _all_texts(self.find(ref).prov)

    def replace(self, entries: list[Entry], old: str, new: str) -> None:
        if old == new:
            raise EditError(N_("{old} is replaced by the same words."), old=f'"{old}"')
        for first, last in entries:
            count = 0
            for ref in self.refs(first, last):
                for prov, attr in list(self.texts(ref)):
                    count += self._replace_in(prov, attr, ref, old, new)
            if count == 0:
                where = label(first)
                if first != last:
                    end = label(last)
                    where = Pair(f"{where.ko}부터 {end.ko}까지", f"{where.en} to {end.en}")
                raise EditError(
                    N_("{old} does not occur in {location}."), old=f'"{old}"', location=where
                )

    def refs(self, first: Ref, last: Ref) -> list[Ref]:
        """The live provisions of a range of existing ones (``제4조제1항부터 제3항까지 중 …``:
        real bills gather replacements over ranges, e.g. 다중이용업소의 안전관리에 관한
        특별법 시행령, 2017), or ``first`` alone."""
        if first == last:
            return [first]
        level = first.level
        out = []
        for slot in self.run(first.whole, last.whole):
            fields: list[object] = [first.article, first.paragraph, first.sub, first.item]
            fields[level] = _key_of_prov(slot.prov)
            out.append(Ref(*fields))  # type: ignore[arg-type]
        return out

    def _replace_in(self, prov: Provision, attr: str, ref: Ref, old: str, new: str) -> int:
        """Record the replacement of every ``old`` in the cited part of one text; the
        replacements of one sentence all read the text as it was before the sentence and
        are made together by :meth:`flush` (so ``"A"를 "AㆍB"로 하고, "B"를 "C"로`` never
        replaces the B it has just written), and an occurrence inside words that an earlier
        clause replaces is left to that clause."""
        pending = self.pending.get((id(prov), attr))
        if pending is None:
            text = " ".join(getattr(prov, attr).split())
            pending = self.pending[(id(prov), attr)] = _Pending(prov, attr, text, ref)
        text = pending.text
        if attr == "title" and old[:1] == "(" and old[-1:] == ")":  # 제목 "(A)"를 "(B)"로
            if new[:1] != "(" or new[-1:] != ")":
                raise EditError(
                    N_("The new title of {location} is not in brackets."), location=label(ref)
                )
            old, new = old[1:-1], new[1:-1]
        before, scope, _ = _split_part(text, ref)
        spans = [
            (m.start(), m.start() + len(old)) for m in re.finditer(f"(?={re.escape(old)})", scope)
        ]
        if any(b[0] - a[0] < len(old) for a, b in itertools.pairwise(spans)):
            raise EditError(
                N_("{old} overlaps itself in {location}; the replacement is ambiguous."),
                old=f'"{old}"',
                location=label(ref),
            )
        if not spans:
            spans = [m.span() for m in _loose(old).finditer(scope)]
        offset = len(before)
        found = 0
        for a, b in spans:
            edit = (offset + a, offset + b, new)
            inside = {e for e in pending.edits if e[0] < edit[1] and edit[0] < e[1]}
            if edit in pending.edits:  # the same provision cited twice
                found += 1
            elif not inside:
                pending.edits.add(edit)
                found += 1
            elif all(
                edit[0] <= s and e <= edit[1] and e - s < edit[1] - edit[0] for s, e, _ in inside
            ):
                # Longer words quoted after shorter ones they contain are replaced whole:
                # ``"경리관"을 "재무관"으로, "분임경리관"을 "분임재무관"으로`` (real bills:
                # 지방자치단체를 당사자로 하는 계약에 관한 법률 시행령 제106조제2항,
                # 우정사업 운영에 관한 특례법 시행령 제10조의7제1항).
                pending.edits -= inside
                pending.edits.add(edit)
                found += 1
            # else: inside words an earlier clause of the sentence replaces — as drafters
            # write ``"「A위원회의 … 법률」"을 "…"로, "A위원회"를 각각 "B위원회"로``.
        return found

    def flush(self) -> None:
        """Make the recorded replacements (they never overlap: see :meth:`_replace_in`)."""
        pendings, self.pending = list(self.pending.values()), {}
        for pending in pendings:
            edits = sorted(pending.edits)
            for (_, end, _), (start, _, _) in itertools.pairwise(edits):
                if start < end:
                    raise EditError(
                        N_("Two quoted texts overlap in {location}; the replacement is ambiguous."),
                        location=label(pending.ref),
                    )
            text, out, pos = pending.text, [], 0
            for start, end, new in edits:
                slip = text_slip(text, start, end, new) if pending.attr == "text" else None
                if slip is not None:
                    self.slips.append((label(pending.ref), slip))
                out.append(text[pos:start])
                out.append(new)
                pos = end
            out.append(text[pos:])
            setattr(pending.prov, pending.attr, "".join(out))

    def title_rewrite(self, ref: Ref, body: str) -> None:
        art = self.find(ref).prov
        assert isinstance(art, Article)
        text = body.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        art.title = text

    # -- structure ---------------------------------------------------------------------

    def delete(self, entries: list[Entry]) -> None:
        for first, last in entries:
            refuse_point(first)
            if first.part == "title":  # an article keeps a title: it is rewritten, not deleted
                raise EditError(
                    N_("{location} cannot be deleted on its own."), location=label(first)
                )
            if first.part in _CHILDREN:
                for child in self.children(first):
                    _clear(child)
                continue
            if first.part or first.lead:
                self.delete_part(first)
                continue
            for slot in self.run(first, last):
                _clear(slot.prov)

    def delete_part(self, ref: Ref) -> None:
        prov = self.text_provision(ref)
        before, scope, after = _split_part(" ".join(prov.text.split()), ref)
        if not scope:
            raise EditError(N_("{location} does not exist."), location=label(ref))
        prov.text = _joined(before, after)

    def run(self, first: Ref, last: Ref) -> list[Slot]:
        """The live provisions from ``first`` to ``last`` (same parent), in order."""
        start = self.find(first)
        if first == last:
            return [start]
        end = self.find(last)
        if start.siblings is not end.siblings or end.index < start.index:
            raise EditError(N_("{location} does not exist."), location=label(last))
        return [
            Slot(start.siblings, i, start.siblings[i])
            for i in range(start.index, end.index + 1)
            if not start.siblings[i].deleted
        ]

    def put(self, ref: Ref, prov: Provision, *, insert: bool) -> None:
        """Insert ``prov`` at ``ref`` (by number), or rewrite the provision there."""
        refuse_point(ref)
        level = ref.level
        refuse_paragraph(ref)
        if level == 1 and insert:
            art = self.find(Ref(ref.article)).prov
            assert isinstance(art, Article)
            if len(art.paragraphs) == 1 and art.paragraphs[0].number == 0:
                art.paragraphs[0].number = 1  # a second paragraph numbers the first ①
        siblings = self.siblings(ref, level, create=insert)
        key = _key_of(ref, level)
        for index, other in enumerate(siblings):
            if _sort_key(other) == key:
                if insert and not other.deleted:
                    raise EditError(N_("{location} already exists."), location=label(ref))
                if not insert and other.deleted:
                    raise EditError(N_("{location} is deleted."), location=label(ref))
                if isinstance(other, Article) and isinstance(prov, Article):
                    prov.chapter = other.chapter
                siblings[index] = prov
                return
        if not insert:
            raise EditError(N_("{location} does not exist."), location=label(ref))
        position = sum(1 for other in siblings if _sort_key(other) < key)  # type: ignore[operator]
        siblings.insert(position, prov)

    def put_part(self, ref: Ref, text: str, *, insert: bool) -> None:
        """Rewrite the part (각 호 외의 부분, 본문, 단서, 전단, 후단) or add a 단서 / 후단."""
        prov = self.text_provision(ref)
        own = " ".join(prov.text.split())
        text = " ".join(text.split())
        if insert:
            before, scope, _ = _split_part(own, ref, missing_ok=True)
            if scope:
                raise EditError(N_("{location} already exists."), location=label(ref))
            prov.text = f"{own} {text}".strip()
            return
        before, _, after = _split_part(own, ref)
        prov.text = _joined(before, text, after)

    def renumber(
        self, source: Ref, target: Ref, others: list[tuple[Ref, Ref]] | None = None
    ) -> None:
        refuse_point(source)
        if others:
            self.renumber_together([(source, target), *others])
            return
        slot = self.find(source)
        if source.part == "body" and isinstance(slot.prov, Paragraph):
            # ``제11조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 …``: the article's
            # unnumbered paragraph takes a number (자동차관리법 제70조, 도서관법 제34조,
            # 지방세기본법 시행령 제24조, …).
            if target.level != 1 or target.article != source.article:
                raise EditError(N_("{location} does not exist."), location=label(target))
            refuse_paragraph(target)
            assert target.paragraph is not None
            slot.prov.number = target.paragraph
            return
        if source.level != target.level or _parent(source, source.level) != _parent(
            target, target.level
        ):
            raise EditError(N_("{location} does not exist."), location=label(target))
        key = _key_of(target, target.level)
        if any(_sort_key(o) == key and not o.deleted for o in slot.siblings):
            raise EditError(N_("{location} already exists."), location=label(target))
        prov = slot.prov
        _set_key(prov, target)
        del slot.siblings[slot.index]
        self.put(target, prov, insert=True)

    def renumber_together(self, pairs: list[tuple[Ref, Ref]]) -> None:
        """Several provisions moved at once (a swap included): all leave their numbers
        before any takes its new one."""
        slots = []
        for source, target in pairs:
            if source.level != target.level or _parent(source, source.level) != _parent(
                target, target.level
            ):
                raise EditError(N_("{location} does not exist."), location=label(target))
            slot = self.find(source)
            if any(other.prov is slot.prov for other in slots):  # 제3호 및 제3호를 각각 …
                raise EditError(N_("{location} is moved twice."), location=label(source))
            slots.append(slot)
        for slot in slots:
            index = next(i for i, p in enumerate(slot.siblings) if p is slot.prov)
            del slot.siblings[index]
        for slot, (_, target) in zip(slots, pairs, strict=True):
            _set_key(slot.prov, target)
            self.put(target, slot.prov, insert=True)


_DOTS = "ㆍ·・‧"


def _loose(words: str) -> re.Pattern[str]:
    """Quoted words as the text may space them or write their middle dot (ㆍ, ·): consolidated
    texts and the bills that amend them differ in both (``「국세기본법」제81조`` quoted for
    ``「국세기본법」 제81조``, ``모ㆍ부자복지`` for ``모·부자복지``). Used only when the words
    do not occur as quoted."""
    parts = []
    for char in "".join(words.split()):
        parts.append(f"[{_DOTS}]" if char in _DOTS else re.escape(char))
    return re.compile(r"\s*".join(parts))


def _set_key(prov: Provision, target: Ref) -> None:
    """Give ``prov`` the number (or 목 label) ``target`` cites."""
    if isinstance(prov, Article):
        prov.num = target.article
    elif isinstance(prov, Subparagraph):
        assert target.sub is not None
        prov.num = target.sub
    elif isinstance(prov, Paragraph):
        assert target.paragraph is not None
        prov.number = target.paragraph
    else:
        assert target.item is not None
        prov.label = target.item


_CHILDREN = ("subs", "items")


def refuse_point(ref: Ref) -> None:
    """A 목's sub-item (``가목1)``) is part of the 목's text: words in it are replaced, but it
    is not rewritten, deleted or moved on its own."""
    if ref.point is not None:
        raise EditError(
            N_(
                "{location} is a sub-item of a 목: only words in it are replaced here; "
                "rewrite or delete the whole 목."
            ),
            location=label(ref),
        )


def refuse_paragraph(ref: Ref) -> None:
    """A paragraph is numbered by a circled numeral, ① to ㊿: ``제99항`` cannot be written."""
    if ref.paragraph is not None and ref.paragraph > len(CIRCLED):
        raise EditError(
            N_("{location} cannot be numbered: paragraphs are numbered from ① to ㊿."),
            location=label(ref.whole),
        )


def _joined(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


def _parent(ref: Ref, level: int) -> Ref:
    values = [ref.article, ref.paragraph, ref.sub, ref.item][:level]
    while len(values) < 4:
        values.append(None)
    return Ref(*values)  # type: ignore[arg-type]


def _all_texts(prov: Provision) -> Iterator[tuple[Provision, str]]:
    if isinstance(prov, Article):
        for para in prov.paragraphs:
            if not para.deleted:
                yield from _all_texts(para)
        return
    if prov.deleted:
        return
    yield prov, "text"
    for child in _children(prov):
        yield from _all_texts(child)


def _children(prov: Provision) -> list:  # type: ignore[type-arg]
    if isinstance(prov, Paragraph):
        return prov.subparagraphs
    if isinstance(prov, Subparagraph):
        return prov.items
    return []


def _clear(prov: Provision) -> None:
    prov.deleted = True
    prov.notes = []
    if isinstance(prov, Article):
        prov.title, prov.paragraphs, prov.annotations = "", [], []
    else:
        prov.text = ""
        if isinstance(prov, Paragraph):
            prov.subparagraphs = []
        elif isinstance(prov, Subparagraph):
            prov.items = []


def _split_part(text: str, ref: Ref, missing_ok: bool = False) -> tuple[str, str, str]:
    """(before, the part, after) of a provision's own text (a 목's sub-item ``3)``: from its
    number to the next one's, as the 목's text carries its sub-items)."""
    if ref.point is not None:
        start = re.search(rf"(?:^| ){ref.point}\) ", text)
        if start is None:
            return _missing(text, ref, missing_ok)
        begin = start.start() + (text[start.start()] == " ")
        end = re.search(rf" {ref.point + 1}\) ", text[begin:])
        stop = begin + end.start() + 1 if end else len(text)
        return text[:begin], text[begin:stop], text[stop:]
    part = ref.part
    if part in ("", "title", "body", *_CHILDREN):
        return "", text, ""
    if part in ("main", "proviso"):
        index = text.find(PROVISO)
        if index < 0:
            if part == "main":
                return "", text, ""
            return _missing(text, ref, missing_ok)
        if part == "main":
            return "", text[:index], text[index:]
        return text[: index + 1], text[index + 1 :], ""
    index = sentence_break(text)
    if index is None:
        return _missing(text, ref, missing_ok)
    if part == "front":
        return "", text[:index], text[index:]
    return text[: index + 1], text[index + 1 :], ""


def _missing(text: str, ref: Ref, missing_ok: bool) -> tuple[str, str, str]:
    if missing_ok:
        return text, "", ""
    raise EditError(N_("{location} does not exist."), location=label(ref))


def expand(first: Ref, last: Ref, texts: int = MAX_RANGE) -> list[Ref]:
    """The provisions of a range of new provisions, by successive numbers; ``texts``: how many
    new texts follow the sentence (each provision needs one), so that a range longer than
    what is written is refused before its numbers are made."""
    if first == last:
        return [first]
    level = first.level
    a, b = _key_of(first, level), _key_of(last, level)
    make: Callable[[int], object]
    if level in (1, 3):
        assert isinstance(a, int) and isinstance(b, int)
        lo, hi = a, b
        make = int if level == 1 else ITEM_LABELS.__getitem__
    else:
        assert isinstance(a, Num) and isinstance(b, Num)
        if a.branch == b.branch == 0:
            lo, hi, make = a.main, b.main, Num
        elif a.main == b.main:
            lo, hi, make = a.branch or 1, b.branch, partial(Num, a.main)
        else:
            raise EditError(N_("{location} does not exist."), location=label(last))
    if hi - lo + 1 > texts:
        raise EditError(N_("the new text of {location} is missing."), location=label(last))
    values = [make(n) for n in range(lo, hi + 1)]
    out: list[Ref] = []
    for value in values:
        fields = [first.article, first.paragraph, first.sub, first.item]
        fields[level] = value
        out.append(Ref(*fields))  # type: ignore[arg-type]
    return out
