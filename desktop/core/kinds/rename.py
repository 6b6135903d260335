"""명칭변경 — give a unit a new name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    ChangeRecord,
    Renamed,
    english_name,
    english_of,
    name_of,
    shown,
)
from desktop.core.korean import attach
from desktop.core.org import Unit
from desktop.core.press_en import capitalized, series, the
from desktop.i18n import N_, Pair


class _Renamed(Action):
    def summary_item(self, rec: ChangeRecord) -> tuple[str, str]:
        old = rec.payload
        assert isinstance(old, Renamed)
        return (
            f"{old.old_name_ko}→{rec.name_ko}",
            f"{english_of(old.old_name_ko, old.old_name_en)} → {english_name(rec)}",
        )

    def remark(self, rec: ChangeRecord, own: bool, lang: str) -> str:
        old = rec.payload
        if own or not isinstance(old, Renamed) or not old.old_name_ko:
            return super().remark(rec, own, lang)
        if lang == "ko":
            return f"{old.old_name_ko}→{rec.name_ko}"
        return f"{english_of(old.old_name_ko, old.old_name_en)} → {english_name(rec)}"

    def press_sentence(self, unit: Unit, own: list[ChangeRecord]) -> tuple[str, str] | None:
        renamed = next((r.renamed for r in own if r.renamed), None)
        if renamed is None:
            return None
        return (
            f"{attach(renamed.old_name_ko, '은/는')} {attach(unit.name_ko, '으로/로')} 바뀐다.",
            f"{capitalized(the(english_of(renamed.old_name_ko, renamed.old_name_en)))} will be "
            f"renamed {the(english_of(unit.name_ko, unit.name_en))}.",
        )

    notes_own = False  # the paragraph's own new name is its first sentence

    def press_notes(self, records: list[ChangeRecord]) -> list[tuple[str, str]]:
        """Divisions renamed under a bureau the release tells of (its own sentence says a
        bureau's new name), in one sentence: ``환경정책과는 기후환경정책과로 바뀐다.`` /
        ``The Environmental Policy Division will be renamed the Climate and Environmental
        Policy Division.``; several ``A·B는 각각 C·D로 바뀐다.`` / ``… respectively.``"""
        pairs = [(rec.renamed, rec) for rec in records if rec.renamed is not None]
        if not pairs:
            return []
        old_ko = "·".join(old.old_name_ko for old, _ in pairs)
        new_ko = "·".join(rec.name_ko for _, rec in pairs)
        old_en = series([english_of(old.old_name_ko, old.old_name_en) for old, _ in pairs])
        new_en = series([english_name(rec) for _, rec in pairs])
        each_ko, each_en = ("각각 ", " respectively") if len(pairs) > 1 else ("", "")
        return [
            (
                f"{attach(old_ko, '은/는')} {each_ko}{attach(new_ko, '으로/로')} 바뀐다.",
                f"{capitalized(old_en)} will be renamed {new_en}{each_en}.",
            )
        ]


RENAME = _Renamed(
    "rename", N_("renamed"), colour="#0b57d0", fill="#D7F0D2", press=True, press_rank=2
)


@dataclass
class Rename(Change):  # 명칭변경
    """A unit takes a new name (명칭변경), in Korean and English."""

    unit_id: str = ""
    name_ko: str = ""
    name_en: str = ""

    type_name: ClassVar[str] = "rename"
    label: ClassVar[str] = N_("Rename")
    required: ClassVar[tuple[str, ...]] = ("unit_id", "name_ko")
    actions: ClassVar[tuple[Action, ...]] = (RENAME,)

    def unit_refs(self) -> list[str]:
        return [self.unit_id]

    def apply(self, state: ApplyState, index: int) -> None:
        unit = state.org.get(self.unit_id)
        taken = [u for u in state.org.by_name(self.name_ko) if u.id != unit.id]
        if taken:
            state.fail(
                self,
                index,
                "E-RENAME-TAKEN",
                N_("The new name {name} is already used by another unit."),
                name=self.name_ko,
            )
            return
        if self.name_ko == unit.name_ko and self.name_en in ("", unit.name_en):
            state.warn(
                self,
                index,
                "W-CHANGE-NOTHING",
                N_("{unit} already has the name {name}: this change changes nothing."),
                unit=Pair(unit.name_ko, unit.name_en),
                name=self.name_ko,
            )
            return
        old = Renamed(unit.name_ko, unit.name_en)
        unit.name_ko = self.name_ko or unit.name_ko
        unit.name_en = self.name_en or unit.name_en
        state.record(self, RENAME, unit, old)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        return f"{name_of(names, self.unit_id)} → {shown(self.name_ko, self.name_en)}"
