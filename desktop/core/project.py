"""The project: one reorganization proposal, everything OrgDraft writes is drafted from it.

A :class:`Project` holds the proposal's metadata, the current organization, the current texts
of the instruments, the ordered changes, the manual overrides of new provisions, the press
release content and the glossary additions. It is saved as one ``.orgdraft`` JSON file (see
:mod:`desktop.core.projectfile`). :meth:`Project.draft_inputs` runs the change engine: the new
organization, the change records and the new instrument texts.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.core.apply import ApplyResult, apply_changes
from desktop.core.changes import Change
from desktop.core.government import Government, Profile, profile_of
from desktop.core.grades import DEFAULT_GRADES, Grade
from desktop.core.instrumentkind import InstrumentKind
from desktop.core.laws import basis_laws
from desktop.core.org import Organization
from desktop.core.rules import DraftingOptions

if TYPE_CHECKING:  # the statute engine loads when a text is first parsed, not to open a file
    from desktop.core.drafting.project import Draft
    from desktop.core.effects import StatuteResult
    from desktop.core.statute import Instrument
    from desktop.core.statute_text import ParseMessage


class EffectiveMode(enum.StrEnum):
    PROMULGATION = "promulgation"  # 공포한 날부터
    DATE = "date"  # 2024년 7월 15일부터
    MONTHS = "months"  # 공포 후 N개월이 경과한 날부터


# What the documents print where an instrument is set to take effect on a date (or some months
# after promulgation) not entered yet (W-EFFECTIVE-UNSET): the gap, which the export gate
# names, never 공포한 날부터.
ENFORCEMENT_MISSING_KO = "[시행일 입력 필요]"
ENFORCEMENT_MISSING_EN = "[enforcement date: to be written]"


@dataclass
class Effective:  # 시행일
    """When an instrument's amendment takes effect: on promulgation, on a date, or some
    months after promulgation."""

    mode: EffectiveMode = EffectiveMode.PROMULGATION
    date: dt.date | None = None
    months: int = 0

    @property
    def dated(self) -> dt.date | None:
        """The date it takes effect on, when set to one: a date kept under another mode
        (entered, then the mode changed) drafts nothing."""
        return self.date if self.mode is EffectiveMode.DATE else None

    @property
    def unset(self) -> bool:
        """Set to a date, or to some months after promulgation, with none entered
        (W-EFFECTIVE-UNSET): the documents show :data:`ENFORCEMENT_MISSING_KO`."""
        return (self.mode is EffectiveMode.DATE and self.date is None) or (
            self.mode is EffectiveMode.MONTHS and self.months <= 0
        )


class Role(enum.StrEnum):
    """What an instrument sets up; Gyeonggi's 「행정기구 및 정원 조례」 is organization and
    staffing at once, a city's 「행정기구 설치 조례」 organization only."""

    ORGANIZATION = "organization"  # bureau-level units (실·국·본부 …)
    DIVISIONS = "divisions"  # division-level units (과·담당관) and their duties
    STAFFING = "staffing"  # 정원 조례/규칙

    @property
    def ko(self) -> str:
        return {"organization": "기구", "divisions": "하부조직", "staffing": "정원"}[self.value]


def default_roles(kind: InstrumentKind) -> list[Role]:
    """The roles of an instrument whose file does not say (format 1): an ordinance sets up the
    organization and the staffing, a rule the divisions."""
    if kind is InstrumentKind.ORDINANCE:
        return [Role.ORGANIZATION, Role.STAFFING]
    return [Role.DIVISIONS]


@dataclass
class InstrumentSource:
    """An instrument as the official entered it: the Korean text as pasted, English beside it."""

    key: str  # "ordinance", "rule", …
    kind: InstrumentKind
    text: str
    title_en: str = ""
    english: dict[str, str] = field(default_factory=dict)  # provision path → English
    effective: Effective = field(default_factory=Effective)
    roles: list[Role] = field(default_factory=list)  # empty: default_roles(kind)

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(self.roles or default_roles(self.kind))

    def parse(self) -> tuple[Instrument, list[ParseMessage]]:
        """The instrument read from :attr:`text` (a new copy each time: the caller may edit
        it) and the reader's messages. The last few readings are kept, as most edits of a
        project leave its texts alone (:func:`_parsed`)."""
        key = (self.text, self.kind, self.title_en, tuple(self.english.items()))
        inst, messages = _parsed(key)
        return copy.deepcopy(inst), list(messages)


