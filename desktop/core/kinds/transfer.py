"""사무 이관 — duties move from one unit to another."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.core.kinds.base import Action, ApplyState, Change, DutiesMoved, name_of
from desktop.i18n import N_, Pair, ngettext

TRANSFER = Action("transfer", N_("duties"), colour="#8a6d00")


@dataclass
class TransferDuties(Change):  # 사무 이관
    """Duties (by their Korean text) move from one unit to another."""

    from_id: str = ""
    to_id: str = ""
    duties: list[str] = field(default_factory=list)

    type_name: ClassVar[str] = "transfer_duties"
    label: ClassVar[str] = N_("Transfer duties")
    required: ClassVar[tuple[str, ...]] = ("from_id", "to_id", "duties")
    actions: ClassVar[tuple[Action, ...]] = (TRANSFER,)

    def unit_refs(self) -> list[str]:
        return [self.from_id, self.to_id]

    def apply(self, state: ApplyState, index: int) -> None:
        source, target = state.org.get(self.from_id), state.org.get(self.to_id)
        moved, moved_en = [], []
        for text in self.duties:
            duty = next((d for d in source.duties if d.ko == text), None)
            if duty is None:
                state.warn(
                    self,
                    index,
                    "W-TRANSFER-DUTY",
                    N_("{unit} has no duty '{duty}'; not moved."),
                    unit=Pair(source.name_ko, source.name_en),
                    duty=text,
                )
                continue
            source.duties.remove(duty)
            target.duties.append(duty)
            moved.append(text)
            moved_en.append(duty.en)
        payload = DutiesMoved(
            source.name_ko, source.name_en, tuple(moved), tuple(moved_en), source.id
        )
        state.record(self, TRANSFER, target, payload)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        count = len(self.duties)
        return ngettext(
            "{count} duty: {source} → {target}", "{count} duties: {source} → {target}", count
        ).format(
            count=count,
            source=name_of(names, self.from_id),
            target=name_of(names, self.to_id),
        )
