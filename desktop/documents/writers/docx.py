"""The DOCX writer: Word documents from the Word templates (``templates/<lang>/<doc>.docx``).

The interface is described in :mod:`desktop.documents.writers`. Here a template is a DOCX
with Jinja tags, read by :func:`~desktop.documents.package.read_package` (zip limits, hardened
XML) and linted by :func:`~desktop.documents.lint.lint_package`; a document is rendered by
:func:`~desktop.documents.render.render_docx` (docxtpl in the sandboxed environment) with the
layout parts written into python-docx sub-documents (:mod:`desktop.documents.docxparts`); the
written package is checked (:func:`check_package`: every new XML part parses, content types
and relationships resolve) before it replaces the target.
"""

from __future__ import annotations

import gettext
import posixpath
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from desktop.documents import lintcache
from desktop.documents.content import Content
from desktop.documents.docxparts import filler
from desktop.documents.errors import (
    Severity,
    TemplateError,
    TemplateFinding,
    TemplateSecurityError,
    UnsafePackageError,
    Where,
)
from desktop.documents.export import write_atomically
from desktop.documents.lint import lint_package
from desktop.documents.package import (
    Package,
    is_xml_part,
    parse_parts,
    parse_xml,
    read_package,
    read_parts,
    refuse_dtd,
)
from desktop.documents.render import render_docx
from desktop.documents.schema import DocumentSchema
from desktop.documents.typography import Fonts
from desktop.documents.writers import Template
from desktop.i18n import N_

PartFiller = Callable[[Any], None]


def fillers(content: Content) -> dict[str, PartFiller]:
    """The parts of ``content`` as fillers of python-docx sub-documents (what the renderer
    takes)."""
    return {name: filler(part) for name, part in content.blocks.items()}


def _package_finding(path: Path, exc: UnsafePackageError) -> TemplateFinding:
    return TemplateFinding(
        Severity.ERROR, "E-TPL-PACKAGE", path, Where(), exc.message_id, exc.params
    )


def check_template(path: Path, schema: DocumentSchema) -> list[TemplateFinding]:
    """Every finding of the DOCX template at ``path`` (errors and warnings)."""
    try:
        package = read_package(path)
    except UnsafePackageError as exc:
        return [_package_finding(path, exc)]
    return lint_package(package, schema)


def load_template(path: Path, schema: DocumentSchema, *, builtin: bool = False) -> Template:
    """The DOCX template at ``path``, read and linted; raises when it must not be rendered.

    The zip is always opened within its limits; the parsing and the lint are skipped when
    these exact bytes linted clean before (:mod:`~desktop.documents.lintcache`)."""
    try:
        package = read_parts(path)
        if lintcache.is_clean(package.data, schema):
            return Template(path, package.data, schema, (), builtin, package.parts)
        parse_parts(package)
    except UnsafePackageError as exc:
        raise TemplateError(path, [_package_finding(path, exc)]) from None
    findings = lint_package(package, schema)
    if not findings:
        lintcache.remember_clean(package.data, schema)
    errors = [f for f in findings if f.is_error]
    if any(f.code == "E-TPL-SECURITY" for f in errors):
        raise TemplateSecurityError(path, findings)
    if errors:
        raise TemplateError(path, findings)
    return Template(path, package.data, schema, tuple(findings), builtin, package.parts)


def validate_docx(path: Path, checked: Mapping[str, bytes] | None = None) -> None:
    """Raise :class:`UnsafePackageError` unless ``path`` is a sound DOCX (see
    :func:`check_package`)."""
    check_package(read_parts(path), checked)


