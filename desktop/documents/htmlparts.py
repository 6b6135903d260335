"""The parts of a document (:mod:`.layout` blocks) as HTML for the preview: the mirror of
:mod:`.docxparts`. Every text is escaped; a named style becomes a class (``OD Point 1`` →
``od-point-1``), underlined runs ``<u>``, merged cells ``rowspan``/``colspan``, a table inside
a cell a nested ``<table>``, pictures ``data:`` URIs. The HTML is the subset that Qt's rich
text shows (``QTextBrowser``).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence

from desktop.documents.layout import DENSE_PT, Block, Cell, Line, PageBreak, Para, Picture, Table

PX_PER_CM = 37.8  # 96 dpi, what the preview calls a centimetre
CHARACTER_TAGS = {"OD Underline": ("<u>", "</u>"), "OD Strong": ("<b>", "</b>")}
MARK = ('<span class="od-mark">', "</span>")


def style_class(style: str) -> str:
    """``OD Point 1`` → ``od-point-1``."""
    return "-".join(style.lower().split())


def text_html(text: str) -> str:
    """Escaped text; runs of spaces kept (``부      칙``, ``제  출  자``), as Word keeps them."""
    escaped = html.escape(text, quote=True)
    return escaped.replace("  ", "\u00a0 ").replace("\n", "<br>")


def line_html(runs: Line) -> str:
    out = []
    for text, style in runs:
        start, end = CHARACTER_TAGS.get(style or "", MARK if style else ("", ""))
        out.append(f"{start}{text_html(text)}{end}")
    return "".join(out)


def part_html(part: Sequence[Block]) -> str:
    """The HTML of a part (a fragment: paragraphs and tables)."""
    return "\n".join(_block(block) for block in part)


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return _paragraph(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Picture):
        data = base64.b64encode(block.png).decode("ascii")
        width = round(block.width_mm / 10 * PX_PER_CM)
        return (
            f'<p align="center"><img src="data:image/png;base64,{data}" width="{width}" '
            'style="max-width: 100%"></p>'
        )
    if isinstance(block, PageBreak):
        return '<hr class="od-page-break">'
    raise TypeError(f"not a block: {block!r}")


def _paragraph(block: Para) -> str:
    attrs = f' class="{style_class(block.style)}"'
    if block.align:
        attrs += f' align="{block.align}"'
    if block.indent_cm:
        attrs += f' style="margin-left: {round(block.indent_cm * PX_PER_CM)}px"'
    return f"<p{attrs}>{line_html(block.runs)}</p>"


def _table(block: Table) -> str:
    total = sum(block.widths_cm) or 1.0
    first_row = True
    rows = []
    for index, row in enumerate(block.rows):
        cells = []
        column = 0
        for item in row:
            width = ""
            if first_row:
                share = sum(block.widths_cm[column : column + item.colspan]) / total
                width = f' width="{round(share * 100)}%"'
            column += item.colspan
            cells.append(_cell(item, index < block.header_rows, width))
        first_row = False
        rows.append(f"<tr>{''.join(cells)}</tr>")
    if block.dense:  # many narrow columns: smaller text and padding, figures on one line
        opening = (
            '<table class="od-table" width="100%" border="1" cellspacing="0" cellpadding="1"'
            f' style="font-size: {DENSE_PT}pt">'
        )
    else:
        opening = '<table class="od-table" width="100%" border="1" cellspacing="0" cellpadding="4">'
    return opening + "".join(rows) + "</table>"


def _cell(item: Cell, header: bool, width: str) -> str:
    tag = "th" if header else "td"
    attrs = f' class="{style_class(item.style)}"{width}'
    if item.rowspan > 1:
        attrs += f' rowspan="{item.rowspan}"'
    if item.colspan > 1:
        attrs += f' colspan="{item.colspan}"'
    if item.fill:
        attrs += f' bgcolor="#{item.fill}"'
    align = f' align="{item.align}"' if item.align else ""
    lines = "".join(
        _table(entry)
        if isinstance(entry, Table)
        else f"<p{align}>{line_html(entry) or '&nbsp;'}</p>"
        for entry in item.lines
    )
    return f"<{tag}{attrs}>{lines}</{tag}>"
