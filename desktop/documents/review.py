"""The bilingual review sheet: Korean and English side by side, paragraph by paragraph, so
that a reviewer checks that both say the same (names, numbers, dates)."""

from __future__ import annotations

import datetime as dt

from desktop.core.project import DraftInputs
from desktop.core.summary import Point
from desktop.documents import layout
from desktop.documents.content import Content, common
from desktop.i18n import pick

Row = tuple[str, str, str]  # item, Korean, English


def _points(points: list[Point], prefix: str, out: list[Row]) -> None:
    for index, point in enumerate(points, start=1):
        key = f"{prefix}{index}"
        out.append((key, point.ko, point.en))
        _points(point.children, f"{key}.", out)


def sections(
    inputs: DraftInputs, keys: list[str], lang: str = "ko"
) -> list[tuple[str, str, list[Row]]]:
    """(Korean heading, English heading, rows) of every part that exists in both languages."""
    meta = inputs.project.meta
    result = []
    for key in keys:
        inst = inputs.old_instruments[key]
        drafted = inputs.draft[key]
        rows: list[Row] = [(pick("제목", "Title", lang), drafted.title.ko, drafted.title.en)]
        rows.append((pick("제안이유", "Reasons", lang), meta.reasons_ko, meta.reasons_en))
        _points(drafted.summary.points, "", rows)
        ko, en = drafted.amendment("ko"), drafted.amendment("en")
        rows.append((pick("개정문", "Opening", lang), ko.opening, en.opening))
        for index, (s_ko, s_en) in enumerate(zip(ko.sentences, en.sentences, strict=False)):
            rows.append(
                (pick(f"개정문 {index + 1}", f"Sentence {index + 1}", lang), str(s_ko), str(s_en))
            )
        rows.append(
            (pick("부칙", "Addenda", lang), drafted.addenda_text("ko"), drafted.addenda_text("en"))
        )
        result.append((inst.title, inst.title_en, rows))
    press = [(p.key, p.ko, p.en) for p in inputs.draft.press_paragraphs]
    result.append(("보도자료", "Press release", press))
    return result


def review_sheet(inputs: DraftInputs, lang: str, today: dt.date, keys: list[str]) -> Content:
    widths = [3.0, 11.35, 11.35]
    header = [pick("항목", "Item", lang), "한국어", "English"]
    part: layout.Part = []
    for heading_ko, heading_en, rows in sections(inputs, keys, lang):
        part.append(layout.para(pick(heading_ko, heading_en, lang), "OD Heading"))
        body = [[item, ko.split("\n"), en.split("\n")] for item, ko, en in rows]
        part.append(layout.grid(header, body, widths))
    title = pick("국영 대조 검토표", "Bilingual review sheet", lang)
    return Content({**common(inputs, lang, today), "title": title}, {"rows": part})
