"""Words the official reads instead of the codes the project stores: grade labels (3급, 정무직,
소방정 …), kinds of unit and of instrument in the interface language, and the names of the
fields an undo text speaks of (``의결일 수정``, not ``passed_date 수정``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.government import Profile
from desktop.core.grades import DEFAULT_GRADES, Grade, head_grade_words
from desktop.core.instrumentkind import InstrumentKind
from desktop.core.org import UnitKind
from desktop.ui.tr import N_, _, pick


def grade_label(code: str, grades: Iterable[Grade] = DEFAULT_GRADES) -> str:
    """``g3`` → ``3급`` (English: ``Grade 3``); an unknown code is shown as it is."""
    if not code:
        return ""
    for grade in grades:
        if grade.code == code:
            return pick(grade.ko, grade.en)
    return code


def head_grade_label(codes: Iterable[str], grades: Iterable[Grade] = DEFAULT_GRADES) -> str:
    """A head's grade, in the interface language: ``g4`` → ``4급``; both of a 복수직급,
    ``g3``, ``g4`` → ``3·4급`` (English: ``Grade 3 or 4``)."""
    return head_grade_words(codes, grades).pick()


def kind_label(kind: UnitKind, profile: Profile | None = None) -> str:
    """``국`` / ``Bureau``, in the interface language only; with the government's profile, the
    head and deputies are its own (``군수``, ``부군수``), not the generic 단체장. An English
    name two kinds share is followed by the Korean, ``Team (단)`` and ``Team (팀)``, as the
    English unit list writes them (:attr:`UnitKind.en_distinct`), wherever the interface
    names a kind: the tree, the pickers, the kind dropdowns and the review."""
    if profile is not None:
        ko, en = profile.unit_kind_label(kind)
        label = pick(ko, _(en))
    else:
        label = pick(kind.ko, _(kind.en))
    if kind.en_distinct == kind.en:
        return label
    return pick(label, f"{label} ({kind.ko})")


def instrument_kind_label(kind: InstrumentKind) -> str:
    """``조례`` / ``Ordinance``, in the interface language only."""
    return pick(kind.ko, _(kind.en))


def instrument_label(source) -> str:
    """An instrument as the window lists it: its kind and the title its text opens with
    (``조례 · 서울특별시 강남구 지방공무원 정원 조례``), its kind alone while it has no text;
    never the project's key."""
    title = source.text.strip().split("\n", 1)[0].strip()
    kind = instrument_kind_label(source.kind)
    return f"{kind} · {title}" if title else kind


FIELDS = {
    "government_ko": N_("government name (Korean)"),
    "government_en": N_("government name (English)"),
    "proposer_ko": N_("proposer (Korean)"),
    "proposer_en": N_("proposer (English)"),
    "bill_date": N_("bill date"),
    "session_ko": N_("session (Korean)"),
    "session_en": N_("session (English)"),
    "passed_date": N_("passing date"),
    "notice_from": N_("Legislative notice from"),
    "notice_to": N_("Legislative notice to"),
    "reasons_ko": N_("reasons (Korean)"),
    "reasons_en": N_("reasons (English)"),
    "references.laws": N_("related laws"),
    "references.budget": N_("budget measures"),
    "references.agreement": N_("agreement"),
    "references.other": N_("other references"),
    "description": N_("project notes"),
    "name_ko": N_("Korean name"),
    "name_en": N_("English name"),
    "kind": N_("kind"),
    "head_grade": N_("head grade"),
    "head_grade_alt": N_("second head grade"),
    "duties": N_("duty list"),
    "staffing": N_("staff numbers"),
    "purpose_ko": N_("purpose (Korean)"),
    "purpose_en": N_("purpose (English)"),
    "open_position": N_("Open position (개방형 직위)"),
    "parent_id": N_("Under"),
    "effective": N_("effective date"),
    "title_en": N_("English title"),
    "department_ko": N_("department (Korean)"),
    "department_en": N_("department (English)"),
    "officer_ko": N_("officer (Korean)"),
    "officer_en": N_("officer (English)"),
    "officer_phone": N_("officer's telephone (both releases)"),
    "release_ko": N_("release date (Korean)"),
    "release_en": N_("release date (English)"),
    "distributed_ko": N_("distribution (Korean)"),
    "distributed_en": N_("distribution (English)"),
    "embargo_ko": N_("embargo line (Korean)"),
    "embargo_en": N_("embargo line (English)"),
    "director_ko": N_("director (Korean)"),
    "director_en": N_("director (English)"),
    "extras_ko": N_("photos and attachments (Korean)"),
    "extras_en": N_("photos and attachments (English)"),
    "quote_by_ko": N_("quotation by (Korean)"),
    "quote_by_en": N_("quotation by (English)"),
    "director_phone": N_("director's telephone (both releases)"),
    "email": N_("e-mail (both releases)"),
    "city_en": N_("dateline city"),
}


