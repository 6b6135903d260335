"""Organization tables (기구표·정원표) and the organization charts, per documents.md §3."""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Sequence

from desktop.core import press, staffing_annex
from desktop.core.grades import GROUPS
from desktop.core.kinds import ABOLISH, MOVE
from desktop.core.kinds.base import ChangeRecord, english_name
from desktop.core.kinds.head_grade import HeadGrade, grade_change_text
from desktop.core.korean import count, delta, number, number_en
from desktop.core.org import Level, Organization, Unit
from desktop.core.patterns import head_of
from desktop.core.press_en import series, the
from desktop.core.project import DraftInputs
from desktop.documents import layout
from desktop.documents.content import Content, common
from desktop.documents.layout import Part
from desktop.i18n import Pair, pick

_WIDTH_CM = 17.5  # A4 portrait between 20 mm and 15 mm margins
_CHART_BOX_MM = (260.0, 140.0)  # A4 landscape text area less the caption; the chart's
# rows are wrapped for this box too (desktop.chart.orgchart.PAGE_BOX)


def _name(unit: Unit, lang: str) -> str:
    return Pair.of(unit, "name").pick(lang)


def _bureaus(org: Organization) -> list[Unit]:
    return [u for u in org if u.kind.level is Level.BUREAU]


def _cell(org: Organization, unit: Unit | None, lang: str) -> list[str]:
    if unit is None:
        return ["-"]
    lines = [_name(unit, lang)]
    divisions = [d for d in org.children(unit.id) if d.kind.level is Level.DIVISION]
    lines += [f"· {_name(d, lang)}" for d in divisions]
    return lines


def _grade_remark(inputs: DraftInputs, rec: ChangeRecord, own: bool, lang: str) -> str:
    """A head's new grade (직급 조정): ``직급 조정(4급 → 3급)`` on the unit's own row,
    ``관광정책과장 직급 조정(5급 → 4급)`` on its bureau's; in English ``head regraded (Grade 4
    → Grade 3)``, ``head of the Tourism Policy Division regraded (Grade 5 → Grade 4)``."""
    grades = grade_change_text(inputs.project.grades, rec.payload, lang)
    if lang == "ko":
        who = "" if own else f"{head_of(inputs.applied.org, rec.unit_id, rec.name_ko)} "
        return f"{who}직급 조정({grades})"
    who = "head" if own else f"head of {the(english_name(rec))}"
    return f"{who} regraded ({grades})"


def unit_rows(inputs: DraftInputs, lang: str) -> list[list[list[str]]]:
    """One row per bureau-level unit: current | amended | remarks."""
    old_org, new_org = inputs.project.org, inputs.applied.org
    records = [
        r for r in inputs.applied.records if r.action.structural or isinstance(r.payload, HeadGrade)
    ]
    order = [u.id for u in _bureaus(new_org)]
    order += [u.id for u in _bureaus(old_org) if u.id not in new_org]
    rows = []
    for uid in order:
        old = old_org.find(uid) if uid in old_org else None
        new = new_org.find(uid) if uid in new_org else None
        if old is not None and old.kind.level is not Level.BUREAU:
            old = None  # upgraded: it was a division elsewhere
        remarks: list[str] = []
        old_children = {c.id for c in old_org.children(uid)} if uid in old_org else set()
        new_children = {c.id for c in new_org.children(uid)} if uid in new_org else set()
        for rec in records:
            own = rec.unit_id == uid
            touches = (
                own
                or rec.unit_id in new_children
                or (rec.unit_id in old_children and rec.action in (MOVE, ABOLISH))
            )
            if touches:
                text = (
                    _grade_remark(inputs, rec, own, lang)
                    if isinstance(rec.payload, HeadGrade)
                    else rec.action.remark(rec, own, lang)
                )
                if text not in remarks:
                    remarks.append(text)
        rows.append([_cell(old_org, old, lang), _cell(new_org, new, lang), remarks or [""]])
    return rows


