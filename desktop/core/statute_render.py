"""Printing a statute in the layout of law.go.kr — the inverse of :mod:`statute_parse`.

::

    경기도 행정기구 및 정원 조례
    [시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]

    제1장 총칙

    제1조(목적) 이 조례는 … 목적으로 한다. <개정 2020.3.16.>

    제4조(홍보기획관) … 다음 각 호의 사무를 분장한다.
    1. 도민소통정책 기획 및 추진에 관한 사항
      가. …
    [제목변경 2018.10.1.]

    제7조 삭제 <2021.1.1.>

One provision per line; blank lines between articles; items (목) indented by two spaces. An
article whose own ``notes`` are set prints them on the heading line and starts its first
paragraph on the next line; otherwise the first paragraph follows the heading. Parsing what is
rendered here gives back an equal :class:`~desktop.core.statute.Instrument`.
"""

from __future__ import annotations

from desktop.core.statute import (
    Annex,
    Article,
    Instrument,
    Item,
    Paragraph,
    Subparagraph,
    circled,
)
from desktop.core.statute_syntax import ADDENDA, DELETED, table_row

ITEM_INDENT = "  "


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _body(prov: Paragraph | Subparagraph | Item, notes: bool) -> str:
    """A provision's text (or ``삭제``) with its history notes when asked for."""
    return _join(DELETED if prov.deleted else prov.text, *(prov.notes if notes else ()))


def _paragraph(para: Paragraph, notes: bool) -> tuple[str, list[str]]:
    """A paragraph's own line (possibly empty: an unnumbered lead-in) and its children's."""
    body = _body(para, notes)
    own = _join(circled(para.number), body) if para.number else body
    children: list[str] = []
    for sub in para.subparagraphs:
        children.extend(render_provision_lines(sub, notes=notes))
    return own, children


def render_provision_lines(
    prov: Paragraph | Subparagraph | Item, *, notes: bool = True
) -> list[str]:
    """The lines of a paragraph (항), subparagraph (호) or item (목) with what it contains.

    ``notes=False`` leaves out the history notes (``<개정 …>``), e.g. for the full text of a
    new provision in a bill.
    """
    if isinstance(prov, Item):
        return [ITEM_INDENT + _join(f"{prov.label}.", _body(prov, notes))]
    if isinstance(prov, Subparagraph):
        lines = [_join(f"{prov.num.ko()}.", _body(prov, notes))]
        for item in prov.items:
            lines.extend(render_provision_lines(item, notes=notes))
        return lines
    own, children = _paragraph(prov, notes)
    return [own, *children] if own else children


def render_article_lines(art: Article, *, notes: bool = True) -> list[str]:
    """The lines of an article (조) without its chapter heading; see :func:`render_article`."""
    head = art.label + (f"({art.title})" if art.title else "")
    own_notes = art.notes if notes else []
    if art.deleted:
        lines = [_join(head, DELETED, *own_notes)]
    elif own_notes or not art.paragraphs:
        lines = [_join(head, *own_notes)]
        for para in art.paragraphs:
            lines.extend(render_provision_lines(para, notes=notes))
    else:
        own, children = _paragraph(art.paragraphs[0], notes)
        lines = [_join(head, own), *children]
        for para in art.paragraphs[1:]:
            lines.extend(render_provision_lines(para, notes=notes))
    if notes:
        lines.extend(art.annotations)
    return lines


def render_article(art: Article, *, notes: bool = True) -> str:
    """An article as text, one provision per line.

    With ``notes=False`` the history notes (``<개정 …>``) and the bracketed annotations
    (``[본조신설 …]``) are left out: the text of a provision as a bill prints it.
    """
    return "\n".join(render_article_lines(art, notes=notes))


def render_annex_lines(annex: Annex) -> list[str]:
    """``[별표 1] 정원표(제5조 관련)`` and the table, one ``| cell | cell |`` line per row
    (a ``|`` in a cell written ``\\|``, which the parser reads back as the cell's)."""
    lines = [_join(f"[{annex.label}]", annex.title)]
    lines.extend(table_row(row) for row in annex.rows)
    return lines


def render_instrument(inst: Instrument, *, header: bool = True) -> str:
    """The whole instrument in the pasted layout; ``header=False`` leaves out the title and the
    ``[시행 …]`` line."""
    blocks: list[str] = []
    if header and (top := [line for line in (inst.title, inst.header) if line]):
        blocks.append("\n".join(top))
    for art in inst.articles:
        if art.chapter:
            blocks.append(art.chapter)
        blocks.append(render_article(art))
    if inst.addenda_text:
        heading = ADDENDA.fullmatch(inst.addenda_text.split("\n", 1)[0])
        blocks.append(inst.addenda_text if heading else f"부칙\n{inst.addenda_text}")
    blocks.extend("\n".join(render_annex_lines(annex)) for annex in inst.annexes)
    return "\n\n".join(blocks) + "\n"
