"""What can go wrong while a document is drafted, rendered or written.

A :class:`TemplateFinding` names the template file and the place in it (paragraph number, or
table, row and column); :class:`TemplateError` carries the findings of a template that must not
be rendered. :class:`ExportError` is a target that cannot be written; :class:`TextError` a
value that XML cannot hold. Messages are English msgids with parameters, translated by
:mod:`desktop.i18n` when they are shown (``message(lang)``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.findings import severity_word
from desktop.i18n import N_, Message, translate


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Where:
    """A place in a template: the part (``document``, ``header1`` …), then a body paragraph
    (1-based) or a table cell (table, row, column, all 1-based; the paragraph inside it)."""

    part: str = "document"
    paragraph: int = 0
    table: int = 0
    row: int = 0
    column: int = 0

    def message(self) -> Message:
        """The place without the part: ``table 2, row 3, column 1`` or ``paragraph 12``."""
        if self.table and self.paragraph > 1:
            return Message(
                N_("table {table}, row {row}, column {column}, paragraph {paragraph}"),
                vars(self),
            )
        if self.table:
            return Message(N_("table {table}, row {row}, column {column}"), vars(self))
        if self.paragraph:
            return Message(N_("paragraph {paragraph}"), vars(self))
        return Message(N_("whole template"))

    def describe(self, lang: str = "ko") -> str:
        """The place in ``lang``, after the part unless it is the document body."""
        part = "" if self.part == "document" else f"{self.part} "
        return part + self.message().text(lang)


@dataclass(frozen=True)
class TemplateFinding:
    """One problem of a template: ``error E-TPL-UNDECLARED bill.docx (paragraph 12): …``."""

    severity: Severity
    code: str
    template: Path
    where: Where
    message_id: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str = "ko") -> str:
        return translate(self.message_id, self.params, lang)

    def format(self, lang: str = "ko") -> str:
        where = self.where.describe(lang)
        return (
            f"{severity_word(self.severity, lang)} {self.code} {self.template.name} ({where}): "
            f"{self.message(lang)}"
        )


class DocumentError(Exception):
    """Base of the errors of this package: an English msgid and its parameters;
    ``message(lang)`` gives it in Korean or English."""

    def __init__(self, message_id: str, /, **params: Any) -> None:
        self.message_id, self.params = message_id, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "ko") -> str:
        return translate(self.message_id, self.params, lang)

    def as_message(self) -> Message:
        """This error's message, to be shown inside another one."""
        return Message(self.message_id, self.params)


class TemplateError(DocumentError):
    """A template that must not be rendered; ``findings`` says why and where."""

    def __init__(self, template: Path, findings: list[TemplateFinding]) -> None:
        self.template = template
        self.findings = findings
        super().__init__("")

    def message(self, lang: str = "ko") -> str:
        errors = [f for f in self.findings if f.is_error] or self.findings
        return "\n".join(f.format(lang) for f in errors)


class TemplateSecurityError(TemplateError):
    """A template that tried to reach past the sandbox (``__class__``, ``attr('format')`` …)."""


class UnsafePackageError(DocumentError):
    """A file offered as a template that is not a safe DOCX (zip bomb, XML bomb, not a zip)."""


class ExportError(DocumentError):
    """The target file cannot be written; the existing file is untouched."""

    def __init__(self, target: Path, message_id: str, /, **params: Any) -> None:
        self.target = target
        super().__init__(message_id, **params)


class TextError(DocumentError, ValueError):
    """A value holding characters that a Word document cannot hold; names the field."""

    def __init__(self, field: str, message_id: str, /, **params: Any) -> None:
        self.field = field
        super().__init__(message_id, **params)