@functools.lru_cache(maxsize=8)
def _parsed(key: tuple) -> tuple[Instrument, tuple[ParseMessage, ...]]:
    """The reading of an instrument's text (``key``: text, kind, English title, English
    provisions), kept for the last eight texts; the kept instrument is never handed out."""
    from desktop.core import provisions
    from desktop.core.statute_text import parse_instrument

    text, kind, title_en, english = key
    inst, messages = parse_instrument(text, kind=kind)
    inst.title_en = title_en
    provisions.apply_english(inst, dict(english))
    return inst, tuple(messages)


@dataclass
class Override:
    """The official's own new text for one provision (kept, marked, revertible)."""

    instrument: str
    path: str
    text: str
    text_en: str = ""


@dataclass
class References:  # 참고사항
    """The bill's 참고사항: the laws it rests on, the budget, agreements and other notes. A new
    project names the laws every reorganization rests on, as it says no budget is needed: the
    official changes what differs (a project file keeps what it holds, none included)."""

    laws: list[str] = field(default_factory=basis_laws)  # 관계법령
    budget: str = "별도조치 필요 없음"  # 예산조치
    agreement: str = ""  # 합의
    other: list[str] = field(default_factory=list)  # 기타


@dataclass
class Meta:
    """The proposal's metadata (bill, session, reasons, dates)."""

    government_ko: str = ""
    government_en: str = ""
    proposer_ko: str = ""  # 제출자
    proposer_en: str = ""
    bill_date: dt.date | None = None  # 제출연월일
    session_ko: str = ""  # 제375회 정례회
    session_en: str = ""
    passed_date: dt.date | None = None  # 본회의 의결일
    notice_from: dt.date | None = None  # 입법예고 기간
    notice_to: dt.date | None = None
    reasons_ko: str = ""  # 제안이유
    reasons_en: str = ""
    references: References = field(default_factory=References)
    description: str = ""  # notes on the project itself (e.g. what the sample reconstructs)


@dataclass
class GlossaryEntry:
    """A Korean term and the English the documents use for it."""

    ko: str
    en: str


@dataclass
class Project:
    """A reorganization as the official describes it: the government, the organization
    before, the instruments, the changes, the overrides, the press release's fields and the
    glossary."""

    meta: Meta = field(default_factory=Meta)
    government: Government = field(default_factory=Government)
    grades: list[Grade] = field(default_factory=lambda: list(DEFAULT_GRADES))
    org: Organization = field(default_factory=Organization)
    instruments: list[InstrumentSource] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    press: dict = field(default_factory=dict)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    # The project's drafting conventions (how its bills are written: lists, 같은 조 …), saved
    # in its file so that every machine and the command line draft the same text; ``None``:
    # none chosen (the house rules, or the app's Settings when it opens the project).
    conventions: DraftingOptions | None = None

    @property
    def profile(self) -> Profile:
        """The government profile: the stored kind, or the one the Korean name implies."""
        return profile_of(self.meta.government_ko, self.meta.government_en, self.government)

    @property
    def proposer(self) -> tuple[str, str]:
        """The proposer line (제출자) in Korean and English: as entered, or the head's title
        from the profile (``오산시장``) when a government is named and no proposer is."""
        meta, profile = self.meta, self.profile
        ko = meta.proposer_ko or (profile.proposer_ko if meta.government_ko.strip() else "")
        en = meta.proposer_en or (profile.proposer_en if meta.government_en.strip() else "")
        return ko, en

    def instrument(self, key: str) -> InstrumentSource | None:
        return next((src for src in self.instruments if src.key == key), None)

    def draft_inputs(self, options: DraftingOptions | None = None) -> DraftInputs:
        """Apply the changes: the structured input of every document, drafted with
        ``options`` when given, else with the project's :attr:`conventions` (the house rules
        when it has none)."""
        return DraftInputs(self, options if options is not None else self.conventions)


