"""The drafting result of a project, per instrument: amendment text, comparison table, 부칙.

This is where a :class:`~desktop.core.project.DraftInputs` meets the drafting engine; the
command line (``orgdraft draft``) and the DOCX layer both call it.
"""

from __future__ import annotations

from itertools import groupby

from desktop.core.apply import Action
from desktop.core.drafting.addenda import Addenda, Enforcement, StagedDate, Succession
from desktop.core.drafting.cells import ComparisonTable
from desktop.core.drafting.sentences import AmendmentText, amendment_text
from desktop.core.drafting.sentences_en import amendment_text_en
from desktop.core.drafting.table import comparison_table
from desktop.core.org import Level
from desktop.core.project import DraftInputs, EffectiveMode
from desktop.core.statute import InstrumentKind


def atomic_terms(inputs: DraftInputs) -> tuple[frozenset[str], frozenset[str]]:
    """Unit names (Korean, English) before and after: never split in a quote."""
    units = [*inputs.project.org, *inputs.applied.org]
    return (
        frozenset(u.name_ko for u in units if u.name_ko),
        frozenset(u.name_en for u in units if u.name_en),
    )


def amendment(inputs: DraftInputs, key: str, lang: str) -> AmendmentText:
    old, new = inputs.old_instruments[key], inputs.new_instruments[key]
    terms, terms_en = atomic_terms(inputs)
    limit = inputs.max_replacements
    if lang == "ko":
        return amendment_text(old, new, atomic_terms=terms, max_replacements=limit)
    return amendment_text_en(
        old, new, atomic_terms=terms, atomic_terms_en=terms_en, max_replacements=limit
    )


def table_of(inputs: DraftInputs, key: str, lang: str, hyphens: bool = True) -> ComparisonTable:
    old, new = inputs.old_instruments[key], inputs.new_instruments[key]
    terms, terms_en = atomic_terms(inputs)
    return comparison_table(
        old,
        new,
        atomic_terms=terms,
        atomic_terms_en=terms_en,
        hyphens=hyphens,
        lang=lang,
        max_replacements=inputs.max_replacements,
    )


def addenda_of(inputs: DraftInputs, key: str) -> Addenda:
    """The 부칙 drafted from the project: the instrument's enforcement date, the provisions
    with a later date of their own, and the succession of renamed units' affairs."""
    source = inputs.project.instrument(key)
    kind = source.kind if source else InstrumentKind.ORDINANCE
    effective = source.effective if source else None
    enforcement = Enforcement()
    if effective is not None and effective.mode is EffectiveMode.DATE and effective.date:
        enforcement = Enforcement(date=effective.date)
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
    successions = tuple(
        Succession(rec.old_name_ko, rec.name_ko, rec.old_name_en, rec.name_en)
        for rec in inputs.applied.records
        if rec.action in (Action.RENAME, Action.UPGRADE, Action.DOWNGRADE)
        and rec.old_name_ko
        and rec.old_name_ko != rec.name_ko
        and rec.level is level
    )
    return Addenda(kind=kind, enforcement=enforcement, staged=staged, successions=successions)


# -- parts -----------------------------------------------------------------------------------
