"""한시기구 신설 — establish a temporary unit that exists until a date (존속기한).

The unit is established like any other (its article, its place in the tables); the 부칙 of the
instrument that sets it up states the limit the way the 직제 do::

    제2조(한시기구의 존속기한) 이 조례 시행으로 신설되는 AI전환추진단은 2026년 6월 30일까지
    존속한다.

The 주요내용, the press release, the organization table and the chart mark it with its date.
「지방자치단체의 행정기구와 정원기준 등에 관한 규정」 제8조제4항 limits the life of a 한시기구
to three years (set by ordinance); validation warns on a date already past, one before the
unit is established, and one beyond those three years.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from desktop.core.findings import Finding, error, warning
from desktop.core.kinds.base import Action, ApplyState, ChangeRecord, english_name
from desktop.core.kinds.establish import ESTABLISH, Establish
from desktop.core.korean import attach, date_en, date_ko, date_ko_long
from desktop.core.laws import cite
from desktop.core.org import Unit, instrument_for
from desktop.i18n import N_, Pair, language

if TYPE_CHECKING:
    from desktop.core.project import Project

MAX_YEARS = 3  # 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」 제8조제4항


@dataclass(frozen=True)
class Expiry:
    """The date until which the unit exists (존속기한)."""

    until: dt.date


class _Temporary(Action):
    def heading(self, lang: str) -> str:
        return "한시기구 신설" if lang == "ko" else "Temporary units established"

    def expires(self, rec: ChangeRecord) -> dt.date | None:
        return rec.payload.until if isinstance(rec.payload, Expiry) else None

    def summary_item(self, rec: ChangeRecord) -> tuple[str, str]:
        until = self.expires(rec)
        if until is None:
            return super().summary_item(rec)
        return (
            f"{rec.name_ko}({date_ko(until)}까지)",
            f"{english_name(rec)} (until {date_en(until)})",
        )

    def remark(self, rec: ChangeRecord, own: bool, lang: str) -> str:
        text = super().remark(rec, own, lang)
        until = self.expires(rec)
        if until is None:
            return text
        return (
            f"{text}({date_ko(until)}까지)" if lang == "ko" else f"{text} (until {date_en(until)})"
        )

    def press_sentence(self, unit: Unit, own: list[ChangeRecord]) -> tuple[str, str]:
        return ESTABLISH.press_sentence(unit, own)

    def press_notes(self, records: list[ChangeRecord]) -> list[tuple[str, str]]:
        """One sentence per change: its unit (not each division under it) and its date."""
        notes, seen = [], set()
        for rec in records:
            until = self.expires(rec)
            if until is None or rec.change_id in seen:
                continue
            seen.add(rec.change_id)
            notes.append(
                (
                    f"{attach(rec.name_ko, '은/는')} {date_ko_long(until)}까지 한시적으로 "
                    "운영된다.",
                    f"The {english_name(rec)} is a temporary unit that will operate until "
                    f"{date_en(until)}.",
                )
            )
        return notes


TEMPORARY = _Temporary(
    "temporary",
    N_("temporary"),
    colour="#1b7f2a",
    fill="#FCE8B2",
    new_unit=True,
    press=True,
    press_rank=0,
    adjective=True,
)


@dataclass
class Temporary(Establish):  # 한시기구 신설
    """A new unit (with its sub-units) that exists until ``until``."""

    until: dt.date | None = None

    type_name: ClassVar[str] = "temporary"
    label: ClassVar[str] = N_("Establish a temporary unit")
    required: ClassVar[tuple[str, ...]] = ("unit", "until")
    actions: ClassVar[tuple[Action, ...]] = (TEMPORARY,)

    def record_new(self, state: ApplyState, unit: Unit) -> None:
        state.record(self, TEMPORARY, unit, Expiry(self.until) if self.until else None)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        text = super().describe(names, grades)
        return f"{text} ~ {_date(self.until).pick(language())}" if self.until else text

    def findings(self, project: Project, index: int, today: dt.date) -> list[Finding]:
        unit = Pair(self.unit.name_ko, self.unit.name_en)
        place = self.place(index, "until")
        if self.until is None:
            return [
                error(
                    "E-TEMPORARY-UNTIL",
                    place,
                    N_("The temporary unit {unit} has no date until which it exists."),
                    unit=unit,
                )
            ]
        findings = []
        if self.until < today:
            findings.append(
                warning(
                    "W-TEMPORARY-PAST",
                    place,
                    N_("The temporary unit {unit} would exist until {date}, which has passed."),
                    unit=unit,
                    date=_date(self.until),
                )
            )
        start = self.established_on(project)
        if start is not None and self.until <= start:
            findings.append(
                warning(
                    "W-TEMPORARY-BEFORE-EFFECTIVE",
                    place,
                    N_(
                        "The temporary unit {unit} would exist until {date}, before it is "
                        "established ({effective})."
                    ),
                    unit=unit,
                    date=_date(self.until),
                    effective=_date(start),
                )
            )
        elif start is not None and self.until > _years_after(start, MAX_YEARS):
            findings.append(
                warning(
                    "W-TEMPORARY-LONG",
                    place,
                    N_(
                        "The temporary unit {unit} would exist for more than {years} years "
                        "(until {date}); a temporary unit exists for {years} years at most "
                        "({provision})."
                    ),
                    unit=unit,
                    years=MAX_YEARS,
                    date=_date(self.until),
                    provision=cite("제8조제4항"),
                )
            )
        return findings

    def established_on(self, project: Project) -> dt.date | None:
        """The date the unit is established: the change's own, else that of the instrument
        that sets it up (when it is a date)."""
        if self.effective is not None:
            return self.effective
        kind = instrument_for(self.unit.kind)
        source = next((s for s in project.instruments if s.kind is kind), None)
        return source.effective.dated if source is not None else None


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _date(d: dt.date) -> Pair:
    """A date as the official writes it: ``2026. 12. 31.`` / ``December 31, 2026``."""
    return Pair(date_ko(d), date_en(d))
