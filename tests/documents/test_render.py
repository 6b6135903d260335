"""Rendering: escaping, hostile input, the sandbox, i18n, missing values."""

from __future__ import annotations

import gettext
import re
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.documents.errors import TemplateError, TemplateSecurityError, TextError
from desktop.documents.render import render_docx
from desktop.documents.schema import DocumentSchema, Variable
from desktop.documents.templates import load_template
from desktop.documents.text import check_text
from desktop.documents.writers.docx import export_docx
from tests.documents.conftest import all_text, make_template

SCHEMA = DocumentSchema("t", "시험", "test", (Variable("title", "제목", "title"),))


def _render(tmp_path, body, values, name="out.docx", schema=SCHEMA, check=True, **kwargs):
    template = make_template(tmp_path / "tpl.docx", body)
    if check:
        loaded = load_template(template, schema)
        data = loaded.data
    else:
        data = template.read_bytes()
    out = tmp_path / name
    export_docx(
        lambda tmp: render_docx(template, data, schema.names, values, {}, tmp, **kwargs), out
    )
    return docx.Document(str(out))


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("&<>\"'\t\n가힣각ㄱ👍🏽e\u0301\u1100\u1161\u11a8{}%"),
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_TEXT)
def test_values_round_trip_exactly(tmp_path, value):
    document = _render(tmp_path, ["{{ title }}"], {"title": value})
    assert document.paragraphs[0].text == value


def test_markup_characters_stay_text(tmp_path):
    value = """A & B <w:p/> "quoted" 'single' {{ x }} {% if %}"""
    document = _render(tmp_path, ["{{ title }}"], {"title": value})
    assert document.paragraphs[0].text == value


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\ufffe"])
def test_control_characters_are_refused_naming_the_field(char):
    with pytest.raises(TextError) as info:
        check_text("press.headline", f"제목{char}")
    assert info.value.field == "press.headline"
    assert "press.headline" in info.value.message("ko")
    assert "press.headline" in info.value.message("en")


def test_control_characters_in_values_never_reach_a_file(tmp_path):
    with pytest.raises(TextError):
        _render(tmp_path, ["{{ title }}"], {"title": "a\x0bb"})
    assert not (tmp_path / "out.docx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["tpl.docx"]


def test_lines_filter_makes_paragraphs_where_the_template_says(tmp_path):
    body = ["{%p for line in title|lines %}", "{{ line }}", "{%p endfor %}", "end"]
    document = _render(tmp_path, body, {"title": "첫째 줄\r\n둘째 줄\n\n셋째"})
    assert [p.text for p in document.paragraphs] == ["첫째 줄", "둘째 줄", "셋째", "end"]


def test_gettext_is_installed(tmp_path):
    class Ko(gettext.NullTranslations):
        def gettext(self, message):
            return {"Page": "쪽"}.get(message, message)

    document = _render(tmp_path, ["{{ _('Page') }} {{ title }}"], {"title": "1"}, translations=Ko())
    assert document.paragraphs[0].text == "쪽 1"


def test_a_missing_value_is_reported_before_rendering(tmp_path):
    with pytest.raises(TemplateError) as info:
        _render(tmp_path, ["{{ title }}"], {})
    assert "title" in str(info.value)


@pytest.mark.parametrize(
    "payload",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ title|attr('__class__') }}",
        "{{ '{0.__class__}'|attr('format')(title) }}",
        "{{ title.__init__.__globals__ }}",
    ],
)
def test_sandbox_escapes_are_refused_by_the_lint(tmp_path, payload):
    template = make_template(tmp_path / "evil.docx", [payload])
    with pytest.raises(TemplateSecurityError) as info:
        load_template(template, SCHEMA)
    assert info.value.findings[0].code == "E-TPL-SECURITY"
    assert "evil.docx" in str(info.value)


@pytest.mark.parametrize(
    "payload",
    ["{{ ''.__class__.__mro__ }}", "{{ '{0.__class__}'.format(title) }}"],
)
def test_the_sandbox_holds_even_without_the_lint(tmp_path, payload):
    with pytest.raises(TemplateSecurityError):
        _render(tmp_path, [payload], {"title": "x"}, check=False)
    assert not (tmp_path / "out.docx").exists()


