"""The drafting result of a project: one :class:`Draft` per set of inputs.

This is where a :class:`~desktop.core.project.DraftInputs` meets the drafting engine. A
:class:`Draft` (``inputs.draft``) holds, per instrument (:class:`InstrumentDraft`), the
structural diff of its current and new text — computed once — and everything derived from
it: the Korean and English amendment sentences, both comparison tables, the 부칙, and the
주요내용; plus the press release's paragraphs. Each is computed on first use and kept for as
long as the inputs (one state of the project), so validation, the preview, the export and the
command line share one drafting. Nothing else caches drafts.
"""

from __future__ import annotations

from functools import cached_property
from itertools import groupby
from typing import TYPE_CHECKING

from desktop.core.drafting.addenda import (
    Addenda,
    Duration,
    Enforcement,
    StagedDate,
    Succession,
    render_addenda,
    render_addenda_en,
)
from desktop.core.drafting.cells import ComparisonTable
from desktop.core.drafting.diff import InstrumentDiff, diff_instruments
from desktop.core.drafting.sentences import AmendmentText, render_amendment
from desktop.core.drafting.sentences_en import render_amendment_en
from desktop.core.drafting.table import table_from_diff
from desktop.core.org import Level
from desktop.core.project import DraftInputs, EffectiveMode
from desktop.core.statute import Instrument, InstrumentKind
from desktop.i18n import Pair, pick

if TYPE_CHECKING:
    from desktop.core.press import PressParagraph
    from desktop.core.summary import Summary

LANGS = ("ko", "en")


def atomic_terms(inputs: DraftInputs) -> tuple[frozenset[str], frozenset[str]]:
    """Unit names (Korean, English) before and after: never split in a quote."""
    units = [*inputs.project.org, *inputs.applied.org]
    return (
        frozenset(u.name_ko for u in units if u.name_ko),
        frozenset(u.name_en for u in units if u.name_en),
    )


def names_en(inputs: DraftInputs) -> dict[str, str]:
    """The English of the units' Korean names before and after (the glossary's entries
    first): what an annex row naming a unit reads in English."""
    names = {entry.ko: entry.en for entry in inputs.project.glossary if entry.en}
    for unit in (*inputs.current_org, *inputs.applied.org):
        if unit.name_en:
            names.setdefault(unit.name_ko, unit.name_en)
    return names


def renamed_names(inputs: DraftInputs) -> dict[str, str]:
    """The old names of the units the changes rename with their new ones, Korean and English
    (``관광정책과`` → ``관광산업과``): how a staffing annex by organization knows a renamed
    unit's row where the changes move it as well."""
    renamed = {}
    for unit in inputs.current_org:
        new = inputs.applied.org.find(unit.id)
        if new is None:
            continue
        for old_name, new_name in ((unit.name_ko, new.name_ko), (unit.name_en, new.name_en)):
            if old_name and new_name and old_name != new_name:
                renamed[old_name] = new_name
    return renamed


def bill_title(inst: Instrument) -> Pair:
    """The bill's title: ``경기도 행정기구 및 정원 조례 일부개정조례안`` / ``Bill to Partially
    Amend the …`` (a visible placeholder while the English title is missing)."""
    en = inst.title_en or "[English title: to be written]"
    return Pair(f"{inst.title} 일부개정{inst.kind.ko}안", f"Bill to Partially Amend the {en}")