def units_part(inputs: DraftInputs, lang: str) -> Part:
    rows = unit_rows(inputs, lang)
    header = [
        pick("현 행", "Current", lang),
        pick("개 정", "Amended", lang),
        pick("비 고", "Remarks", lang),
    ]
    return [layout.grid(header, rows, [6.0, 6.0, _WIDTH_CM - 12.0])]


def _delta_cell(d: int, lang: str) -> str:
    if d == 0:
        return "-"
    if lang == "ko":
        return number(d) if d > 0 else f"△{number(-d)}"
    return f"+{number_en(d)}" if d > 0 else f"−{number_en(-d)}"


def _rows_outside(inputs: DraftInputs, key: str) -> list[tuple[str, str, int]]:
    """The rows of an instrument's staffing table by organization that name no unit of the
    tree (제주's 행정시): each row's name, its English (the glossary's, as the English bill's
    annex names the row; empty when it has none) and its posts."""
    names = {u.name_ko for u in inputs.project.org}
    grades = staffing_annex.GradeLabels(inputs.project.grades)  # 3·4급 is the list's 3ㆍ4급
    glossary = {entry.ko: entry.en for entry in inputs.project.glossary if entry.en}
    found = []
    for annex in inputs.old_instruments[key].annexes:
        rows = annex.rows
        header_at = staffing_annex.grade_header(rows, grades)
        if "정원" not in annex.title or header_at is None:
            continue
        columns = [i for i, c in enumerate(rows[header_at]) if c.strip() in grades]
        for at in range(header_at + 1, len(rows)):
            name = rows[at][0].strip() if rows[at] else ""
            cells = [rows[at][i] for i in columns if i < len(rows[at])]
            posts = sum(staffing_annex.cell_number(cell) or 0 for cell in cells)
            if not name or name in names or name in staffing_annex.TOTALS or not posts:
                continue
            found.append((name, glossary.get(name, ""), posts))
    return found


def _outside_label(rows: list[tuple[str, str, int]], posts: int, lang: str) -> str:
    """The row of the posts the tree does not hold, named by the table's rows that hold them
    (``제주시ㆍ서귀포시`` / ``Jeju City and Seogwipo City``) when they are those posts and few,
    else ``그 밖의 기관`` / ``Other organizations``."""
    if rows and len(rows) <= 3 and sum(n for *_names, n in rows) == posts:
        if lang == "ko":
            return "ㆍ".join(ko for ko, _en, _n in rows)
        english = [en for _ko, en, _n in rows]
        if all(english):
            return series(english, article=False)
    return pick("그 밖의 기관", "Other organizations", lang)


def outside_row(inputs: DraftInputs, lang: str) -> tuple[str, int, int] | None:
    """The posts a staffing ordinance's total counts that no unit of the tree holds (제주's
    정원 조례 counts the 행정시), before and after the changes, with the row's label: where
    the bills amend a total that differs from the tree's sum (:func:`press.stated_total`);
    ``None`` where the tree holds every post the bills count."""
    stated = press.stated_total(inputs)
    if stated is None:
        return None
    key, stated_before, stated_after = stated
    before = stated_before - sum(inputs.project.org.total_staffing().values())
    after = stated_after - sum(inputs.applied.org.total_staffing().values())
    if not before and not after:
        return None
    return _outside_label(_rows_outside(inputs, key), before, lang), before, after


