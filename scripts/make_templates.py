"""Build the built-in document templates (``templates/ko/*.docx``, ``templates/en/*.docx``).

The templates are committed; this script makes them reproducible (fixed dates and zip
timestamps, one run per Jinja tag). Each template defines the named styles that the generated
parts use (``OD Body``, ``OD Table``, ``OD Underline`` …, see
:mod:`desktop.documents.schema`), the fonts — the East Asian font set on the defaults and on
every style — and the page setup of its document (``shared/domain/documents.md`` §4).

    python scripts/make_templates.py [--out templates] [--gothic "맑은 고딕"] [--batang 바탕]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.documents.blocks import HEAD_FILL, fixed_widths, shade  # noqa: E402
from desktop.documents.typography import Fonts, set_fonts  # noqa: E402

FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Look:
    """Page and text settings of one document."""

    fonts: Fonts
    size: float  # body size, pt
    spacing: float  # body line spacing, % of the font size (한/글's 줄 간격: 230 = 2.3 lines)
    table_size: float
    table_spacing: float  # % of the table font size
    margins: tuple[float, float, float, float]  # top, bottom, left, right (mm)
    landscape: bool = False
    body_after: float = 0.0  # space after a body paragraph, pt
    # The item symbols of OD Point 1 … 4 (공문서: 1. 가. 1) 가) (1) (가)): each level starts one
    # em (two half-width strokes) right of the one above, and its lines after the first start
    # under the first letter of the item's text.
    ladder: tuple[str, ...] = ("가.", "1)", "·", "·")
    latin: bool = False


# -- styles ----------------------------------------------------------------------------------
def _paragraph_style(
    doc,
    name,
    *,
    base="OD Body",
    size=None,
    bold=False,
    align=None,
    before=0.0,
    after=0.0,
    left=0.0,
    hanging=0.0,
    spacing=None,
    keep=False,
    color=None,
):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base:
        style.base_style = doc.styles[base]
    style.next_paragraph_style = style
    style.quick_style = True
    font, fmt = style.font, style.paragraph_format
    if size:
        font.size = Pt(size)
    if bold:
        font.bold = True
    if color:
        font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if left or hanging:
        fmt.left_indent = Cm(left + hanging)
        fmt.first_line_indent = Cm(-hanging) if hanging else None
    if spacing:
        line_spacing(style, spacing, size or doc.styles[base].font.size.pt)
    if keep:
        fmt.keep_with_next = True
    return style


def line_spacing(style, percent: float, size: float) -> None:
    """Lines ``percent`` % of the font ``size`` apart, as 한/글 measures line spacing (its 230 %
    is 2.3 times the font size from line to line); written as Word's "at least" that many
    points, so that Word and 한/글 lay the lines out alike and a picture still grows its line."""
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    fmt.line_spacing = Pt(round(size * percent / 100, 1))


# The width of an item symbol and the space after it, in ems of the text: in the Korean fonts
# (바탕, 휴먼명조, 맑은 고딕) a Hangul syllable, □ ○ · are a full em and ASCII half an em; in the
# Latin fonts (Times New Roman, Arial) their usual advance widths.
_LATIN_EM = {" ": 0.25, ".": 0.25, "(": 0.33, ")": 0.33, "•": 0.35, "·": 0.25, "-": 0.33}


def symbol_em(symbol: str, latin: bool) -> float:
    """The ems from the symbol's start to the item text's first letter (``가. `` = 2)."""
    total = 0.0
    for char in symbol + " ":
        if latin:
            total += _LATIN_EM.get(char, 0.5 if char.isdigit() else 0.7)
        else:
            total += 0.5 if char.isascii() else 1.0
    return total


def _table_style(doc, look: Look) -> None:
    style = doc.styles.add_style("OD Table", WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    tbl_pr = OxmlElement("w:tblPr")
    style.element.append(tbl_pr)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge, width in (("left", 80), ("right", 80), ("top", 30), ("bottom", 30)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(width))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)
    style.font.size = Pt(look.table_size)


_AFTER_AUTOSPACE = (
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)


def no_autospace(ppr) -> None:
    """No extra space between Hangul and Latin letters or digits (``제 5 조`` → ``제5조``);
    the elements go where the schema orders them (LibreOffice ignores them elsewhere)."""
    later = [ppr.find(qn(f"w:{name}")) for name in _AFTER_AUTOSPACE]
    later = [el for el in later if el is not None]
    anchor = min(later, key=ppr.index) if later else None
    for name in ("w:autoSpaceDE", "w:autoSpaceDN"):
        el = OxmlElement(name)
        el.set(qn("w:val"), "0")
        if anchor is not None:
            anchor.addprevious(el)
        else:
            ppr.append(el)


def define_styles(doc, look: Look) -> None:
    """The OD styles, the defaults and the East Asian font on every style."""
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    set_fonts(defaults.find(qn("w:rPrDefault")), look.fonts, lang=True)
    normal = styles["Normal"]
    normal.font.size = Pt(look.size)
    normal.paragraph_format.space_after = Pt(0)
    no_autospace(defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")))
    no_autospace(styles["Normal"].element.get_or_add_pPr())
    body = _paragraph_style(
        doc,
        "OD Body",
        base="Normal",
        size=look.size,
        spacing=look.spacing,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    body.paragraph_format.space_after = Pt(look.body_after)
    big = look.size + 4
    _paragraph_style(
        doc,
        "OD Title",
        size=big,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=6,
        after=12,
        keep=True,
    )
    _paragraph_style(
        doc,
        "OD Heading",
        size=look.size + 1,
        bold=True,
        before=12,
        after=4,
        keep=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    em = look.size * 2.54 / 72  # cm
    for level, symbol in enumerate(look.ladder, start=1):
        _paragraph_style(
            doc,
            f"OD Point {level}",
            left=level * em,
            hanging=symbol_em(symbol, look.latin) * em,
            align=WD_ALIGN_PARAGRAPH.LEFT,
        )
    _paragraph_style(doc, "OD Statute", hanging=0.0, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph_style(
        doc,
        "OD Statute Title",
        size=look.size + 2,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=6,
        after=12,
        keep=True,
    )
    _paragraph_style(
        doc,
        "OD Table Text",
        size=look.table_size,
        spacing=look.table_spacing,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    _paragraph_style(
        doc, "OD Table Head", base="OD Table Text", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph_style(
        doc,
        "OD Caption",
        size=look.table_size,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
        before=10,
        after=4,
        keep=True,
    )
    _paragraph_style(
        doc,
        "OD Press Point",
        left=0.0,
        hanging=symbol_em("□", look.latin) * em,
        before=8,
        after=2,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    _paragraph_style(
        doc,
        "OD Press Detail",
        left=em,
        hanging=symbol_em("○", look.latin) * em,
        before=2,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    _paragraph_style(doc, "OD Note", size=max(look.size - 2, 8), color="404040")
    for name, bold, underline, color in (
        ("OD Underline", False, True, None),
        ("OD Strong", True, False, None),
        ("OD Mark", True, False, "1F4E9A"),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.font.bold = bold or None
        style.font.underline = underline or None
        if color:
            style.font.color.rgb = RGBColor.from_string(color)
    _table_style(doc, look)
    # Every paragraph, character and table style carries the fonts explicitly.
    for style in styles.element.iter(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            set_fonts(style, look.fonts)


# -- page ------------------------------------------------------------------------------------
def page_setup(section, look: Look) -> None:
    width, height = Mm(210), Mm(297)
    if look.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    top, bottom, left, right = look.margins
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = section.footer_distance = Mm(min(bottom, 10))


def page_number_footer(doc, section) -> None:
    para = section.footer.paragraphs[0]
    para.style = doc.styles["OD Note"]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    para._p.append(fld)
    para.add_run(" -")


def new_document(look: Look, lang: str, title: str, footer: bool = True):
    doc = Document()
    define_styles(doc, look)
    page_setup(doc.sections[0], look)
    if footer:
        page_number_footer(doc, doc.sections[0])
    props = doc.core_properties
    props.author = props.last_modified_by = "OrgDraft"
    props.title = title
    props.comments = "OrgDraft template (Jinja tags; see templates/README.md)"
    props.created = props.modified = FIXED.replace(tzinfo=None)
    props.revision = 1
    return doc


def para(doc, text: str = "", style: str = "OD Body", align=None):
    p = doc.add_paragraph(text, style=style)
    if align is not None:
        p.alignment = align
    return p


def label_table(doc, rows: list[list[str]], widths: list[float], head_cols=(0,)):
    """A bordered table of labels and tags; label cells shaded and bold."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["OD Table"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(table, widths)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            head = c in head_cols
            cell.paragraphs[0].style = doc.styles["OD Table Head" if head else "OD Table Text"]
            cell.paragraphs[0].add_run(text)
            if head:
                shade(cell, HEAD_FILL)
    return table