def addenda_of(inputs: DraftInputs, key: str) -> Addenda:
    """The 부칙 drafted from the project: the instrument's enforcement date, the provisions
    with a later date of their own, and the succession of renamed units' affairs."""
    source = inputs.project.instrument(key)
    kind = source.kind if source else InstrumentKind.ORDINANCE
    effective = source.effective if source else None
    enforcement = Enforcement()  # on promulgation
    if effective is not None and effective.unset:  # chosen, not entered: never 공포한 날부터
        enforcement = Enforcement(unset=True)
    elif effective is not None and effective.dated:
        enforcement = Enforcement(date=effective.dated)
    elif effective is not None and effective.mode is EffectiveMode.MONTHS:
        enforcement = Enforcement(months_after=effective.months)
    staged_items = sorted(
        (date, num)
        for (inst_key, num), date in inputs.statutes.staged.items()
        if inst_key == key and date != enforcement.date
    )
    staged = tuple(
        StagedDate(tuple(num for _, num in group), date)
        for date, group in groupby(staged_items, key=lambda item: item[0])
    )
    level = Level.BUREAU if kind is InstrumentKind.ORDINANCE else Level.DIVISION
    levels = _succession_levels(inputs, key, level)
    successions = (
        tuple(
            Succession(rec.renamed.old_name_ko, rec.name_ko, rec.renamed.old_name_en, rec.name_en)
            for rec in inputs.applied.records
            if rec.renamed is not None and rec.level in levels
        )
        + _abolished_successions(inputs, levels)
        + _merged_successions(inputs, levels)
    )
    return Addenda(
        kind=kind,
        enforcement=enforcement,
        staged=staged,
        successions=successions,
        durations=durations_of(inputs, level),
    )


def durations_of(inputs: DraftInputs, level: Level) -> tuple[Duration, ...]:
    """The units at ``level`` that the changes establish until a date (한시기구), one
    :class:`Duration` per date, in the order of the changes."""
    by_date: dict = {}
    for rec in inputs.applied.records:
        until = rec.action.expires(rec)
        if until is not None and rec.level is level:
            by_date.setdefault(until, []).append(rec)
    return tuple(
        Duration(tuple(r.name_ko for r in recs), until, tuple(r.name_en for r in recs))
        for until, recs in by_date.items()
    )


def _succession_levels(inputs: DraftInputs, key: str, level: Level) -> set[Level]:
    """The levels of the units whose renaming or abolition this instrument's 부칙 settles with a
    경과조치 (사무 승계): those it sets up (its own level) and those its list articles name (a
    county's ordinance lists its divisions: ``부군수 밑에 … 건설과 … 를 둔다``), so that every
    instrument that renames a unit in its text states who takes over its affairs. A staffing
    instrument (정원 조례) sets up no unit and settles none."""
    from desktop.core.patterns import listed_levels
    from desktop.core.project import Role

    source = inputs.project.instrument(key)
    if source is not None and source.role_set == {Role.STAFFING}:
        return set()
    old = inputs.old_instruments.get(key)
    return {level} | (listed_levels(old, inputs.project.org) if old is not None else set())


def _abolished_successions(inputs: DraftInputs, levels: set[Level]) -> tuple[Succession, ...]:
    """An abolished unit whose affairs its named successor takes over (재무과 → 기획감사실)."""
    from desktop.core.kinds.abolish import ABOLISH, Abolish

    abolished = {
        rec.change_id: rec
        for rec in inputs.applied.records
        if rec.action == ABOLISH and rec.level in levels
    }
    org = inputs.applied.org
    result = []
    for change in inputs.project.changes:
        rec = abolished.get(change.id)
        if rec is None or not isinstance(change, Abolish) or change.successor_id not in org:
            continue
        successor = org.get(change.successor_id)
        result.append(Succession(rec.name_ko, successor.name_ko, rec.name_en, successor.name_en))
    return tuple(result)


def _merged_successions(inputs: DraftInputs, levels: set[Level]) -> tuple[Succession, ...]:
    """Merged units whose affairs the unit they become takes over (건설과 및 교통행정과 →
    건설교통과), as for a renamed or abolished unit."""
    from desktop.core.drafting.location import join_list
    from desktop.core.kinds import Sources
    from desktop.core.kinds.merge import MERGE

    result = []
    for rec in inputs.applied.records:
        if rec.action != MERGE or rec.level not in levels or not isinstance(rec.payload, Sources):
            continue
        names_ko = [ko for ko, _en in rec.payload.units]
        names_en = [en for _ko, en in rec.payload.units]
        english = join_list(names_en, "and")
        result.append(
            Succession(
                join_list(names_ko), rec.name_ko, english if all(names_en) else "", rec.name_en
            )
        )
    return tuple(result)


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be 'ko' or 'en', not {lang!r}")
    return lang