def staffing_rows(inputs: DraftInputs, lang: str) -> tuple[list[list[str]], list[int]]:
    """Rows 구분 | 현행 | 개정 | 증감 (total, then each group's subtotal and grades, then the
    posts the ordinance counts outside the tree, :func:`outside_row`) and the indexes of the
    total rows. The total is the one the bills state."""
    before, after = inputs.project.org.total_staffing(), inputs.applied.org.total_staffing()
    fmt = pick(number, number_en, lang)

    def row(label: str, b: int, a: int) -> list[str]:
        return [label, fmt(b), fmt(a), _delta_cell(a - b, lang)]

    rows = [row(pick("총  계", "Total", lang), *press.total_staffing(inputs))]
    totals = [0]
    for group in GROUPS:
        grades = [
            g
            for g in inputs.project.grades
            if g.group == group.code and (before.get(g.code) or after.get(g.code))
        ]
        if not grades:
            continue
        totals.append(len(rows))
        label = pick(f"{group.ko} 계", f"{group.en} subtotal", lang)
        rows.append(
            row(
                label,
                sum(before.get(g.code, 0) for g in grades),
                sum(after.get(g.code, 0) for g in grades),
            )
        )
        for grade in grades:
            rows.append(
                row(
                    pick(grade.ko, grade.en, lang, fallback=False),
                    before.get(grade.code, 0),
                    after.get(grade.code, 0),
                )
            )
    if (outside := outside_row(inputs, lang)) is not None:
        totals.append(len(rows))
        rows.append(row(*outside))
    return rows, totals


def staffing_part(inputs: DraftInputs, lang: str) -> Part:
    """The 정원표: 구분 over two header rows, 정원 over 현행 | 개정 | 증감."""
    rows, totals = staffing_rows(inputs, lang)
    table = [
        (
            layout.head(pick("구  분", "Category", lang), rowspan=2),
            layout.head(pick("정  원", "Staffing", lang), colspan=3),
        ),
        tuple(
            layout.head(text)
            for text in pick("현행 개정 증감", "Current Amended Change", lang).split()
        ),
    ]
    for r, row in enumerate(rows):
        total = r in totals
        table.append(
            tuple(
                layout.cell(
                    [text],
                    "OD Table Head" if total else "OD Table Text",
                    align="center" if c == 0 else "right",
                    fill=layout.TOTAL_FILL if total else None,
                )
                for c, text in enumerate(row)
            )
        )
    return [layout.Table((5.5, 4.0, 4.0, 4.0), tuple(table), header_rows=2)]


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG from its header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", data[16:24])


Charts = Sequence[tuple[str, bytes | Sequence[bytes]]]  # (caption, the PNG or its pages)


def charts_part(charts: Charts | None, lang: str) -> Part:
    """The charts, each page a picture on a landscape page of its own, as large as fits."""
    if not charts:
        note = pick(
            "[조직도 그림 없음: 그림을 그릴 수 없는 환경입니다]",
            "[No organization chart picture: drawing is not available here]",
            lang,
        )
        return [layout.para(note, "OD Note")]
    out: Part = []
    pages = [
        png
        for _caption, chart in charts  # the picture carries its own title
        for png in ([chart] if isinstance(chart, bytes) else chart)
    ]
    for index, png in enumerate(pages):
        if index:
            out.append(layout.PageBreak())
        width, height = png_size(png)
        box_w, box_h = _CHART_BOX_MM
        scale = min(box_w / width, box_h / height)
        out.append(layout.Picture(png, width * scale))
    return out


def org_tables(inputs: DraftInputs, lang: str, today: dt.date, charts: Charts | None) -> Content:
    meta = inputs.project.meta
    before, after = press.total_staffing(inputs)
    if lang == "ko":
        title = f"{meta.government_ko} 기구표 및 정원표"
        headline = f"총 정원 {count(before)} → {count(after)}({delta(after - before)})"
    else:
        title = f"{meta.government_en}: Organization and Staffing Tables"
        diff = after - before
        headline = (
            f"Total staffing {number_en(before)} → {number_en(after)} "
            f"({'up' if diff >= 0 else 'down'} {number_en(abs(diff))})"
        )
    values = {**common(inputs, lang, today), "title": title, "headline": headline}
    parts = {
        "units_table": units_part(inputs, lang),
        "staffing_table": staffing_part(inputs, lang),
        "charts": charts_part(charts, lang),
    }
    return Content(values, parts)