def check_package(package: Package, checked: Mapping[str, bytes] | None = None) -> None:
    """Raise :class:`UnsafePackageError` unless ``package`` (inflated within the limits by
    :func:`read_parts`) is a sound DOCX, checked in memory without a reopen by python-docx:

    - every XML part parses with the hardened parser — unless it is byte for byte the part of
      the same name in ``checked`` (the template's, parsed when the template was read);
    - the content types name the main document, and every part has a content type;
    - every internal relationship of every part points at a part of the package.

    That is what a Word reader needs before it reads the text, at a fraction of the cost of
    building python-docx's object graph again for every file written.
    """
    name = package.path.name
    checked = checked or {}
    parsed: dict[str, Any] = {}
    for part, blob in package.parts.items():
        if is_xml_part(part):
            refuse_dtd(blob, f"{name}:{part}")
            if part in _STRUCTURE or checked.get(part) != blob:
                parsed[part] = parse_xml(blob, f"{name}:{part}")
    types = parsed["[Content_Types].xml"]
    defaults = {e.get("Extension", "").lower() for e in types.iter(f"{{{_CT}}}Default")}
    overrides = {
        e.get("PartName", "").lstrip("/"): e.get("ContentType", "")
        for e in types.iter(f"{{{_CT}}}Override")
    }
    if overrides.get("word/document.xml", "") not in _MAIN_TYPES:
        raise UnsafePackageError(
            N_("{name}: cannot be reopened as a Word document ({reason})."),
            name=name,
            reason="word/document.xml is not the main document part",
        )
    for part in package.parts:
        if part == "[Content_Types].xml" or part.endswith("/"):
            continue
        if part not in overrides and part.rsplit(".", 1)[-1].lower() not in defaults:
            raise UnsafePackageError(
                N_("{name}: cannot be reopened as a Word document ({reason})."),
                name=name,
                reason=f"{part} has no content type",
            )
    for rels_name, blob in package.parts.items():
        if not rels_name.endswith(".rels"):
            continue
        rels = parsed.get(rels_name)
        if rels is None:
            rels = parse_xml(blob, f"{name}:{rels_name}")
        folder = posixpath.dirname(posixpath.dirname(rels_name))  # word/_rels/x.rels → word
        for rel in rels.iter(f"{{{_RELS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            resolved = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            if resolved not in package.parts:
                raise UnsafePackageError(
                    N_("{name}: cannot be reopened as a Word document ({reason})."),
                    name=name,
                    reason=f"{rels_name} points at {target}, which is missing",
                )


_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_STRUCTURE = frozenset({"[Content_Types].xml"})  # always parsed: the check reads them
_MAIN_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    }
)


def export_docx(
    render_fn: Callable[[Path], object],
    target: Path,
    checked: Mapping[str, bytes] | None = None,
) -> Path:
    """Render with ``render_fn(temp_path)``, validate, and move into place at ``target``;
    ``checked``: parts known to parse (see :func:`validate_docx`). When ``render_fn`` returns
    the entries it wrote (:func:`~desktop.documents.render.render_docx` does), they are
    checked in memory; otherwise the file is read again."""
    written: dict[str, bytes] = {}

    def write(tmp: Path) -> None:
        written.clear()
        result = render_fn(tmp)
        if isinstance(result, Mapping):
            written.update(result)

    def check(tmp: Path) -> None:
        if written:
            check_package(Package(tmp, b"", written, {}), checked)
        else:
            validate_docx(tmp, checked)

    return write_atomically(Path(target), write, check)


def render(
    template: Template,
    content: Content,
    out: Path,
    *,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
) -> dict[str, bytes]:
    """Fill ``template`` with ``content`` into the DOCX ``out`` (not checked, not atomic:
    :func:`write` does both; the HWPX writer translates what this renders); the entries
    written, by name."""
    return render_docx(
        template.path,
        template.data,
        template.schema.names,
        content.values,
        fillers(content),
        out,
        fonts=fonts,
        translations=translations,
    )


def write(
    template: Template,
    content: Content,
    target: Path,
    *,
    lang: str,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
) -> Path:
    """Fill ``template`` with ``content`` and write the DOCX ``target`` atomically."""
    del lang  # the template is the language's own; the runs take the language of its styles
    return export_docx(
        partial(render, template, content, fonts=fonts, translations=translations),
        target,
        checked=template.parts,
    )


class _DocxWriter:
    format = "docx"
    suffix = ".docx"
    template_suffix = ".docx"
    load_template = staticmethod(load_template)
    check_template = staticmethod(check_template)
    write = staticmethod(write)


WRITER = _DocxWriter()
