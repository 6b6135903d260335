"""The 한/글 styles of a generated HWPX: named as 한/글 users know them and defined from the
look of the DOCX template's styles (:mod:`.looks`).

한/글's own blank document already holds 바탕글, 본문, 개요 1 … 개요 10 and 캡션; the OrgDraft
styles map onto them, and the few that 한/글 has no name for get plain Korean names
(제목, 조문, 표 머리 …). The item ladder of 공문서 (1. 가. 1) 가) …) is written as text, as in
the DOCX, so the 개요 styles here carry its indents but not 한/글's automatic outline numbers
(which would print every symbol twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.documents.writers.hwpx.looks import ParaLook, RunLook, para_look, run_look

MM = 7200 / 25.4  # HWPUNIT per millimetre (1/7200 inch)
PT = 100  # HWPUNIT per point

# DOCX style → (한/글 style, its English name)
PARAGRAPH_NAMES = {
    "Normal": ("바탕글", "Normal"),
    "OD Body": ("본문", "Body"),
    "OD Heading": ("개요 1", "Outline 1"),
    "OD Point 1": ("개요 2", "Outline 2"),
    "OD Point 2": ("개요 3", "Outline 3"),
    "OD Point 3": ("개요 4", "Outline 4"),
    "OD Point 4": ("개요 5", "Outline 5"),
    "OD Title": ("제목", "Title"),
    "OD Statute Title": ("법령 제목", "Statute Title"),
    "OD Statute": ("조문", "Statute"),
    "OD Table Text": ("표 내용", "Table Text"),
    "OD Table Head": ("표 머리", "Table Head"),
    "OD Caption": ("캡션", "Caption"),
    "OD Press Point": ("보도 항목", "Press Point"),
    "OD Press Detail": ("보도 세부", "Press Detail"),
    "OD Note": ("참고", "Note"),
}
CHARACTER_NAMES = {
    "OD Underline": ("밑줄", "Underline"),
    "OD Strong": ("강조", "Strong"),
    "OD Mark": ("표시", "Mark"),
}
_LANGS_EAST_ASIAN = ("HANGUL", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER")


@dataclass(frozen=True)
class ParaStyle:
    """A 한/글 paragraph style with the paragraph and character shapes it uses and how they
    look."""

    style_id: str
    para_pr: str
    char_pr: str
    run: RunLook
    para: ParaLook


class StyleSheet:
    """Builds and remembers the 한/글 styles, paragraph shapes (paraPr) and character shapes
    (charPr) of one HWPX document from the DOCX ``source`` it is written from."""

    def __init__(self, hwpx: Any, source: Any) -> None:
        self.hwpx, self.source = hwpx, source
        self.header = hwpx.oxml.headers[0]
        self._para: dict[str, ParaStyle] = {}
        self._char: dict[tuple, str] = {}
        self._shapes: dict[tuple, str] = {}
        self._font_ids: dict[tuple[str, str], str] = {}
        self._looks: dict[str, RunLook] = {}
        self._border: str | None = None

    # -- character shapes --------------------------------------------------------------
    def char_pr(self, look: RunLook) -> str:
        """The id of a charPr with ``look``: its Hangul (and other East Asian) font and its
        Latin font declared in their own language blocks."""
        key = (look.east_asian, look.latin, look.size, look.bold, look.underline, look.color)
        if key not in self._char:
            styles = self.hwpx.styles
            styles.ensure_font(look.east_asian)
            char_id = styles.ensure_run(
                font=look.east_asian,
                size=look.size,
                bold=look.bold,
                underline=look.underline,
                color=f"#{look.color}" if look.color else None,
            )
            if look.latin != look.east_asian:
                char_id = self._with_latin(char_id, look.latin)
            self._char[key] = char_id
            self._looks[char_id] = look
        return self._char[key]

    def look_of(self, char_id: str) -> RunLook:
        """The look a charPr made here was made from."""
        return self._looks[char_id]

    def table_border(self) -> str:
        """The borderFill of every table: thin solid black lines, as the DOCX's ``OD Table``."""
        if self._border is None:
            self._border = self.hwpx.styles.ensure_border_fill(
                border_color="#000000", border_width="0.12 mm"
            )
        return self._border

    def _font_id(self, face: str, lang: str) -> str:
        """The id of ``face`` in the ``lang`` block of the font list, declared there if new."""
        if (face, lang) not in self._font_ids:
            self._font_ids[(face, lang)] = self.hwpx.styles.ensure_font(face, lang=lang)
        return self._font_ids[(face, lang)]

    def _with_latin(self, char_id: str, latin: str) -> str:
        """A copy of charPr ``char_id`` whose Latin letters (영문) use ``latin``."""
        latin_id = self._font_id(latin, "LATIN")

        def set_latin(element: Any) -> None:
            element.find(f"{{{_HH}}}fontRef").set("latin", latin_id)

        element = self.header.ensure_char_property(modifier=set_latin, base_char_pr_id=char_id)
        return element.get("id")

    # -- paragraph shapes --------------------------------------------------------------
    def para_pr(self, look: ParaLook, base: str | None = None) -> str:
        key = (look, base)
        if key not in self._shapes:
            margins = {
                "left": round(look.left_mm * MM),
                "intent": round(look.first_mm * MM),
                "prev": round(look.before_pt * PT),
                "next": round(look.after_pt * PT),
                "right": 0,
            }
            if look.first_mm < 0:  # Word's left indent includes the hanging part; 한/글's not
                margins["left"] = round((look.left_mm + look.first_mm) * MM)
            self._shapes[key] = self.header.ensure_paragraph_format(
                base_para_pr_id=base or "0",
                alignment=look.align,
                line_spacing_percent=look.line_percent,
                margins=margins,
                heading={"type": "NONE", "idRef": "0", "level": "0"},
                break_setting={"keep_with_next": look.keep_next},
            )
            # no extra space between Hangul and Latin letters or digits (제5조), as the DOCX
            self.hwpx.parts.set_paragraph_auto_spacing(
                self._shapes[key], e_asian_eng=False, e_asian_num=False
            )
        return self._shapes[key]

    # -- styles --------------------------------------------------------------------------
    def paragraph_style(self, docx_style: Any) -> ParaStyle:
        """The 한/글 paragraph style standing for the DOCX paragraph style ``docx_style``."""
        name = docx_style.name
        if name not in self._para:
            run = run_look(self.source, docx_style)
            para = para_look(docx_style, run.size)
            char_id, para_id = self.char_pr(run), self.para_pr(para)
            ko, en = PARAGRAPH_NAMES.get(name, (name, name))
            style_id = self.header.ensure_style(
                ko,
                style_type="PARA",
                eng_name=en,
                para_pr_id_ref=para_id,
                char_pr_id_ref=char_id,
                lang_id=1042,
            )
            self.header.ensure_style(ko, next_style_id_ref=style_id)
            self._para[name] = ParaStyle(style_id, para_id, char_id, run, para)
        return self._para[name]

    def character_style(self, docx_style: Any, base: RunLook) -> str:
        """The charPr of a run in DOCX character style ``docx_style`` inside a paragraph whose
        characters look like ``base``; the 한/글 character style is declared too."""
        look = run_look(self.source, docx_style, base)
        char_id = self.char_pr(look)
        ko, en = CHARACTER_NAMES.get(docx_style.name, (docx_style.name, docx_style.name))
        self.header.ensure_style(
            ko, style_type="CHAR", eng_name=en, char_pr_id_ref=char_id, lang_id=1042
        )
        return char_id


_HH = "http://www.hancom.co.kr/hwpml/2011/head"