class DraftInputs:
    """The current and new state of a project, computed once and cached; :attr:`draft` holds
    what is drafted from it, with the office's :class:`~desktop.core.rules.DraftingOptions`
    (``options``; the house rules when none are given).
    """

    def __init__(self, project: Project, options: DraftingOptions | None = None) -> None:
        self.project = project
        self.options = options or DraftingOptions()

    @cached_property
    def parsed(self) -> dict[str, tuple[Instrument, list[ParseMessage]]]:
        parsed = {src.key: src.parse() for src in self.project.instruments}
        glossary = {entry.ko: entry.en for entry in self.project.glossary if entry.en}
        for inst, _messages in parsed.values():  # an annex's English title from the glossary
            for annex in inst.annexes:
                if not annex.title_en and annex.title in glossary:
                    annex.title_en = glossary[annex.title]
        return parsed

    @cached_property
    def waiting(self) -> frozenset[str]:
        """The instruments whose current text has an error-level parse message (a provision
        number written twice, a line that cannot be read): what is drafted from such a text is
        not what the official means, so the findings that only follow from drafting it (a loss
        of text, a bill that does not apply, an override of its new text, a change written into
        no instrument, the export gate's) wait until the text is corrected; the parse error
        says so."""
        return frozenset(
            key
            for key, (_inst, messages) in self.parsed.items()
            if any(msg.severity == "error" for msg in messages)
        )

    @cached_property
    def old_instruments(self) -> dict[str, Instrument]:
        return {key: inst for key, (inst, _) in self.parsed.items()}

    @cached_property
    def current_org(self) -> Organization:
        """The organization before the changes, its duties' English completed from the
        current texts (:func:`desktop.core.textkeep.with_text_english`)."""
        from desktop.core.textkeep import with_text_english

        return with_text_english(self.project.org, self.old_instruments)

    @cached_property
    def applied(self) -> ApplyResult:
        return apply_changes(self.current_org, self.project.changes, self.project.grades)

    @cached_property
    def _amended(self) -> tuple[StatuteResult, list[int]]:
        from desktop.core.effects import amend_instruments

        result = amend_instruments(
            self.current_org,
            self.applied,
            self.old_instruments,
            tuple(self.project.grades),
            roles={src.key: src.role_set for src in self.project.instruments},
        )
        return result, _apply_overrides(result, self.project.overrides)

    @property
    def statutes(self) -> StatuteResult:
        return self._amended[0]

    @property
    def unplaced_overrides(self) -> list[int]:
        """The indexes of the overrides that name no provision of the new text (told by
        :func:`desktop.core.validate.override_findings`)."""
        return self._amended[1]

    @property
    def new_instruments(self) -> dict[str, Instrument]:
        return self.statutes.instruments

    @cached_property
    def draft(self) -> Draft:
        """Everything drafted from these inputs, each part once
        (:class:`~desktop.core.drafting.project.Draft`)."""
        from desktop.core.drafting.project import Draft

        return Draft(self)

    def release(self) -> None:
        """Forget what was drafted from these inputs (:attr:`draft`), which refers back to
        them: without this, inputs that nobody uses any more are freed only by Python's cycle
        collector, whose full collections then walk every drafted object while holding the
        interpreter lock (a stall of the window). Whoever is done with the inputs calls it;
        using them afterwards drafts again."""
        self.__dict__.pop("draft", None)


def _apply_overrides(result: StatuteResult, overrides: list[Override]) -> list[int]:
    """Put each override's text in the new text; the indexes of those that name no provision
    of it."""
    from desktop.core import provisions

    unplaced = []
    for index, override in enumerate(overrides):
        inst = result.instruments.get(override.instrument)
        prov = provisions.find(inst, override.path) if inst else None
        if prov is None or not hasattr(prov, "text"):
            unplaced.append(index)
            continue
        prov.text = override.text
        if override.text_en:
            prov.text_en = override.text_en
    return unplaced
