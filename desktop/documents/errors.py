"""What can go wrong while a document is drafted, rendered or written, in Korean and English.

A :class:`TemplateFinding` names the template file and the place in it (paragraph number, or
table, row and column); :class:`TemplateError` carries the findings of a template that must not
be rendered. :class:`ExportError` is a target that cannot be written; :class:`TextError` a
value that XML cannot hold.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


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

    def ko(self) -> str:
        part = "" if self.part == "document" else f"{self.part} "
        if self.table:
            cell = f"표 {self.table}, {self.row}행 {self.column}열"
            return part + cell + (f" {self.paragraph}번째 문단" if self.paragraph > 1 else "")
        return part + (f"{self.paragraph}번째 문단" if self.paragraph else "문서 전체")

    def en(self) -> str:
        part = "" if self.part == "document" else f"{self.part} "
        if self.table:
            cell = f"table {self.table}, row {self.row}, column {self.column}"
            return part + cell + (f", paragraph {self.paragraph}" if self.paragraph > 1 else "")
        return part + (f"paragraph {self.paragraph}" if self.paragraph else "whole template")


@dataclass(frozen=True)
class TemplateFinding:
    """One problem of a template: ``error E-TPL-UNDECLARED bill.docx (paragraph 12): …``."""

    severity: Severity
    code: str
    template: Path
    where: Where
    message_ko: str
    message_en: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str = "ko") -> str:
        return self.message_en if lang == "en" else self.message_ko

    def format(self, lang: str = "ko") -> str:
        where = self.where.en() if lang == "en" else self.where.ko()
        return (
            f"{self.severity.value} {self.code} {self.template.name} ({where}): "
            f"{self.message(lang)}"
        )


class DocumentError(Exception):
    """Base of the errors of this package; ``message(lang)`` gives Korean or English."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ko = message_ko
        self.message_en = message_en

    def message(self, lang: str = "ko") -> str:
        return self.message_en if lang == "en" else self.message_ko


class TemplateError(DocumentError):
    """A template that must not be rendered; ``findings`` says why and where."""

    def __init__(self, template: Path, findings: list[TemplateFinding]) -> None:
        errors = [f for f in findings if f.is_error] or findings
        super().__init__(
            "\n".join(f.format("ko") for f in errors), "\n".join(f.format("en") for f in errors)
        )
        self.template = template
        self.findings = findings


class TemplateSecurityError(TemplateError):
    """A template that tried to reach past the sandbox (``__class__``, ``attr('format')`` …)."""


class UnsafePackageError(DocumentError):
    """A file offered as a template that is not a safe DOCX (zip bomb, XML bomb, not a zip)."""


class ExportError(DocumentError):
    """The target file cannot be written; the existing file is untouched."""

    def __init__(self, target: Path, message_ko: str, message_en: str) -> None:
        super().__init__(message_ko, message_en)
        self.target = target


class TextError(DocumentError, ValueError):
    """A value holding characters that a Word document cannot hold; names the field."""

    def __init__(self, field: str, message_ko: str, message_en: str) -> None:
        super().__init__(message_ko, message_en)
        self.field = field