def test_a_template_saved_anew_is_linted_again(tmp_path):
    import os
    import shutil

    from desktop import paths
    from desktop.documents.schema import SCHEMAS
    from desktop.documents.templates import load_template

    copy = tmp_path / "press.docx"
    shutil.copy(paths.templates_dir() / "ko" / "press.docx", copy)
    first = load_template(copy, SCHEMAS["press"])
    assert load_template(copy, SCHEMAS["press"]) is first  # unchanged: not linted again
    copy.write_bytes(b"not a zip")
    os.utime(copy, ns=(1, 1))
    with pytest.raises(TemplateError):
        load_template(copy, SCHEMAS["press"])


def test_each_part_is_written_into_a_sub_document_of_its_own(tmp_path, monkeypatch):
    """Two parts: each in a fresh sub-document (emptying one for the next part made a large
    table quadratic), both in the document, nothing of the first left in the second."""
    from desktop.documents import render

    made = []
    new_subdoc = render.new_subdoc
    monkeypatch.setattr(render, "new_subdoc", lambda tpl: made.append(1) or new_subdoc(tpl))
    schema = DocumentSchema(
        "t",
        "시험",
        "test",
        (Variable("first", "첫째", "first"), Variable("second", "둘째", "second")),
    )
    template = make_template(tmp_path / "tpl.docx", ["{{p first }}", "{{p second }}"])
    parts = {
        "first": lambda doc: doc.add_paragraph("하나"),
        "second": lambda doc: doc.add_paragraph("둘"),
    }
    out = tmp_path / "out.docx"
    render_docx(template, template.read_bytes(), schema.names, {}, parts, out)
    assert len(made) == 2
    assert [p.text for p in docx.Document(str(out)).paragraphs] == ["하나", "둘"]


def _xml_parts(path):
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


def test_parts_placed_as_elements_give_the_document_of_their_xml_text(tmp_path, monkeypatch):
    """Generated parts go into the rendered body as elements instead of as XML text parsed
    again: a part used twice, in a table cell and in the footer, a table with merged cells,
    text with a tab (which docxtpl turns into an element) or docxtpl's escapes — the same
    XML parts of the DOCX as the text path."""
    from desktop.documents import render

    names = ("first", "second", "third", "fourth")
    schema = DocumentSchema("t", "시험", "test", tuple(Variable(n, n, n) for n in names))
    template = make_template(
        tmp_path / "tpl.docx", ["{{p first }}", "사이", "{{p second }}", "{{p first }}"]
    )
    document = docx.Document(str(template))
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].paragraphs[0].add_run("{{p third }}")
    cells[1].paragraphs[0].add_run("{{p fourth }}")
    document.sections[0].footer.paragraphs[0].add_run("{{p first }}")
    document.save(str(template))

    def table(doc):
        grid = doc.add_table(rows=2, cols=3)
        grid.cell(0, 0).merge(grid.cell(1, 1))
        grid.cell(0, 2).text = "표 칸"
        doc.add_paragraph("아래")

    parts = {
        "first": lambda doc: doc.add_paragraph("하나 & <둘>"),
        "second": table,
        "third": lambda doc: doc.add_paragraph("탭\t뒤"),
        "fourth": lambda doc: doc.add_paragraph("괄호 {_{ 안"),
    }
    placed = tmp_path / "placed.docx"
    render_docx(template, template.read_bytes(), schema.names, {}, parts, placed)
    monkeypatch.setattr(render, "_REWRITTEN", re.compile(""))  # every part as XML text
    as_text = tmp_path / "text.docx"
    render_docx(template, template.read_bytes(), schema.names, {}, parts, as_text)
    assert _xml_parts(placed) == _xml_parts(as_text)
    result = docx.Document(str(placed))
    assert all_text(placed).count("하나 & <둘>") == 2
    assert result.sections[0].footer.paragraphs[0].text == "하나 & <둘>"
    assert "표 칸" in all_text(placed)
    assert "od:part" not in str(_xml_parts(placed))


