"""Structured parts written with python-docx into sub-documents, in the template's styles.

Every paragraph, run and table here names a style of the template (``OD Body``,
``OD Table``, ``OD Underline`` …, see :mod:`desktop.documents.schema`) and carries no fonts of
its own, so restyling the template restyles the generated parts. Direct formatting is kept
to what a style cannot say: column widths, merged cells, a repeated header row, shading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser
from docx.shared import Cm, Twips
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

Runs = Sequence[tuple[str, bool]]  # (text, underlined)
HEAD_FILL = "E7E6E6"


_W_NSMAP = {"w": nsmap["w"]}
_VAL, _SPACE = qn("w:val"), qn("xml:space")


def _new(clark: str) -> Any:
    """A new ``w:`` element, as ``OxmlElement`` makes it (the custom element class of its tag,
    the ``w`` namespace declared) without parsing a prefixed tag on every call; ``clark`` is
    the tag as :func:`qn` gives it."""
    return oxml_parser.makeelement(clark, nsmap=_W_NSMAP)


def _sub(parent: Any, clark: str) -> Any:
    """A new ``w:`` element appended to ``parent`` (as :func:`_new` and ``append``, cheaper)."""
    return etree.SubElement(parent, clark)


_BODY, _SECT_PR = qn("w:body"), qn("w:sectPr")
_SHD, _COLOR, _FILL = qn("w:shd"), qn("w:color"), qn("w:fill")
_P, _P_PR, _P_STYLE, _JC, _TC_PR = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:jc"), qn("w:tcPr")
_R, _R_PR, _R_STYLE, _T = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:t")
_STYLE, _NAME, _STYLE_ID = qn("w:style"), qn("w:name"), qn("w:styleId")
_TR, _TC, _TC_W, _TYPE, _W = qn("w:tr"), qn("w:tc"), qn("w:tcW"), qn("w:type"), qn("w:w")
_STYLE_IDS: dict[str, Any] = {}  # the part last asked about and its styles by name


def style_id(owner: Any, name: str) -> str:
    """The id of the template's style ``name``; ``owner`` is any python-docx proxy (document,
    paragraph, cell). python-docx scans every style on each lookup by name — a table of a few
    hundred cells would spend seconds there — so the ids of the last document part's styles
    are kept."""
    part = owner.part
    if _STYLE_IDS.get("part") is not part:
        ids = {}
        for style in part.styles.element.iterchildren(_STYLE):  # children of w:styles
            name_el = style.find(_NAME)
            if name_el is not None:
                ids[name_el.get(_VAL)] = style.get(_STYLE_ID)
        _STYLE_IDS.clear()
        _STYLE_IDS.update(part=part, ids=ids)
    ids = _STYLE_IDS["ids"]
    if name not in ids:
        raise KeyError(f"no style named {name!r} in the template")
    return ids[name]


def _first_child(parent: Any, clark: str) -> Any:
    """``parent``'s first ``clark`` child, created as its first child when missing (``w:pPr``
    in a paragraph, ``w:pStyle`` in its properties and ``w:rStyle`` in a run's all come first
    in the schema). It is made in the parent's own tree (:func:`_sub`), then moved first: an
    element made apart (:func:`_new`) is moved between documents, which costs more."""
    child = parent.find(clark)
    if child is None:
        child = _sub(parent, clark)
        if parent[0] is not child:
            parent.insert(0, child)
    return child


def set_style(para: Any, name: str) -> None:
    """The paragraph style by name; the element is built directly because python-docx's
    ``style`` setter walks the schema's successor lists on every paragraph."""
    set_style_id(para._p, style_id(para, name))


def set_style_id(p: Any, sid: str) -> None:
    """The paragraph style of the ``w:p`` element ``p`` by style id."""
    if not len(p):  # an empty paragraph (a new table's cells): nothing to look for
        _sub(_sub(p, _P_PR), _P_STYLE).set(_VAL, sid)
        return
    _first_child(_first_child(p, _P_PR), _P_STYLE).set(_VAL, sid)


