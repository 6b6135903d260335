"""개정이유 and 주요내용 drafted from the applied changes (drafting-ko.md §6).

The skeleton is computed, never typed: which units were established, abolished, renamed,
moved, upgraded, merged or split (grouped by place — 본청, 의회, 직속기관, 사업소), the staffing
before and after with the delta by kind and grade, the duties that moved, the annexes
replaced — each point citing the provisions it touches (``안 제12조의2``). The ordinance bill
summarises the bureau-level changes, the rule bill the division-level ones.

:class:`Point` is a tree of numbered points; :func:`render` prints it with the item symbols of
each level (가. → 1) → ·).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.grades import GROUPS, Grade
from desktop.core.kinds import STRUCTURAL, Action, DutiesMoved
from desktop.core.kinds.base import english_name, english_of
from desktop.core.kinds.head_grade import HeadGrade, grade_change_text
from desktop.core.korean import count, delta, item_symbol
from desktop.core.org import Level, Organization, UnitKind
from desktop.core.patterns import head_title
from desktop.core.press_en import series
from desktop.core.project import DraftInputs
from desktop.core.statute import InstrumentKind
from desktop.i18n import pick


@dataclass
class Point:
    """One point of the 주요내용: its text and sub-points, in Korean and English."""

    ko: str
    en: str
    children: list[Point] = field(default_factory=list)


@dataclass
class Summary:
    """The bill's reasons (제안이유) in Korean and English and its main points (주요내용)."""

    reasons_ko: str
    reasons_en: str
    points: list[Point]


_PLACES = (
    ("main", "본  청", "Main office"),
    ("council", "의  회", ""),  # English: the profile's council (Provincial/City Council)
    ("agency", "직속기관", "Agencies"),
    ("field", "사업소", "Field offices"),
    ("admin_city", "행정시", "Administrative cities"),
    ("gu", "구", "Districts"),
    ("local", "읍ㆍ면ㆍ동", "Eup, Myeon and Dong"),
)


def _place(org: Organization, unit_id: str, fallback: Organization) -> str:
    source = org if unit_id in org else fallback
    if unit_id not in source:
        return "main"
    chain = [source.get(unit_id), *source.ancestors(unit_id)]
    kinds = {u.kind for u in chain}
    if UnitKind.COUNCIL_SECRETARIAT in kinds:
        return "council"
    if UnitKind.AGENCY in kinds:
        return "agency"
    if UnitKind.FIELD_OFFICE in kinds:
        return "field"
    if UnitKind.ADMIN_CITY in kinds:
        return "admin_city"
    if UnitKind.GU in kinds:
        return "gu"
    if UnitKind.SUB_MUNICIPAL in kinds:
        return "local"
    return "main"


def _label_key(label: str) -> tuple:
    """Sort key of a provision label: articles by number, then annexes."""
    numbers = [int(n) for n in re.findall(r"\d+", label)] + [0]
    return (label.startswith("별표"), numbers[0], numbers[1] if len(numbers) > 2 else 0)


def _cite(labels: list[str]) -> tuple[str, str]:
    if not labels:
        return "", ""
    labels = sorted(labels, key=_label_key)
    ko = ", ".join(labels)
    articles = [_label_en(x).removeprefix("Article ") for x in labels if not x.startswith("별표")]
    annexes = [_label_en(x).removeprefix("Annex ") for x in labels if x.startswith("별표 ")]
    groups = [
        _listed_en(word, numbers)
        for word, numbers in (("Article", articles), ("Annex", annexes))
        if numbers
    ]
    if "별표" in labels:  # an instrument's only annex, without a number
        groups.append("the Annex")
    return f"(안 {ko})", f"({' and '.join(groups)} of the bill)"


def _listed_en(word: str, numbers: list[str]) -> str:
    """``Article 3``, ``Articles 3 and 7-2``, ``Articles 5, 8 and 9-2``; ``Annexes 1 and 2``."""
    if len(numbers) == 1:
        return f"{word} {numbers[0]}"
    plural = "Annexes" if word == "Annex" else f"{word}s"
    return f"{plural} {', '.join(numbers[:-1])} and {numbers[-1]}"


def _label_en(label: str) -> str:
    if label == "별표":
        return "Annex"
    if label.startswith("별표"):
        return "Annex " + label.removeprefix("별표 ").replace("의", "-")
    body = label.removeprefix("제").replace("조의", "-").removesuffix("조")
    return "Article " + body


def _levels(inputs: DraftInputs, key: str, level: Level) -> set[Level]:
    """The unit levels the bill of ``key`` summarises: its own, and those its list articles
    enumerate (a county's ordinance lists its 과)."""
    from desktop.core.patterns import listed_levels

    inst = inputs.old_instruments.get(key)
    return {level} | (listed_levels(inst, inputs.project.org) if inst is not None else set())


