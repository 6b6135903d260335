"""Addresses of provisions inside an instrument, for English texts and manual overrides.

A path names an article and, optionally, a paragraph, a subparagraph and an item, by their
Korean numbers joined with ``/``: ``"12의2"`` (the article), ``"12의2/title"`` (its title),
``"4/0"`` (the single unnumbered paragraph), ``"5/2/3의2"`` (subparagraph 3의2 of paragraph
②), ``"5/2/3/가"`` (item 가).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from desktop.core.statute import Article, Instrument, Item, Num, Paragraph, Subparagraph

Provision = Article | Paragraph | Subparagraph | Item


def walk(inst: Instrument) -> Iterator[tuple[str, Provision]]:
    """Every provision with its path, in document order."""
    for art in inst.articles:
        base = art.num.ko()
        yield base, art
        for para in art.paragraphs:
            ppath = f"{base}/{para.number}"
            yield ppath, para
            for sub in para.subparagraphs:
                spath = f"{ppath}/{sub.num.ko()}"
                yield spath, sub
                for item in sub.items:
                    yield f"{spath}/{item.label}", item


def lead_only(prov: Provision) -> Provision:
    """A copy of a paragraph or subparagraph without its subparagraphs or items."""
    if isinstance(prov, Paragraph):
        return dataclasses.replace(prov, subparagraphs=[])
    if isinstance(prov, Subparagraph):
        return dataclasses.replace(prov, items=[])
    return prov


def find(inst: Instrument, path: str) -> Provision | None:
    """The provision at ``path`` (``"…/title"`` gives the article), or ``None``."""
    parts = path.split("/")
    if parts[-1] == "title":
        parts = parts[:-1]
    try:
        art = inst.article(Num.parse(parts[0]))
        if art is None or len(parts) == 1:
            return art
        para = next(p for p in art.paragraphs if p.number == int(parts[1]))
        if len(parts) == 2:
            return para
        sub = next(s for s in para.subparagraphs if s.num == Num.parse(parts[2]))
        if len(parts) == 3:
            return sub
        return next(i for i in sub.items if i.label == parts[3])
    except (StopIteration, ValueError):
        return None


def english_map(inst: Instrument) -> dict[str, str]:
    """The English texts of an instrument, by path (only the non-empty ones)."""
    result: dict[str, str] = {}
    for path, prov in walk(inst):
        if isinstance(prov, Article):
            if prov.title_en:
                result[f"{path}/title"] = prov.title_en
        elif prov.text_en:
            result[path] = prov.text_en
    return result


def apply_english(inst: Instrument, mapping: dict[str, str]) -> list[str]:
    """Set English texts from ``mapping``; returns the paths that name no provision."""
    unknown = []
    for path, text in mapping.items():
        prov = find(inst, path)
        if prov is None:
            unknown.append(path)
        elif isinstance(prov, Article):
            prov.title_en = text
        else:
            prov.text_en = text
    return unknown
