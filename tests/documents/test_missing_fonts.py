"""Runs holding Hangul with no East Asian font (:func:`hangul_runs_without_font`): the walk
over the ``w:t`` holding Hangul finds the runs a walk over every run found, and none is looked
for when the document defaults name a font."""

from __future__ import annotations

from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml

from desktop.documents import typography
from desktop.documents.typography import HANGUL, StyleIndex, east_asian_font

_STYLES = """<w:styles {ns}>
  <w:docDefaults><w:rPrDefault><w:rPr>{default}<w:sz w:val="22"/></w:rPr></w:rPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Batang"><w:name w:val="Batang"/>
    <w:rPr><w:rFonts w:eastAsia="바탕"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child"/>
    <w:basedOn w:val="Batang"/></w:style>
  <w:style w:type="character" w:styleId="Gothic"><w:name w:val="Gothic"/>
    <w:rPr><w:rFonts w:eastAsia="돋움"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Plain"><w:name w:val="Plain"/></w:style>
</w:styles>"""

_BODY = f"""<w:body {nsdecls("w")}>
  <w:p><w:r><w:t>한글</w:t></w:r><w:r><w:t>latin</w:t></w:r><w:r><w:t/></w:r><w:r/></w:p>
  <w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:t>바탕에서</w:t></w:r></w:p>
  <w:p><w:r><w:rPr><w:rStyle w:val="Gothic"/></w:rPr><w:t>돋움</w:t></w:r>
    <w:r><w:rPr><w:rStyle w:val="Plain"/></w:rPr><w:t>a</w:t><w:tab/><w:t>ㄱ</w:t></w:r>
    <w:r><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/></w:rPr><w:t>테마</w:t></w:r></w:p>
  <w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Batang"/></w:pPr><w:r><w:t>표</w:t></w:r></w:p>
    <w:p><w:r><w:t>셀</w:t></w:r><w:r><w:t>one</w:t><w:t>둘</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
  <w:p><w:r><w:t>box: </w:t><w:pict><w:txbxContent><w:p><w:pPr><w:pStyle w:val="Batang"/></w:pPr>
    <w:r><w:t>상자 안</w:t></w:r></w:p><w:p><w:r><w:t>맨 글</w:t></w:r></w:p>
    </w:txbxContent></w:pict>
    </w:r></w:p>
</w:body>"""


def _styles(default: str) -> StyleIndex:
    return StyleIndex(parse_xml(_STYLES.format(ns=nsdecls("w"), default=default)))


def _every_run(body, styles):
    """The walk over every run that the walk over Hangul text replaced."""
    missing = []
    for run in body.iter(typography._R):
        text = "".join(t.text or "" for t in run.iter(typography._T))
        if HANGUL.search(text) and east_asian_font(run, styles) is None:
            missing.append(run)
    return missing


def _texts(runs):
    return ["".join(t.text or "" for t in run.iter(typography._T)) for run in runs]


def test_the_runs_found_are_those_a_walk_over_every_run_finds():
    body, styles = parse_xml(_BODY), _styles("")
    found = typography.hangul_runs_without_font(body, styles)
    assert sorted(map(id, found)) == sorted(map(id, _every_run(body, styles)))
    # the run around the text box holds both Hangul texts; the one in the Batang paragraph
    # has its font, the last one has none
    assert _texts(found) == ["한글", "a\u3131", "셀", "one둘", "box: 상자 안맨 글", "맨 글"]


def test_defaults_naming_a_font_leave_nothing_to_look_for(monkeypatch):
    calls = []
    monkeypatch.setattr(typography, "east_asian_font", lambda *a: calls.append(a))
    for default in ('<w:rFonts w:eastAsia="바탕"/>', '<w:rFonts w:eastAsiaTheme="minorEastAsia"/>'):
        assert typography.hangul_runs_without_font(parse_xml(_BODY), _styles(default)) == []
    assert calls == []


def test_defaults_without_an_east_asian_font_are_walked():
    styles = _styles('<w:rFonts w:ascii="Times New Roman"/>')
    body = parse_xml(_BODY)
    found = typography.hangul_runs_without_font(body, styles)
    assert sorted(map(id, found)) == sorted(map(id, _every_run(body, styles)))
    assert len(found) == 6
