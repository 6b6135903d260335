"""Typed changes of a reorganization (개편 내용), applied in order to the organization.

Each change is a small dataclass naming the units it touches by id. A change may carry its own
effective date (``effective``); otherwise the proposal's date applies. :data:`CHANGE_TYPES`
maps the serialized ``type`` name to the class.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.core.org import Unit, UnitKind


@dataclass
class Change:
    """Fields every change has."""

    id: str
    effective: dt.date | None = None
    note: str = ""

    type_name: ClassVar[str] = ""
    label_ko: ClassVar[str] = ""
    label_en: ClassVar[str] = ""

    def unit_refs(self) -> list[str]:
        """Ids of the existing units this change refers to (must exist when it applies)."""
        return []


@dataclass
class Establish(Change):  # 신설
    """A new unit under ``unit.parent_id`` at ``index`` among its siblings, with sub-units."""

    unit: Unit = field(default_factory=lambda: Unit("", UnitKind.DIVISION, ""))
    index: int | None = None
    children: list[Unit] = field(default_factory=list)

    type_name: ClassVar[str] = "establish"
    label_ko: ClassVar[str] = "신설"
    label_en: ClassVar[str] = "Establish"

    def unit_refs(self) -> list[str]:
        return [self.unit.parent_id] if self.unit.parent_id else []


@dataclass
class Abolish(Change):  # 폐지
    """Abolish a unit; its sub-units and duties go to ``successor_id``."""

    unit_id: str = ""
    successor_id: str | None = None

    type_name: ClassVar[str] = "abolish"
    label_ko: ClassVar[str] = "폐지"
    label_en: ClassVar[str] = "Abolish"

    def unit_refs(self) -> list[str]:
        return [self.unit_id] + ([self.successor_id] if self.successor_id else [])


@dataclass
class Rename(Change):  # 명칭변경
    unit_id: str = ""
    name_ko: str = ""
    name_en: str = ""

    type_name: ClassVar[str] = "rename"
    label_ko: ClassVar[str] = "명칭변경"
    label_en: ClassVar[str] = "Rename"

    def unit_refs(self) -> list[str]:
        return [self.unit_id]


@dataclass
class Move(Change):  # 이관
    unit_id: str = ""
    new_parent_id: str = ""
    index: int | None = None

    type_name: ClassVar[str] = "move"
    label_ko: ClassVar[str] = "이관"
    label_en: ClassVar[str] = "Move"

    def unit_refs(self) -> list[str]:
        return [self.unit_id, self.new_parent_id]


@dataclass
class ChangeKind(Change):  # 격상·격하
    """Upgrade or downgrade: a new kind, optionally with a new name and head grade."""

    unit_id: str = ""
    kind: UnitKind = UnitKind.BUREAU
    name_ko: str = ""
    name_en: str = ""
    head_grade: str = ""

    type_name: ClassVar[str] = "change_kind"
    label_ko: ClassVar[str] = "격상·격하"
    label_en: ClassVar[str] = "Upgrade/downgrade"

    def unit_refs(self) -> list[str]:
        return [self.unit_id]


@dataclass
class Merge(Change):  # 통합
    """Several units become one new unit (``into``); their sub-units, duties and staff go there."""

    unit_ids: list[str] = field(default_factory=list)
    into: Unit = field(default_factory=lambda: Unit("", UnitKind.DIVISION, ""))

    type_name: ClassVar[str] = "merge"
    label_ko: ClassVar[str] = "통합"
    label_en: ClassVar[str] = "Merge"

    def unit_refs(self) -> list[str]:
        refs = list(self.unit_ids)
        if self.into.parent_id:
            refs.append(self.into.parent_id)
        return refs


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
    label_ko: ClassVar[str] = "분리"
    label_en: ClassVar[str] = "Split"

    def unit_refs(self) -> list[str]:
        return [self.unit_id]


@dataclass
class TransferDuties(Change):  # 사무 이관
    """Duties (by their Korean text) move from one unit to another."""

    from_id: str = ""
    to_id: str = ""
    duties: list[str] = field(default_factory=list)

    type_name: ClassVar[str] = "transfer_duties"
    label_ko: ClassVar[str] = "사무 이관"
    label_en: ClassVar[str] = "Transfer duties"

    def unit_refs(self) -> list[str]:
        return [self.from_id, self.to_id]


@dataclass
class ChangeHeadGrade(Change):  # 직급 조정
    unit_id: str = ""
    grade: str = ""

    type_name: ClassVar[str] = "head_grade"
    label_ko: ClassVar[str] = "직급 조정"
    label_en: ClassVar[str] = "Head grade"

    def unit_refs(self) -> list[str]:
        return [self.unit_id]


@dataclass
class ChangeStaffing(Change):  # 정원 조정
    """Staffing deltas by grade code (``{"g4": 1, "g5": -1}``)."""

    unit_id: str = ""
    deltas: dict[str, int] = field(default_factory=dict)

    type_name: ClassVar[str] = "staffing"
    label_ko: ClassVar[str] = "정원 조정"
    label_en: ClassVar[str] = "Staffing"

    def unit_refs(self) -> list[str]:
        return [self.unit_id]


CHANGE_TYPES: dict[str, type[Change]] = {
    cls.type_name: cls
    for cls in (
        Establish,
        Abolish,
        Rename,
        Move,
        ChangeKind,
        Merge,
        Split,
        TransferDuties,
        ChangeHeadGrade,
        ChangeStaffing,
    )
}