class InstrumentDraft:
    """Everything drafted for instrument ``key`` from one set of inputs, each part computed
    on first use from the one :attr:`diff`."""

    def __init__(self, inputs: DraftInputs, key: str) -> None:
        self.inputs = inputs
        self.key = key
        self._amendments: dict[str, AmendmentText] = {}
        self._tables: dict[tuple[str, bool], ComparisonTable] = {}

    @property
    def old(self) -> Instrument:
        return self.inputs.old_instruments[self.key]

    @property
    def new(self) -> Instrument:
        return self.inputs.new_instruments[self.key]

    @property
    def title(self) -> Pair:
        """The bill's title in both languages (:func:`bill_title`)."""
        return bill_title(self.old)

    @cached_property
    def _terms(self) -> tuple[frozenset[str], frozenset[str]]:
        return atomic_terms(self.inputs)

    @cached_property
    def diff(self) -> InstrumentDiff:
        """The structural diff of the current and the new text (the only one drafted)."""
        return diff_instruments(
            self.old,
            self.new,
            atomic_terms=self._terms[0],
            max_replacements=self.inputs.options.max_replacements,
            short=self.inputs.options.short,
            cite=self.inputs.options.cite,
        )

    def amendment(self, lang: str) -> AmendmentText:
        """The amendment text (개정문) in ``lang``."""
        if _lang(lang) not in self._amendments:
            self._amendments[lang] = (
                render_amendment(
                    self.diff,
                    chain=self.inputs.options.chain,
                    title=self.inputs.options.title,
                    lead=self.inputs.options.lead,
                    articles=self.inputs.options.articles,
                    lists=self.inputs.options.lists,
                    body=self.inputs.options.body,
                )
                if lang == "ko"
                else render_amendment_en(
                    self.diff,
                    self._terms[1],
                    title=self.inputs.options.title,
                    lead=self.inputs.options.lead,
                    articles=self.inputs.options.articles,
                )
            )
        return self._amendments[lang]

    @property
    def amended(self) -> bool:
        """Whether the changes amend this instrument's text (it has a bill)."""
        return bool(self.amendment("ko").sentences)

    def table(self, lang: str, hyphens: bool = True) -> ComparisonTable:
        """The comparison table (신구조문대비표) in ``lang``; ``hyphens=False`` shows the
        amended column in full."""
        key = (_lang(lang), hyphens)
        if key not in self._tables:
            self._tables[key] = table_from_diff(
                self.diff,
                hyphens=hyphens,
                lang=lang,
                atomic_terms_en=self._terms[1],
                names_en=names_en(self.inputs),
                renamed=renamed_names(self.inputs),
            )
        return self._tables[key]

    @cached_property
    def addenda(self) -> Addenda:
        """The 부칙 (:func:`addenda_of`)."""
        return addenda_of(self.inputs, self.key)

    def addenda_text(self, lang: str) -> str:
        """The 부칙 as text in ``lang``."""
        return pick(render_addenda, render_addenda_en, _lang(lang))(self.addenda)

    @cached_property
    def summary(self) -> Summary:
        """개정이유 and 주요내용 (:func:`desktop.core.summary.summary`)."""
        from desktop.core.summary import summary

        return summary(self.inputs, self.key)


class Draft:
    """The drafting of one set of inputs: an :class:`InstrumentDraft` per instrument and the
    press release, each computed once. Get it as ``inputs.draft``."""

    def __init__(self, inputs: DraftInputs) -> None:
        self.inputs = inputs
        self._instruments: dict[str, InstrumentDraft] = {}

    def instrument(self, key: str) -> InstrumentDraft:
        """The drafting of instrument ``key`` (a :class:`KeyError` for an unknown key)."""
        if key not in self._instruments:
            if key not in self.inputs.old_instruments:
                raise KeyError(key)
            self._instruments[key] = InstrumentDraft(self.inputs, key)
        return self._instruments[key]

    __getitem__ = instrument

    @cached_property
    def amended_keys(self) -> list[str]:
        """Keys of the instruments whose text the changes amend (one bill each), in order."""
        return [key for key in self.inputs.old_instruments if self.instrument(key).amended]

    @cached_property
    def press_paragraphs(self) -> list[PressParagraph]:
        """The press release's paragraphs (:func:`desktop.core.press.press_paragraphs`)."""
        from desktop.core.press import press_paragraphs

        return press_paragraphs(self.inputs)
