"""Printing a statute in English, in the style of KLRI's translations (elaw.klri.re.kr).

::

    Article 12-2 (AI Bureau) To handle affairs concerning …
    (2) The Governor shall …
    1. Matters concerning …
    3-2. …
      (a) …

Only the English texts held in the model (``title_en``, ``text_en``, ``rows_en``) are printed;
where one is missing, ``[English text missing]`` stands in its place, visibly — nothing is
translated here. History notes are rewritten in English where their form is known
(``<개정 2020.3.16.>`` → ``<Amended on Mar. 16, 2020>``) and kept as they are otherwise.
"""

from __future__ import annotations

import re

from desktop.core import lazyre
from desktop.core.kformat import date_en_short, hangul_item_index, parse_date_ko
from desktop.core.statute import (
    Annex,
    Article,
    Instrument,
    Item,
    Paragraph,
    Subparagraph,
)
from desktop.core.statute_syntax import table_row

MISSING = "[English text missing]"


def missing(what: str) -> str:
    """``[English text missing: Article 5 (1)]``."""
    return f"[English text missing: {what}]"


def missing_count(text: str) -> int:
    """How many passages of ``text`` stand as :data:`MISSING` or :func:`missing`."""
    return text.count(MISSING.removesuffix("]"))


_DATE = r"\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?"
_NOTE_PART = lazyre.compile(f"(전문개정|타법개정|개정|신설|삭제)?\\s*({_DATE})")
_NOTE_WORDS = {
    "": "",
    "개정": "Amended on ",
    "신설": "Newly Inserted on ",
    "삭제": "Deleted on ",
    "전문개정": "Wholly Amended on ",
    "타법개정": "Amended by Other Act on ",
}
_ANNOTATION = lazyre.compile(
    f"\\[(본조신설|전문개정|본조제목개정|제목개정|제목변경)\\s*({_DATE})\\]"
)
_ANNOTATION_WORDS = {
    "본조신설": "This Article Newly Inserted on",
    "전문개정": "This Article Wholly Amended on",
    "본조제목개정": "Title Amended on",
    "제목개정": "Title Amended on",
    "제목변경": "Title Amended on",
}
_CHAPTER = lazyre.compile(r"제(\d+)(편|장|절|관)(?:의(\d+))?\s*(.*)")
_CHAPTER_WORDS = {"편": "PART", "장": "CHAPTER", "절": "SECTION", "관": "SUB-SECTION"}


def _date(text: str) -> str | None:
    try:
        return date_en_short(parse_date_ko(text))
    except ValueError:
        return None


def note_en(note: str) -> str:
    """``<개정 2020.3.16., 2021.5.20.>`` → ``<Amended on Mar. 16, 2020, May 20, 2021>``; a note of
    another form is returned as it is."""
    inner = note.removeprefix("<").removesuffix(">")
    rest = re.sub(r"[\s,]", "", _NOTE_PART.sub("", inner))
    if not note.startswith("<") or rest or not _NOTE_PART.search(inner):
        return note
    groups: list[tuple[str, list[str]]] = []
    for match in _NOTE_PART.finditer(inner):
        date = _date(match.group(2))
        if date is None:
            return note
        if match.group(1) is not None or not groups:
            groups.append((match.group(1) or "", []))
        groups[-1][1].append(date)
    return "<" + "; ".join(_NOTE_WORDS[word] + ", ".join(dates) for word, dates in groups) + ">"


def annotation_en(annotation: str) -> str:
    """``[본조신설 2020.03.16.]`` → ``[This Article Newly Inserted on Mar. 16, 2020]``; one of
    another form is returned as it is."""
    match = _ANNOTATION.fullmatch(annotation)
    date = _date(match.group(2)) if match else None
    if match is None or date is None:
        return annotation
    return f"[{_ANNOTATION_WORDS[match.group(1)]} {date}]"


