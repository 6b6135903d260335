"""Paragraphs written into a sub-document directly: the same XML as python-docx's, and no
search of the whole body for each new paragraph."""

from __future__ import annotations

from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from lxml import etree

from desktop import paths
from desktop.documents import blocks, render


def _subdoc():
    return render.new_subdoc(DocxTemplate(str(paths.templates_dir() / "ko" / "bill.docx")))


def test_paragraphs_go_before_the_section_as_python_docx_puts_them():
    ours, theirs = _subdoc(), _subdoc()
    assert ours.element.body[-1].tag == qn("w:sectPr")
    for index in range(3):
        blocks.paragraph(ours, f"제{index}조", "OD Body")
        para = theirs.add_paragraph()
        blocks.set_style(para, "OD Body")
        blocks.add_run(para, f"제{index}조")
    assert etree.tostring(ours.element) == etree.tostring(theirs.element)
    assert ours.element.body[-1].tag == qn("w:sectPr")


def test_a_long_part_does_not_look_for_the_section_per_paragraph(monkeypatch):
    from docx.oxml.xmlchemy import BaseOxmlElement

    searches = []
    find = BaseOxmlElement.first_child_found_in
    monkeypatch.setattr(
        BaseOxmlElement,
        "first_child_found_in",
        lambda self, *tags: searches.append(tags) or find(self, *tags),
    )
    doc = _subdoc()
    for index in range(50):
        blocks.paragraph(doc, f"제{index}조", "OD Body")
    assert len(doc.element.body) == 51
    assert not [tags for tags in searches if "w:sectPr" in tags]


def test_a_body_without_a_section_gets_the_paragraph_at_its_end():
    doc = _subdoc()
    body = doc.element.body
    body.remove(body[-1])
    blocks.paragraph(doc, "끝", "OD Body")
    assert body[-1].tag == qn("w:p") and len(body) == 1


def test_column_widths_are_the_xml_of_python_docx_width_setter():
    from docx.shared import Cm

    widths = [1.5, 2.25, 3.333]
    ours, theirs = _subdoc(), _subdoc()
    blocks.table(ours, 3, widths)
    table = theirs.add_table(rows=3, cols=len(widths))
    table._tbl.tblStyle_val = blocks.style_id(theirs, "OD Table")
    table.alignment = blocks.WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for tr in table._tbl.tr_lst:
        for tc, cm in zip(tr.tc_lst, widths, strict=True):
            tc.get_or_add_tcPr().width = Cm(cm)
    tc_w = [tc.tcPr.width for tr in ours.tables[0]._tbl.tr_lst for tc in tr.tc_lst]
    assert tc_w == [Cm(cm).twips * 635 for _ in range(3) for cm in widths]
    ours_rows = [etree.tostring(tr) for tr in ours.tables[0]._tbl.tr_lst]
    assert ours_rows == [etree.tostring(tr) for tr in table._tbl.tr_lst]


def test_a_paragraph_style_goes_first_whatever_the_paragraph_holds():
    """The style id of an empty paragraph (made in place), of one with runs and of one whose
    properties hold other settings: ``w:pPr`` first in the paragraph, ``w:pStyle`` first in
    it, as python-docx's style setter writes them."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    body = parse_xml(
        f"<w:body {nsdecls('w')}><w:p/><w:p><w:r><w:t>x</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="old"/></w:pPr></w:p></w:body>'
    )
    for p in body:
        blocks.set_style_id(p, "OD")
    w = nsdecls("w")
    expected = [
        f'<w:p {w}><w:pPr><w:pStyle w:val="OD"/></w:pPr></w:p>',
        f'<w:p {w}><w:pPr><w:pStyle w:val="OD"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
        f'<w:p {w}><w:pPr><w:pStyle w:val="OD"/><w:jc w:val="center"/></w:pPr></w:p>',
        f'<w:p {w}><w:pPr><w:pStyle w:val="OD"/></w:pPr></w:p>',
    ]
    assert [etree.tostring(p, encoding="unicode") for p in body] == expected
    assert all(type(p[0]).__name__ == "CT_PPr" for p in body)  # python-docx's own classes