def test_a_template_package_is_read_once_and_each_document_is_its_own(tmp_path, monkeypatch):
    """The package of a template is read once per process; every document opened from it
    parses its own parts, so filling one never shows in another (threads share the read
    package, never a document)."""
    from docx.opc.pkgreader import PackageReader

    from desktop.documents import render

    data = make_template(tmp_path / "tpl.docx", ["{{ title }}"]).read_bytes()
    reads = []
    from_file = PackageReader.from_file
    render._reader.cache_clear()
    monkeypatch.setattr(
        render.PackageReader, "from_file", lambda f: reads.append(1) or from_file(f)
    )
    first, second = render.open_document(data), render.open_document(bytes(data))
    assert len(reads) == 1
    first.add_paragraph("첫 문서에만")
    first.styles.element.remove(first.styles.element[-1])
    assert "첫 문서에만" not in [p.text for p in second.paragraphs]
    assert len(second.styles.element) == len(first.styles.element) + 1
    assert render.open_document(data).paragraphs[0].text == "{{ title }}"


def test_a_template_part_is_prepared_for_jinja_once_for_all_its_documents(tmp_path, monkeypatch):
    """docxtpl's preparation of a part's XML (tags joined across runs) is the same for every
    document of a template: done once, the documents the same."""
    from desktop.documents import render

    prepared = []
    jinja_source = render.jinja_source
    monkeypatch.setattr(render, "jinja_source", lambda xml: prepared.append(1) or jinja_source(xml))
    render._patched.cache_clear()
    template = make_template(tmp_path / "tpl.docx", [["{{ ti", "tle }}"], "끝"])
    outs = [tmp_path / "a.docx", tmp_path / "b.docx"]
    for out in outs:
        render_docx(template, template.read_bytes(), SCHEMA.names, {"title": "제목"}, {}, out)
        if out == outs[0]:
            once = len(prepared)
    assert once > 0 and len(prepared) == once
    assert _xml_parts(outs[0])["word/document.xml"] == _xml_parts(outs[1])["word/document.xml"]
    assert [p.text for p in docx.Document(str(outs[1])).paragraphs] == ["제목", "끝"]


def test_a_paragraph_holding_only_a_page_break_becomes_the_next_one_s_break_before():
    """Held in a paragraph of its own, a page break after a full page left a blank page; it
    becomes "page break before" on the paragraph after it. A break that ends a section, or
    shares its paragraph with text, or comes before a table, stays as it is."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn

    from desktop.documents.render import _breaks_before

    doc = docx.Document()
    doc.add_paragraph("앞")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # alone: moves on
    doc.add_paragraph("본문")
    with_text = doc.add_paragraph("글")
    with_text.add_run().add_break(WD_BREAK.PAGE)  # with text: stays
    doc.add_paragraph("다음")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # before a table: stays
    doc.add_table(rows=1, cols=1)
    doc.add_paragraph("표 뒤")
    doc.add_section(WD_SECTION.NEW_PAGE)
    body = doc.element.body
    _breaks_before(body)
    paragraphs = body.findall(qn("w:p"))
    texts = [_text(p) for p in paragraphs]
    assert texts[:4] == ["앞", "본문", "글", "다음"]
    main = paragraphs[1]
    assert main.pPr is not None and main.pPr.pageBreakBefore_val is True
    breaks = [len(p.findall(f".//{qn('w:br')}")) for p in paragraphs]
    assert breaks[:5] == [0, 0, 1, 0, 1]  # the break with text and the one before the table
    assert any(p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None for p in paragraphs)


def test_the_county_bill_has_no_blank_page_before_its_text(tmp_path):
    """The county sample's staffing bill: its first page is full, and the page break before the
    bill text used to leave page 2 empty. Now the text's title breaks the page itself."""
    from docx.oxml.ns import qn

    from desktop import paths
    from desktop.core.projectfile import load
    from desktop.documents.generate import generate

    written = generate(load(paths.sample_path("county")), tmp_path, docs=["bill"], langs=["ko"])
    bill = next(p for p in written if p.name.startswith("양평군 지방공무원 정원 조례"))
    body = docx.Document(bill).element.body
    for p in body.iterchildren(qn("w:p")):
        lone_break = not _text(p) and p.find(f".//{qn('w:br')}") is not None
        assert not lone_break
    title = next(
        p for p in body.iterchildren(qn("w:p")) if p.pPr is not None and p.pPr.pageBreakBefore_val
    )
    assert _text(title) == "양평군 지방공무원 정원 조례 일부개정조례안"


def _text(p) -> str:
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in p.iter(qn("w:t")))
