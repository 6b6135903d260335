"""분리 — one unit becomes several new units."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.core.kinds.base import Action, ApplyState, Change, Sources, name_of, shown
from desktop.core.kinds.merge import FromSources
from desktop.core.org import Unit
from desktop.i18n import N_

SPLIT = FromSources("split", N_("split"), colour="#1b7f2a", fill="#D2EEF0", press=True)


@dataclass
class Split(Change):  # 분리
    """One unit becomes several new units (``into``, each with its own duties and staffing).

    The sub-units of the old unit go to ``children_to`` (an id among ``into``; the first by
    default).
    """

    unit_id: str = ""
    into: list[Unit] = field(default_factory=list)
    children_to: str = ""

    type_name: ClassVar[str] = "split"
    label: ClassVar[str] = N_("Split")
    required: ClassVar[tuple[str, ...]] = ("unit_id", "into")
    actions: ClassVar[tuple[Action, ...]] = (SPLIT,)

    def unit_refs(self) -> list[str]:
        return [self.unit_id]

    def created_units(self) -> list[Unit]:
        return list(self.into)

    def removed_ids(self) -> list[str]:
        return [self.unit_id]

    def apply(self, state: ApplyState, index: int) -> None:
        source = state.org.get(self.unit_id)
        ids = [u.id for u in self.into]
        if not ids or any(uid in state.org or not uid for uid in ids) or len(set(ids)) != len(ids):
            state.fail(
                self,
                index,
                "E-ESTABLISH-ID",
                N_("An id of a unit created by the split is empty or already in use."),
            )
            return
        position = state.org.index_of(source.id)
        created = []
        for offset, new in enumerate(self.into):
            new = copy.deepcopy(new)
            new.parent_id = source.parent_id
            state.org.add(new, position + 1 + offset)
            created.append(new)
        target = self.children_to if self.children_to in ids else ids[0]
        for child_id in state.org.child_ids(source.id):
            state.org.move(child_id, target)
        state.org.remove(source.id)
        for new in created:
            state.record(self, SPLIT, new, Sources(((source.name_ko, source.name_en),)))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        into = ", ".join(shown(u.name_ko, u.name_en) for u in self.into)
        return f"{name_of(names, self.unit_id)} → {into}"
