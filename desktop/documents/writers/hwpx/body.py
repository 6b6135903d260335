"""The body of a rendered DOCX written into an HWPX document: sections with their page setup,
paragraphs in their 한/글 styles, runs in their character shapes, tables (widths, merged and
shaded cells, repeated header rows), pictures and page breaks.

Only what OrgDraft's templates and parts produce is translated; anything else in a body
(an office's text box, a field) raises :class:`UnsupportedContent`, so that nothing is
silently dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from docx.oxml.ns import qn

from desktop.documents.writers.hwpx.styles import MM, ParaStyle, StyleSheet

TWIP = 5  # HWPUNIT per twip (1/1440 inch → 1/7200 inch)
A4 = (59528, 84186)  # HWPUNIT, as 한/글 writes A4 (its blank document)
EMU_PER_MM = 36000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_WP_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_IGNORED_IN_RUN = {"rPr", "lastRenderedPageBreak", "bookmarkStart", "bookmarkEnd"}
_IGNORED_IN_P = {"pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak"}


class UnsupportedContent(ValueError):
    """The DOCX holds something the HWPX writer does not translate (named in the message)."""


def _local(element: Any) -> str:
    return element.tag.rsplit("}", 1)[-1]


class BodyWriter:
    """Writes the body of ``source`` (a python-docx document) into ``hwpx``."""

    def __init__(self, hwpx: Any, source: Any) -> None:
        self.hwpx, self.source = hwpx, source
        self.sheet = StyleSheet(hwpx, source)
        self.section = hwpx.sections[0]
        self._first = hwpx.paragraphs[0]  # the blank document's paragraph holding secPr
        self._page_break = False
        self._styles = {s.style_id: s for s in source.styles}
        self._default_para = next(
            (s for s in source.styles if s.type == 1 and s.element.get(qn("w:default")) == "1"),
            None,
        )

    # -- sections ----------------------------------------------------------------------
    def write(self) -> None:
        for name in ("Normal", "OD Body"):  # 바탕글 and 본문 take the document's look
            if name in self.source.styles:
                self.sheet.paragraph_style(self.source.styles[name])
        body = self.source.element.body
        sections = [p for p in body.iter(qn("w:sectPr"))]  # in pPr (section ends) and last
        self._page_setup(sections[0] if sections else None)
        index = 0
        for child in body.iterchildren():
            tag = _local(child)
            if tag == "p":
                self._paragraph(child)
                ppr_sect = child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
                if ppr_sect is not None and index + 1 < len(sections):
                    index += 1
                    self.section = self.hwpx.add_section()
                    self._first = None
                    self._page_setup(sections[index])
            elif tag == "tbl":
                self._table(child, self._anchor(None))
            elif tag == "sectPr":
                continue
            else:
                raise UnsupportedContent(f"body element w:{tag}")

    def _page_setup(self, sect: Any) -> None:
        """The section's paper, orientation and margins; A4 in the exact size 한/글 writes."""
        if sect is None:
            return
        size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
        width, height = int(size.get(qn("w:w"))), int(size.get(qn("w:h")))
        landscape = size.get(qn("w:orient")) == "landscape" or width > height
        short, long = sorted((width * TWIP, height * TWIP))
        if abs(short - A4[0]) < 30 and abs(long - A4[1]) < 30:
            short, long = A4
        page = self.hwpx.page
        page.set_size(
            width=short,
            height=long,
            orientation="LANDSCAPE" if landscape else "PORTRAIT",
            section=self.section,
        )
        page.set_margins(
            **{
                name: int(margins.get(qn(f"w:{name}"), "0")) * TWIP
                for name in ("top", "bottom", "left", "right", "header", "footer")
            },
            section=self.section,
        )
        number = self._page_number(sect)
        if number is not None:
            page.set_page_number(prefix=number[0], suffix=number[1], section=self.section)

    def _page_number(self, sect: Any) -> tuple[str, str] | None:
        """The text around the page number of the section's footer (``- `` and `` -``), when
        its footer shows one."""
        ref = sect.find(qn("w:footerReference"))
        if ref is None:
            return None
        footer = self.source.part.related_parts[ref.get(_R_ID)].element
        before, after, seen = [], [], False
        for element in footer.iter(qn("w:t"), qn("w:fldSimple"), qn("w:instrText")):
            if element.tag == qn("w:t"):
                if element.getparent().getparent().tag == qn("w:fldSimple"):
                    continue  # the field's cached number
                (after if seen else before).append(element.text or "")
            elif "PAGE" in (element.get(qn("w:instr")) or element.text or "").split():
                seen = True
        return ("".join(before), "".join(after)) if seen else None

    # -- paragraphs --------------------------------------------------------------------
    def _style_of(self, p: Any) -> Any:
        ppr = p.find(qn("w:pPr"))
        pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
        if pstyle is not None and pstyle.get(qn("w:val")) in self._styles:
            return self._styles[pstyle.get(qn("w:val"))]
        return self._default_para

    def _para_pr(self, p: Any, style: ParaStyle) -> str:
        """The paragraph's shape: its style's, or a variant for direct alignment/indent."""
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            return style.para_pr
        look = style.para
        jc = ppr.find(qn("w:jc"))
        if jc is not None:
            value = {"both": "JUSTIFY", "start": "LEFT", "end": "RIGHT"}.get(
                jc.get(qn("w:val")), jc.get(qn("w:val")).upper()
            )
            look = replace(look, align=value)
        ind = ppr.find(qn("w:ind"))
        if ind is not None:
            twip_mm = 25.4 / 1440
            left = ind.get(qn("w:left")) or ind.get(qn("w:start"))
            if left is not None:
                look = replace(look, left_mm=int(left) * twip_mm)
            if ind.get(qn("w:hanging")) is not None:
                look = replace(look, first_mm=-int(ind.get(qn("w:hanging"))) * twip_mm)
            elif ind.get(qn("w:firstLine")) is not None:
                look = replace(look, first_mm=int(ind.get(qn("w:firstLine"))) * twip_mm)
        return style.para_pr if look == style.para else self.sheet.para_pr(look)

    def _anchor(self, p: Any) -> Any:
        """A new HWPX paragraph in the current section (the blank document's first paragraph
        is used for the first one), in the DOCX paragraph ``p``'s style (``None``: 바탕글)."""
        docx_style = self._style_of(p) if p is not None else self._default_para
        style = self.sheet.paragraph_style(docx_style)
        para_pr = self._para_pr(p, style) if p is not None else style.para_pr
        if self._first is not None:
            para, self._first = self._first, None
            para.style_id_ref = style.style_id
            para.para_pr_id_ref = para_pr
            para.char_pr_id_ref = style.char_pr
        else:
            para = self.hwpx.add_paragraph(
                "",
                section=self.section,
                style_id_ref=style.style_id,
                para_pr_id_ref=para_pr,
                char_pr_id_ref=style.char_pr,
                include_run=False,
                inherit_style=False,
            )
        if self._page_break:
            para.element.set("pageBreak", "1")
            self._page_break = False
        para.docx_style = style  # type: ignore[attr-defined]
        return para

    def _paragraph(self, p: Any) -> None:
        ppr = p.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            self._page_break = True  # the DOCX's "page break before" (see render._breaks_before)
        items = self._items(p)
        if not any(kind != "break" for kind, _ in items) and any(k == "break" for k, _ in items):
            self._page_break = True  # a paragraph holding only a page break
            return
        para = self._anchor(p)
        self._fill(para, para.docx_style, items)  # type: ignore[attr-defined]

    def _items(self, p: Any) -> list[tuple[str, Any]]:
        """What a DOCX paragraph holds, in order: ("text", (text, run)), ("break", None),
        ("picture", drawing).

        Word's no-break hyphen (a telephone number's in the release header) is a plain hyphen
        in the text around it, one text as before: 한/글 has none python-hwpx writes (its
        ``hp:hyphen`` is read as a soft hyphen, shown only where a line breaks)."""
        items: list[tuple[str, Any]] = []
        joined = False  # after a no-break hyphen: the run's next text joins the text before it
        for child in p.iterchildren():
            tag = _local(child)
            if tag in _IGNORED_IN_P:
                continue
            if tag != "r":
                raise UnsupportedContent(f"w:{tag} in a paragraph")
            for part in child.iterchildren():
                kind = _local(part)
                if kind in _IGNORED_IN_RUN:
                    continue
                after_hyphen, joined = joined, kind == "noBreakHyphen"
                if kind in ("t", "noBreakHyphen"):
                    text = "-" if joined else part.text or ""
                    last = items[-1][1] if items and items[-1][0] == "text" else None
                    if (joined or after_hyphen) and last is not None and last[1] is child:
                        items[-1] = ("text", (last[0] + text, child))
                    else:
                        items.append(("text", (text, child)))
                elif kind == "tab":
                    items.append(("text", ("\t", child)))
                elif kind == "br":
                    if part.get(qn("w:type")) == "page":
                        items.append(("break", None))
                    else:
                        items.append(("text", ("\n", child)))
                elif kind == "drawing":
                    items.append(("picture", part))
                else:
                    raise UnsupportedContent(f"w:{kind} in a run")
        return items

    def _run_char(self, run: Any, style: ParaStyle) -> str:
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            return style.char_pr
        look = style.run
        rstyle = rpr.find(qn("w:rStyle"))
        if rstyle is not None and rstyle.get(qn("w:val")) in self._styles:
            char_id = self.sheet.character_style(self._styles[rstyle.get(qn("w:val"))], look)
            look = self.sheet.look_of(char_id)
        else:
            char_id = style.char_pr
        direct = {}
        if (b := rpr.find(qn("w:b"))) is not None:
            direct["bold"] = b.get(qn("w:val"), "1") not in ("0", "false")
        if (u := rpr.find(qn("w:u"))) is not None:
            direct["underline"] = u.get(qn("w:val"), "single") != "none"
        if (sz := rpr.find(qn("w:sz"))) is not None:  # a dense table's smaller text
            direct["size"] = int(sz.get(qn("w:val"))) / 2
        if not direct:
            return char_id
        return self.sheet.char_pr(replace(look, **direct))

    def _fill(self, para: Any, style: ParaStyle, items: list[tuple[str, Any]]) -> None:
        for kind, value in items:
            if kind == "text":
                text, run = value
                para.add_run(text, char_pr_id_ref=self._run_char(run, style))
            elif kind == "picture":
                self._picture(para, value)
            else:
                self._page_break = True

    def _picture(self, para: Any, drawing: Any) -> None:
        blip, extent = drawing.find(f".//{_A_BLIP}"), drawing.find(f".//{_WP_EXTENT}")
        if blip is None or extent is None:
            raise UnsupportedContent("a drawing that is not an inline picture")
        part = self.source.part.related_parts[blip.get(_R_EMBED)]
        fmt = part.partname.ext.lower()
        width = int(extent.get("cx")) / EMU_PER_MM
        height = int(extent.get("cy")) / EMU_PER_MM
        item = self.hwpx.media.add_image(part.blob, fmt)
        para.add_picture(item, width=round(width * MM), height=round(height * MM))

    # -- tables ------------------------------------------------------------------------
    def _table(self, tbl: Any, anchor: Any) -> None:
        cols = [int(c.get(qn("w:w"))) * TWIP for c in tbl.find(qn("w:tblGrid"))]
        rows = tbl.findall(qn("w:tr"))
        cells, spans, vmerge_start = [], [], {}
        for r, tr in enumerate(rows):
            c = 0
            for tc in tr.findall(qn("w:tc")):
                tcpr = tc.find(qn("w:tcPr"))
                span = 1
                merge = None
                if tcpr is not None:
                    if (gs := tcpr.find(qn("w:gridSpan"))) is not None:
                        span = int(gs.get(qn("w:val")))
                    if (vm := tcpr.find(qn("w:vMerge"))) is not None:
                        merge = vm.get(qn("w:val"), "continue")
                if merge == "continue":
                    top = vmerge_start[c]
                    spans[top] = (spans[top][0] + 1, spans[top][1])
                else:
                    index = len(cells)
                    cells.append((r, c, tc))
                    spans.append((1, span))
                    if merge == "restart":
                        vmerge_start[c] = index
                c += span
        table = anchor.add_table(
            len(rows), len(cols), width=sum(cols), border_fill_id_ref=self.sheet.table_border()
        )
        table.set_column_widths(cols)
        self._cell_margins(tbl, table)
        header_rows = 0
        for tr in rows:
            trpr = tr.find(qn("w:trPr"))
            if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
                header_rows += 1
            else:
                break
        for (r, c, _tc), (rowspan, colspan) in zip(cells, spans, strict=True):
            if rowspan > 1 or colspan > 1:
                table.merge_cells(r, c, r + rowspan - 1, c + colspan - 1)
        for r, c, tc in cells:
            self._cell(table, r, c, tc)
        if header_rows:
            table.element.set("repeatHeader", "1")
            for r, c, _tc in cells:
                if r < header_rows:
                    table.cell(r, c).element.set("header", "1")

    @staticmethod
    def _cell_margins(tbl: Any, table: Any) -> None:
        """A table's own left and right cell margins (a dense table's ``w:tblCellMar``) as
        the HWPX table's ``inMargin``; other tables keep the library's."""
        tbl_pr = tbl.find(qn("w:tblPr"))
        margins = tbl_pr.find(qn("w:tblCellMar")) if tbl_pr is not None else None
        inner = next((el for el in table.element if _local(el) == "inMargin"), None)
        if margins is None or inner is None:
            return
        for side in ("left", "right"):
            el = margins.find(qn(f"w:{side}"))
            if el is not None and el.get(qn("w:type"), "dxa") == "dxa":
                inner.set(side, str(int(el.get(qn("w:w"))) * TWIP))

    def _cell(self, table: Any, r: int, c: int, tc: Any) -> None:
        cell = table.cell(r, c)
        first = True
        for child in tc.iterchildren():
            tag = _local(child)
            if tag == "tcPr":
                shd = child.find(qn("w:shd"))
                fill = shd.get(qn("w:fill")) if shd is not None else None
                if fill and fill != "auto":
                    table.set_cell_shading(r, c, f"#{fill}")
                continue
            if tag == "tbl":  # a table inside the cell, in a paragraph of its own
                after = child.getnext()
                style_of = after if after is not None and _local(after) == "p" else None
                host = self._cell_paragraph(cell, style_of, first)
                first = False
                self._table(child, host)
                continue
            if tag != "p":
                raise UnsupportedContent(f"w:{tag} in a table cell")
            if _after_table_at_end(child) and not self._items(child):
                continue  # the empty paragraph Word needs after a table that ends a cell
            para = self._cell_paragraph(cell, child, first)
            first = False
            items = [item for item in self._items(child) if item[0] != "break"]
            self._fill(para, para.docx_style, items)  # type: ignore[attr-defined]

    def _cell_paragraph(self, cell: Any, p: Any, first: bool) -> Any:
        """The cell's next paragraph in the style of the DOCX paragraph ``p`` (``None``: the
        default style), its first one reused."""
        docx_style = self._style_of(p) if p is not None else self._default_para
        style = self.sheet.paragraph_style(docx_style)
        para_pr = self._para_pr(p, style) if p is not None else style.para_pr
        if first:
            para = cell.paragraphs[0]
            for run in list(para.runs):
                run.remove()
            para.style_id_ref, para.para_pr_id_ref = style.style_id, para_pr
            para.char_pr_id_ref = style.char_pr
        else:
            para = cell.add_paragraph(
                "",
                para_pr_id_ref=para_pr,
                style_id_ref=style.style_id,
                char_pr_id_ref=style.char_pr,
            )
        para.docx_style = style  # type: ignore[attr-defined]
        return para


def _after_table_at_end(p: Any) -> bool:
    """Whether ``p`` is the last element of its cell and follows a table."""
    before = p.getprevious()
    return p.getnext() is None and before is not None and _local(before) == "tbl"
