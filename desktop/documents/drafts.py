"""The drafting results the documents of one set share, each computed once.

The bill, the comparison table and the review sheet of an instrument all need its amendment
text and its comparison table (in both languages), and :func:`~.generate.changed_instruments`
asks for the Korean amendment of every instrument first. Drafting a comparison table diffs
every changed article, so the results are kept for as long as the
:class:`~desktop.core.project.DraftInputs` they were drafted from (which, like them, stands for
one state of the project).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.core.drafting import ComparisonTable
from desktop.core.drafting import project as drafting
from desktop.core.drafting.sentences import AmendmentText
from desktop.core.project import DraftInputs

T = TypeVar("T")

_KEPT: weakref.WeakKeyDictionary[DraftInputs, dict[tuple, Any]] = weakref.WeakKeyDictionary()


def _once(inputs: DraftInputs, key: tuple, draft: Callable[[], T]) -> T:
    kept = _KEPT.setdefault(inputs, {})
    if key not in kept:
        kept[key] = draft()
    return kept[key]


def amendment(inputs: DraftInputs, key: str, lang: str) -> AmendmentText:
    """The amendment text (개정문) of instrument ``key`` in ``lang``."""
    return _once(inputs, ("amendment", key, lang), lambda: drafting.amendment(inputs, key, lang))


def table_of(inputs: DraftInputs, key: str, lang: str, hyphens: bool = True) -> ComparisonTable:
    """The comparison table (신구조문대비표) of instrument ``key`` in ``lang``."""
    return _once(
        inputs,
        ("table", key, lang, hyphens),
        lambda: drafting.table_of(inputs, key, lang, hyphens),
    )
