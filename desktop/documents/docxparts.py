"""The parts of a document (:mod:`.layout` blocks) written into a python-docx sub-document with
the helpers of :mod:`.blocks`, in the template's named styles."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Mm

from desktop.documents import blocks
from desktop.documents.layout import (
    DENSE_MARGIN_CM,
    DENSE_PT,
    Block,
    Cell,
    PageBreak,
    Para,
    Picture,
    Table,
    placements,
)

_W_NS = nsdecls("w")


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
    """Append ``block`` to ``doc``'s body as a ``w:p`` written as XML text and parsed: the
    elements :func:`.blocks.paragraph` and :func:`.blocks.add_run` made (compared in
    tests/documents/test_docxparts_xml.py), without python-docx's proxies and setters."""
    props = f'<w:pStyle w:val="{_attr(blocks.style_id(doc, block.style))}"/>'
    if block.indent_cm is not None:
        props += f'<w:ind w:left="{Cm(block.indent_cm).twips}"/>'
    props += _JC.get(block.align or "", "")
    runs = "".join(
        _run(text, blocks.style_id(doc, style) if style else None) for text, style in block.runs
    )
    blocks.append_to_body(doc, parse_xml(f"<w:p {_W_NS}><w:pPr>{props}</w:pPr>{runs}</w:p>"))


def _table(doc: Any, block: Table) -> None:
    """Append ``block`` to ``doc``'s body as one ``w:tbl``, its XML written as text and parsed
    once: an ``OD Table`` with fixed column widths, centred, merged cells, the header rows
    repeated. The elements are those python-docx's table, merge and cell calls made
    (tests/documents/test_table_xml.py compares the two), at a fraction of their cost."""
    xml: list[str] = [f"<w:tbl {_W_NS}>"]
    _TableXml(doc).table(block, False, xml)
    blocks.append_to_body(doc, parse_xml("".join(xml)))


_TBL_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0"'
    ' w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)
_SPACING = '<w:spacing w:line="240" w:lineRule="auto"/>'
# A dense table (layout.Table.dense): its cells' text size and narrow left and right margins.
_HALF_POINTS = round(DENSE_PT * 2)
_DENSE_SIZE = f'<w:sz w:val="{_HALF_POINTS}"/>'  # as python-docx's font.size writes it
_DENSE_MARGINS = (
    "<w:tblCellMar>"
    f'<w:left w:w="{Cm(DENSE_MARGIN_CM).twips}" w:type="dxa"/>'
    f'<w:right w:w="{Cm(DENSE_MARGIN_CM).twips}" w:type="dxa"/>'
    "</w:tblCellMar>"
)
_JC = {"center": '<w:jc w:val="center"/>', "right": '<w:jc w:val="right"/>'}


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    return _text(value).replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")


def _t(text: str) -> str:
    """A ``w:t`` of ``text``, its spaces kept where it starts or ends with one."""
    if text != text.strip():
        return f'<w:t xml:space="preserve">{_text(text)}</w:t>'
    return f"<w:t>{_text(text)}</w:t>"


def _run(text: str, sid: str | None, size: str = "") -> str:
    """A ``w:r``: a tab is a ``w:tab`` and a line break (``\\n`` or ``\\r``) a ``w:br``, the
    text between them a ``w:t`` each, as python-docx writes a run's text; ``size``: the
    ``w:sz`` of a dense table's text (:data:`_DENSE_SIZE`)."""
    props = (f'<w:rStyle w:val="{_attr(sid)}"/>' if sid else "") + size
    head = f"<w:r><w:rPr>{props}</w:rPr>" if props else "<w:r>"
    if not text:
        return head + "</w:r>" if props else "<w:r/>"
    if blocks.plain(text):
        return head + _t(text) + "</w:r>"
    out, chunk = [head], []
    for char in text:
        if char == "\t" or char in "\r\n":
            if chunk:
                out.append(_t("".join(chunk)))
                chunk.clear()
            out.append("<w:tab/>" if char == "\t" else "<w:br/>")
        else:
            chunk.append(char)
    if chunk:
        out.append(_t("".join(chunk)))
    out.append("</w:r>")
    return "".join(out)


