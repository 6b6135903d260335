"""The change-kind registry: one module per kind of change, and this list of them.

Each module (``establish``, ``rename`` …) holds everything the program knows about its kind:
the :class:`~desktop.core.kinds.base.Change` subclass (fields, the fields a file must have,
label, the units it refers to, creates and removes, the applier, the findings on its data,
its line in the change list) and the :class:`~desktop.core.kinds.base.Action` its records
carry (mark, colours, its line in the 주요내용, its remark in the organization table, its
sentence in the press release). Everything else — the project file, its schema, validation,
the summary, the release, the tables, the chart and the forms — reads the registry.

Adding a kind: a module here, its line in :data:`KINDS`, its form
(:mod:`desktop.ui.changeforms`), its schema entry, its messages in the catalogs, its tests.
"""

from __future__ import annotations

from desktop.core.kinds.abolish import ABOLISH, Abolish
from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    ChangeRecord,
    Deltas,
    DutiesMoved,
    Moved,
    Regraded,
    Renamed,
    Sources,
)
from desktop.core.kinds.establish import ESTABLISH, Establish
from desktop.core.kinds.head_grade import HEAD_GRADE, ChangeHeadGrade
from desktop.core.kinds.merge import MERGE, Merge
from desktop.core.kinds.move import MOVE, Move
from desktop.core.kinds.regrade import DOWNGRADE, UPGRADE, ChangeKind
from desktop.core.kinds.rename import RENAME, Rename
from desktop.core.kinds.split import SPLIT, Split
from desktop.core.kinds.staffing import STAFFING, ChangeStaffing
from desktop.core.kinds.temporary import TEMPORARY, Temporary
from desktop.core.kinds.transfer import TRANSFER, TransferDuties

KINDS: dict[str, type[Change]] = {
    cls.type_name: cls
    for cls in (
        Establish,
        Temporary,
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
"""Type name (as saved) → kind, in the order the interface offers them."""

ACTIONS: tuple[Action, ...] = tuple(
    dict.fromkeys(action for cls in KINDS.values() for action in cls.actions)
)
"""Every action, in the order the 주요내용, the marks and the legends list them."""

STRUCTURAL: tuple[Action, ...] = tuple(a for a in ACTIONS if a.structural)
"""The actions marked in the chart and the organization table and summarised as 기구 조정."""

__all__ = [
    "ABOLISH",
    "ACTIONS",
    "DOWNGRADE",
    "ESTABLISH",
    "HEAD_GRADE",
    "KINDS",
    "MERGE",
    "MOVE",
    "RENAME",
    "SPLIT",
    "STAFFING",
    "STRUCTURAL",
    "TEMPORARY",
    "TRANSFER",
    "UPGRADE",
    "Abolish",
    "Action",
    "ApplyState",
    "Change",
    "ChangeHeadGrade",
    "ChangeKind",
    "ChangeRecord",
    "ChangeStaffing",
    "Deltas",
    "DutiesMoved",
    "Establish",
    "Merge",
    "Move",
    "Moved",
    "Regraded",
    "Rename",
    "Renamed",
    "Sources",
    "Split",
    "Temporary",
    "TransferDuties",
]
