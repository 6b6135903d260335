"""이관 — move a unit under another superior."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    ChangeRecord,
    Moved,
    english_name,
    english_of,
    name_of,
)
from desktop.core.korean import attach
from desktop.i18n import N_, Pair


class _Moved(Action):
    def summary_item(self, rec: ChangeRecord) -> tuple[str, str]:
        old = rec.payload
        assert isinstance(old, Moved)
        return (
            f"{rec.name_ko}({old.from_ko}→{rec.parent_ko})",
            f"{english_name(rec)} ({english_of(old.from_ko, old.from_en)} → "
            f"{english_of(rec.parent_ko, rec.parent_en)})",
        )

    def remark(self, rec: ChangeRecord, own: bool, lang: str) -> str:
        old = rec.payload
        if own or not isinstance(old, Moved):
            return super().remark(rec, own, lang)
        word = self.word(lang)
        if lang == "ko":
            return f"{rec.name_ko} {word}({old.from_ko}→{rec.parent_ko})"
        return (
            f"{english_name(rec)} {word} ({english_of(old.from_ko, old.from_en)} → "
            f"{english_of(rec.parent_ko, rec.parent_en)})"
        )


MOVE = _Moved("move", N_("moved"), colour="#8e3fb0", fill="#FFE3C2", press=True)


def taken_over(records: list[ChangeRecord], list_ko, list_en) -> list[tuple[str, str]]:
    """The release's sentences on the units a bureau takes over, one per former superior:
    ``기획조정실의 A과·B과를 넘겨받는다.``"""
    by_source: dict[tuple[str, str], list[ChangeRecord]] = {}
    for rec in records:
        if rec.action == MOVE and isinstance(rec.payload, Moved):
            by_source.setdefault((rec.payload.from_ko, rec.payload.from_en), []).append(rec)
    sentences = []
    for (src_ko, src_en), recs in by_source.items():
        names = [r.name_ko for r in recs]
        sentences.append(
            (
                f"{src_ko}의 {attach(list_ko(names), '을/를')} 넘겨받는다.",
                f"It takes over {list_en([english_name(r) for r in recs])} from the "
                f"{english_of(src_ko, src_en)}.",
            )
        )
    return sentences


@dataclass
class Move(Change):  # 이관
    """A unit moves under another (이관): ``unit_id`` under ``new_parent_id``, at ``index``
    among its new siblings (``None``: last)."""

    unit_id: str = ""
    new_parent_id: str = ""
    index: int | None = None

    type_name: ClassVar[str] = "move"
    label: ClassVar[str] = N_("Move")
    required: ClassVar[tuple[str, ...]] = ("unit_id", "new_parent_id")
    actions: ClassVar[tuple[Action, ...]] = (MOVE,)

    def unit_refs(self) -> list[str]:
        return [self.unit_id, self.new_parent_id]

    def apply(self, state: ApplyState, index: int) -> None:
        unit = state.org.get(self.unit_id)
        if state.org.would_cycle(unit.id, self.new_parent_id):
            state.fail(
                self,
                index,
                "E-MOVE-CYCLE",
                N_("{unit} cannot move under one of its own sub-units."),
                unit=Pair(unit.name_ko, unit.name_en),
            )
            return
        if state.refuses_admin_city(self, index, unit, self.new_parent_id):
            return
        old_parent = state.org.parent(unit.id)
        state.org.move(unit.id, self.new_parent_id, self.index)
        old = Moved(old_parent.name_ko, old_parent.name_en) if old_parent else Moved("")
        state.record(self, MOVE, unit, old)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        return f"{name_of(names, self.unit_id)} → {name_of(names, self.new_parent_id)}"
