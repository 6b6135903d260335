"""Typed changes of a reorganization (개편 내용), applied in order to the organization.

Each change is a small dataclass naming the units it touches by id. A change may carry its own
effective date (``effective``); otherwise the proposal's date applies. The kinds live in
:mod:`desktop.core.kinds` (one module each); :data:`CHANGE_TYPES` maps the serialized
``type`` name to the class.
"""

from __future__ import annotations

from desktop.core.kinds import (
    KINDS,
    Abolish,
    Change,
    ChangeHeadGrade,
    ChangeKind,
    ChangeStaffing,
    Establish,
    Merge,
    Move,
    Rename,
    Split,
    TransferDuties,
)

CHANGE_TYPES: dict[str, type[Change]] = KINDS

__all__ = [
    "CHANGE_TYPES",
    "Abolish",
    "Change",
    "ChangeHeadGrade",
    "ChangeKind",
    "ChangeStaffing",
    "Establish",
    "Merge",
    "Move",
    "Rename",
    "Split",
    "TransferDuties",
]
