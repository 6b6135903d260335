"""The bill (조례안·규칙안) and the comparison table (신구조문대비표), per documents.md §1.

The bill: cover block, 1. 제안이유, 2. 주요내용 (the computed skeleton, drafting-ko.md §6),
3. 참고사항, then the bill text (title, opening, amendment sentences with the full text of
inserted or rewritten provisions, 부칙), then the replaced annexes (the 별지 that ``별표 1을
별지와 같이 한다`` points to, part of the bill text) and last the comparison table (an
attachment, :mod:`.comparison`), as bills to the National Assembly and to councils are
printed. The drafting itself is :mod:`desktop.core.drafting`; this module lays it out.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.drafting.diff import annex_pairs
from desktop.core.drafting.project import names_en
from desktop.core.drafting.table_annex import rows_en
from desktop.core.kformat import date_ko
from desktop.core.laws import REGULATION, law_words
from desktop.core.project import DraftInputs
from desktop.core.summary import Point, point_symbol
from desktop.documents import layout
from desktop.documents.comparison import CONTENT_WIDTH, comparison_part, is_total
from desktop.documents.content import Content, common, date_text, missing
from desktop.documents.layout import Part
from desktop.i18n import Pair, pick


def _points(out: Part, points: list[Point], lang: str, level: int = 0) -> None:
    for index, point in enumerate(points):
        text = pick(point.ko, point.en, lang, fallback=False)
        symbol = point_symbol(level, index, lang)
        out.append(layout.para(f"{symbol} {text}", f"OD Point {min(level + 1, 4)}"))
        _points(out, point.children, lang, level + 1)


def summary_part(inputs: DraftInputs, key: str, lang: str) -> Part:
    points = inputs.draft[key].summary.points
    out: Part = []
    if not points:
        out.append(layout.para(missing(lang, "주요내용", "Main contents"), "OD Point 1"))
    _points(out, points, lang)
    return out


_KNOWN_EN = {
    "별도조치 필요 없음": "No separate budget measures required",
    # the laws in the English the messages give them (laws.law_words)
    **{law_words(law).ko: law_words(law).en for law in ("act", REGULATION, "act_decree")},
    "신구조문대비표: 붙임": "Comparison table of current and amended provisions: attached",
}


def _english(inputs: DraftInputs, text: str) -> str:
    glossary = {entry.ko: entry.en for entry in inputs.project.glossary}
    if text in glossary:
        return glossary[text]
    if text in _KNOWN_EN:
        return _KNOWN_EN[text]
    return f"[English text missing: {text}]"


def notice_period_ko(start: dt.date, end: dt.date) -> str:
    """``2025. 5. 7. ~ 5. 27.``: the end without the year when it is the start's."""
    until = date_ko(end) if end.year != start.year else f"{end.month}. {end.day}."
    return f"{date_ko(start)} ~ {until}"


def references_part(inputs: DraftInputs, lang: str) -> Part:
    meta = inputs.project.meta
    refs = meta.references
    items: list[tuple[str, list[str]]] = []
    laws = [law for law in refs.laws if law.strip()]
    laws = laws if lang == "ko" else [_english(inputs, law) for law in laws]
    # none given is said (validation warns of it), never a heading with nothing under it
    items.append((pick("관계법령", "Relevant laws", lang), laws or [pick("없음", "None", lang)]))
    budget = refs.budget if lang == "ko" else _english(inputs, refs.budget)
    items.append((pick("예산조치", "Budget measures", lang) + f": {budget}", []))
    if refs.agreement:
        agreement = refs.agreement if lang == "ko" else _english(inputs, refs.agreement)
        items.append((pick("합의", "Agreement", lang) + f": {agreement}", []))
    other = list(refs.other)
    told = any(text.startswith("입법예고") for text in refs.other)
    if lang == "ko" and meta.notice_from and meta.notice_to and not told:
        # the period the English names too; the result (의견 없음 …) is the official's to add
        other.insert(0, f"입법예고({notice_period_ko(meta.notice_from, meta.notice_to)})")
    if lang == "en":
        other = []
        if meta.notice_from and meta.notice_to:
            other.append(
                f"Legislative notice: {date_text(meta.notice_from, 'en')} to "
                f"{date_text(meta.notice_to, 'en')}"
            )
        other += [_english(inputs, text) for text in refs.other if not text.startswith("입법예고")]
    if other:  # as 합의: an item with nothing to say is left out, not a bare heading
        items.append((pick("기타", "Other", lang), other))
    out: Part = []
    for index, (head, lines) in enumerate(items):
        symbol = point_symbol(0, index, lang)
        if len(lines) == 1:
            out.append(layout.para(f"{symbol} {head}: {lines[0]}", "OD Point 1"))
            continue
        out.append(layout.para(f"{symbol} {head}", "OD Point 1"))
        for number, line in enumerate(lines):
            sub = point_symbol(1, number, lang)
            out.append(layout.para(f"{sub} {line}", "OD Point 2"))
    return out