def chapter_en(chapter: str) -> str:
    """``제1장 총칙`` → ``CHAPTER 1 [English text missing]`` (headings carry no English)."""
    lines = []
    for line in chapter.split("\n"):
        match = _CHAPTER.fullmatch(line)
        if match is None:
            lines.append(MISSING)
            continue
        number = match.group(1) + (f"-{match.group(3)}" if match.group(3) else "")
        lines.append(" ".join(filter(None, (_CHAPTER_WORDS[match.group(2)], number))))
        if match.group(4):
            lines[-1] += f" {MISSING}"
    return "\n".join(lines)


def item_letter(label: str) -> str:
    """가 → ``a``, 나 → ``b`` …; past ``z``, doubled (``aa``)."""
    index = hangul_item_index(label)
    return chr(ord("a") + index % 26) * (index // 26 + 1)


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _body(prov: Paragraph | Subparagraph | Item, notes: bool) -> str:
    if prov.deleted:
        text = "Deleted."
    else:
        text = prov.text_en or (MISSING if prov.text else "")
    return _join(text, *(note_en(n) for n in prov.notes if notes))


def provision_lines_en(prov: Paragraph | Subparagraph | Item, *, notes: bool = True) -> list[str]:
    """The English lines of a paragraph ``(1)``, subparagraph ``3-2.`` or item ``(a)``."""
    if isinstance(prov, Item):
        return ["  " + _join(f"({item_letter(prov.label)})", _body(prov, notes))]
    if isinstance(prov, Subparagraph):
        lines = [_join(f"{prov.num.en()}.", _body(prov, notes))]
        for item in prov.items:
            lines.extend(provision_lines_en(item, notes=notes))
        return lines
    own, children = _paragraph_en(prov, notes)
    return [own, *children] if own else children


def _paragraph_en(para: Paragraph, notes: bool) -> tuple[str, list[str]]:
    own = _join(f"({para.number})" if para.number else "", _body(para, notes))
    children: list[str] = []
    for sub in para.subparagraphs:
        children.extend(provision_lines_en(sub, notes=notes))
    return own, children


def render_article_en(art: Article, *, notes: bool = True) -> str:
    """An article in English: ``Article 12-2 (AI Bureau) …``, one provision per line."""
    head = art.label_en
    if art.title:
        head += f" ({art.title_en or MISSING})"
    own_notes = [note_en(n) for n in art.notes] if notes else []
    if art.deleted:
        lines = [_join(head, "Deleted.", *own_notes)]
    elif own_notes or not art.paragraphs:
        lines = [_join(head, *own_notes)]
        for para in art.paragraphs:
            lines.extend(provision_lines_en(para, notes=notes))
    else:
        own, children = _paragraph_en(art.paragraphs[0], notes)
        lines = [_join(head, own), *children]
        for para in art.paragraphs[1:]:
            lines.extend(provision_lines_en(para, notes=notes))
    if notes:
        lines.extend(annotation_en(a) for a in art.annotations)
    return "\n".join(lines)


def _annex_en(annex: Annex) -> str:
    lines = [f"[{annex.label_en}] {annex.title_en or MISSING}"]
    if annex.rows_en:
        lines.extend(table_row(row) for row in annex.rows_en)
    elif annex.rows:
        lines.append(MISSING)
    return "\n".join(lines)


def _header_en(inst: Instrument) -> str:
    parts = [f"{inst.kind.en} No. {inst.number.strip('제호')}" if inst.number else ""]
    if inst.date:
        parts.append(_date(inst.date) or inst.date)
    return f"[{', '.join(filter(None, parts))}]" if any(parts) else ""


def render_instrument_en(inst: Instrument, *, notes: bool = True) -> str:
    """The whole instrument in English, in the layout of :func:`render_instrument`."""
    top = [inst.title_en or MISSING, _header_en(inst)]
    blocks = ["\n".join(filter(None, top))]
    for art in inst.articles:
        if art.chapter:
            blocks.append(chapter_en(art.chapter))
        blocks.append(render_article_en(art, notes=notes))
    if inst.addenda_text:
        blocks.append(f"ADDENDA\n{MISSING}")
    blocks.extend(_annex_en(annex) for annex in inst.annexes)
    return "\n\n".join(blocks) + "\n"