def field_label(field: str) -> str:
    """The words for a stored field name: ``passed_date`` → ``의결일`` / ``passing date``."""
    msgid = FIELDS.get(field)
    return _(msgid) if msgid else field


def moment_label(stamp: str) -> str:
    """An ISO 8601 moment (a lock's or a recovery copy's ``2026-12-06T09:05:31+09:00``) as the
    official reads it, in local time: ``2026. 12. 6. 09:05`` / ``December 6, 2026, 09:05``;
    text that is not one is shown as it is."""
    import datetime as dt

    from desktop.core.kformat import date_en, date_ko

    try:
        moment = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    time = f"{moment.hour:02d}:{moment.minute:02d}"
    return pick(f"{date_ko(moment.date())} {time}", f"{date_en(moment.date())}, {time}")


def unit_name(project, unit_id: str) -> str:
    """A unit's name in the interface language: of the current organization, or of a unit a
    change creates; its id when there is none."""
    unit = project.org.get(unit_id) if unit_id in project.org else None
    if unit is None:  # a unit a change creates
        created = (u for change in project.changes for u in change.created_units())
        unit = next((u for u in created if u.id == unit_id), None)
    return pick(unit.name_ko, unit.name_en) if unit else unit_id


# A release paragraph's key (``own:2``, ``unit:u7``) before its colon, and its kind
_PARAGRAPH_KINDS = {
    "headline": "headline",
    "sub": "subline",
    "lead": "lead",
    "unit": "detail",
    "staffing": "point",
    "own": "own",
    "quote": "quote",
    "attach": "attachment",
}


def press_paragraph_label(project, key: str) -> str:
    """The release paragraph ``key`` as the press page heads its row: ``직접 쓴 문단 2``,
    ``기구 문단(감사위원회)``; empty for a key that names none."""
    from desktop.core.press import PARAGRAPH_ROLES

    head, _colon, rest = key.partition(":")
    kind = _PARAGRAPH_KINDS.get(head)
    if kind is None:
        return ""
    role = _(PARAGRAPH_ROLES[kind])
    if head == "unit" and rest:
        return _("{role} ({unit})").format(role=role, unit=unit_name(project, rest))
    return f"{role} {rest}" if rest else role


def provision_label(path: str) -> str:
    """A provision's path (:mod:`desktop.core.provisions`) as the official cites it:
    ``5/2/3의2`` → ``제5조제2항제3호의2`` / ``Article 5 (2) 3-2``, ``4/0`` (an article's single
    paragraph) → ``제4조``, ``12의2/title`` → ``제12조의2의 제목``; a path that names none is
    shown as it is."""
    from desktop.core.drafting.sentences_en import path_citation

    cited = path_citation(path)
    return pick(cited.ko, cited.en) if cited else path


def article_words(label: str) -> str:
    """An article's Korean label in the interface language: ``제14조의2`` / ``Article 14-2``;
    any other text as it is."""
    match = re.fullmatch(r"제(\d+)조(?:의(\d+))?", label)
    if match is None:
        return label
    main, branch = match.groups()
    return provision_label(f"{main}의{branch}" if branch else main)


def line_message(line: int, message: str) -> str:
    """``3행: …`` / ``Line 3: …``: a message about a line of a pasted text, as every list of
    them writes it (the statute page, the preview, the amendment check)."""
    return _("Line {line}: {message}").format(line=line, message=message)