def page_break(doc) -> None:
    doc.add_paragraph(style="OD Body").add_run().add_break(WD_BREAK.PAGE)


# -- the documents ---------------------------------------------------------------------------
def bill(look: Look, lang: str):
    ko = lang == "ko"
    doc = new_document(look, lang, "조례안" if ko else "Bill")
    label_table(doc, [["의안번호" if ko else "Bill No.", "{{ bill_no }}"]], [3.0, 4.0])
    doc.tables[-1].alignment = WD_TABLE_ALIGNMENT.LEFT
    para(doc)
    para(doc, "{{ title }}", "OD Title")
    right = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, ("제출연월일 : " if ko else "Date of submission: ") + "{{ submitted }}", align=right)
    para(doc, ("제  출  자 : " if ko else "Proposed by: ") + "{{ proposer }}", align=right)
    para(doc)
    para(doc, "1. 제안이유" if ko else "1. Reasons for Proposal", "OD Heading")
    para(doc, "{%p for text in reasons %}", "OD Point 1")
    para(doc, "{{ text }}", "OD Point 1").paragraph_format.first_line_indent = Cm(0)
    para(doc, "{%p endfor %}", "OD Point 1")
    para(doc, "2. 주요내용" if ko else "2. Main Contents", "OD Heading")
    para(doc, "{{p summary }}")
    para(doc, "3. 참고사항" if ko else "3. References", "OD Heading")
    para(doc, "{{p references }}")
    page_break(doc)
    para(doc, "{{p bill_text }}")
    para(doc, "{{p annexes }}")
    para(doc, "{{p comparison }}")
    return doc


