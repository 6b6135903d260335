"""Validation of a project: every finding at once, errors and warnings.

Errors block the documents (nothing is written while one stands); warnings are shown and
printed but do not block. The change engine reports the errors that only appear while the
changes apply (a unit that no longer exists at that point, a cycle, orphaned divisions,
negative staffing, a name taken); this module adds the checks on the data as entered.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from desktop.core.findings import Finding, Place, PlaceKind, error, warning
from desktop.core.grades import Grade, general_span, grade_words
from desktop.core.laws import REGULATION, law_words
from desktop.core.org import Organization, Unit
from desktop.core.patterns import undrafted_findings
from desktop.core.project import (
    ENFORCEMENT_MISSING_EN,
    ENFORCEMENT_MISSING_KO,
    DraftInputs,
    EffectiveMode,
    InstrumentSource,
    Project,
)
from desktop.core.standards import decree_findings, head_grade_finding
from desktop.core.statute import Instrument, Num
from desktop.i18n import N_, Message, Pair

if TYPE_CHECKING:
    from desktop.core.orgread import OrgReading


def validate(
    project: Project, inputs: DraftInputs | None = None, today: dt.date | None = None
) -> list[Finding]:
    """All findings for ``project``, errors first, each group in a stable order; ``today``
    (the system's date by default) is what a date already past is measured against."""
    inputs = inputs or project.draft_inputs()
    today = today or dt.date.today()
    findings: list[Finding] = []
    findings += _org_findings(project.org, project, only=None)
    waiting = inputs.waiting
    for key, (_inst, messages) in inputs.parsed.items():
        noted = False  # the first error of a text says that its drafting waits
        for msg in messages:
            is_error = msg.severity == "error"
            make = error if is_error else warning
            findings.append(
                make(
                    "E-STATUTE-LINE" if is_error else "W-STATUTE-LINE",
                    Place(PlaceKind.STATUTE_LINE, key, line=msg.line),
                    N_("{instrument} line {line}: {message} {note}")
                    if is_error and not noted
                    else N_("{instrument} line {line}: {message}"),
                    instrument=instrument_words(project, key),
                    line=msg.line,
                    message=Message(msg.message_id, msg.params),
                    note=waiting_note(project, key),
                )
            )
            noted = noted or is_error
    findings += inputs.applied.findings
    for index, change in enumerate(project.changes):
        findings += change.findings(project, index, today)  # each kind checks its own data
    findings += _org_findings(inputs.applied.org, project, only=set(inputs.applied.marks()))
    findings += decree_findings(
        inputs.applied.org,
        project.profile,
        before=project.org,
        records=inputs.applied.records,
        grades=project.grades,
    )
    findings += head_post_findings(project, inputs.applied.org)
    findings += moved_duty_findings(project, inputs.applied.org)
    held = {  # overrides of a waiting text's provisions: checked against its drafting
        f"overrides[{index}]"
        for index, override in enumerate(project.overrides)
        if override.instrument in waiting
    }
    findings += [f for f in override_findings(project, inputs) if f.place.ref not in held]
    findings += loss_findings(inputs)
    findings += amendment_findings(inputs)
    findings += drafted_duty_findings(inputs)
    findings += heading_findings(inputs)
    if not waiting:  # "written into no instrument" cannot be said while one cannot be read
        findings += undrafted_findings(inputs)
    findings += _date_findings(project)
    findings += effective_findings(project)
    findings += date_order_findings(project)
    findings += _total_findings(project, inputs.old_instruments)
    findings += _reference_findings(project)
    findings += proposer_findings(project)
    findings += session_findings(project)
    findings += crosscheck_findings(project)
    findings += character_findings(project)
    findings = _one_particle_finding(findings + name_particle_findings(inputs))
    # Deduplicate (a unit unchanged by the changes is checked before and after).
    seen, unique = set(), []
    for finding in findings:
        key = (finding.code, finding.place, finding.message("en"))
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return sorted(unique, key=lambda f: 0 if f.is_error else 1)


def _org_findings(org: Organization, project: Project, only: set[str] | None) -> list[Finding]:
    """Findings on an organization; after the changes (``only`` given), on the units that the
    changes touched, so that an untouched unit is not reported twice."""
    after = only is not None
    findings: list[Finding] = []
    parents = {unit.parent_id for unit in org} | {None}
    for parent_id in parents:
        siblings = org.children(parent_id)
        if only is not None and not any(unit.id in only for unit in siblings):
            continue
        names = Counter(unit.name_ko for unit in siblings)
        for name, count in names.items():
            if count > 1:
                unit = next(u for u in org.children(parent_id) if u.name_ko == name)
                findings.append(
                    error(
                        "E-DUP-NAME",
                        Place(PlaceKind.UNIT, unit.id, field="name_ko"),
                        N_("{count} units named {name} under the same parent after the changes.")
                        if after
                        else N_("{count} units named {name} under the same parent."),
                        count=count,
                        name=name,
                    )
                )
    grades = tuple(project.grades)
    profile = project.profile
    for unit in org:
        if only is None or unit.id in only:
            findings += _unit_findings(unit, grades, after)
            grade = head_grade_finding(unit, profile, after)
            if grade is not None:
                findings.append(grade)
    return findings


def _unit_findings(unit: Unit, grades: tuple[Grade, ...], after: bool) -> list[Finding]:
    """Findings on one unit; ``after``: the unit as the changes left it; ``grades``: the
    project's list, which names a grade of a staffing table's own (3ㆍ4급)."""
    grade_codes = {grade.code for grade in grades}
    findings = []
    place = Place(PlaceKind.UNIT, unit.id)
    name = Pair(unit.name_ko, unit.name_en)
    if not unit.name_ko.strip():
        findings.append(error("E-NAME-EMPTY", place, N_("A unit has no Korean name.")))
    for code, count in unit.staffing.items():
        if count < 0:
            findings.append(
                error(
                    "E-STAFFING-NEGATIVE",
                    Place(PlaceKind.UNIT, unit.id, field="staffing"),
                    N_("Staffing of {unit} for {grade} is negative ({count}) after the changes.")
                    if after
                    else N_("Staffing of {unit} for {grade} is negative ({count})."),
                    unit=name,
                    grade=grade_words(code, grades),
                    count=count,
                )
            )
        if code not in grade_codes:
            findings.append(
                error(
                    "E-GRADE-UNKNOWN",
                    Place(PlaceKind.UNIT, unit.id, field="staffing"),
                    N_("Staffing of {unit} names an unknown grade {grade}."),
                    unit=name,
                    grade=code,
                )
            )
    if unit.head_grade_alt and not unit.head_grade:  # 복수직급 with its first grade cleared
        findings.append(
            warning(
                "W-HEAD-GRADE-SECOND",
                Place(PlaceKind.UNIT, unit.id, field="head_grade"),
                N_(
                    "{unit} has a second head grade ({grade}) but no head grade; set the head "
                    "grade, or clear the second one."
                ),
                unit=name,
                grade=grade_words(unit.head_grade_alt, grades),
            )
        )
    if not unit.name_en.strip():
        findings.append(
            warning(
                "W-NAME-EN-MISSING",
                Place(PlaceKind.UNIT, unit.id, field="name_en"),
                N_(
                    "{unit} has no English name after the changes; English documents will "
                    "show it as missing."
                )
                if after
                else N_("{unit} has no English name; English documents will show it as missing."),
                unit=unit.name_ko,
            )
        )
    return findings


def loss_findings(inputs: DraftInputs) -> list[Finding]:
    """Articles the changes would have rewritten with less text than they hold (the article
    was kept as it stands): each names the provision and the sentence; none for the
    instruments whose text waits to be corrected (:attr:`DraftInputs.waiting`)."""
    return [
        error(
            "E-TEXT-LOSS",
            Place(PlaceKind.ARTICLE, loss.key, field=loss.article),
            N_(
                "{article} of the {instrument} would lose text no change removes, so it was left "
                "as it stands: “{sentence}”. Enter the units and duties this article states "
                "in the organization (or take them from the text), then the change applies."
            ),
            article=Pair(loss.article, loss.article_en),
            instrument=instrument_words(inputs.project, loss.key),
            sentence=loss.sentence,
        )
        for loss in inputs.statutes.losses
        if loss.key not in inputs.waiting
    ]


def override_findings(project: Project, inputs: DraftInputs) -> list[Finding]:
    """An error for each provision edited by hand (an override) that the new text no longer
    has, the provision cited as a bill cites it (``제4조``, not its path ``4/0``)."""
    if not inputs.unplaced_overrides:
        return []
    from desktop.core.drafting.sentences_en import path_citation

    findings = []
    for index in inputs.unplaced_overrides:
        override = project.overrides[index]
        inst = inputs.new_instruments.get(override.instrument)
        findings.append(
            error(
                "E-OVERRIDE-PATH",
                Place(PlaceKind.FIELD, f"overrides[{index}]", field="path"),
                N_("The manually edited provision ({instrument} {path}) is not in the new text."),
                instrument=Pair(f"「{inst.title}」", inst.title_en or f"「{inst.title}」")
                if inst is not None and inst.title
                else override.instrument,  # an instrument the project no longer has
                path=path_citation(override.path) or override.path,
            )
        )
    return findings


def amendment_findings(inputs: DraftInputs) -> list[Finding]:
    """The proof of every drafted bill: its Korean amendment text, applied to the current
    instrument, must give the amended one (an error names the provision that differs); none
    for the instruments whose text waits to be corrected (:attr:`DraftInputs.waiting`)."""
    from desktop.core.drafting.applier import verify_amendment

    findings: list[Finding] = []
    for key in inputs.old_instruments:
        if key in inputs.waiting:
            continue
        draft = inputs.draft[key]
        text = draft.amendment("ko")
        if not text.sentences:
            continue
        if not draft.old.title.strip():  # the bill would open "일부를 다음과 같이 개정한다."
            findings.append(
                error(
                    "E-INSTRUMENT-TITLE",
                    Place(PlaceKind.STATUTE_LINE, key, line=1),
                    N_(
                        "The instrument {instrument} has no title, and the changes amend it: "
                        "paste its text with the title on the first line. Its bill and table "
                        "cannot be drafted or named without it."
                    ),
                    instrument=instrument_words(inputs.project, key),
                )
            )
            continue
        findings += verify_amendment(draft.old, str(text), draft.new, key=key)
    return findings


def heading_findings(inputs: DraftInputs) -> list[Finding]:
    """The drafting engine amends articles, not chapter or section headings. W-HEADING-NAME:
    a heading (``제1절 복지국``) that names a unit the changes rename, which the bill would
    leave above the renamed unit's article; the finding gives the sentence to add
    (``제2장제1절의 제목 "복지국"을 "복지문화국"으로 한다.``). W-HEADING-PLACE: a new article
    inserted under a heading named after another unit (a new bureau's article after the last
    one of ``제2절 평생교육국``)."""
    from desktop.core.drafting.location import Location
    from desktop.core.drafting.sentences_en import cite_en
    from desktop.core.headings import misplaced_articles, stale_headings

    renames = [
        (renamed.old_name_ko, rec.name_ko)
        for rec in inputs.applied.records
        if (renamed := rec.renamed) is not None
    ]
    org = inputs.applied.org
    above = {
        unit.name_ko: frozenset(parent.name_ko for parent in org.ancestors(unit.id))
        for unit in org.units()
    }
    findings: list[Finding] = []

    def report(code: str, key: str, num: Num, message: str, **params: object) -> None:
        loc = Location(num)
        findings.append(
            warning(
                code,
                Place(PlaceKind.ARTICLE, key, field=loc.ko()),
                message,
                instrument=instrument_words(inputs.project, key),
                article=Pair(loc.ko(), cite_en(loc)),
                **params,
            )
        )

    for key, new in inputs.new_instruments.items():
        if key in inputs.waiting:
            continue
        for num, heading in misplaced_articles(inputs.old_instruments[key], new, above):
            msg = N_(
                "In the {instrument}, the new {article} comes under the heading ‘{heading}’, "
                "another unit's: it is inserted there without a heading of its own; insert its "
                "section by hand or check where it stands."
            )
            report("W-HEADING-PLACE", key, num, msg, heading=f"{heading.cited} {heading.title}")
        for heading, title, old, renamed_to in stale_headings(new, renames):
            msg = N_(
                "In the {instrument}, the heading ‘{heading}’ before {article} still names "
                "{old}, which the changes rename {new}: headings are not amended by the "
                "drafting, so add this sentence to the bill: {sentence}"
            )
            report(
                "W-HEADING-NAME",
                key,
                heading.article,
                msg,
                heading=f"{heading.cited} {heading.title}",
                old=old,
                new=renamed_to,
                sentence=heading.retitled(title),
            )
    return findings


def drafted_duty_findings(inputs: DraftInputs) -> list[Finding]:
    """The drafted texts give each unit the duties the changes give it: the amended
    instruments are read as File › New reads them and compared with the organization after
    the changes, as the current ones are with the current organization (W-XCHECK-DUTIES). A
    unit whose duties agreed before and differ in the draft is told: the bill would not say
    what the changes do (a successor's new duties left out of its paragraph, say)."""
    from desktop.core.orgcheck import DUTIES, cross_check
    from desktop.core.statute_render import render_instrument

    project = inputs.project
    texts = {src.key: src.text for src in project.instruments if src.text.strip()}
    amended = {
        key: render_instrument(inputs.draft[key].new)
        for key in inputs.old_instruments
        if key in texts and key not in inputs.waiting and inputs.draft[key].amended
    }
    if not amended:
        return []
    government = project.meta.government_ko
    before = {
        d.unit_id
        for d in cross_check(project.org, _reading(tuple(texts.items()), government), texts)
        if d.code == DUTIES
    }
    new_texts = texts | amended
    reading = _reading(tuple(new_texts.items()), government)
    findings = []
    for difference in cross_check(inputs.applied.org, reading, new_texts):
        if difference.code != DUTIES or difference.unit_id in before:
            continue
        key = difference.source.instrument if difference.source else ""
        if key not in amended:
            continue
        missing = [d for d in difference.tree_duties if d not in difference.text_duties]
        extra = [d for d in difference.text_duties if d not in difference.tree_duties]
        duty = f"‘{(missing or extra or difference.tree_duties or ('',))[0]}’"
        unit = inputs.applied.org.get(difference.unit_id)
        findings.append(
            warning(
                "W-DUTIES-NOT-DRAFTED",
                Place(PlaceKind.UNIT, difference.unit_id, field="duties"),
                N_(
                    "The drafted {instrument} does not give {unit} the duties the changes give "
                    "it ({duty} is missing from it): check its new text on the statute page."
                )
                if missing
                else N_(
                    "The drafted {instrument} gives {unit} a duty the changes do not ({duty}): "
                    "check its new text on the statute page."
                ),
                instrument=instrument_words(project, key),
                unit=Pair(unit.name_ko, unit.name_en),
                duty=duty,
            )
        )
    return findings


def _date_findings(project: Project) -> list[Finding]:
    """Changes and instruments taking effect before the bill date (E-DATE-BEFORE-BILL), and
    instruments taking effect before the council passed the bill (W-EFFECTIVE-BEFORE-PASSED:
    the 부칙's date is to be moved)."""
    bill, passed = project.meta.bill_date, project.meta.passed_date
    findings = []
    for index, change in enumerate(project.changes):
        if bill and change.effective and change.effective < bill:
            findings.append(
                error(
                    "E-DATE-BEFORE-BILL",
                    Place(PlaceKind.CHANGE, change.id, line=index + 1, field="effective"),
                    N_("Change {number} takes effect ({date}) before the bill date ({bill_date})."),
                    number=index + 1,
                    date=change.effective.isoformat(),
                    bill_date=bill.isoformat(),
                )
            )
    for src in project.instruments:
        date = src.effective.dated
        place = Place(PlaceKind.FIELD, f"instruments.{src.key}", field="effective")
        if date and bill and date < bill:
            findings.append(
                error(
                    "E-DATE-BEFORE-BILL",
                    place,
                    N_(
                        "The {instrument} takes effect ({date}) before the bill date ({bill_date})."
                    ),
                    instrument=instrument_words(project, src.key),
                    date=date.isoformat(),
                    bill_date=bill.isoformat(),
                )
            )
        elif date and passed and date < passed:
            findings.append(
                warning(
                    "W-EFFECTIVE-BEFORE-PASSED",
                    place,
                    N_(
                        "The {instrument} takes effect ({date}) before the council passed the "
                        "bill ({passed}): its addenda say so."
                    ),
                    instrument=instrument_words(project, src.key),
                    date=date.isoformat(),
                    passed=passed.isoformat(),
                )
            )
    return findings


# Dates of the proposal that must come in this order (the earlier field, the later one, the
# finding and the field it is placed at: the one likely mistyped): the legislative notice begins
# before it ends and ends by the bill date; the council passes the bill after its date. A
# mistyped year or month otherwise prints ``입법예고(2024. 5. 10. ~ 4. 1.)`` or a vote before the
# submission in the bill and the release.
_DATE_ORDER = (
    (
        "notice_from",
        "notice_to",
        (error, "E-DATE-ORDER", "notice_to"),
        N_("The legislative notice ends ({later}) before it begins ({earlier})."),
    ),
    (
        "notice_to",
        "bill_date",
        (warning, "W-DATE-ORDER", "notice_to"),
        N_(
            "The legislative notice ends ({earlier}) after the bill date ({later}): a bill is "
            "dated after its notice."
        ),
    ),
    (
        "bill_date",
        "passed_date",
        (error, "E-DATE-ORDER", "passed_date"),
        N_("The council passed the bill ({later}) before the bill date ({earlier})."),
    ),
)


def date_order_findings(project: Project) -> list[Finding]:
    """Dates of the proposal out of their order (:data:`_DATE_ORDER`), each at the field the
    order names."""
    meta = project.meta
    findings = []
    for first, second, (make, code, field), message in _DATE_ORDER:
        earlier, later = getattr(meta, first), getattr(meta, second)
        if earlier and later and later < earlier:
            findings.append(
                make(
                    code,
                    Place(PlaceKind.FIELD, "meta", field=field),
                    message,
                    earlier=earlier.isoformat(),
                    later=later.isoformat(),
                )
            )
    return findings


def effective_findings(project: Project) -> list[Finding]:
    """An instrument set to take effect on a date with no date entered, or some months after
    promulgation with none (W-EFFECTIVE-UNSET): its 부칙 reads ``[시행일 입력 필요]부터``, never
    공포한 날부터, which the official did not choose."""
    findings = []
    for src in project.instruments:
        if not src.effective.unset:
            continue
        if src.effective.mode is EffectiveMode.DATE:
            message = N_(
                "The {instrument} is set to take effect on a date, but no date is entered: "
                "its addenda read '{gap}' until one is."
            )
        else:
            message = N_(
                "The {instrument} is set to take effect some months after promulgation, but "
                "the number of months is 0: its addenda read '{gap}' until it is entered."
            )
        findings.append(
            warning(
                "W-EFFECTIVE-UNSET",
                Place(PlaceKind.FIELD, f"instruments.{src.key}", field="effective"),
                message,
                instrument=instrument_words(project, src.key),
                gap=Pair(f"{ENFORCEMENT_MISSING_KO}부터", ENFORCEMENT_MISSING_EN),
            )
        )
    return findings


def _total_findings(project: Project, instruments: dict[str, Instrument]) -> list[Finding]:
    total = sum(project.org.total_staffing().values())
    findings = []
    for key, inst in instruments.items():
        for art in inst.articles:
            for stated in art.stated_totals():
                if stated != total:
                    findings.append(
                        warning(
                            "W-STAFF-TOTAL",
                            Place(PlaceKind.ARTICLE, key, field=art.label),
                            N_(
                                "The total staffing in {article} ({stated:,}) differs from the "
                                "sum over the units ({total:,})."
                            ),
                            article=Pair(art.label, art.label_en),
                            stated=stated,
                            total=total,
                        )
                    )
    return findings


def _heads_and_posts(org: Organization) -> dict[int, tuple[int, int, list[Unit]]]:
    """For each general grade 1 … 9: how many heads hold it alone (a 복수직급 head, who may
    be counted at either of its grades, is left out), how many posts the staffing counts
    that may be held at it (a ``3ㆍ4급`` or ``4급 이상`` post at each of its grades), and
    those heads' units."""
    out: dict[int, tuple[int, int, list[Unit]]] = {}
    posts: Counter[int] = Counter()
    for code, count in org.total_staffing().items():
        if count > 0 and (span := general_span(code)) is not None:
            for number in range(span[0], span[1] + 1):
                posts[number] += count
    heads: dict[int, list[Unit]] = {}
    for unit in org:
        if len(unit.head_grades) == 1 and (span := general_span(unit.head_grades[0])):
            if span[0] == span[1]:
                heads.setdefault(span[0], []).append(unit)
    for number in range(1, 10):
        units = heads.get(number, [])
        out[number] = (len(units), posts[number], units)
    return out


def head_post_findings(project: Project, after: Organization) -> list[Finding]:
    """A head the changes add at a grade whose posts do not count it: after them more units
    are headed at 4급 than the staffing has 4급 posts (a new 국 at 4급 entered without its
    head's post, a staffing that states its posts by grade alone left as it was). Told once
    per grade, at the change that gives the last such head its grade, only where the changes
    widen the gap (a gap the current instruments already have is theirs)."""
    before = _heads_and_posts(project.org)
    findings = []
    for number, (heads, posts, units) in _heads_and_posts(after).items():
        old_heads, old_posts, old_units = before[number]
        if heads - posts <= max(0, old_heads - old_posts):
            continue
        known = {u.id: u.head_grades for u in old_units}
        added = [u for u in units if known.get(u.id) != u.head_grades]
        if not added:
            continue
        unit = added[-1]
        index = max(
            (
                i
                for i, c in enumerate(project.changes)
                if unit.id in c.unit_refs() or unit.id in {u.id for u in c.created_units()}
            ),
            default=None,
        )
        place = (
            project.changes[index].place(index)
            if index is not None
            else Place(PlaceKind.UNIT, unit.id, field="head_grade")
        )
        findings.append(
            warning(
                "W-HEAD-POSTS-SHORT",
                place,
                N_(
                    "After the changes {heads} units are headed at {grade}, but the staffing "
                    "counts {posts} posts at {grade}: the post of a head the changes add "
                    "({unit}) is not counted. Give it in the unit's staffing or with a "
                    "staffing change."
                ),
                heads=heads,
                posts=posts,
                grade=grade_words(f"g{number}"),
                unit=Pair(unit.name_ko, unit.name_en),
            )
        )
    return findings


def moved_duty_findings(project: Project, after: Organization) -> list[Finding]:
    """A unit moved away whose duty its former superior still lists as its own: 교통행정과
    moved from 도시환경국 to a new 스마트도시국, while 도시환경국's article still lists
    '교통행정에 관한 사항' (the superior's duties are its own, and only a 사무 이관 moves
    them). Told at the move, the duty named, when the texts are the same word for word."""
    from desktop.core.kinds.move import Move

    findings = []
    for index, change in enumerate(project.changes):
        if not isinstance(change, Move):
            continue
        former = project.org.parent(change.unit_id) if change.unit_id in project.org else None
        unit = after.find(change.unit_id)
        kept = after.find(former.id) if former is not None else None
        if unit is None or kept is None or unit.parent_id == kept.id:
            continue
        own = {duty.ko for duty in unit.duties}
        shared = [duty for duty in kept.duties if duty.ko in own]
        if not shared:
            continue
        findings.append(
            warning(
                "W-MOVE-DUTY",
                change.place(index),
                N_(
                    "{unit} moves away from {former}, but {former} still lists its duty "
                    "{duty} as its own. If the duty goes with {unit}, move it with a "
                    "transfer of duties."
                ),
                unit=Pair(unit.name_ko, unit.name_en),
                former=Pair(kept.name_ko, kept.name_en),
                duty=f"‘{shared[0].ko}’",
            )
        )
    return findings


def _reference_findings(project: Project) -> list[Finding]:
    """The bill's 참고사항 names no 관계법령: it then reads ``관계법령: 없음``, though a
    reorganization rests on 「지방자치법」 and the 정원기준 규정 (documents.md §1)."""
    if any(law.strip() for law in project.meta.references.laws):
        return []
    return [
        warning(
            "W-REFERENCES-LAWS",
            Place(PlaceKind.FIELD, "meta", field="references.laws"),
            N_(
                "No related laws are given: the bill's references will read 'Relevant laws: "
                "None'. A reorganization usually rests on the {act} and the {regulation}."
            ),
            act=law_words("act"),
            regulation=law_words(REGULATION),
        )
    ]


# The words of a head's English title, one kind's or another's (Governor, Mayor).
_HEAD_WORDS_EN = ("governor", "mayor")
# The word before Council that names a kind's council (Gyeonggi Provincial Council).
_COUNCIL_WORDS_EN = ("provincial", "metropolitan", "city", "county", "district")
# The word before Council in the English session line, lower-cased (provincial council).
_BEFORE_COUNCIL_EN = re.compile(r"([\w-]+)\s+council\b")
# A council named in the Korean session line (제375회 경기도의회 정례회), its 회차 apart.
_COUNCIL_KO = re.compile(r"(?:제\s*\d+\s*회)?(\S+?)의회")
_PROPOSER = {
    "ko": N_(
        "The proposer (Korean) reads '{given}', but the head of {government} is '{expected}': "
        "the bill's proposer line prints it as entered."
    ),
    "en": N_(
        "The proposer (English) reads '{given}', but the head of {government} is '{expected}': "
        "the bill's proposer line prints it as entered."
    ),
}
_SESSION = {
    "ko": N_(
        "The council session (Korean) reads '{given}', but the council of {government} is "
        "'{expected}': the press release prints it as entered."
    ),
    "en": N_(
        "The council session (English) reads '{given}', but the council of {government} is "
        "'{expected}': the press release prints it as entered."
    ),
}


def proposer_findings(project: Project) -> list[Finding]:
    """A proposer line entered that names another head than the government's (W-PROPOSER):
    ``해운대구수`` or ``Haeundae-gu Governor`` left from a county's project when the government
    was renamed a district; the bill prints the line as entered. The Korean line holds the
    head's title, with or without the government above (``해운대구청장`` for 부산광역시
    해운대구, also in ``해운대구청장 권한대행``); the English one no head's word that the title
    lacks (``Governor`` where the head is a ``Mayor``)."""
    meta, profile = project.meta, project.profile
    given = {"ko": meta.proposer_ko.strip(), "en": meta.proposer_en.strip()}
    expected = {"ko": profile.proposer_ko, "en": profile.proposer_en}
    stale = {
        "ko": bool(given["ko"]) and expected["ko"].split()[-1] not in "".join(given["ko"].split()),
        "en": any(
            word in given["en"].lower() and word not in expected["en"].lower()
            for word in _HEAD_WORDS_EN
        ),
    }
    return _entered_findings(project, "W-PROPOSER", "proposer", _PROPOSER, given, expected, stale)


def session_findings(project: Project) -> list[Finding]:
    """A council session line entered that names another council than the government's
    (W-SESSION): ``제375회 경기도의회 정례회`` kept when the sample was renamed 오산시, ``Yangpyeong
    County Council`` in a district's project; the press release prints the line as entered.
    A line that names no council (``제375회 정례회``) says nothing wrong; the council's generic
    name (``도의회``), its full name (``부산광역시해운대구의회``) and its common short one
    (``서울시의회``) are the government's."""
    meta, profile = project.meta, project.profile
    given = {"ko": meta.session_ko.strip(), "en": meta.session_en.strip()}
    expected = {"ko": profile.council_ko, "en": profile.council_en}
    english = given["en"].lower()
    before_council = _BEFORE_COUNCIL_EN.findall(english)
    # The name's first word: Suwon City Council is Suwon Special City's, as the council names
    # itself (its kind's ending apart, what :attr:`Profile.short_en` leaves may be longer).
    name = (profile.short_en.split() or [""])[0].lower()
    # The kind's words in the council's name as derived or as usual (Gyeonggi Council, the
    # Gyeonggi Provincial Council, when the government is named Gyeonggi in English).
    council_words = f"{profile.council_en} {profile.council_generic_en}".lower().split()
    stale = {
        "ko": any(
            not _names_the_council(stem, profile.name_ko, profile.short_ko)
            for stem in _COUNCIL_KO.findall(given["ko"])
        ),
        "en": bool(before_council)
        and (
            name not in english
            or any(
                word in _COUNCIL_WORDS_EN and word not in council_words for word in before_council
            )
        ),
    }
    return _entered_findings(project, "W-SESSION", "session", _SESSION, given, expected, stale)


def _names_the_council(stem: str, name_ko: str, short_ko: str) -> bool:
    """Whether ``{stem}의회`` is the council of the government ``name_ko``: its own name
    whole or with the government above (해운대구, 부산광역시해운대구), the kind's generic name
    (구) or the short name with a shorter ending (서울시 for 서울특별시)."""
    name = name_ko.split()[-1] if name_ko.strip() else ""
    return (
        not name
        or name.endswith(stem)
        or stem.endswith(name)
        or (bool(short_ko) and stem.startswith(short_ko))
    )


def _entered_findings(
    project: Project,
    code: str,
    field: str,
    messages: dict[str, str],
    given: dict[str, str],
    expected: dict[str, str],
    stale: dict[str, bool],
) -> list[Finding]:
    """The warnings of a line the official entered (``{field}_ko``, ``{field}_en``) that
    names another government's head or council than the project's, one per language found
    ``stale``; none while the government is not named in that language. The government is
    named in the language the message is shown in (``해운대구의 장은 ‘Mayor of Haeundae-gu’``
    for the English line in Korean)."""
    meta = project.meta
    government = Pair(meta.government_ko.strip(), meta.government_en.strip())
    return [
        warning(
            code,
            Place(PlaceKind.FIELD, "meta", field=f"{field}_{lang}"),
            messages[lang],
            given=given[lang],
            government=government,
            expected=expected[lang],
        )
        for lang in ("ko", "en")
        if stale[lang] and getattr(government, lang)
    ]


_ARTICLE_LINE = re.compile(r"^(?:\[|제\d+조)")


def waiting_note(project: Project, key: str) -> Message:
    """What is said of an instrument whose text waits to be corrected
    (:attr:`DraftInputs.waiting`): 「…」의 개정안은 본문을 고친 뒤에 작성됩니다 / Drafting of …
    waits until its text is corrected. Its first parse error ends with it; the statute page and
    the preview show it instead of what would be drafted from the text."""
    return Message(
        N_("Drafting of the {instrument} waits until its text is corrected."),
        {"instrument": instrument_words(project, key)},
    )


def instrument_words(project: Project, key: str) -> Pair:
    """An instrument as a message names it: its title as pasted (``「가온시 행정기구 설치
    조례」``), else its kind (``조례`` / ``Ordinance``); never the project's key."""
    source = project.instrument(key)
    if source is None:
        return Pair(key, key)
    return source_words(source)


def place_words_of(project: Project, key: str) -> Pair:
    """An instrument as a finding's place names it (``「가온시 행정기구 설치 조례」 12행``):
    :func:`instrument_words`, but in English, when another instrument of the project is of
    the same kind, neither with an English title (a 행정기구 설치 조례 and a 정원 조례 were both
    'Ordinance line 1'), its Korean title, as the message beside it names it."""
    words = instrument_words(project, key)
    source = project.instrument(key)
    if source is None or source.title_en.strip() or not words.ko.startswith("「"):
        return words
    twin = any(
        other is not source and other.kind.en == source.kind.en and not other.title_en.strip()
        for other in project.instruments
    )
    return Pair(words.ko, words.ko) if twin else words


def source_words(source: InstrumentSource) -> Pair:
    """:func:`instrument_words` for an instrument not (or not yet) in a project."""
    title = next(
        (
            line.strip()
            for line in source.text.splitlines()
            if line.strip() and not _ARTICLE_LINE.match(line.strip())
        ),
        "",
    )
    english = source.title_en.strip() or source.kind.en
    return Pair(f"「{title}」" if title else source.kind.ko, english)


def crosscheck_findings(project: Project) -> list[Finding]:
    """The differences between the organization and what the instruments' text sets up
    (:mod:`desktop.core.orgcheck`): a unit no instrument mentions, a unit the text sets up
    that the organization lacks, duties that differ; each names the unit and the line."""
    from desktop.core.orgcheck import cross_check

    texts = {src.key: src.text for src in project.instruments if src.text.strip()}
    if not texts:
        return []
    reading = _reading(tuple(texts.items()), project.meta.government_ko)
    names = {key: instrument_words(project, key) for key in texts}
    findings = [d.finding(names) for d in cross_check(project.org, reading, texts)]
    return findings + _table_grade_findings(project, reading, names)


def _table_grade_findings(
    project: Project, reading: OrgReading, names: dict[str, Pair]
) -> list[Finding]:
    """A grade of a staffing table's own (a 복수직급's row ``3ㆍ4급``) that the project's
    grade list lacks (a project made before File › New read such rows): the posts the table
    counts there are in no unit, and a staffing annex written again would leave them out;
    told at the table's line."""
    codes = {grade.code for grade in project.grades}
    staff = reading.staffing
    findings = []
    for code, grade in staff.grades.items():
        if code in codes:
            continue
        source = staff.grade_sources[code]
        key = source.instrument
        findings.append(
            warning(
                "W-XCHECK-GRADE",
                Place(PlaceKind.STATUTE_LINE, key, line=source.line),
                N_(
                    "The staffing table of the {instrument} (line {line}) counts posts at "
                    "{grade}, a grade the project does not list: those posts are in no unit, "
                    "and a staffing annex written again leaves them out. Make the project "
                    "again from the texts (File › New), which lists the grade."
                ),
                instrument=names.get(key) or Pair(key, key),
                line=source.line,
                grade=Pair(grade.ko, grade.en),
            )
        )
    return findings


@functools.lru_cache(maxsize=4)
def _reading(texts: tuple[tuple[str, str], ...], government_ko: str = "") -> OrgReading:
    """The organization read from the instruments' texts, kept for the last few texts: most
    edits leave them alone. Shared between calls, so only read, never changed."""
    from desktop.core.orgread import read_organization

    return read_organization(texts, government_ko)


def name_particle_findings(inputs: DraftInputs) -> list[Finding]:
    """A unit's name (or its head's title) followed by a particle that does not suit it, in a
    text the official may have typed: the amended statute texts where they differ from the
    current ones (a provision written by hand, an override), the 제안이유, the release's
    paragraphs, headline and quotation (:mod:`desktop.core.nameparticles`); what the engine
    drafts is checked with them."""
    from desktop.core import nameparticles
    from desktop.core.press import press_paragraphs

    project = inputs.project
    texts: list[tuple[Place, Pair, str]] = []
    for key, old in inputs.old_instruments.items():
        new = inputs.new_instruments.get(key)
        if new is not None and key not in inputs.waiting:
            words = instrument_words(project, key)
            texts += nameparticles.statute_texts(key, words, old, new)
    if project.meta.reasons_ko.strip():
        texts.append(
            (
                Place(PlaceKind.FIELD, "meta", field="reasons_ko"),
                Pair("제안이유", "The reasons for the proposal"),
                project.meta.reasons_ko,
            )
        )
    for paragraph in press_paragraphs(inputs):
        texts.append(
            (
                Place(PlaceKind.PRESS, paragraph.key, field="ko"),
                Pair("보도자료", "The press release"),
                paragraph.ko,
            )
        )
    return nameparticles.name_particle_findings((project.org, inputs.applied.org), texts)


def _one_particle_finding(findings: list[Finding]) -> list[Finding]:
    """A name typed with a wrong particle next to words the changes replace is found twice, by
    the proof of the bill (W-AMEND-PARTICLE, ``“…AI국를”에서 조사가 앞말에 맞지 않습니다``)
    and by the names' check (W-NAME-PARTICLE, which says what to write); the second is kept."""
    named = {
        (f.place, str(f.params["found"]).strip("“”"))
        for f in findings
        if f.code == "W-NAME-PARTICLE"
    }
    return [
        f
        for f in findings
        if f.code != "W-AMEND-PARTICLE"
        or not any(
            place == f.place and str(f.params["found"]).endswith(found) for place, found in named
        )
    ]


def character_findings(project: Project) -> list[Finding]:
    """Every stored text with a character that no document (and no project file) can hold,
    found as soon as it is typed or pasted: the field, unit, change or line it is in."""
    from desktop.core.projectfile import BAD_CHAR, to_json

    findings: list[Finding] = []
    data = to_json(project)
    stack: list[tuple[object, tuple]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            stack.extend((v, (*path, str(k))) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value))
        elif isinstance(value, str) and (bad := BAD_CHAR.search(value)) is not None:
            place, what = _character_place(project, path, value, bad.start())
            at_line = place.kind is PlaceKind.STATUTE_LINE
            start = value.rfind("\n", 0, bad.start()) + 1 if at_line else 0
            findings.append(
                error(
                    "E-TEXT-CHARACTER",
                    place,
                    N_(
                        "{what} contains a control character (U+{code}, character {position}) "
                        "that no document can hold: delete it, or type the text again."
                    ),
                    what=what,
                    code=f"{ord(bad.group()):04X}",
                    position=bad.start() - start + 1,  # in its line, for a located line
                )
            )
    return sorted(findings, key=lambda f: f.place.describe())


def _character_place(
    project: Project, path: tuple, text: str, index: int
) -> tuple[Place, Pair | Message]:
    """Where a stored text is, from its path in the project file: a unit's field, a
    change, an instrument's line, a field of the proposal or of the release."""
    from desktop.core.projectfile import BAD_CHAR

    head, rest = path[0], path[1:]
    dotted = ".".join(str(p) for p in rest[1:])
    if head == "org" and rest:
        unit = list(project.org)[rest[0]]
        field = str(rest[1]) if len(rest) > 1 else ""
        shown = BAD_CHAR.sub("\ufffd", unit.name_ko) or unit.id  # the character marked
        return Place(PlaceKind.UNIT, unit.id, field=field), Pair(
            shown, BAD_CHAR.sub("\ufffd", unit.name_en) or shown
        )
    if head == "changes" and rest:
        change = project.changes[rest[0]]
        return change.place(rest[0], str(rest[1]) if len(rest) > 1 else ""), Message(
            N_("Change {number}"), {"number": rest[0] + 1}
        )
    if head == "instruments" and rest:
        source = project.instruments[rest[0]]
        words = instrument_words(project, source.key)
        if rest[1:] == ("text",):
            line = text.count("\n", 0, index) + 1
            place = Place(PlaceKind.STATUTE_LINE, source.key, line=line)
            return place, Message(
                N_("{instrument} line {line}"), {"instrument": words, "line": line}
            )
        return Place(PlaceKind.FIELD, f"instruments.{source.key}", field=dotted), words
    if head == "press":
        if rest[:1] == ("paragraphs",) and len(rest) >= 3:
            return Place(PlaceKind.PRESS, str(rest[1]), field=str(rest[2])), Message(
                N_("Press release"), {}
            )
        if rest[:1] == ("own",) and len(rest) >= 3:
            return Place(PlaceKind.PRESS, f"own:{rest[1] + 1}", field=str(rest[2])), Message(
                N_("Press release"), {}
            )
        field = ".".join(str(p) for p in rest)
        return Place(PlaceKind.FIELD, "press", field=field), Message(N_("Press release"), {})
    field = ".".join(str(p) for p in rest)
    return Place(PlaceKind.FIELD, str(head), field=field), Message(N_("A field"), {})