def add_run(para: Any, text: str, style: str | None = None) -> Any:
    """A run at the end of ``para`` in character style ``style``. Text with tabs or line
    breaks goes through python-docx, which turns them into ``w:tab`` and ``w:br``."""
    if "\t" in text or "\n" in text or "\r" in text:
        run = para.add_run(text)
        if style:
            run._r.style = style_id(para, style)
        return run
    return Run(append_run(para._p, text, style_id(para, style) if style else None), para)


def plain(text: str) -> bool:
    """Whether ``text`` holds no tab or line break (a run :func:`append_run` can write)."""
    return not ("\t" in text or "\n" in text or "\r" in text)


def append_run(p: Any, text: str, sid: str | None = None) -> Any:
    """A ``w:r`` of ``text`` (no tabs or line breaks: :func:`plain`) in the character style
    of id ``sid`` at the end of the ``w:p`` element ``p``; the run element."""
    r = _sub(p, _R)
    if sid:
        _sub(_sub(r, _R_PR), _R_STYLE).set(_VAL, sid)
    if text:
        t = _sub(r, _T)
        t.text = text
        if text != text.strip():
            t.set(_SPACE, "preserve")
    return r


def add_paragraph(doc: Any) -> Any:
    """``doc.add_paragraph()``: a new paragraph at the end of the document's body, before its
    closing ``w:sectPr``. python-docx looks for that ``w:sectPr`` from the first child on for
    every paragraph, which made a long part quadratic; it is the last child or absent."""
    body = getattr(getattr(doc, "_body", None), "_element", None)
    if body is None or body.tag != _BODY:
        return doc.add_paragraph()  # a cell, a header: python-docx's own
    p = _new(_P)
    append_to_body(doc, p)
    return Paragraph(p, doc._body)


def append_to_body(doc: Any, element: Any) -> None:
    """Append ``element`` (a ``w:p`` or ``w:tbl``) to the body of the document ``doc``,
    before its closing ``w:sectPr`` (the last child or absent)."""
    body = doc._body._element
    try:
        last = body[-1]  # found from the end (len() would count every child)
    except IndexError:
        last = None
    if last is not None and last.tag == _SECT_PR:
        last.addprevious(element)
    else:
        body.append(element)


def paragraph(doc: Any, text: str = "", style: str = "OD Body", *, align=None, indent=None):
    para = add_paragraph(doc)
    set_style(para, style)
    if text:
        add_run(para, text)
    if align is not None:
        para.alignment = align
    if indent is not None:
        para.paragraph_format.left_indent = Cm(indent)
    return para


def runs_paragraph(para: Any, runs: Iterable[tuple[str, bool]]) -> None:
    """Runs into ``para``; underlined ones in the ``OD Underline`` character style."""
    for text, underline in runs:
        if text:
            add_run(para, text, "OD Underline" if underline else None)


def strong(para: Any, text: str) -> None:
    add_run(para, text, "OD Strong")


def page_break(doc: Any) -> None:
    paragraph(doc).add_run().add_break(WD_BREAK.PAGE)


def shade(cell: Any, fill: str = HEAD_FILL) -> None:
    shade_tc(cell._tc, fill)


def append_paragraph(parent: Any) -> Any:
    """A new empty ``w:p`` at the end of ``parent`` (a cell's ``w:tc``: a paragraph has no
    successors there)."""
    return _sub(parent, _P)


def align(p: Any, alignment: Any) -> None:
    """The alignment (a ``WD_ALIGN_PARAGRAPH``) of the ``w:p`` element ``p``: ``w:jc`` goes
    after ``w:pStyle``, directly when the properties hold nothing else."""
    ppr = p.find(_P_PR)
    if ppr is None or any(child.tag != _P_STYLE for child in ppr) or alignment is None:
        p.get_or_add_pPr().jc_val = alignment  # python-docx places it among the others
        return
    _sub(ppr, _JC).set(_VAL, WD_ALIGN_PARAGRAPH.to_xml(alignment))


def single_spaced(p: Any) -> None:
    """Single line spacing on the ``w:p`` element ``p``, over its style's."""
    ppr = p.get_or_add_pPr()
    ppr.spacing_line = Twips(240)
    ppr.spacing_lineRule = WD_LINE_SPACING.MULTIPLE