def _unit_points(inputs: DraftInputs, key: str, level: Level) -> list[Point]:
    applied, statutes = inputs.applied, inputs.statutes
    old_org = inputs.project.org
    levels = _levels(inputs, key, level)
    relevant = [
        rec
        for rec in applied.records
        if rec.action.structural and (rec.level in levels or rec.old_level in levels)
    ]
    places: list[Point] = []
    for place, place_ko, place_en in _PLACES:
        place_en = place_en or inputs.project.profile.council_generic_en
        records = [r for r in relevant if _place(applied.org, r.unit_id, old_org) == place]
        if not records:
            continue
        lines: list[Point] = []
        for action in STRUCTURAL:
            group = [r for r in records if r.action == action]
            if not group:
                continue
            described = [action.summary_item(r) for r in group]
            cite_ko, cite_en = _cite(statutes.cited([r.change_id for r in group], key))
            names_ko = ", ".join(ko for ko, _ in described)
            lines.append(
                Point(
                    f"{action.heading('ko')}: {names_ko}{cite_ko and ' ' + cite_ko}",
                    f"{action.heading('en')}: {'; '.join(en for _, en in described)}"
                    f"{cite_en and ' ' + cite_en}",
                )
            )
        places.append(Point(place_ko, place_en, lines))
    return places


def _grade_point(inputs: DraftInputs, grades: list[Grade], key: str) -> Point | None:
    """``직급 조정: 관광국장(4급 → 3급) (안 제8조)``: the heads whose new grade this bill
    writes."""
    records = [
        r
        for r in inputs.applied.records
        if isinstance(r.payload, HeadGrade) and inputs.statutes.cited([r.change_id], key)
    ]
    if not records:
        return None
    cite_ko, cite_en = _cite(inputs.statutes.cited([r.change_id for r in records], key))
    return Point(
        "직급 조정: "
        + ", ".join(
            f"{head_title(inputs.applied.org.get(r.unit_id))}"
            f"({grade_change_text(grades, r.payload, 'ko')})"
            for r in records
        )
        + (f" {cite_ko}" if cite_ko else ""),
        "Head grades: "
        + ", ".join(
            f"{english_name(r)} ({grade_change_text(grades, r.payload, 'en')})" for r in records
        )
        + (f" {cite_en}" if cite_en else ""),
    )


def _staffing_point(inputs: DraftInputs, grades: list[Grade], key: str) -> Point | None:
    before = inputs.project.org.total_staffing()
    after = inputs.applied.org.total_staffing()
    if before == after:
        return None
    # the totals the instrument states: its own count where the tree leaves some posts out
    stated = inputs.statutes.totals.get(key)
    total_before, total_after = stated or (sum(before.values()), sum(after.values()))
    diff = total_after - total_before
    cite_ko, cite_en = _cite(_staffing_labels(inputs, key))
    point = Point(
        f"정원 조정: 총 정원 {count(total_before)} → {count(total_after)}({delta(diff)})"
        f"{cite_ko and ' ' + cite_ko}",
        f"Staffing: total staffing {total_before:,} → {total_after:,} "
        f"({'up' if diff >= 0 else 'down'} {abs(diff):,}){cite_en and ' ' + cite_en}",
    )
    for group in GROUPS:
        members = [g for g in grades if g.group == group.code]
        deltas = [(g, after.get(g.code, 0) - before.get(g.code, 0)) for g in members]
        deltas = [(g, d) for g, d in deltas if d]
        if not deltas:
            continue
        point.children.append(
            Point(
                f"{group.ko}: " + ", ".join(f"{g.ko} {delta(d)}" for g, d in deltas),
                f"{group.en}: "
                + ", ".join(f"{g.en} {'+' if d > 0 else '−'}{abs(d):,}" for g, d in deltas),
            )
        )
    return point


def _staffing_labels(inputs: DraftInputs, key: str) -> list[str]:
    """The provisions of instrument ``key`` that state the staffing and change with it (the
    total, the staffing annex), whichever changes moved it."""
    return [label for inst_key, label in inputs.statutes.staffing if inst_key == key]


def _holds(inputs: DraftInputs, key: str, duties: tuple[str, ...]) -> bool:
    """Whether instrument ``key`` states any of these duties, before or after the changes."""
    texts = [inputs.old_instruments.get(key), inputs.new_instruments.get(key)]
    return any(
        duty in art.text_only()
        for inst in texts
        if inst is not None
        for art in inst.articles
        for duty in duties
    )


