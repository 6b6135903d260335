"""A document template (DOCX with Jinja tags) as an HTML template, so that the preview shows
the template's own fixed text and order (headings, the cover block, the press header table)
around the same values and parts as the export.

Each body paragraph becomes a ``<p>`` with its style as class; each table an HTML table with
its merged and shaded cells. The docxtpl tags are turned into the plain Jinja they stand for:
``{%p …%}``/``{%tr …%}``/``{%tc …%}`` replace their paragraph, row or cell; ``{{p part }}``
becomes the part's HTML. The result is rendered in the documents' one Jinja environment
(:func:`desktop.documents.render.environment`: sandboxed, strict, autoescaping) with the
``br`` filter writing ``<br>``.
"""

from __future__ import annotations

import functools
import gettext
import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from jinja2 import Template as JinjaTemplate
from lxml import etree
from markupsafe import Markup, escape

from desktop.documents import limits
from desktop.documents.htmlparts import style_class, text_html
from desktop.documents.package import parse_xml
from desktop.documents.render import environment

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
_STATEMENT = re.compile(r"\{%(?:p|tr|tc)\s(.*?)%\}", re.DOTALL)
_LEVEL = re.compile(r"^(\{\{|\{%)(?:p|r|tr|tc)\s")


def br(value: str) -> Markup:
    """``{{ address|br }}``: line breaks inside one paragraph, text escaped."""
    return Markup("<br>").join(escape(part) for part in str(value).split("\n"))


def _text(element: etree._Element) -> str:
    out = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if node.tag == f"{W}t":
            out.append(node.text or "")
        else:
            out.append("\t" if node.tag == f"{W}tab" else "\n")
    return "".join(out)


def _source_text(text: str) -> str:
    """Fixed text escaped, Jinja tags kept (a run-level ``{{r x }}`` read as ``{{ x }}``)."""
    pieces = []
    for index, piece in enumerate(_TAG.split(text)):
        if index % 2:
            pieces.append(_LEVEL.sub(r"\1 ", piece))
        else:
            pieces.append(text_html(piece))
    return "".join(pieces)


def _statements(text: str) -> str | None:
    """The Jinja statements of a paragraph that holds ``{%p …%}`` (or ``tr``/``tc``)."""
    found = _STATEMENT.findall(text)
    return "".join(f"{{% {body.strip()} %}}" for body in found) if found else None


def _paragraph(p: etree._Element, styles: Mapping[str, str]) -> str:
    text = _text(p)
    statements = _statements(text)
    if statements is not None:
        return statements
    stripped = text.strip()
    if not stripped and p.find(f".//{W}br[@{W}type='page']") is not None:
        return '<hr class="od-page-break">'
    if stripped.startswith("{{p ") and stripped.endswith("}}"):
        return "{{ " + stripped[4:-2].strip() + " }}"
    style = p.find(f"{W}pPr/{W}pStyle")
    name = styles.get(style.get(f"{W}val"), "OD Body") if style is not None else "Normal"
    jc = p.find(f"{W}pPr/{W}jc")
    align = ""
    if jc is not None and jc.get(f"{W}val") in ("center", "right"):
        align = f' align="{jc.get(f"{W}val")}"'
    return f'<p class="{style_class(name)}"{align}>{_source_text(text) or "&nbsp;"}</p>'


def _table(tbl: etree._Element, styles: Mapping[str, str]) -> str:
    grid: list[list[tuple[int, etree._Element]]] = []
    for tr in tbl.iterfind(f"{W}tr"):
        column, cells = 0, []
        for tc in tr.iterfind(f"{W}tc"):
            cells.append((column, tc))
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            column += int(span.get(f"{W}val", "1")) if span is not None else 1
        grid.append(cells)
    out = ['<table class="od-table" width="100%" border="1" cellspacing="0" cellpadding="4">']
    for r, cells in enumerate(grid):
        statements = _statements(" ".join(_text(tc) for _c, tc in cells))
        if statements is not None:
            out.append(statements)
            continue
        out.append("<tr>")
        for column, tc in cells:
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                continue
            attrs = ""
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            if span is not None and int(span.get(f"{W}val", "1")) > 1:
                attrs += f' colspan="{int(span.get(f"{W}val"))}"'
            if merge is not None:
                attrs += f' rowspan="{_rowspan(grid, r, column)}"'
            shading = tc.find(f"{W}tcPr/{W}shd")
            fill = shading.get(f"{W}fill") if shading is not None else None
            if fill and re.fullmatch(r"[0-9A-Fa-f]{6}", fill):
                attrs += f' bgcolor="#{fill}"'
            body = "".join(_paragraph(p, styles) for p in tc.iterfind(f"{W}p"))
            out.append(f"<td{attrs}>{body}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _rowspan(grid: list[list[tuple[int, etree._Element]]], row: int, column: int) -> int:
    span = 1
    for cells in grid[row + 1 :]:
        below = next((tc for c, tc in cells if c == column), None)
        merge = below.find(f"{W}tcPr/{W}vMerge") if below is not None else None
        if merge is None or merge.get(f"{W}val", "continue") != "continue":
            break
        span += 1
    return span


def html_source(document: etree._Element, styles: etree._Element | None) -> str:
    """The Jinja source of the HTML body for a template's ``word/document.xml``."""
    names = {}
    if styles is not None:
        for style in styles.iterfind(f"{W}style"):
            name = style.find(f"{W}name")
            if name is not None:
                names[style.get(f"{W}styleId")] = name.get(f"{W}val")
    body = document.find(f"{W}body")
    out = []
    for child in body if body is not None else ():
        if child.tag == f"{W}p":
            out.append(_paragraph(child, names))
        elif child.tag == f"{W}tbl":
            out.append(_table(child, names))
    return "\n".join(out)


@functools.lru_cache(maxsize=16)
def _compiled(data: bytes, translations: gettext.NullTranslations | None) -> JinjaTemplate:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = parse_xml(archive.read("word/document.xml"), "word/document.xml")
        names = archive.namelist()
        styles = (
            parse_xml(archive.read("word/styles.xml"), "word/styles.xml")
            if "word/styles.xml" in names
            else None
        )
    env = environment(translations)
    env.filters["br"] = br
    return env.from_string(html_source(document, styles))


def render_html(
    data: bytes,
    values: Mapping[str, Any],
    parts: Mapping[str, str],
    translations: gettext.NullTranslations | None = None,
) -> str:
    """The HTML body of a template (``data``: the checked DOCX bytes) filled with ``values``
    (escaped) and ``parts`` (HTML fragments)."""
    context = dict(values)
    context.update({name: Markup(fragment) for name, fragment in parts.items()})
    with limits.budget():  # an office's template cannot hang the preview either
        return _compiled(data, translations).render(context)