def shade_tc(tc: Any, fill: str = HEAD_FILL) -> None:
    """Shade the ``w:tc`` element ``tc``."""
    tc_pr = tc.find(_TC_PR)
    if tc_pr is None:
        tc_pr = tc.get_or_add_tcPr()
    shd = _sub(tc_pr, _SHD)
    shd.set(_VAL, "clear")
    shd.set(_COLOR, "auto")
    shd.set(_FILL, fill)


def repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def no_split(row: Any) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


_AFTER_TBLW = (
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
)


def fixed_widths(tbl: Any, widths_cm: Sequence[float]) -> None:
    """Fixed layout, the table width and every column's width (cm), which Word and
    LibreOffice both keep; ``w:tblW`` goes where the schema wants it."""
    tbl.autofit = False
    tbl_pr = tbl._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        later = [tbl_pr.find(qn(f"w:{name}")) for name in _AFTER_TBLW]
        later = [el for el in later if el is not None]
        if later:
            min(later, key=tbl_pr.index).addprevious(width)
        else:
            tbl_pr.append(width)
    width.set(qn("w:w"), str(round(sum(widths_cm) * 567)))
    width.set(qn("w:type"), "dxa")
    lengths = [Cm(cm) for cm in widths_cm]
    for col, length in zip(tbl._tbl.tblGrid.gridCol_lst, lengths, strict=False):
        col.w = length
    twips = [str(length.twips) for length in lengths]  # what python-docx's setter writes
    for tr in tbl._tbl.iterchildren(_TR):  # a new table: the n-th cell of a row is the n-th column
        for tc, length, value in zip(tr.iterchildren(_TC), lengths, twips, strict=False):
            tc_pr = tc.find(_TC_PR)
            tc_w = tc_pr.find(_TC_W) if tc_pr is not None else None
            if tc_w is not None and tc_w.get(_TYPE) == "dxa":  # as python-docx makes a table
                tc_w.set(_W, value)
            else:
                tc.get_or_add_tcPr().width = length


def table(doc: Any, rows: int, widths_cm: Sequence[float]) -> Any:
    """An ``OD Table`` of ``rows`` × len(widths) with fixed column widths, centred."""
    tbl = doc.add_table(rows=rows, cols=len(widths_cm))
    tbl._tbl.tblStyle_val = style_id(doc, "OD Table")  # not python-docx's scan of every style
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(tbl, widths_cm)
    return tbl


def cell_lines(cell: Any, lines: Sequence[str | Runs], style: str = "OD Table Text") -> None:
    """Fill a cell: one paragraph per line; a line is a string or a sequence of runs."""
    first = True
    for line in lines or [""]:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        set_style(para, style)
        if isinstance(line, str):
            if line:
                add_run(para, line)
        else:
            runs_paragraph(para, line)


def head_cell(cell: Any, text: str) -> None:
    cell_lines(cell, [text], "OD Table Head")
    shade(cell)


def grid(
    doc: Any,
    header: Sequence[str],
    body: Sequence[Sequence[str | Sequence[str]]],
    widths_cm: Sequence[float],
    *,
    center: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
) -> Any:
    """A table with one shaded, repeated header row; a body cell is text or a list of lines."""
    tbl = table(doc, len(body) + 1, widths_cm)
    cells, ncols = tbl._cells, len(widths_cm)
    for col, text in enumerate(header):
        head_cell(cells[col], text)
    repeat_header(tbl.rows[0])
    for r, row in enumerate(body, start=1):
        for c, value in enumerate(row):
            cell = cells[r * ncols + c]
            lines = [value] if isinstance(value, str) else list(value)
            style = "OD Table Head" if (r - 1) in bold_rows else "OD Table Text"
            cell_lines(cell, lines, style)
            if c in center:
                for para in cell.paragraphs:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if (r - 1) in bold_rows:
                shade(cell, "F2F2F2")
    return tbl


def merge(tbl: Any, top: int, left: int, bottom: int, right: int, text: str) -> None:
    """Merge a block of cells (header cells) and write ``text`` once, shaded."""
    merged = tbl.cell(top, left).merge(tbl.cell(bottom, right))
    for para in merged.paragraphs[1:]:
        para._p.getparent().remove(para._p)
    merged.paragraphs[0].text = ""
    head_cell(merged, text)
