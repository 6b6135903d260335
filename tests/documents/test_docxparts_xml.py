"""Paragraphs and tables of the layout written as XML text
(:func:`desktop.documents.docxparts.write`): the same elements, byte for byte, as python-docx's
paragraph, run, table, merge and cell calls made (kept here as the reference), for merged
cells, nested tables, empty cells, indents, tabs and line breaks, spaces kept and characters
escaped."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop import paths
from desktop.documents import blocks, docxparts, render
from desktop.documents.layout import DENSE_MARGIN_CM, DENSE_PT, Cell, Para, Table, placements

_TEMPLATE = DocxTemplate(str(paths.templates_dir() / "ko" / "bill.docx"))
_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
_P = qn("w:p")


def _subdoc():
    return render.new_subdoc(_TEMPLATE)


# The python-docx path the XML text replaced: a table of empty cells, merged, then filled.


def _reference_table(doc, block: Table) -> None:
    tbl = blocks.table(doc, len(block.rows), block.widths_cm)
    placed = placements(block)
    for r, c, item in placed:
        if item.rowspan > 1 or item.colspan > 1:
            corner = tbl.cell(r + item.rowspan - 1, c + item.colspan - 1)
            merged = tbl.cell(r, c).merge(corner)
            for para in merged.paragraphs[1:]:
                para._p.getparent().remove(para._p)
            merged.paragraphs[0].text = ""
    for r, c, item in placed:
        _reference_cell(tbl.cell(r, c)._tc, tbl, item, block.dense)
    if block.dense:
        margins = OxmlElement("w:tblCellMar")
        for side in ("w:left", "w:right"):
            el = OxmlElement(side)
            el.set(qn("w:w"), str(Cm(DENSE_MARGIN_CM).twips))
            el.set(qn("w:type"), "dxa")
            margins.append(el)
        tbl._tbl.tblPr.find(qn("w:tblLook")).addprevious(margins)
    for row in tbl.rows[: block.header_rows]:
        blocks.repeat_header(row)
    if block.compact:
        for p in tbl._tbl.iter(_P):
            blocks.single_spaced(p)


def _reference_cell(tc, tbl, item: Cell, dense: bool = False) -> None:
    p = tc.find(_P)
    for entry in item.lines:
        if isinstance(entry, Table):
            if p is not None:
                Paragraph(p, tbl).style = item.style
            _reference_table(_Cell(tc, tbl), entry)
            p = tc.findall(_P)[-1]
            Paragraph(p, tbl).style = item.style
            continue
        if p is None:
            p = tc.add_p()
        para = Paragraph(p, tbl)
        para.style = item.style
        for text, style in entry:
            run = para.add_run(text, style)
            if dense:
                run.font.size = Pt(DENSE_PT)
        if item.align:
            para.alignment = _ALIGN[item.align]
        p = None
    if item.fill:
        blocks.shade_tc(tc, item.fill)


def _reference_paragraph(doc, block: Para) -> None:
    para = blocks.paragraph(
        doc, "", block.style, align=_ALIGN.get(block.align or ""), indent=block.indent_cm
    )
    for text, style in block.runs:
        blocks.add_run(para, text, style)


def _both_paragraphs(paras: list[Para]) -> tuple[bytes, bytes]:
    ours, theirs = _subdoc(), _subdoc()
    docxparts.write(ours, paras)
    for para in paras:
        _reference_paragraph(theirs, para)
    return etree.tostring(ours.element), etree.tostring(theirs.element)


def test_paragraphs_with_styles_indents_alignment_and_odd_text():
    paras = [
        Para(),
        Para((("제1조(목적)", None), (" 이 조례는", "OD Underline")), align="center"),
        Para((("  앞 공백", None), ("", "OD Strong"), ("", None)), style="OD Table Text"),
        Para((("탭\t줄\n바꿈\r\n끝", "OD Underline"), ("<&>\"'", None)), indent_cm=1.25),
        Para((("오른쪽", None),), align="right", indent_cm=0),
        Para((("왼쪽", None),), align="left", indent_cm=-0.5),
    ]
    ours, theirs = _both_paragraphs(paras)
    assert ours == theirs
    assert ours.count(b"<w:p>") == len(paras) and b"<w:ind " in ours


_ALIGNS = st.sampled_from([None, "center", "right", "left"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.builds(
            Para,
            runs=st.lists(
                st.tuples(
                    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")))
                    | st.sampled_from(["", " 공백", "탭\t", "줄\n바꿈"]),
                    st.sampled_from([None, "OD Underline", "OD Strong"]),
                ),
                max_size=4,
            ).map(tuple),
            style=st.sampled_from(["OD Body", "OD Table Text", "OD Table Head"]),
            align=_ALIGNS,
            indent_cm=st.none() | st.floats(-2.0, 5.0),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_paragraph_is_the_xml_python_docx_made(paras):
    ours, theirs = _both_paragraphs(paras)
    assert ours == theirs


def _both(block: Table) -> tuple[bytes, bytes]:
    ours, theirs = _subdoc(), _subdoc()
    docxparts.write(ours, [Para((("앞", None),)), block, Para((("뒤", None),))])
    _reference_paragraph(theirs, Para((("앞", None),)))
    _reference_table(theirs, block)
    _reference_paragraph(theirs, Para((("뒤", None),)))
    return etree.tostring(ours.element), etree.tostring(theirs.element)


def _line(*runs):
    return tuple(runs)


def test_a_plain_table_with_a_header_row():
    block = Table(
        (2.0, 3.5, 1.25),
        (
            tuple(Cell((_line((h, None)),), style="OD Table Head", fill="E7E6E6") for h in "가나"),
            (Cell((_line(("1", None)),), align="center"), Cell(), Cell(((),))),
            (Cell(()), Cell((_line(("  앞뒤 공백 ", None)),)), Cell(align="right")),
        ),
    )
    ours, theirs = _both(block)
    assert ours == theirs
    assert b"&lt;" not in ours and ours.count(b"<w:tbl>") == 1


def test_merged_cells_across_and_down():
    head = Cell((_line(("구분", None)),), style="OD Table Head", fill="E7E6E6", rowspan=2)
    block = Table(
        (1.5, 2.25, 3.1, 2.0),
        (
            (head, Cell((_line(("현행", None)),), colspan=2, fill="F2F2F2"), Cell(rowspan=3)),
            (Cell((_line(("가", None)),)), Cell((_line(("나", None)),), align="right")),
            (Cell((_line(("2×2", None)),), rowspan=2, colspan=2), Cell(((),), align="center")),
            (Cell((_line(("끝", None)),)),),
        ),
        header_rows=2,
    )
    ours, theirs = _both(block)
    assert ours == theirs
    assert b"w:gridSpan" in ours and b'w:vMerge w:val="restart"' in ours


def test_tables_in_a_cell_with_lines_around_them():
    inner = Table(
        (2.0, 3.0),
        ((Cell((_line(("a", None)),)), Cell((_line(("b\tc\nd\r\ne", "OD Underline")),))),),
        header_rows=0,
    )
    block = Table(
        (4.0, 6.0),
        (
            (Cell((inner,)), Cell((_line(("위", None)), inner, inner, _line(("아래", None))))),
            (Cell((inner,), colspan=2, fill="E7E6E6"),),
            (Cell((_line(("x", None)), inner), align="center"), Cell((inner, ()))),
        ),
        compact=True,
    )
    ours, theirs = _both(block)
    assert ours == theirs
    assert ours.count(b"<w:tbl>") == 7 and b"<w:tab/>" in ours and b"<w:br/>" in ours


def test_escapes_styles_and_empty_runs():
    line = _line(
        ("<&> \"따옴표\" '홑'", "OD Underline"),
        ("", "OD Underline"),
        ("", None),
        ("\u3000전각 공백\u3000", None),
        ("\t", None),
        ("]]>", "OD Strong"),
    )
    block = Table(
        (3.0, 3.0),
        ((Cell((line, line)), Cell((line,), style="OD Table Head", rowspan=2)), (Cell((line,)),)),
        header_rows=5,
    )
    ours, theirs = _both(block)
    assert ours == theirs
    assert b"&lt;&amp;&gt;" in ours


def test_a_table_without_rows_and_a_compact_one_with_uncovered_cells():
    for block in (
        Table((2.0,), ()),
        Table((1.0, 2.0, 3.0), ((Cell(),), (Cell(colspan=2),), ()), compact=True, header_rows=0),
    ):
        ours, theirs = _both(block)
        assert ours == theirs


def test_a_cell_past_the_table_is_refused():
    with pytest.raises(ValueError, match="past the table"):
        docxparts.write(_subdoc(), [Table((2.0,), ((Cell(rowspan=2),),))])


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=6) | (
    st.sampled_from(["", " 공백", "탭\t", "줄\n바꿈", "&<>", "제1조"])
)
_RUNS = st.lists(
    st.tuples(_TEXT, st.sampled_from([None, "OD Underline", "OD Strong"])), max_size=3
).map(tuple)


@st.composite
def _tables(draw, depth=0):
    ncols = draw(st.integers(1, 4))
    nrows = draw(st.integers(1, 4))
    taken: set[tuple[int, int]] = set()
    rows = []
    for r in range(nrows):
        row = []
        c = 0
        while c < ncols:
            if (r, c) in taken:
                c += 1
                continue
            free = 1
            while c + free < ncols and (r, c + free) not in taken:
                free += 1
            colspan = draw(st.integers(1, free))
            rowspan = draw(st.integers(1, nrows - r))
            if any((r + dr, c + dc) in taken for dr in range(rowspan) for dc in range(colspan)):
                rowspan = 1
            lines = draw(st.lists(_RUNS | (_tables(depth + 1) if depth < 1 else _RUNS), max_size=3))
            row.append(
                Cell(
                    tuple(lines),
                    style=draw(st.sampled_from(["OD Table Text", "OD Table Head"])),
                    align=draw(st.sampled_from([None, "center", "right"])),
                    fill=draw(st.sampled_from([None, "E7E6E6"])),
                    rowspan=rowspan,
                    colspan=colspan,
                )
            )
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
        rows.append(tuple(row))
    widths = tuple(draw(st.floats(0.5, 8.0)) for _ in range(ncols))
    return Table(
        widths,
        tuple(rows),
        header_rows=draw(st.integers(0, 2)),
        compact=draw(st.booleans()),
        dense=draw(st.booleans()),
    )


@settings(max_examples=40, deadline=None)
@given(_tables())
def test_any_table_is_the_xml_python_docx_made(block):
    ours, theirs = _both(block)
    assert ours == theirs
