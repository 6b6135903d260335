"""Validation of a project: every finding at once, errors and warnings.

Errors block the documents (nothing is written while one stands); warnings are shown and
printed but do not block. The change engine reports the errors that only appear while the
changes apply (a unit that no longer exists at that point, a cycle, orphaned divisions,
negative staffing, a name taken); this module adds the checks on the data as entered.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.findings import Finding, Place, PlaceKind, error, warning
from desktop.core.org import Organization, Unit
from desktop.core.project import DraftInputs, Project
from desktop.core.statute import Instrument

_TOTAL = re.compile(r"정원은\s*([\d,]+)명")


def validate(project: Project, inputs: DraftInputs | None = None) -> list[Finding]:
    """All findings for ``project``, errors first, each group in a stable order."""
    inputs = inputs or project.draft_inputs()
    findings: list[Finding] = []
    findings += _org_findings(project.org, project, only=None)
    for key, (_inst, messages) in inputs.parsed.items():
        for msg in messages:
            make = error if msg.severity == "error" else warning
            findings.append(
                make(
                    "E-STATUTE-LINE" if msg.severity == "error" else "W-STATUTE-LINE",
                    Place(PlaceKind.STATUTE_LINE, key, line=msg.line),
                    f"{key} {msg.line}행: {msg.message_ko}",
                    f"{key} line {msg.line}: {msg.message_en}",
                )
            )
    findings += inputs.applied.findings
    findings += _org_findings(inputs.applied.org, project, only=set(inputs.applied.marks()))
    findings += inputs.override_findings
    findings += _date_findings(project)
    findings += _total_findings(project, inputs.old_instruments)
    # Deduplicate (a unit unchanged by the changes is checked before and after).
    seen, unique = set(), []
    for finding in findings:
        key = (finding.code, finding.place, finding.message_en)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return sorted(unique, key=lambda f: 0 if f.is_error else 1)


def _org_findings(org: Organization, project: Project, only: set[str] | None) -> list[Finding]:
    """Findings on an organization; after the changes (``only`` given), on the units that the
    changes touched, so that an untouched unit is not reported twice."""
    after = only is not None
    when_ko = "개편 후 " if after else ""
    when_en = " after the changes" if after else ""
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
                        f"{when_ko}같은 상위 기구 아래에 {name}이(가) {count}개 있습니다.",
                        f"{count} units named {name} under the same parent{when_en}.",
                    )
                )
    grade_codes = {grade.code for grade in project.grades}
    for unit in org:
        if only is None or unit.id in only:
            findings += _unit_findings(unit, grade_codes, when_ko, when_en)
    return findings


def _unit_findings(unit: Unit, grade_codes: set[str], when_ko: str, when_en: str) -> list[Finding]:
    findings = []
    place = Place(PlaceKind.UNIT, unit.id)
    if not unit.name_ko.strip():
        findings.append(
            error("E-NAME-EMPTY", place, "기구 명칭이 비어 있습니다.", "A unit has no Korean name.")
        )
    for code, count in unit.staffing.items():
        if count < 0:
            findings.append(
                error(
                    "E-STAFFING-NEGATIVE",
                    Place(PlaceKind.UNIT, unit.id, field="staffing"),
                    f"{when_ko}{unit.name_ko}의 {code} 정원이 음수({count})입니다.",
                    f"Staffing of {unit.name_en or unit.name_ko} for {code} is negative "
                    f"({count}){when_en}.",
                )
            )
        if code not in grade_codes:
            findings.append(
                error(
                    "E-GRADE-UNKNOWN",
                    Place(PlaceKind.UNIT, unit.id, field="staffing"),
                    f"{unit.name_ko}의 정원에 알 수 없는 직급 {code}이(가) 있습니다.",
                    f"Staffing of {unit.name_en or unit.name_ko} names an unknown grade {code}.",
                )
            )
    if not unit.name_en.strip():
        findings.append(
            warning(
                "W-NAME-EN-MISSING",
                Place(PlaceKind.UNIT, unit.id, field="name_en"),
                f"{when_ko}{unit.name_ko}의 영문 명칭이 없습니다. "
                "영문 문서에 '누락'으로 표시됩니다.",
                f"{unit.name_ko} has no English name{when_en}; English documents will show it "
                "as missing.",
            )
        )
    usual = unit.kind.usual_head_grades
    if unit.head_grade and usual and unit.head_grade not in usual:
        findings.append(
            warning(
                "W-HEAD-GRADE",
                Place(PlaceKind.UNIT, unit.id, field="head_grade"),
                f"{when_ko}{unit.name_ko}({unit.kind.ko})의 장 직급 {unit.head_grade}은(는) "
                "이 유형에 흔하지 않습니다.",
                f"The head grade {unit.head_grade} of {unit.name_en or unit.name_ko} is unusual "
                f"for a {unit.kind.en}{when_en}.",
            )
        )
    return findings


def _date_findings(project: Project) -> list[Finding]:
    bill = project.meta.bill_date
    if bill is None:
        return []
    findings = []
    for index, change in enumerate(project.changes):
        if change.effective and change.effective < bill:
            findings.append(
                error(
                    "E-DATE-BEFORE-BILL",
                    Place(PlaceKind.CHANGE, change.id, line=index + 1, field="effective"),
                    f"{index + 1}번째 개편 내용의 시행일({change.effective})이 "
                    f"제출일({bill})보다 앞섭니다.",
                    f"Change {index + 1} takes effect ({change.effective}) before the bill "
                    f"date ({bill}).",
                )
            )
    for src in project.instruments:
        date = src.effective.date
        if date and date < bill:
            findings.append(
                error(
                    "E-DATE-BEFORE-BILL",
                    Place(PlaceKind.FIELD, f"instruments.{src.key}", field="effective"),
                    f"{src.key}의 시행일({date})이 제출일({bill})보다 앞섭니다.",
                    f"The {src.key} takes effect ({date}) before the bill date ({bill}).",
                )
            )
    return findings


def _total_findings(project: Project, instruments: dict[str, Instrument]) -> list[Finding]:
    total = sum(project.org.total_staffing().values())
    findings = []
    for key, inst in instruments.items():
        for art in inst.articles:
            for match in _TOTAL.finditer(art.text_only()):
                stated = int(match.group(1).replace(",", ""))
                if stated != total:
                    findings.append(
                        warning(
                            "W-STAFF-TOTAL",
                            Place(PlaceKind.ARTICLE, key, field=art.label),
                            f"{art.label}의 총정원 {stated:,}명이 기구별 정원의 합 {total:,}명과 "
                            "다릅니다.",
                            f"The total staffing in {art.label_en} ({stated:,}) differs from "
                            f"the sum over the units ({total:,}).",
                        )
                    )
    return findings