class _P:
    """A paragraph of a cell being written: its style id, alignment and runs."""

    __slots__ = ("jc", "runs", "sid")

    def __init__(self, runs: str = "") -> None:
        self.sid: str | None = None
        self.jc = ""
        self.runs = runs

    def xml(self, compact: bool) -> str:
        props = ""
        if self.sid is not None:
            props = f'<w:pStyle w:val="{_attr(self.sid)}"/>'
        if compact:
            props += _SPACING
        props += self.jc
        if props:
            return f"<w:p><w:pPr>{props}</w:pPr>{self.runs}</w:p>"
        return f"<w:p>{self.runs}</w:p>" if self.runs else "<w:p/>"


class _TableXml:
    """The XML text of a table of the layout, its style ids looked up in ``owner``'s part."""

    def __init__(self, owner: Any) -> None:
        self.owner = owner
        self.ids: dict[str, str] = {}

    def sid(self, name: str) -> str:
        sid = self.ids.get(name)
        if sid is None:
            sid = self.ids[name] = blocks.style_id(self.owner, name)
        return sid

    def table(self, block: Table, compact: bool, out: list[str]) -> None:
        """Append the XML of ``block`` to ``out`` after its opening tag, with a closing tag
        last; ``compact``: single spacing asked for by a table around it."""
        compact = compact or block.compact
        ncols = len(block.widths_cm)
        twips = [Cm(cm).twips for cm in block.widths_cm]
        out.append(
            f'<w:tblPr><w:tblStyle w:val="{_attr(self.sid("OD Table"))}"/>'
            f'<w:tblW w:type="dxa" w:w="{round(sum(block.widths_cm) * 567)}"/>'
            f'<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
            f"{_DENSE_MARGINS if block.dense else ''}{_TBL_LOOK}</w:tblPr>"
            "<w:tblGrid>"
        )
        out.extend(f'<w:gridCol w:w="{w}"/>' for w in twips)
        out.append("</w:tblGrid>")
        nrows = len(block.rows)
        owners: dict[tuple[int, int], tuple[int, int, Cell]] = {}
        for r, c, item in placements(block):
            for row in range(r, r + item.rowspan):
                for col in range(c, c + item.colspan):
                    if row >= nrows or col >= ncols or (row, col) in owners:
                        raise ValueError(f"cell ({r}, {c}) goes past the table or over a cell")
                    owners[(row, col)] = (r, c, item)
        headers = range(nrows)[: block.header_rows]
        empty = _P().xml(compact)
        for r in range(nrows):
            out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if r in headers else "<w:tr>")
            c = 0
            while c < ncols:
                owner = owners.get((r, c))
                if owner is None:
                    out.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{twips[c]}"/></w:tcPr>')
                    out.append(empty)
                    out.append("</w:tc>")
                    c += 1
                    continue
                top, _left, item = owner
                span = item.colspan
                props = f'<w:tcW w:type="dxa" w:w="{sum(twips[c : c + span])}"/>'
                if span > 1:
                    props += f'<w:gridSpan w:val="{span}"/>'
                if top != r:
                    props += "<w:vMerge/>"
                elif item.rowspan > 1:
                    props += '<w:vMerge w:val="restart"/>'
                if top == r and item.fill:
                    fill = _attr(item.fill)
                    props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
                out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>")
                if top == r:
                    self.cell(item, compact, out, _DENSE_SIZE if block.dense else "")
                else:
                    out.append(empty)
                out.append("</w:tc>")
                c += span
            out.append("</w:tr>")
        out.append("</w:tbl>")

    def cell(self, item: Cell, compact: bool, out: list[str], size: str = "") -> None:
        """The paragraphs and tables of a cell: a paragraph per line, a nested table for a
        table, and a paragraph after a table (Word wants one last), which the next line
        fills. A merged cell's paragraph starts with the empty run python-docx leaves."""
        sid = self.sid(item.style)
        merged = item.rowspan > 1 or item.colspan > 1
        content: list[_P | str] = []
        p: _P | None = _P("<w:r/>" if merged else "")
        content.append(p)
        for entry in item.lines:
            if isinstance(entry, Table):
                if p is not None:
                    p.sid = sid
                nested = ["<w:tbl>"]
                self.table(entry, compact, nested)
                content.append("".join(nested))
                p = _P()
                p.sid = sid
                content.append(p)
                continue
            if p is None:
                p = _P()
                content.append(p)
            p.sid = sid
            p.runs += "".join(
                _run(text, self.sid(style) if style else None, size) for text, style in entry
            )
            if item.align:
                p.jc = _JC[item.align]
            p = None
        out.extend(part if isinstance(part, str) else part.xml(compact) for part in content)
