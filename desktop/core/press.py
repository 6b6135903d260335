"""The press release drafted from the change records, in Korean and English side by side.

:func:`press_paragraphs` returns the paragraphs with stable keys — ``headline``, ``sub:1``,
``lead``, ``unit:<unit id>``, ``staffing``, ``quote``, ``attach:1`` — so that the UI can keep
the official's edits of a paragraph (``project.press["paragraphs"][key] = {"ko": …, "en": …}``
replaces the drafted text). What is drafted (documents.md §2): the lead (what changes, when it
takes effect, which session passed it), one paragraph per new, renamed, upgraded or moved
bureau-level unit with its divisions, the staffing figures and the attachments. The quotation
and the political context are the official's; until written they show a visible placeholder.

Header fields read from ``project.press``: ``department_ko/_en``, ``release_ko/_en``,
``distributed_ko/_en``, ``director_ko/_en``, ``director_phone``, ``officer_ko/_en``,
``officer_phone``, ``email``, ``extras_ko/_en``, ``embargo_ko/_en``, ``headline_ko/_en``,
``quote_ko/_en``, ``quote_by_ko/_en``, ``city_en``.

The official's own body paragraphs (the political context) are ``press["own"] = [{"ko": …,
"en": …}, …]``, keyed ``own:1``, ``own:2`` … and placed after the drafted body, before the
quotation. An edited paragraph still carries its fresh draft (``drafted_ko``/``drafted_en``),
so that the official can compare and take it. :func:`press_findings` checks every pair
against the glossary (:mod:`desktop.core.consistency`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from desktop.core.consistency import check_pair
from desktop.core.findings import Finding
from desktop.core.glossary import Glossary
from desktop.core.grades import GROUPS
from desktop.core.kformat import delta
from desktop.core.kinds import ChangeRecord
from desktop.core.kinds.abolish import ABOLISH
from desktop.core.kinds.base import Moved, english_name, english_of
from desktop.core.kinds.head_grade import HeadGrade, grade_change_words
from desktop.core.kinds.move import MOVE, taken_over
from desktop.core.korean import attach, count, date_en, date_ko, number_en
from desktop.core.org import CHART_TITLES, Level, Organization, Unit, UnitKind
from desktop.core.patterns import head_of
from desktop.core.press_en import (
    capitalized,
    count_word,
    dateline_city,
    is_embargo,
    plural,
    release_line,
    series,
    the,
)
from desktop.core.project import (
    ENFORCEMENT_MISSING_EN,
    ENFORCEMENT_MISSING_KO,
    DraftInputs,
    EffectiveMode,
    InstrumentSource,
    Project,
)
from desktop.core.statute import InstrumentKind
from desktop.core.statute_render_en import missing
from desktop.i18n import N_, pick


@dataclass(frozen=True)
class PressParagraph:
    """One paragraph: its stable key, its role in the layout and its two texts.

    ``kind``: ``headline``, ``subline``, ``lead``, ``point`` (□), ``detail`` (○), ``own`` (□,
    the official's own), ``quote`` or ``attachment``. ``edited`` is true when the official's
    text replaced the drafted one, which ``drafted_ko``/``drafted_en`` still hold (empty for
    an own paragraph, which has no draft).
    """

    key: str
    kind: str
    ko: str
    en: str
    edited: bool = False
    drafted_ko: str = ""
    drafted_en: str = ""

    def text(self, lang: str) -> str:
        return pick(self.ko, self.en, lang, fallback=False)


# The role of each kind of paragraph, as the press page and the review sheet name it.
PARAGRAPH_ROLES = {
    "headline": N_("Headline"),
    "subline": N_("Sub-line"),
    "lead": N_("Lead"),
    "detail": N_("Unit paragraph"),
    "point": N_("Staffing"),
    "own": N_("Your paragraph"),
    "quote": N_("Quotation"),
    "attachment": N_("Attachment"),
}


def release_date(inputs: DraftInputs) -> dt.date | None:
    """The release date read from ``press["release_ko"]`` (``2024. 6. 28.(금) 조간``)."""
    text = str(inputs.project.press.get("release_ko", ""))
    match = re.search(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.", text)
    if match:
        return dt.date(*(int(g) for g in match.groups()))
    return inputs.project.meta.passed_date


def _ordinance_first(inputs: DraftInputs) -> list[InstrumentSource]:
    return sorted(inputs.project.instruments, key=lambda s: s.kind is not InstrumentKind.ORDINANCE)


def effective_date(inputs: DraftInputs) -> dt.date | None:
    """The date the ordinance (or the first instrument) takes effect, when a date is set."""
    for source in _ordinance_first(inputs):
        if source.effective.dated:
            return source.effective.dated
    return None


class _Start(NamedTuple):
    """When the new organization starts, as the lead says it (``2024. 7. 15.부터`` / ``on July
    15, 2024``) and as the sub-line does (``2024. 7. 15.부터 시행`` / ``in force from July 15,
    2024``)."""

    lead_ko: str
    lead_en: str
    line_ko: str
    line_en: str


def _start(inputs: DraftInputs) -> _Start:
    """When the new organization starts: on the first date an instrument is set to, else as
    the ordinance (or the first instrument) is set to take effect: on promulgation (``조례가
    공포되는 날부터``, ``공포 즉시 시행``), some months after it (``조례 공포 후 3개월이 지난
    날부터``), or the gap the official has to fill (W-EFFECTIVE-UNSET) — never on
    promulgation when that was not chosen."""
    effective = effective_date(inputs)
    if effective:
        ko, en = f"{date_ko(effective)}부터", date_en(effective)
        return _Start(ko, f"on {en}", f"{ko} 시행", f"in force from {en}")
    sources = _ordinance_first(inputs)
    first = sources[0].effective if sources else None
    if first is None or first.mode is EffectiveMode.PROMULGATION:
        line_en = "in force upon promulgation"
        return _Start("조례가 공포되는 날부터", "on promulgation", "공포 즉시 시행", line_en)
    if first.mode is EffectiveMode.MONTHS and not first.unset:
        months = plural(first.months, "month")
        return _Start(
            f"조례 공포 후 {first.months}개월이 지난 날부터",
            f"{months} after promulgation",
            f"공포 후 {first.months}개월이 지난 날부터 시행",
            f"in force {months} after promulgation",
        )
    ko, en = f"{ENFORCEMENT_MISSING_KO}부터", ENFORCEMENT_MISSING_EN
    return _Start(ko, f"on {en}", f"{ko} 시행", f"in force from {en}")


def _name_en(unit: Unit) -> str:
    return english_of(unit.name_ko, unit.name_en)


def _list_ko(names: list[str]) -> str:
    return "·".join(names)


# The division-level kinds a release counts by name (other kinds count as 과).
_COUNTED = {
    UnitKind.DIVISION: ("과", "division"),
    UnitKind.OFFICER: ("담당관", "officer"),
    UnitKind.TEAM: ("팀", "team"),
}


def _kinds(divisions: list[Unit]) -> list[tuple[str, str]]:
    kinds = {d.kind if d.kind in _COUNTED else UnitKind.DIVISION for d in divisions}
    return [words for kind, words in _COUNTED.items() if kind in kinds]


def counted_ko(divisions: list[Unit]) -> str:
    """``2개 과``; a 담당관 is counted as what it is: ``2개 담당관``, and units of more than
    one kind as ``3개 과·담당관`` (as releases count them: ``63개 과·담당관``)."""
    return f"{len(divisions)}개 {'·'.join(ko for ko, _ in _kinds(divisions))}"


def counted_en(divisions: list[Unit]) -> str:
    """``two divisions``, ``two officers``; units of more than one kind: ``three
    division-level units`` (english.md: 담당관 Officer (Division-level))."""
    kinds = _kinds(divisions)
    return plural(len(divisions), kinds[0][1] if len(kinds) == 1 else "division-level unit")


def _bureau_of(org: Organization, unit_id: str) -> Unit | None:
    """The bureau-level unit a unit belongs to (itself, or its bureau); where divisions sit
    directly under the head or a deputy (a small 군 without 국), the division itself."""
    unit = org.find(unit_id)
    highest_division = None
    while unit is not None and unit.kind.level is Level.DIVISION:
        highest_division = unit
        unit = org.find(unit.parent_id)
    if unit is not None and unit.kind.level is Level.BUREAU:
        return unit
    return highest_division


def _abolished_home(inputs: DraftInputs, rec: ChangeRecord) -> str | None:
    """The bureau of the new organization whose paragraph tells of an abolished unit (the
    bureau it belonged to), or ``None`` when it gets a paragraph of its own (a bureau-level
    unit, or a division directly under the head or a deputy)."""
    bureau = _bureau_of(inputs.project.org, rec.unit_id)
    if bureau is None or bureau.id == rec.unit_id or bureau.id not in inputs.applied.org:
        return None
    return bureau.id


def _touched_bureaus(inputs: DraftInputs) -> dict[str, list[ChangeRecord]]:
    """Bureau-level units of the new organization touched by a unit change (their own, or a
    division's, abolished divisions included), in tree order, with the records."""
    org = inputs.applied.org
    touched: dict[str, list[ChangeRecord]] = {}
    for rec in inputs.applied.records:
        if rec.action == ABOLISH:
            home = _abolished_home(inputs, rec)
            if home is not None:
                touched.setdefault(home, []).append(rec)
            continue
        if not rec.action.press:
            continue
        bureau = _bureau_of(org, rec.unit_id)
        if bureau is not None:
            touched.setdefault(bureau.id, []).append(rec)

    def rank(uid: str) -> tuple[int, int]:
        records = touched[uid]
        new = any(r.action.new_unit and r.unit_id == uid for r in records)
        return (0 if new else 1, inputs.applied.records.index(records[0]))

    return {uid: touched[uid] for uid in sorted(touched, key=rank)}


def _unit_paragraph(inputs: DraftInputs, unit: Unit, records: list[ChangeRecord]):
    """The paragraph on a bureau-level unit: the sentence of its own change (the action that
    ranks first says it), its date, what it takes over, its divisions and the notes of the
    changes under it."""
    org = inputs.applied.org
    own = [r for r in records if r.unit_id == unit.id]
    divisions = [u for u in org.children(unit.id) if u.kind.level is Level.DIVISION]
    ko_parts: list[str] = []
    en_parts: list[str] = []
    ranked = sorted(
        {r.action for r in own if r.action.press_rank is not None},
        key=lambda action: action.press_rank,
    )
    for action in ranked:
        sentence = action.press_sentence(unit, own)
        if sentence is not None:
            ko_parts.append(sentence[0])
            en_parts.append(sentence[1])
            break
    dated = next((r.effective for r in own if r.effective), None)
    if dated is not None and ko_parts:
        ko_parts[-1] = ko_parts[-1].removesuffix(".") + f"({date_ko(dated)} 시행)."
        en_parts[-1] = en_parts[-1].removesuffix(".") + f" on {date_en(dated)}."
    moved_in = [r for r in records if r.unit_id != unit.id]
    named = False  # the paragraph has named its unit as the subject of a sentence
    for ko, _en in taken_over(moved_in, _list_ko, series):  # the English says it below
        if not ko_parts:  # an unchanged bureau: 기획조정실은 자치행정국의 인사과를 넘겨받는다
            ko, named = f"{attach(unit.name_ko, '은/는')} {ko}", True
        ko_parts.append(ko)
    subject_en = "It"
    if not own:  # an unchanged bureau whose divisions change: the paragraph names it first
        created = [
            d for d in divisions if any(r.action.new_unit and r.unit_id == d.id for r in records)
        ]
        subject_en = capitalized(the(_name_en(unit)))
        if created:
            en_parts.append(
                f"{subject_en} will gain {'a new' if len(created) == 1 else 'new'} "
                f"{series([_name_en(d) for d in created], article=False)}."
            )
            subject_en = "It"
    if divisions:
        names = [d.name_ko for d in divisions]
        listed = (  # one division is named, not counted: 특별자치과를 둔다, not 등 1개 과
            f"{attach(names[0], '을/를')} 둔다."
            if len(names) == 1
            else f"{_list_ko(names)} 등 {attach(counted_ko(divisions), '을/를')} 둔다."
        )
        where = "산하에는" if own or named else f"{unit.name_ko} 산하에는"
        if not own and created:
            new = attach(_list_ko([d.name_ko for d in created]), "을/를")
            ko_parts.append(f"{where} {new} 신설해 {listed}")
        else:
            ko_parts.append(f"{where} {listed}")
    en_parts += _divisions_en(divisions, moved_in, subject_en)
    for action in dict.fromkeys(r.action for r in records):
        told = [r for r in records if r.action == action and (action.notes_own or r not in own)]
        for ko, en in action.press_notes(told):
            ko_parts.append(ko)
            en_parts.append(en)
    return " ".join(ko_parts), " ".join(en_parts)


def _divisions_en(
    divisions: list[Unit], moved_in: list[ChangeRecord], subject: str = "It"
) -> list[str]:
    """The English on a bureau's divisions and the units it takes over, each named once
    (:mod:`desktop.core.press_en`): ``It will have three divisions: the A, the B and the C,
    which moves from the D.``; ``Its two divisions, the A and the B, will move from the D.``"""
    sources = {
        r.unit_id: english_of(r.payload.from_ko, r.payload.from_en)
        for r in moved_in
        if r.action == MOVE and isinstance(r.payload, Moved)
    }
    ids = [d.id for d in divisions]
    if divisions and set(ids) <= set(sources) and len({sources[i] for i in ids}) == 1:
        names = series([_name_en(d) for d in divisions])
        source = the(sources[ids[0]])
        owner = "Its" if subject == "It" else f"{subject}'s"
        what = counted_en(divisions)
        return [f"{owner} {what}, {names}, will move from {source}."]
    parts = []
    if divisions:
        items = [the(_name_en(d)) for d in divisions]
        for index, division in enumerate(divisions):
            if division.id in sources:
                items[index] += f", which moves from {the(sources[division.id])}"
        listed = series(items, article=False)
        parts.append(f"{subject} will have {counted_en(divisions)}: {listed}.")
    elsewhere = [r for r in moved_in if r.unit_id in sources and r.unit_id not in ids]
    by_source: dict[str, list[str]] = {}
    for rec in elsewhere:
        by_source.setdefault(sources[rec.unit_id], []).append(english_name(rec))
    for source, names in by_source.items():
        parts.append(f"{subject} will take over {series(names)} from {the(source)}.")
    return parts


def _grade_sentence(inputs: DraftInputs, rec: ChangeRecord) -> tuple[str, str]:
    """A head's new grade (직급 조정): ``관광국장의 직급은 4급에서 3급으로 조정된다.`` /
    ``The head of the Tourism Bureau will be regraded from Grade 4 to Grade 3.``"""
    old_ko, new_ko, old_en, new_en = grade_change_words(inputs.project.grades, rec.payload)
    head = head_of(inputs.applied.org, rec.unit_id, rec.name_ko)
    since_ko, since_en = (f"{old_ko}에서 ", f" from {old_en}") if old_ko else ("", "")
    ko = f"{head}의 직급은 {since_ko}{attach(new_ko, '으로/로')} 조정된다."
    en = f"The head of {the(english_name(rec))} will be regraded{since_en} to {new_en}."
    if rec.effective is not None:
        ko = ko.removesuffix(".") + f"({date_ko(rec.effective)} 시행)."
        en = en.removesuffix(".") + f" on {date_en(rec.effective)}."
    return ko, en


def _add_grades(inputs: DraftInputs, drafted: list[tuple[str, str, str, str]]) -> None:
    """The heads' new grades, each in the paragraph of its bureau (the unit itself, or the
    bureau its division is in): added to the paragraph the release already has on it, or a
    paragraph of their own."""
    by_key: dict[str, list[tuple[str, str]]] = {}
    for rec in inputs.applied.records:
        if isinstance(rec.payload, HeadGrade):
            bureau = _bureau_of(inputs.applied.org, rec.unit_id)
            key = f"unit:{bureau.id if bureau is not None else rec.unit_id}"
            by_key.setdefault(key, []).append(_grade_sentence(inputs, rec))
    for key, sentences in by_key.items():
        ko = " ".join(s[0] for s in sentences)
        en = " ".join(s[1] for s in sentences)
        index = next((i for i, d in enumerate(drafted) if d[0] == key), None)
        if index is None:
            drafted.append((key, "detail", ko, en))
        else:
            _key, kind, old_ko, old_en = drafted[index]
            drafted[index] = (key, kind, f"{old_ko} {ko}", f"{old_en} {en}")


def stated_total(inputs: DraftInputs) -> tuple[str, int, int] | None:
    """The instrument stating the total staffing, with that total before and after the
    changes, when one instrument states one: the total the bills amend
    (``StatuteResult.totals``), or, where the changes move no post by grade and so amend no
    total, the one total the current text states, unchanged; ``None`` else."""
    stated = [
        (src.key, *inputs.statutes.totals[src.key])
        for src in inputs.project.instruments
        if src.key in inputs.statutes.totals
    ]
    if not stated and _by_grade(inputs.project.org) == _by_grade(inputs.applied.org):
        stating = {
            src.key: [total for _article, total in totals]
            for src in inputs.project.instruments
            if (totals := inputs.old_instruments[src.key].stated_totals())
        }
        if len(stating) != 1:
            return None
        ((key, totals),) = stating.items()
        # two totals, a part beside the whole: neither is the one
        return (key, totals[0], totals[0]) if len(totals) == 1 else None
    return stated[0] if len(stated) == 1 else None


def _by_grade(org: Organization) -> dict[str, int]:
    return {code: n for code, n in org.total_staffing().items() if n}


def total_staffing(inputs: DraftInputs) -> tuple[int, int]:
    """The total staffing before and after the changes as the bills state it: the staffing
    ordinance's own total where it counts posts the organization leaves out (제주's 행정시,
    :func:`stated_total`), else the organization's sum."""
    if (stated := stated_total(inputs)) is not None:
        return stated[1], stated[2]
    before, after = inputs.project.org.total_staffing(), inputs.applied.org.total_staffing()
    return sum(before.values()), sum(after.values())


def _staffing(inputs: DraftInputs) -> tuple[str, str] | None:
    before = inputs.project.org.total_staffing()
    after = inputs.applied.org.total_staffing()
    if before == after:
        return None
    total_before, total_after = total_staffing(inputs)
    diff = total_after - total_before
    up_ko = "늘어난다" if diff > 0 else "줄어든다"
    ko = (
        f"정원은 총 {count(total_before)}에서 {attach(count(total_after), '으로/로')} "
        f"{count(abs(diff))} {up_ko}."
    )
    en = (
        f"Total staffing will {'rise' if diff > 0 else 'fall'} from {number_en(total_before)} "
        f"to {number_en(total_after)}, {'an increase' if diff > 0 else 'a decrease'} of "
        f"{count_word(abs(diff))}."
    )
    if not diff:  # posts move between grades only (a head regraded): the total stays
        ko = f"정원은 총 {attach(count(total_after), '으로/로')} 변동이 없다."
        en = f"Total staffing stays at {number_en(total_after)}."
    ups, downs, ups_en, downs_en = [], [], [], []
    for group in GROUPS:
        for grade in [g for g in inputs.project.grades if g.group == group.code]:
            d = after.get(grade.code, 0) - before.get(grade.code, 0)
            if d > 0:
                ups.append(f"{grade.ko} {count(d)}")
                ups_en.append(f"{grade.en} ({number_en(d)})")
            elif d < 0:
                downs.append(f"{grade.ko} {count(-d)}")
                downs_en.append(f"{grade.en} ({number_en(-d)})")
    if ups or downs:
        pieces = []
        if ups:
            pieces.append(f"{attach(', '.join(ups), '이/가')} {'늘고' if downs else '늘어난다'}")
        if downs:
            pieces.append(f"{attach(', '.join(downs), '이/가')} 줄어든다")
        ko += " 직급별로는 " + ", ".join(pieces) + "."
        moves = []
        if ups_en:
            moves.append(f"increase at {series(ups_en, article=False)}")
        if downs_en:
            moves.append(f"decrease at {series(downs_en, article=False)}")
        en += f" By grade, posts will {' and '.join(moves)}."
    return ko, en


def _new_bureaus(inputs: DraftInputs) -> list[ChangeRecord]:
    """The records of the bureau-level units the changes establish (lead and headline)."""
    return [r for r in inputs.applied.records if r.action.new_unit and r.level is Level.BUREAU]


# The English word a release counts new bureau-level units by, by kind (english.md).
_BUREAU_WORDS = {
    UnitKind.BUREAU: ("bureau", "bureaus"),
    UnitKind.OFFICE: ("office", "offices"),
    UnitKind.HEADQUARTERS: ("headquarters", "headquarters"),
    UnitKind.GU: ("district", "districts"),  # a 시's 구, no bureau
    UnitKind.ADMIN_CITY: ("administrative city", "administrative cities"),  # 제주's 행정시
}


def _counted_bureaus_en(inputs: DraftInputs, records: list[ChangeRecord]) -> str:
    """``one new bureau``, ``one new headquarters`` (a 본부 is no bureau), ``two new offices``;
    units of more than one kind: ``two new bureau-level units``."""
    org = inputs.applied.org
    kinds = {org.get(r.unit_id).kind if r.unit_id in org else None for r in records}
    kind = kinds.pop() if len(kinds) == 1 else None
    one, many = _BUREAU_WORDS.get(kind, ("bureau-level unit", "bureau-level units"))
    return f"{count_word(len(records))} new {one if len(records) == 1 else many}"


def _lead(inputs: DraftInputs) -> tuple[str, str]:
    meta = inputs.project.meta
    new_bureaus = _new_bureaus(inputs)
    gov, gov_en = meta.government_ko or "[기관]", meta.government_en or "[Government]"
    ordinance = next(
        (s for s in inputs.project.instruments if s.kind is InstrumentKind.ORDINANCE), None
    )
    title = inputs.old_instruments[ordinance.key].title if ordinance else ""
    title_en = inputs.old_instruments[ordinance.key].title_en if ordinance else ""
    what = (
        f"{attach(_list_ko([r.name_ko for r in new_bureaus]), '을/를')} 신설하는 등"
        if new_bureaus
        else "기구와 정원을 조정하는"
    )
    passed = (
        f"{date_ko(meta.passed_date)} {meta.session_ko} 본회의에서 의결됨에 따라 "
        if meta.passed_date and meta.session_ko
        else ""
    )
    start = _start(inputs)
    when, when_en = start.lead_ko, start.lead_en
    if passed:  # the bill was passed: it is the subject of 의결됨
        ko = (
            f"{attach(gov, '은/는')} {what} 조직개편을 담은 「{title}」 일부개정조례안이 "
            f"{passed}{when} 새 조직을 시행한다고 밝혔다."
        )
    else:  # before the council's vote: the government has prepared the bill
        ko = (
            f"{attach(gov, '은/는')} {what} 조직개편을 담은 「{title}」 일부개정조례안을 "
            f"마련해 {when} 새 조직을 시행할 계획이라고 밝혔다."
        )
    launches = (
        f", with {_counted_bureaus_en(inputs, new_bureaus)}: "
        f"{series([english_name(r) for r in new_bureaus])}"
        if new_bureaus
        else ", adjusting its organization and staffing"  # 기구와 정원을 조정하는
    )
    en = f"{gov_en} will launch its new organization {when_en}{launches}."
    if meta.passed_date and meta.session_en:
        amendment = f"The amendment to {the(title_en)}" if title_en else "The amendment"
        en += (
            f" {amendment} was passed at a plenary session of {the(meta.session_en)} "
            f"on {date_en(meta.passed_date)}."
        )
    return ko, en


def _headline(inputs: DraftInputs) -> tuple[str, str]:
    meta = inputs.project.meta
    new_bureaus = _new_bureaus(inputs)
    if new_bureaus:
        ko = f"{meta.government_ko}, {_list_ko([r.name_ko for r in new_bureaus])} 신설"
        names_en = series([english_name(r) for r in new_bureaus], False)
        en = f"{meta.government_en} to launch {names_en}"
        return ko, capitalized(en)
    return f"{meta.government_ko} 조직개편 시행", f"{meta.government_en} to reorganize"


def _sublines(inputs: DraftInputs) -> list[tuple[str, str]]:
    meta = inputs.project.meta
    start = _start(inputs)
    if meta.session_ko and meta.passed_date:  # passed: by which session, and from when
        session_en = the(meta.session_en) if meta.session_en else missing("council session")
        lines = [
            (f"{meta.session_ko} 의결, {start.line_ko}", f"Passed by {session_en}; {start.line_en}")
        ]
    else:  # not passed yet: no session claimed to have passed it
        lines = [(start.line_ko, capitalized(start.line_en))]
    staffing = _staffing(inputs)
    if staffing:
        before, after = total_staffing(inputs)
        diff = after - before
        moved = f"{'up' if diff > 0 else 'down'} {number_en(abs(diff))}" if diff else "unchanged"
        lines.append(
            (
                f"총 정원 {count(before)} → {count(after)}({delta(diff)})",
                f"Total staffing {number_en(before)} → {number_en(after)} ({moved})",
            )
        )
    return lines


def dateline(inputs: DraftInputs) -> str:
    """``SUWON, June 28, 2024 —`` (see :func:`desktop.core.press_en.dateline_city`)."""
    press = inputs.project.press
    city = dateline_city(inputs.project.meta.government_en, str(press.get("city_en", "")))
    when = release_date(inputs)
    day = date_en(when) if when else "[date]"
    return f"{city}, {day} —" if city else f"{day} —"


def release_line_en(inputs: DraftInputs) -> str:
    """The English release line: the official's, unless it says "For immediate release"
    (or nothing) while the Korean 보도일시 is embargoed; then the embargo that matches the
    Korean (:func:`desktop.core.press_en.release_line`)."""
    press = inputs.project.press
    own = str(press.get("release_en") or "").strip()
    drafted = release_line(str(press.get("release_ko") or ""))
    if own and (is_embargo(own) or drafted is None or not is_embargo(drafted)):
        return own
    return drafted or "For immediate release"


def press_paragraphs(inputs: DraftInputs) -> list[PressParagraph]:
    """The drafted (or edited) paragraphs of the release, in order, both languages."""
    press = inputs.project.press
    drafted: list[tuple[str, str, str, str]] = []
    head_ko, head_en = _headline(inputs)
    drafted.append(
        (
            "headline",
            "headline",
            press.get("headline_ko") or head_ko,
            press.get("headline_en") or head_en,
        )
    )
    for number, (ko, en) in enumerate(_sublines(inputs), start=1):
        drafted.append((f"sub:{number}", "subline", ko, en))
    drafted.append(("lead", "lead", *_lead(inputs)))
    org = inputs.applied.org
    for unit_id, records in _touched_bureaus(inputs).items():
        ko, en = _unit_paragraph(inputs, org.get(unit_id), records)
        if ko:
            drafted.append((f"unit:{unit_id}", "detail", ko, en))
    for rec in inputs.applied.records:  # an abolished bureau, or division under a deputy
        if rec.action == ABOLISH and _abolished_home(inputs, rec) is None:
            ko, en = ABOLISH.press_notes([rec])[0]
            if rec.effective is not None:
                ko = ko.removesuffix(".") + f"({date_ko(rec.effective)} 시행)."
                en = en.removesuffix(".") + f" on {date_en(rec.effective)}."
            drafted.append((f"unit:{rec.unit_id}", "detail", ko, en))
    _add_grades(inputs, drafted)
    staffing = _staffing(inputs)
    if staffing:
        drafted.append(("staffing", "point", *staffing))
    profile = inputs.project.profile
    by_ko = press.get("quote_by_ko") or profile.speaker_ko
    by_en = press.get("quote_by_en") or profile.speaker_en
    quote_ko = press.get("quote_ko") or "[인용문 입력 필요]"
    quote_en = press.get("quote_en") or "[Quotation to be written]"
    for number, own in enumerate(own_paragraphs(press), start=1):
        drafted.append((f"own:{number}", "own", own["ko"], own["en"]))
    drafted.append(
        (
            "quote",
            "quote",
            f'{attach(by_ko, "은/는")} "{quote_ko}"라고 말했다.',
            f'"{quote_en}," said {by_en}.',
        )
    )
    for number, (ko, en) in enumerate(CHART_TITLES, start=1):
        drafted.append((f"attach:{number}", "attachment", ko, en))
    edits = press.get("paragraphs")
    edits = edits if isinstance(edits, dict) else {}
    result = []
    for key, kind, ko, en in drafted:
        if kind == "own":
            result.append(PressParagraph(key, kind, ko, en))
            continue
        edit = edits.get(key)
        edit = edit if isinstance(edit, dict) else {}
        result.append(
            PressParagraph(
                key,
                kind,
                str(edit["ko"]) if "ko" in edit else ko,  # an emptied side stays empty
                str(edit["en"]) if "en" in edit else en,
                bool(edit),
                ko,
                en,
            )
        )
    return result


def own_paragraphs(press: dict) -> list[dict[str, str]]:
    """The official's own body paragraphs, ``{"ko": …, "en": …}`` each."""
    own = press.get("own")
    if not isinstance(own, list):
        return []
    return [
        {"ko": str(item.get("ko") or ""), "en": str(item.get("en") or "")}
        for item in own
        if isinstance(item, dict)
    ]


def press_findings(inputs: DraftInputs, glossary: Glossary | None = None) -> list[Finding]:
    """The consistency findings of every paragraph pair of the release."""
    glossary = glossary if glossary is not None else Glossary.of(inputs)
    return [
        finding
        for para in inputs.draft.press_paragraphs
        for finding in check_pair(glossary, para.key, para.ko, para.en)
    ]


# The official's own details (the settings) and the press fields they stand in for: a group
# is filled only when the project names nobody there (an officer's phone is never attached to
# someone else's name).
DEFAULT_GROUPS = (
    ("officer", ("officer_ko", "officer_en", "officer_phone", "email")),
    ("department", ("department_ko", "department_en")),
)


def with_press_defaults(project: Project, defaults: Mapping[str, str]) -> Project:
    """``project`` with ``defaults`` (``officer_ko``, ``officer_en``, ``officer_phone``,
    ``email``, ``department_ko``, ``department_en``) in the press header fields that it leaves
    empty; the project itself is not changed."""
    press = dict(project.press)
    for prefix, keys in DEFAULT_GROUPS:
        if any(press.get(k) for k in (prefix, *keys) if k != "email"):
            continue
        press.update({k: defaults[k] for k in keys if defaults.get(k) and not press.get(k)})
    return project if press == project.press else dataclasses.replace(project, press=press)