def _duties_point(inputs: DraftInputs, key: str, level: Level) -> Point | None:
    """``사무 조정``: the duties moved that this instrument states (a county's 기획감사실 takes
    재무과's duties in the rule, not in the ordinance that lists them both); a move whose
    duties no instrument states, in the bill of its unit's level."""
    moves = [r for r in inputs.applied.records if isinstance(r.payload, DutiesMoved)]
    transfers = []
    for r in moves:
        if not r.payload.duties:
            continue
        stated = {k for k in inputs.old_instruments if _holds(inputs, k, r.payload.duties)}
        by_level = {k for k in inputs.old_instruments if _level(inputs, k) is r.level}
        if stated & by_level or not stated:
            if r.level is level:
                transfers.append(r)
        elif key in stated:  # only another instrument states them (a county's rule)
            transfers.append(r)
    if not transfers:
        return None
    items_ko, items_en = [], []
    for r in transfers:
        moved: DutiesMoved = r.payload
        for ko, en in zip(moved.duties, moved.duties_en, strict=True):
            items_ko.append(f"{ko}({moved.source_ko}→{r.name_ko})")
            items_en.append(
                f"{en or '[English text missing: ' + ko + ']'} "
                f"({english_of(moved.source_ko, moved.source_en)} → {english_name(r)})"
            )
    cite_ko, cite_en = _cite(inputs.statutes.cited([r.change_id for r in transfers], key))
    return Point(
        "사무 조정" + (f" {cite_ko}" if cite_ko else ""),
        "Transfer of duties" + (f" {cite_en}" if cite_en else ""),
        [Point(ko, en) for ko, en in zip(items_ko, items_en, strict=True)],
    )


def _level(inputs: DraftInputs, key: str) -> Level:
    """The unit level the bill of instrument ``key`` summarises: an ordinance's 실ㆍ국, a
    rule's 과."""
    source = inputs.project.instrument(key)
    ordinance = source is None or source.kind is InstrumentKind.ORDINANCE
    return Level.BUREAU if ordinance else Level.DIVISION


def summary(inputs: DraftInputs, key: str) -> Summary:
    """The 개정이유 and 주요내용 of the bill for instrument ``key``."""
    project = inputs.project
    source = project.instrument(key)
    ordinance = source is None or source.kind is InstrumentKind.ORDINANCE
    level = _level(inputs, key)
    roles = source.role_set if source is not None else frozenset({"organization", "staffing"})
    organization = bool(roles - {"staffing"})  # a 정원 조례 alone: staffing only
    points: list[Point] = []
    units = _unit_points(inputs, key, level) if organization else []
    if units:
        points.append(Point("기구 조정", "Organizational adjustments", units))
    if organization and (grades := _grade_point(inputs, project.grades, key)):
        points.append(grades)
    staffing_role = "staffing" in roles and (ordinance or bool(source and source.roles))
    if staffing_role and (staffing := _staffing_point(inputs, project.grades, key)):
        points.append(staffing)
    if organization and (duties := _duties_point(inputs, key, level)):
        points.append(duties)
    annexes = [label for label in _staffing_labels(inputs, key) if label.startswith("별표")]
    others = [_annex_point(inputs, key, label) for label in annexes]
    if organization:
        told = _cited_labels([*points, Point("", "", others)])
        others += _reflected_points(inputs, key, level, told)
    if others:
        points.append(Point("기타 사항", "Other matters", others))
    return Summary(project.meta.reasons_ko, project.meta.reasons_en, points)


_RELATED = re.compile(r"\s*\([^()]*관련\)\s*$")


def _annex_point(inputs: DraftInputs, key: str, label: str) -> Point:
    """``직급별 정원표 조정(별표 1)``: the annex by its own title (without ``(제2조제2항 관련)``),
    in English a staffing table by what the title breaks it down by; a table by agency and
    grade when the annex has no title. A table by organization whose rows only follow the
    units (no figure changes) is put in order (정비, as bills say of such conforming changes)
    for the changes that moved its rows:
    ``기구 명칭변경에 따른 기관별ㆍ직급별 정원표 정비(별표)``."""
    inst = inputs.old_instruments.get(key)
    annex = next((a for a in (inst.annexes if inst else []) if a.label == label), None)
    title = _RELATED.sub("", annex.title) if annex is not None else ""
    if not title or "기관별" in title:
        by = " by agency and grade"
    else:
        by = " by grade" if "직급별" in title else ""
    title = title or "기관별·직급별 정원표"
    if reasons := _row_reasons(inputs, key, label):
        words = "ㆍ".join(a.heading("ko") for a in reasons)
        units = series([a.word("en") for a in reasons], article=False)
        return Point(
            f"기구 {words}에 따른 {title} 정비({label})",
            f"Staffing table{by} updated for {units} units ({_label_en(label)})",
        )
    return Point(f"{title} 조정({label})", f"Staffing table{by} revised ({_label_en(label)})")