def table(look: Look, lang: str):
    ko = lang == "ko"
    doc = new_document(look, lang, "신구조문대비표" if ko else "Comparison table")
    para(doc, "{{p comparison }}")
    para(
        doc,
        ("작성: " if ko else "Drafted on ") + "{{ today }}",
        "OD Note",
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    return doc


def press(look: Look, lang: str):
    ko = lang == "ko"
    doc = new_document(look, lang, "보도자료" if ko else "Press release", footer=True)
    if ko:
        para(doc, "보 도 자 료", "OD Title")
        label_table(
            doc,
            [
                ["보도일시", "{{ release }}", "배포일시", "{{ distributed }}"],
                ["담당부서", "{{ department }}", "사진·자료", "{{ extras }}"],
                ["담당과장", "{{ director }}", "담 당 자", "{{ officer }}"],
            ],
            [2.4, 6.0, 2.4, 6.0],
            head_cols=(0, 2),
        )
        para(doc, "{%p if embargo %}", "OD Note")
        para(doc, "{{ embargo }}", "OD Note", align=WD_ALIGN_PARAGRAPH.CENTER)
        para(doc, "{%p endif %}", "OD Note")
        para(doc)
        para(doc, "{{ headline }}", "OD Title")
        para(doc, "{%p for line in sublines %}", "OD Body")
        para(doc, "- {{ line }}", "OD Body", align=WD_ALIGN_PARAGRAPH.RIGHT)
        para(doc, "{%p endfor %}", "OD Body")
        para(doc)
        para(doc, "□ {{ lead }}", "OD Press Point")
        para(doc, "{{p body }}")
        para(doc, "□ {{ quote }}", "OD Press Point")
        para(doc)
        para(doc, "{%p for item in attachments %}", "OD Body")
        para(doc, "붙임 {{ loop.index }}. {{ item }} 1부.", "OD Body")
        para(doc, "{%p endfor %}", "OD Body")
    else:
        para(doc, "PRESS RELEASE", "OD Heading")
        para(doc, "", "OD Body").add_run("{{ release }}").bold = True
        para(doc)
        para(doc, "{{ headline }}", "OD Title")
        para(doc, "{%p for line in sublines %}", "OD Point 1")
        para(doc, "• {{ line }}", "OD Point 1")
        para(doc, "{%p endfor %}", "OD Point 1")
        para(doc)
        p = para(doc, "", "OD Body")
        p.add_run("{{ dateline }}").bold = True
        p.add_run(" {{ lead }}")
        para(doc, "{{p body }}")
        para(doc, "{{ quote }}", "OD Body")
        para(doc)
        para(doc, "{%p for item in attachments %}", "OD Body")
        para(doc, "Attachment {{ loop.index }}: {{ item }}", "OD Body")
        para(doc, "{%p endfor %}", "OD Body")
        para(doc)
        # the contact block and the end mark on one page: '###' alone on a last page
        # (Ulleung-gun's release) read as a page left over
        for text, style in (
            ("Contact:", "OD Heading"),
            ("{{ department }}", "OD Body"),
            ("{{ officer }}", "OD Body"),
            ("{{ email }}", "OD Body"),
        ):
            para(doc, text, style).paragraph_format.keep_with_next = True
        para(doc, "###", "OD Body", align=WD_ALIGN_PARAGRAPH.CENTER)
    return doc


def org(look: Look, lang: str):
    ko = lang == "ko"
    doc = new_document(look, lang, "기구표·정원표" if ko else "Organization tables")
    para(doc, "{{ title }}", "OD Title")
    para(doc, "{{ headline }}", "OD Body", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "1. 기구 신구 대비표" if ko else "1. Units before and after", "OD Heading")
    para(doc, "{{p units_table }}")
    para(doc, "2. 정원표" if ko else "2. Staffing by grade", "OD Heading")
    para(doc, "{{p staffing_table }}")
    section = doc.add_section()
    page_setup(section, Look(**{**look.__dict__, "landscape": True}))
    para(doc, "3. 조직도" if ko else "3. Organization charts", "OD Heading")
    para(doc, "{{p charts }}")
    return doc


def review(look: Look, lang: str):
    ko = lang == "ko"
    doc = new_document(look, lang, "국영 대조 검토표" if ko else "Bilingual review sheet")
    para(doc, "{{ title }}", "OD Title")
    para(
        doc,
        ("작성: " if ko else "Drafted on ") + "{{ today }}",
        "OD Note",
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc, "{{p rows }}")
    return doc


def looks(gothic: str, batang: str) -> dict[tuple[str, str], Look]:
    official = (30, 15, 20, 15)  # 공문서: top, bottom, left, right (mm)
    bill_margins = (16, 16, 25, 25)
    result = {}
    for lang in ("ko", "en"):
        en = lang == "en"
        sans = Fonts(gothic, "Arial" if en else gothic)
        serif = Fonts(batang, "Times New Roman" if en else batang)
        # bill editors: body 14 pt at 230 %, the comparison table at 180 % (documents.md §4)
        ladder = ("A.", "(1)", "·", "·") if en else ("가.", "1)", "·", "·")
        result[(lang, "bill")] = Look(
            serif, 13 if en else 14, 230, 10.5, 180, bill_margins, ladder=ladder, latin=en
        )
        result[(lang, "table")] = Look(
            serif, 12, 200, 10.5, 180, bill_margins, ladder=ladder, latin=en
        )
        result[(lang, "press")] = Look(
            sans,
            12,
            180,
            10,
            150,
            official,
            body_after=8 if en else 0,
            ladder=("•", "-", "·", "·") if en else ladder,
            latin=en,
        )
        result[(lang, "org")] = Look(sans, 11, 160, 9.5, 140, official, ladder=ladder, latin=en)
        result[(lang, "review")] = Look(
            sans, 10.5, 160, 9.5, 145, (20, 15, 20, 15), True, ladder=ladder, latin=en
        )
    return result


BUILDERS = {"bill": bill, "table": table, "press": press, "org": org, "review": review}


# Word 2010's copy of the styles part: Word writes it for Word 2010 itself and reads styles.xml
# when it is missing, as every later Word and LibreOffice do. python-docx's blank document
# carries one (438 KB, 43 % of every exported file's uncompressed bytes).
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def lean(doc) -> None:
    """Leave out what no document uses: the styles that no OD style, default or style chain
    needs (python-docx's blank document defines about 160 that Word re-creates on demand) and
    the ``stylesWithEffects`` part. Opening, filling and saving a template then parses and
    writes a fifth of the XML."""
    root = doc.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in root.iter(qn("w:style"))}
    needed: set[str] = set()

    def need(style_id: str | None) -> None:
        if style_id is None or style_id in needed or style_id not in by_id:
            return
        needed.add(style_id)
        for link in ("w:basedOn", "w:next", "w:link"):
            element = by_id[style_id].find(qn(link))
            if element is not None:
                need(element.get(qn("w:val")))

    for style_id, style in by_id.items():
        if style_id.startswith("OD") or style.get(qn("w:default")) == "1":
            need(style_id)
    for style_id, style in by_id.items():
        if style_id not in needed:
            root.remove(style)
    rels = doc.part.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == _STYLES_WITH_EFFECTS]:
        del rels[rid]


def reproducible(doc) -> bytes:
    """The DOCX bytes with fixed zip timestamps, so that a rebuild gives the same file."""
    lean(doc)
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(
            src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)
        ):
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build(out: Path, gothic: str = "맑은 고딕", batang: str = "바탕") -> list[Path]:
    written = []
    for (lang, name), look in looks(gothic, batang).items():
        target = out / lang / f"{name}.docx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(reproducible(BUILDERS[name](look, lang)))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "templates")
    parser.add_argument("--gothic", default="맑은 고딕", help="font of press releases, tables")
    parser.add_argument("--batang", default="바탕", help="font of bills")
    args = parser.parse_args(argv)
    for path in build(args.out, args.gothic, args.batang):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
