"""The two kinds of local instrument, 조례 (ordinance) and 규칙 (rule): their own module, as
most of the program names them without needing the statute model of
:mod:`desktop.core.statute` (which re-exports it)."""

from __future__ import annotations

import enum


class InstrumentKind(enum.StrEnum):
    """Which kind of instrument: 조례 (ordinance) or 규칙 (rule, e.g. 시행규칙)."""

    ORDINANCE = "ordinance"  # 조례
    RULE = "rule"  # 규칙

    @property
    def ko(self) -> str:
        return {"ordinance": "조례", "rule": "규칙"}[self.value]

    @property
    def en(self) -> str:
        return {"ordinance": "Ordinance", "rule": "Rule"}[self.value]
