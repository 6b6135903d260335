"""The bilingual review sheet: Korean and English side by side, paragraph by paragraph, so
that a reviewer checks that both say the same (names, numbers, dates)."""

from __future__ import annotations

import datetime as dt

from desktop.core.press import PARAGRAPH_ROLES
from desktop.core.project import DraftInputs
from desktop.core.summary import Point
from desktop.documents import layout
from desktop.documents.content import Content, common
from desktop.i18n import pick, translate

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
    result.append(("보도자료", "Press release", _press_rows(inputs, lang)))
    return result


def _press_rows(inputs: DraftInputs, lang: str) -> list[Row]:
    """The release's paragraphs, each named by its role (numbered where a release has several:
    부제 1, 첨부 2) and, for a unit's paragraph, by the unit."""
    rows: list[Row] = []
    numbers: dict[str, int] = {}
    after, before = inputs.applied.org, inputs.project.org  # a unit gone: its name before
    for para in inputs.draft.press_paragraphs:
        item = translate(PARAGRAPH_ROLES.get(para.kind, para.kind), lang=lang)
        numbers[para.kind] = numbers.get(para.kind, 0) + 1
        if para.kind in ("subline", "own", "attachment"):
            item = f"{item} {numbers[para.kind]}"
        if para.kind == "detail":
            unit_id = para.key.removeprefix("unit:")
            unit = after.find(unit_id) or before.find(unit_id)
            if unit is not None:
                item = f"{item}\n{pick(unit.name_ko, unit.name_en or unit.name_ko, lang)}"
        rows.append((item, para.ko, para.en))
    return rows


def review_sheet(inputs: DraftInputs, lang: str, today: dt.date, keys: list[str]) -> Content:
    widths = [3.0, 11.35, 11.35]
    header = [pick("항목", "Item", lang), "한국어", "English"]
    part: layout.Part = []
    for heading_ko, heading_en, rows in sections(inputs, keys, lang):
        part.append(layout.para(pick(heading_ko, heading_en, lang), "OD Heading"))
        body = [[item.split("\n"), ko.split("\n"), en.split("\n")] for item, ko, en in rows]
        part.append(layout.grid(header, body, widths))
    title = pick("국영 대조 검토표", "Bilingual review sheet", lang)
    return Content({**common(inputs, lang, today), "title": title}, {"rows": part})
