"""No silent loss: what an article rebuilt from unit data must keep of the existing text.

An article is rebuilt when a change touches its unit (a move, a new kind, duties transferred,
a division established or abolished). The unit data may hold less than the text — an
organization imported from a spreadsheet has no duties and no purpose clause — so, before any
rebuild, :func:`with_text_duties` takes what the data lacks from the existing article: the
duties (the 호 items) and the purpose (``…에 관한 사무를 처리하기 위하여``) of each unit,
as :mod:`desktop.core.orgread` reads them.

After the rebuild, :func:`lost_sentences` lists every sentence of the existing article that
the new one no longer holds and that no change names (a sentence is named by a change when it
mentions a unit the change touches by its old or new name, or is a duty the change moves or
ends). The change engine keeps such an article as it was and reports an error naming the
provision (:class:`TextLoss`), never a quiet deletion.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.apply import ApplyResult
from desktop.core.org import Duty, Level, Organization
from desktop.core.orgread import placed_names
from desktop.core.statute import Article, Instrument

# Changes whose unit's duties leave the unit's old place: ended, transferred, or carried to the
# article of the unit's new place (a move, a new kind).
_ENDING = {"abolish", "merge", "split", "transfer", "move", "upgrade", "downgrade"}


@dataclass(frozen=True)
class TextLoss:
    """A sentence of ``article`` in instrument ``key`` that a rebuild would have removed."""

    key: str
    article: str  # 제4조
    article_en: str  # Article 4
    sentence: str
    change_ids: tuple[str, ...]


def sentences(art: Article) -> list[str]:
    """The article's sentences: every paragraph's own text, every 호 and 목 text."""
    out: list[str] = []
    for para in art.paragraphs:
        if para.deleted:
            continue
        if para.text:
            out.append(para.text)
        for sub in para.subparagraphs:
            if sub.deleted:
                continue
            if sub.text:
                out.append(sub.text)
            out.extend(item.text for item in sub.items if item.text and not item.deleted)
    return out


def with_text_duties(
    old_org: Organization, applied: ApplyResult, instruments: Mapping[str, Instrument]
) -> tuple[Organization, ApplyResult]:
    """The organizations before and after the changes, in which every unit whose data holds
    no duties takes those (and the purpose) its article in the current texts gives it — read
    by :mod:`desktop.core.orgread` under the unit's current name. The inputs themselves when
    no unit lacks them."""
    lacking = [u for u in old_org if u.kind.level is not Level.TOP and not u.duties]
    if not lacking:
        return old_org, applied
    from desktop.core.orgread import read_organization
    from desktop.core.statute_text import render_instrument

    reading = read_organization((key, render_instrument(inst)) for key, inst in instruments.items())
    old_copy, new_copy = old_org.copy(), applied.org.copy()
    changed = False
    for unit in lacking:
        read = reading.units.get(unit.name_ko)
        if read is None:
            continue
        for org in (old_copy, new_copy):
            target = org.find(unit.id)
            if target is None:
                continue
            if not unit.duties and not target.duties and read.duties:
                target.duties = [Duty(d.ko) for d in read.duties]
                changed = True
            if not unit.purpose_ko and not target.purpose_ko and read.purpose_ko:
                target.purpose_ko = read.purpose_ko
                changed = True
    if not changed:
        return old_org, applied
    return old_copy, dataclasses.replace(applied, org=new_copy)


def with_text_english(org: Organization, instruments: Mapping[str, Instrument]) -> Organization:
    """``org`` with the English of every duty that has none taken from the current texts: the
    English the official gave a subparagraph (on the statute page) whose Korean is the duty's,
    when the texts give that Korean one English only. An organization read from the Korean
    texts has no English duties, so without this a duty moved to another unit, or a division
    moved into a new article, is drafted as ``[English text missing]`` although its English
    stands in the text. ``org`` itself when nothing is taken."""
    found: dict[str, set[str]] = {}
    for inst in instruments.values():
        for art in inst.articles:
            for para in art.paragraphs:
                for sub in para.subparagraphs:
                    if sub.text and sub.text_en:
                        found.setdefault(sub.text, set()).add(sub.text_en)
    english = {ko: ens.pop() for ko, ens in found.items() if len(ens) == 1}
    lacking = any(not d.en and d.ko in english for u in org for d in u.duties)
    if not lacking:
        return org
    copy = org.copy()
    for unit in copy:
        unit.duties = [Duty(d.ko, d.en or english.get(d.ko, "")) for d in unit.duties]
    return copy


def _names(applied: ApplyResult, superiors: bool = True) -> set[str]:
    """Every unit name a change touches, old and new, with the superiors it names. (The
    record's payload is read by its fields: the old name of a rename or new kind, the units a
    merge or split came from, the source of moved duties, the former superior of a move.)"""
    names: set[str] = set()
    for rec in applied.records:
        payload = rec.payload
        names.add(rec.name_ko)
        names.add(getattr(payload, "old_name_ko", ""))
        names.add(getattr(payload, "source_ko", ""))
        names.update(name for name, _en in getattr(payload, "units", ()))
        if superiors:
            names.add(rec.parent_ko)
            names.add(getattr(payload, "from_ko", ""))
    names.discard("")
    return names


def _ended_duties(applied: ApplyResult, old_org: Organization) -> set[str]:
    """Duties a change moves or ends: transferred duties, and every duty of a unit that is
    abolished, merged, split, moved or given a new kind."""
    ended: set[str] = set()
    for rec in applied.records:
        if rec.action.name not in _ENDING:
            continue
        moved = getattr(rec.payload, "duties", None)
        if moved is not None:
            ended.update(moved)
            continue
        unit = old_org.find(rec.unit_id)
        if unit is not None:
            ended.update(d.ko for d in unit.duties)
    return ended


def lost_sentences(
    old: Article, new: Article, applied: ApplyResult, old_org: Organization
) -> list[str]:
    """Sentences of ``old`` that ``new`` does not hold and that no change names.

    ``old`` is the article as it stands after the renames were written into it."""
    new_sentences = sentences(new)
    kept = set(new_sentences)
    new_text = "\n".join(new_sentences)
    names = _names(applied)
    units = _names(applied, superiors=False)
    ended = _ended_duties(applied, old_org)
    lost = []
    for sentence in sentences(old):
        if sentence in kept or sentence in ended:
            continue
        # Another unit of a list must stay in the list unless a change names that unit.
        dropped = [n for n in placed_names(sentence) if n not in new_text and n not in units]
        if dropped or not any(name in sentence for name in names):
            lost.append(sentence)
    return lost