def _statute_lines(out: Part, text: str) -> None:
    for line in text.split("\n"):
        stripped = line.lstrip()
        depth = (len(line) - len(stripped)) // 2
        first = stripped[:1]
        indent = None
        if first.isdigit() and ". " in stripped[:6]:
            indent = 0.35
        elif depth or (stripped[1:3] == ". " and not first.isdigit()):
            indent = 0.7
        out.append(layout.para(stripped, "OD Statute", indent=indent))


def bill_text_part(inputs: DraftInputs, key: str, lang: str) -> Part:
    drafted = inputs.draft[key]
    text = drafted.amendment(lang)
    addenda_text = drafted.addenda_text(lang)
    out: Part = [
        layout.para(drafted.title.pick(lang), "OD Statute Title"),
        layout.para(text.opening, "OD Statute"),
    ]
    for sentence in text.sentences:
        out.append(layout.para(sentence.text, "OD Statute"))
        if sentence.body:
            _statute_lines(out, sentence.body)
    heading, *lines = addenda_text.split("\n")
    heading = "부      칙" if lang == "ko" and heading == "부칙" else heading
    out.append(layout.para())
    out.append(layout.Para(((heading, "OD Strong"),), "OD Statute", align="center"))
    out += [layout.para(line, "OD Statute") for line in lines]
    return out


def annexes_part(inputs: DraftInputs, key: str, lang: str) -> Part:
    old, new = inputs.old_instruments[key], inputs.new_instruments[key]
    changed = [  # an annex renumbered unchanged (별표 1 → 별표 2, [별표] → [별표 2]) is no 별지
        annex
        for before, annex in annex_pairs(old.annexes, new.annexes)
        if annex is not None
        and (before is None or before.rows != annex.rows or before.title != annex.title)
    ]
    out: Part = []
    for annex in changed:
        out.append(layout.PageBreak())
        label = f"[{Pair.of(annex, 'label').pick(lang, fallback=False)}]"
        title = pick(annex.title, annex.title_en or _english(inputs, annex.title), lang)
        out.append(layout.para(f"{label} {title}", "OD Caption"))
        rows = annex.rows if lang == "ko" else rows_en(annex, names_en(inputs))
        if not rows:
            continue
        width = CONTENT_WIDTH / len(rows[0])
        body, header = rows[1:], rows[0]
        totals = [i for i, row in enumerate(rows[1:]) if is_total(row[0])]
        numbers = range(1, len(rows[0]))  # centred, as in the comparison table's annex
        out.append(
            layout.grid(
                header,
                body,
                [width] * len(rows[0]),
                center=numbers,
                bold_rows=totals,
                compact=True,  # the whole 별표 on its page
            )
        )
    return out


def bill(inputs: DraftInputs, key: str, lang: str, today: dt.date, hyphens: bool) -> Content:
    meta = inputs.project.meta
    reasons = Pair.of(meta, "reasons").pick(lang, fallback=False)
    values = {
        **common(inputs, lang, today),
        "bill_no": "",
        "title": inputs.draft[key].title.pick(lang),
        "submitted": date_text(meta.bill_date, lang),
        "proposer": Pair(*inputs.project.proposer).pick(lang, fallback=False)
        or missing(lang, "제출자", "proposer"),
        "reasons": [line for line in reasons.split("\n") if line.strip()]
        or [missing(lang, "제안이유", "reasons")],
    }
    parts = {
        "summary": summary_part(inputs, key, lang),
        "references": references_part(inputs, lang),
        "bill_text": bill_text_part(inputs, key, lang),
        "comparison": comparison_part(inputs.draft[key].table(lang, hyphens), lang, new_page=True),
        "annexes": annexes_part(inputs, key, lang),
    }
    return Content(values, parts)


def table_doc(inputs: DraftInputs, key: str, lang: str, today: dt.date, hyphens: bool) -> Content:
    inst = inputs.old_instruments[key]
    table = inputs.draft[key].table(lang, hyphens)
    values = {
        **common(inputs, lang, today),
        "title": pick("신구조문대비표", "Comparison Table", lang),
        "instrument": Pair.of(inst, "title").pick(lang, fallback=False),
    }
    return Content(values, {"comparison": comparison_part(table, lang, new_page=False)})
