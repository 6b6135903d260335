"""The look of a rendered DOCX's styles, read as 한/글 needs it: fonts, size, weight, indents,
spacing and alignment of every paragraph and character style, with Word's inheritance
(``basedOn`` chains, then the document defaults) already resolved.

The HWPX writer (:mod:`.styles`) defines its 한/글 styles from these values, so an office that
restyles its DOCX templates restyles the HWPX documents too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

_ALIGN = {
    WD_ALIGN_PARAGRAPH.LEFT: "LEFT",
    WD_ALIGN_PARAGRAPH.CENTER: "CENTER",
    WD_ALIGN_PARAGRAPH.RIGHT: "RIGHT",
    WD_ALIGN_PARAGRAPH.JUSTIFY: "JUSTIFY",
    WD_ALIGN_PARAGRAPH.DISTRIBUTE: "DISTRIBUTE",
}


@dataclass(frozen=True)
class RunLook:
    """Character formatting: fonts by Word name, size in points, weight, underline, colour."""

    east_asian: str = "바탕"
    latin: str = "바탕"
    size: float = 10.0
    bold: bool = False
    underline: bool = False
    color: str | None = None


@dataclass(frozen=True)
class ParaLook:
    """Paragraph formatting in millimetres and points; ``first_mm`` is negative for a hanging
    indent (the item's text lines up under its first letter)."""

    align: str = "JUSTIFY"
    left_mm: float = 0.0
    first_mm: float = 0.0
    before_pt: float = 0.0
    after_pt: float = 0.0
    line_percent: int = 100
    keep_next: bool = False


def alignment(value: Any) -> str | None:
    """``LEFT``/``CENTER``/… for a python-docx alignment; ``None`` when not set."""
    return _ALIGN.get(value) if value is not None else None


def _chain(style: Any) -> list[Any]:
    chain, seen = [], set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        chain.append(style)
        style = style.base_style
    return chain


def _fonts_of(element: Any) -> tuple[str | None, str | None]:
    rpr = element.find(qn("w:rPr")) if element is not None else None
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if rfonts is None:
        return None, None
    return rfonts.get(qn("w:eastAsia")), rfonts.get(qn("w:ascii"))


def _defaults(document: Any) -> RunLook:
    styles_root = document.styles.element
    defaults = styles_root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    east, latin = _fonts_of(defaults)
    look = RunLook()
    size = None
    if defaults is not None:
        size_el = defaults.find(f"{qn('w:rPr')}/{qn('w:sz')}")
        size = int(size_el.get(qn("w:val"))) / 2 if size_el is not None else None
    return replace(
        look,
        east_asian=east or latin or look.east_asian,
        latin=latin or east or look.latin,
        size=size or look.size,
    )


def run_look(document: Any, style: Any, base: RunLook | None = None) -> RunLook:
    """The character look of ``style`` (paragraph or character style) over ``base`` (the
    document defaults when not given)."""
    look = base or _defaults(document)
    for item in reversed(_chain(style)):  # the farthest base first, the style itself last
        east, latin = _fonts_of(item.element)
        font = item.font
        look = replace(
            look,
            east_asian=east or look.east_asian,
            latin=latin or look.latin,
            size=font.size.pt if font.size is not None else look.size,
            bold=font.bold if font.bold is not None else look.bold,
            underline=bool(font.underline) if font.underline is not None else look.underline,
            color=str(font.color.rgb)
            if font.color is not None and font.color.rgb is not None
            else look.color,
        )
    return look


# Word's "multiple" spacing is of the font's single line, which for 바탕 and 맑은 고딕 is about
# 1.45 times the font size; 한/글's percentage is of the font size itself. Only an office's own
# template uses multiples: the built-in ones give the spacing in points (at least).
WORD_SINGLE_LINE = 1.45


def _line_percent(fmt: Any, size: float, current: int) -> int:
    """한/글's line spacing (% of the font size) for a python-docx paragraph format."""
    rule, value = fmt.line_spacing_rule, fmt.line_spacing
    if value is None:
        return current
    if rule in (WD_LINE_SPACING.AT_LEAST, WD_LINE_SPACING.EXACTLY):
        return round(value.pt / size * 100)
    if isinstance(value, float):  # a multiple of the single line
        return round(value * 100 * WORD_SINGLE_LINE)
    return round(value.pt / size * 100)  # a length without a rule


def para_look(style: Any, size: float = 10.0) -> ParaLook:
    """The paragraph look of a paragraph style, its ``basedOn`` chain resolved; ``size`` is
    the style's font size (pt), which 한/글's line spacing is a percentage of."""
    look = ParaLook(line_percent=round(100 * WORD_SINGLE_LINE))
    for item in reversed(_chain(style)):
        fmt = item.paragraph_format
        look = replace(
            look,
            align=alignment(fmt.alignment) or look.align,
            left_mm=fmt.left_indent.mm if fmt.left_indent is not None else look.left_mm,
            first_mm=fmt.first_line_indent.mm
            if fmt.first_line_indent is not None
            else look.first_mm,
            before_pt=fmt.space_before.pt if fmt.space_before is not None else look.before_pt,
            after_pt=fmt.space_after.pt if fmt.space_after is not None else look.after_pt,
            line_percent=_line_percent(fmt, size, look.line_percent),
            keep_next=look.keep_next if fmt.keep_with_next is None else bool(fmt.keep_with_next),
        )
    return look
