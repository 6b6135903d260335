"""The parts of a document (:mod:`.layout` blocks) written into a python-docx sub-document with
the helpers of :mod:`.blocks`, in the template's named styles."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.simpletypes import ST_Merge
from docx.shared import Mm
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from desktop.documents import blocks
from desktop.documents.layout import Block, Cell, PageBreak, Para, Picture, Table, placements

_P, _TC, _TC_PR, _VAL = qn("w:p"), qn("w:tc"), qn("w:tcPr"), qn("w:val")
_V_MERGE, _GRID_SPAN = qn("w:vMerge"), qn("w:gridSpan")
_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def write(doc: Any, part: Sequence[Block]) -> None:
    """Append the blocks of ``part`` to ``doc`` (a document or sub-document)."""
    for block in part:
        if isinstance(block, Para):
            _paragraph(doc, block)
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Picture):
            para = blocks.paragraph(doc, "", "OD Body", align=WD_ALIGN_PARAGRAPH.CENTER)
            para.add_run().add_picture(io.BytesIO(block.png), width=Mm(block.width_mm))
        elif isinstance(block, PageBreak):
            blocks.page_break(doc)
        else:
            raise TypeError(f"not a block: {block!r}")


def filler(part: Sequence[Block]):
    """``part`` as the filler of a ``{{p name }}`` tag (see :func:`.render.render_docx`)."""
    return lambda doc: write(doc, part)


def _paragraph(doc: Any, block: Para) -> None:
    para = blocks.paragraph(
        doc, "", block.style, align=_ALIGN.get(block.align or ""), indent=block.indent_cm
    )
    for text, style in block.runs:
        blocks.add_run(para, text, style)


def _table(doc: Any, block: Table) -> None:
    tbl = blocks.table(doc, len(block.rows), block.widths_cm)
    placed = placements(block)
    for r, c, item in placed:  # merge first: the cells below are the merged ones
        if item.rowspan > 1 or item.colspan > 1:
            corner = _cell_at(tbl, r + item.rowspan - 1, c + item.colspan - 1)
            merged = _cell_at(tbl, r, c).merge(corner)
            for para in merged.paragraphs[1:]:
                para._p.getparent().remove(para._p)
            merged.paragraphs[0].text = ""
    starts = _cell_starts(tbl)
    for r, c, item in placed:
        tc = starts.get((r, c))
        _cell(tc if tc is not None else tbl.cell(r, c)._tc, tbl, item)
    for row in tbl.rows[: block.header_rows]:
        blocks.repeat_header(row)
    if block.compact:
        for p in tbl._tbl.iter(_P):
            blocks.single_spaced(p)


def _cell_at(tbl: Any, row: int, col: int) -> _Cell:
    """``tbl.cell(row, col)`` without python-docx's walk over every cell of the table (which
    made a table of a few hundred cells quadratic); a place inside a merged cell falls back
    to it."""
    try:
        tc = tbl._tbl.tr_lst[row].tc_at_grid_offset(col)
    except ValueError:
        return tbl.cell(row, col)
    if tc.vMerge == ST_Merge.CONTINUE:
        return tbl.cell(row, col)
    return _Cell(tc, tbl)


def _cell_starts(tbl: Any) -> dict[tuple[int, int], Any]:
    """The ``w:tc`` starting at each (row, column) of the grid, those continuing a vertical
    merge left out (python-docx's ``tbl.cell`` gives the cell above for them)."""
    starts = {}
    for r, tr in enumerate(tbl._tbl.tr_lst):
        c = tr.grid_before
        for tc in tr.iterchildren(_TC):
            tc_pr = tc.find(_TC_PR)
            merge = span = None
            if tc_pr is not None:  # what python-docx's tc.vMerge and tc.grid_span read
                merge, span = tc_pr.find(_V_MERGE), tc_pr.find(_GRID_SPAN)
            if merge is None or merge.get(_VAL, ST_Merge.CONTINUE) != ST_Merge.CONTINUE:
                starts[(r, c)] = tc
            c += int(span.get(_VAL)) if span is not None else 1
    return starts


def _cell(tc: Any, tbl: Any, item: Cell) -> None:
    """Fill the cell ``tc`` of ``tbl``: a paragraph per line, a nested table for a table. Word
    wants a paragraph last in a cell: python-docx adds an empty one after a table, which the
    next line fills. The elements are written directly (python-docx's cell and paragraph
    objects cost more than the XML they write)."""
    sid = blocks.style_id(tbl, item.style)
    p = tc.find(_P)  # the cell's own empty paragraph, filled first
    for entry in item.lines:
        if isinstance(entry, Table):
            if p is not None:  # a cell that opens with a table keeps its paragraph above
                blocks.set_style_id(p, sid)
            _table(_Cell(tc, tbl), entry)
            p = tc.findall(_P)[-1]
            blocks.set_style_id(p, sid)
            continue
        if p is None:
            p = blocks.append_paragraph(tc)
        blocks.set_style_id(p, sid)
        for text, style in entry:
            if blocks.plain(text):
                blocks.append_run(p, text, blocks.style_id(tbl, style) if style else None)
            else:
                blocks.add_run(Paragraph(p, tbl), text, style)
        if item.align:
            blocks.align(p, _ALIGN[item.align])
        p = None
    if item.fill:
        blocks.shade_tc(tc, item.fill)
