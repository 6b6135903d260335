"""Where templates come from: the office's own folder first, the built-in set as fallback.

``TemplateSet(folder)`` finds ``<folder>/<lang>/<doc>.docx`` (or ``<folder>/<doc>.docx``),
else the built-in ``templates/<lang>/<doc>.docx``; :meth:`TemplateSet.get` reads it safely,
lints it against the document's schema and refuses it (:class:`TemplateError`) when any error
stands — so a broken template never yields a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop import paths
from desktop.documents.errors import (
    DocumentError,
    Severity,
    TemplateError,
    TemplateFinding,
    TemplateSecurityError,
    UnsafePackageError,
    Where,
)
from desktop.documents.lint import lint_package
from desktop.documents.package import read_package
from desktop.documents.schema import SCHEMAS, DocumentSchema
from desktop.i18n import N_

LANGS = ("ko", "en")


@dataclass(frozen=True)
class Template:
    """A linted template: its file, the bytes that were checked, its schema and findings, and
    its parts as inflated (each XML part among them parsed when it was read)."""

    path: Path
    data: bytes
    schema: DocumentSchema
    findings: tuple[TemplateFinding, ...]
    builtin: bool
    parts: Mapping[str, bytes] = field(default_factory=dict, repr=False, compare=False)

    @property
    def warnings(self) -> list[TemplateFinding]:
        return [f for f in self.findings if not f.is_error]


class TemplateSet:
    """The templates of one office: ``folder`` (may be ``None``) over the built-in set."""

    def __init__(self, folder: Path | str | None = None, builtin: Path | None = None) -> None:
        self.folder = Path(folder) if folder else None
        self.builtin = builtin or paths.templates_dir()
        self._cache: dict[tuple[str, str], Template] = {}

    def locate(self, lang: str, doc: str) -> tuple[Path, bool]:
        """The file for ``doc`` in ``lang`` and whether it is the built-in one."""
        if doc not in SCHEMAS:
            raise KeyError(doc)
        if self.folder is not None:
            for candidate in (self.folder / lang / f"{doc}.docx", self.folder / f"{doc}.docx"):
                if candidate.is_file():
                    return candidate, False
        path = self.builtin / lang / f"{doc}.docx"
        if not path.is_file():
            raise DocumentError(
                N_("Template {name} not found ({path})."), name=f"{lang}/{doc}.docx", path=str(path)
            )
        return path, True

    def check(self, lang: str, doc: str) -> list[TemplateFinding]:
        """The findings of the template for ``doc`` in ``lang`` (errors and warnings)."""
        path, _ = self.locate(lang, doc)
        return check_template(path, SCHEMAS[doc])

    def get(self, lang: str, doc: str) -> Template:
        """The linted template; :class:`TemplateError` when it has errors."""
        key = (lang, doc)
        if key not in self._cache:
            path, builtin = self.locate(lang, doc)
            self._cache[key] = load_template(path, SCHEMAS[doc], builtin=builtin)
        return self._cache[key]


def check_template(path: Path, schema: DocumentSchema) -> list[TemplateFinding]:
    try:
        package = read_package(path)
    except UnsafePackageError as exc:
        return [
            TemplateFinding(
                Severity.ERROR, "E-TPL-PACKAGE", path, Where(), exc.message_id, exc.params
            )
        ]
    return lint_package(package, schema)


_LINTED: dict[tuple, Template] = {}  # templates that passed, by file, size and time
_LINTED_MAX = 64


def _stamp(path: Path, schema: DocumentSchema, builtin: bool) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), schema.doc, builtin, info.st_size, info.st_mtime_ns)


def load_template(path: Path, schema: DocumentSchema, builtin: bool = False) -> Template:
    """Read, check and lint one template; raise when it must not be rendered.

    A template that passed is remembered by its file, size and modification time, so the next
    export or preview in the same process does not read and lint it again; a template saved
    anew in Word is read and linted again."""
    path = Path(path)
    stamp = _stamp(path, schema, builtin)
    if stamp is not None and stamp in _LINTED:
        return _LINTED[stamp]
    template = _load_template(path, schema, builtin)
    if stamp is not None:
        if len(_LINTED) >= _LINTED_MAX:
            _LINTED.clear()
        _LINTED[stamp] = template
    return template


def _load_template(path: Path, schema: DocumentSchema, builtin: bool) -> Template:
    try:
        package = read_package(path)
    except UnsafePackageError as exc:
        finding = TemplateFinding(
            Severity.ERROR, "E-TPL-PACKAGE", path, Where(), exc.message_id, exc.params
        )
        raise TemplateError(path, [finding]) from None
    findings = lint_package(package, schema)
    errors = [f for f in findings if f.is_error]
    if any(f.code == "E-TPL-SECURITY" for f in errors):
        raise TemplateSecurityError(path, findings)
    if errors:
        raise TemplateError(path, findings)
    return Template(path, package.data, schema, tuple(findings), builtin, package.parts)
