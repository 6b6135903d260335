"""Korean typography in Word: the East Asian font on every style and every run with Hangul.

Word picks the font of a Hangul character from ``w:eastAsia`` (or ``w:eastAsiaTheme``) in
``w:rFonts``, looked up run → character style → paragraph style (and their ``basedOn``
chains) → document defaults. Where nothing is set Word falls back to a theme font — often a
Japanese Mincho. :func:`set_fonts` writes the fonts into a style or into the defaults;
:func:`east_asian_font` resolves what a run will use, as Word does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


@dataclass(frozen=True)
class Fonts:
    """The fonts of a template: East Asian (Hangul) and Latin, by Word font name."""

    east_asian: str = "맑은 고딕"
    latin: str = "맑은 고딕"


GOTHIC = Fonts("맑은 고딕", "맑은 고딕")  # press releases, tables
BATANG = Fonts("바탕", "바탕")  # bills
GOTHIC_EN = Fonts("맑은 고딕", "Arial")
BATANG_EN = Fonts("바탕", "Times New Roman")


def set_fonts(rpr_parent: etree._Element, fonts: Fonts, *, lang: bool = False) -> None:
    """Give ``rpr_parent``'s ``w:rPr`` (a style, a run or ``w:rPrDefault``) explicit fonts.

    Theme attributes are removed: they would win over the explicit names.
    """
    if hasattr(rpr_parent, "get_or_add_rPr"):  # python-docx element classes keep the order
        rpr = rpr_parent.get_or_add_rPr()
    else:
        rpr = rpr_parent.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_parent.insert(0, rpr)
    rfonts = rpr.get_or_add_rFonts() if hasattr(rpr, "get_or_add_rFonts") else None
    if rfonts is None:
        rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        first = rpr[0] if len(rpr) else None
        rpr.insert(1 if first is not None and first.tag == qn("w:rStyle") else 0, rfonts)
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), fonts.latin)
    rfonts.set(qn("w:hAnsi"), fonts.latin)
    rfonts.set(qn("w:eastAsia"), fonts.east_asian)
    rfonts.set(qn("w:cs"), fonts.latin)
    if lang:
        lang_el = rpr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = OxmlElement("w:lang")
            rpr.append(lang_el)
        lang_el.set(qn("w:eastAsia"), "ko-KR")


_R, _T, _P = qn("w:r"), qn("w:t"), qn("w:p")
_R_PR, _R_STYLE, _P_PR, _P_STYLE = qn("w:rPr"), qn("w:rStyle"), qn("w:pPr"), qn("w:pStyle")
_R_FONTS, _VAL, _BASED_ON = qn("w:rFonts"), qn("w:val"), qn("w:basedOn")
_EAST_ASIA_THEME, _EAST_ASIA = qn("w:eastAsiaTheme"), qn("w:eastAsia")


def _rfonts_east_asian(rpr: etree._Element | None) -> str | None:
    if rpr is None:
        return None
    rfonts = rpr.find(_R_FONTS)
    if rfonts is None:
        return None
    return rfonts.get(_EAST_ASIA_THEME) or rfonts.get(_EAST_ASIA)


class StyleIndex:
    """Styles of a ``styles.xml`` root by id, with the document defaults."""

    def __init__(self, styles_root: etree._Element) -> None:
        style_id = qn("w:styleId")  # a w:style is a child of w:styles, never deeper
        self.by_id = {s.get(style_id): s for s in styles_root.iterchildren(qn("w:style"))}
        defaults = styles_root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
        self.default_rpr = defaults.find(_R_PR) if defaults is not None else None
        self.default_para = next(
            (
                s.get(style_id)
                for s in self.by_id.values()
                if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) == "1"
            ),
            None,
        )
        self._chains: dict[str | None, str | None] = {}

    def chain_font(self, style_id: str | None) -> str | None:
        """The East Asian font the style ``style_id`` (or what it is based on) sets."""
        if style_id not in self._chains:
            self._chains[style_id] = self._chain_font(style_id)
        return self._chains[style_id]

    def _chain_font(self, style_id: str | None) -> str | None:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return None
            font = _rfonts_east_asian(style.find(_R_PR))
            if font:
                return font
            based = style.find(_BASED_ON)
            style_id = based.get(_VAL) if based is not None else None
        return None


def east_asian_font(run: etree._Element, styles: StyleIndex) -> str | None:
    """The East Asian font (name or theme) a ``w:r`` resolves to; ``None`` when nothing sets
    one and Word would fall back to its theme default."""
    rpr = run.find(_R_PR)
    font = _rfonts_east_asian(rpr)
    if font:
        return font
    if rpr is not None and (rstyle := rpr.find(_R_STYLE)) is not None:
        font = styles.chain_font(rstyle.get(_VAL))
        if font:
            return font
    para = run.getparent()
    while para is not None and para.tag != _P:
        para = para.getparent()
    style_id = styles.default_para
    if para is not None:
        ppr = para.find(_P_PR)
        pstyle = ppr.find(_P_STYLE) if ppr is not None else None
        if pstyle is not None:
            style_id = pstyle.get(_VAL)
    return styles.chain_font(style_id) or _rfonts_east_asian(styles.default_rpr)


def hangul_runs_without_font(body: etree._Element, styles: StyleIndex) -> list[etree._Element]:
    """Runs holding Hangul that resolve to no East Asian font, in the order of their first
    Hangul text (a run holding another, in a text box, after it). None when the document
    defaults name one: every run falls back to it (:func:`east_asian_font`), so the body is not
    walked. Otherwise only the ``w:t`` holding Hangul are looked at, and their runs."""
    if _rfonts_east_asian(styles.default_rpr):
        return []
    missing, seen = [], set()
    search = HANGUL.search
    for t in body.iter(_T):
        text = t.text
        if not text or not search(text):
            continue
        for run in t.iterancestors(_R):
            if run not in seen:
                seen.add(run)
                if east_asian_font(run, styles) is None:
                    missing.append(run)
    return missing
