"""Findings: what validation, parsing and the change engine report to the official.

Every finding has a severity, a stable code (tests and the UI key on it), the place it is
about (so the UI can select that unit, change, article or field) and a message: an English
msgid with named parameters, translated by :mod:`desktop.i18n` when it is shown, so that the
same finding reads in Korean or English.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import N_, translate


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


# TRANSLATORS: the severity word that starts a line of the command line's output
# ("error E-DUP-NAME unit:…: …", "FILE:LINE: error: …"); the codes and places stay as they are.
_SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning")}


def severity_word(severity: str, lang: str = "ko") -> str:
    """The severity of a finding or a parse message as the command line prints it:
    ``error``/``warning`` in English, ``오류``/``경고`` in Korean."""
    return translate(_SEVERITY_WORDS[severity], {}, lang)


class PlaceKind(enum.StrEnum):
    UNIT = "unit"
    CHANGE = "change"
    ARTICLE = "article"
    STATUTE_LINE = "statute_line"
    FIELD = "field"
    PRESS = "press"  # a press-release paragraph: ref = its key, field = "ko" or "en"


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
    """One finding of a check: its severity, code, place and message (an English msgid with
    its parameters, translated when shown)."""

    severity: Severity
    code: str
    place: Place
    message_id: str  # the English msgid, marked with N_()
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    plural_id: str = ""  # the plural msgid when the message counts ``params["n"]``

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str = "ko") -> str:
        return translate(self.message_id, self.params, lang, plural=self.plural_id)

    def format(self, lang: str = "ko") -> str:
        """One line for the CLI: ``error E-DUP-NAME unit:u-ai: message`` (``오류 E-DUP-NAME
        unit:u-ai: …`` in Korean: the code and the place are not translated)."""
        word = severity_word(self.severity, lang)
        return f"{word} {self.code} {self.place.describe()}: {self.message(lang)}"


def error(code: str, place: Place, message_id: str, /, plural_id: str = "", **params) -> Finding:
    """An error finding: ``error("E-X", place, N_("{unit} is …"), unit=Pair(ko, en))``."""
    return Finding(Severity.ERROR, code, place, message_id, params, plural_id)


def warning(code: str, place: Place, message_id: str, /, plural_id: str = "", **params) -> Finding:
    return Finding(Severity.WARNING, code, place, message_id, params, plural_id)