def _row_reasons(inputs: DraftInputs, key: str, label: str) -> list[Action]:
    """The structural changes (renamed, moved …) that amend staffing annex ``label`` of
    instrument ``key`` when no figure changes; none when a figure changes or another change
    amends the annex."""
    if inputs.project.org.total_staffing() != inputs.applied.org.total_staffing():
        return []
    records = [
        r for r in inputs.applied.records if label in inputs.statutes.cited([r.change_id], key)
    ]
    if not records or not all(r.action.structural for r in records):
        return []
    return [a for a in STRUCTURAL if any(r.action == a for r in records)]


def _cited_labels(points: list[Point]) -> set[str]:
    """The provisions the points cite: ``(안 제3조, 별표 1)`` → {제3조, 별표 1}."""
    labels: set[str] = set()
    for point in points:
        for cited in re.findall(r"\(안 ([^)]*)\)", point.ko):
            labels.update(cited.split(", "))
        labels |= _cited_labels(point.children)
    return labels


def _reflected_points(inputs: DraftInputs, key: str, level: Level, told: set[str]) -> list[Point]:
    """Changes summarised in another bill that amend provisions of this instrument no other
    point cites (a renamed 국 in the rule's list of its 과): one point saying they are
    reflected, so that no provision the bill amends goes unmentioned in its 주요내용."""
    levels = _levels(inputs, key, level)
    structural = [rec for rec in inputs.applied.records if rec.action.structural]
    own = {r.change_id for r in structural if r.level in levels or r.old_level in levels}
    records = [
        rec
        for rec in structural
        if rec.change_id not in own  # a change summarised here (a new 국 with its 과) is told
        and set(inputs.statutes.cited([rec.change_id], key)) - told
    ]
    if not records:
        return []
    items_ko, items_en = [], []
    for action in STRUCTURAL:
        group = [r for r in records if r.action == action]
        if group:
            described = [action.summary_item(r) for r in group]
            items_ko.append(f"{action.heading('ko')} {', '.join(ko for ko, _ in described)}")
            items_en.append(
                f"{action.heading('en').lower()} {'; '.join(en for _, en in described)}"
            )
    cite_ko, cite_en = _cite(inputs.statutes.cited([r.change_id for r in records], key))
    source = inputs.project.instrument(key)
    upper = next(
        (
            inputs.old_instruments[s.key]
            for s in inputs.project.instruments
            if s.kind is InstrumentKind.ORDINANCE and s.key != key
        ),
        None,
    )
    if source is not None and source.kind is not InstrumentKind.ORDINANCE and upper is not None:
        ko = f"「{upper.title}」 개정에 따른 기구 조정 반영"
        en = f"Organizational changes of {upper.title_en or 'the ordinance'} reflected"
    else:
        ko, en = "관련 기구 조정 반영", "Related organizational changes reflected"
    return [
        Point(
            f"{ko}({'; '.join(items_ko)}){cite_ko and ' ' + cite_ko}",
            f"{en} ({'; '.join(items_en)}){cite_en and ' ' + cite_en}",
        )
    ]


def point_symbol(level: int, index: int, lang: str = "ko") -> str:
    """The symbol of item ``index`` at ``level`` of 주요내용: ``가.``/``A.``, then
    ``1)``/``(1)``, then ``·`` below."""
    if level >= 2:
        return "·"
    if lang == "en":
        return f"{chr(ord('A') + index)}." if level == 0 else f"({index + 1})"
    return item_symbol(level + 1, index)


def render(summary_: Summary, lang: str = "ko") -> str:
    """The 1. 개정이유 / 2. 주요내용 text with the item symbols of each level."""
    indent = "  "
    if lang == "en":
        lines = ["1. Reasons for the amendment", indent + (summary_.reasons_en or "[missing]")]
        lines.append("2. Main contents")
    else:
        lines = ["1. 개정이유", indent + (summary_.reasons_ko or "[작성 필요]"), "2. 주요내용"]

    def walk(points: list[Point], level: int) -> None:
        for index, point in enumerate(points):
            text = pick(point.ko, point.en, lang, fallback=False)
            lines.append(f"{indent * (level + 1)}{point_symbol(level, index, lang)} {text}")
            walk(point.children, level + 1)

    walk(summary_.points, 0)
    return "\n".join(lines)
