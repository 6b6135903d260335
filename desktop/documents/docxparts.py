"""The parts of a document (:mod:`.layout` blocks) written into a python-docx sub-document with
the helpers of :mod:`.blocks`, in the template's named styles."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from desktop.documents import blocks
from desktop.documents.layout import Block, Cell, PageBreak, Para, Picture, Table, placements

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
    ncols = len(block.widths_cm)
    tbl = blocks.table(doc, len(block.rows), block.widths_cm)
    placed = placements(block)
    for r, c, item in placed:  # merge first: the cell list below sees the merged cells
        if item.rowspan > 1 or item.colspan > 1:
            merged = tbl.cell(r, c).merge(tbl.cell(r + item.rowspan - 1, c + item.colspan - 1))
            for para in merged.paragraphs[1:]:
                para._p.getparent().remove(para._p)
            merged.paragraphs[0].text = ""
    cells = tbl._cells
    for r, c, item in placed:
        _cell(cells[r * ncols + c], item)
    for row in tbl.rows[: block.header_rows]:
        blocks.repeat_header(row)


def _cell(target: Any, item: Cell) -> None:
    first = True
    for runs in item.lines:
        para = target.paragraphs[0] if first else target.add_paragraph()
        first = False
        blocks.set_style(para, item.style)
        for text, style in runs:
            blocks.add_run(para, text, style)
        if item.align:
            para.alignment = _ALIGN[item.align]
    if item.fill:
        blocks.shade(target, item.fill)
