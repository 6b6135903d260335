"""Findings: what validation, parsing and the change engine report to the official.

Every finding has a severity, a stable code (tests and the UI key on it), the place it is
about (so the UI can select that unit, change, article or field) and a message in Korean and
English.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class PlaceKind(enum.StrEnum):
    UNIT = "unit"
    CHANGE = "change"
    ARTICLE = "article"
    STATUTE_LINE = "statute_line"
    FIELD = "field"


@dataclass(frozen=True)
class Place:
    """What a finding is about: ``Place(PlaceKind.UNIT, "u-ai")``,
    ``Place(PlaceKind.STATUTE_LINE, "ordinance", line=12)``,
    ``Place(PlaceKind.FIELD, "meta", field="bill_date")``.
    """

    kind: PlaceKind
    ref: str
    line: int = 0
    field: str = ""

    def describe(self) -> str:
        text = f"{self.kind.value}:{self.ref}"
        if self.line:
            text += f":{self.line}"
        if self.field:
            text += f".{self.field}"
        return text


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    place: Place
    message_ko: str
    message_en: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str = "ko") -> str:
        return self.message_en if lang == "en" else self.message_ko

    def format(self, lang: str = "ko") -> str:
        """One line for the CLI: ``error E-DUP-NAME unit:u-ai: message``."""
        return f"{self.severity.value} {self.code} {self.place.describe()}: {self.message(lang)}"


def error(code: str, place: Place, ko: str, en: str) -> Finding:
    return Finding(Severity.ERROR, code, place, ko, en)


def warning(code: str, place: Place, ko: str, en: str) -> Finding:
    return Finding(Severity.WARNING, code, place, ko, en)
