"""The DOCX writer: Word documents from the Word templates (``templates/<lang>/<doc>.docx``).

The interface is described in :mod:`desktop.documents.writers`. Here a template is a DOCX
with Jinja tags, read by :func:`~desktop.documents.package.read_package` (zip limits, hardened
XML) and linted by :func:`~desktop.documents.lint.lint_package`; a document is rendered by
:func:`~desktop.documents.render.render_docx` (docxtpl in the sandboxed environment) with the
layout parts written into python-docx sub-documents (:mod:`desktop.documents.docxparts`); the
written file must reopen (:func:`validate_docx`) before it replaces the target.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.packuri import PACKAGE_URI
from docx.opc.part import XmlPart

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
    is_xml_part,
    parse_xml,
    read_package,
    read_parts,
    refuse_dtd,
)
from desktop.documents.render import render_docx
from desktop.documents.schema import DocumentSchema
from desktop.documents.templates import Template
from desktop.documents.typography import Fonts
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
    """The DOCX template at ``path``, read and linted; raises when it must not be rendered."""
    try:
        package = read_package(path)
    except UnsafePackageError as exc:
        raise TemplateError(path, [_package_finding(path, exc)]) from None
    findings = lint_package(package, schema)
    errors = [f for f in findings if f.is_error]
    if any(f.code == "E-TPL-SECURITY" for f in errors):
        raise TemplateSecurityError(path, findings)
    if errors:
        raise TemplateError(path, findings)
    return Template(path, package.data, schema, tuple(findings), builtin, package.parts)


def validate_docx(path: Path, checked: Mapping[str, bytes] | None = None) -> None:
    """Raise :class:`UnsafePackageError` unless ``path`` is a sound DOCX: the zip opens within
    the limits, every XML part parses, python-docx reopens it.

    Each XML part is parsed once. python-docx's reopen parses the parts it loads (the
    document, styles, numbering, settings, headers and footers, properties, relationships and
    content types); the hardened parser parses the others — unless the part is byte for byte
    the part of the same name in ``checked`` (the template's, parsed when it was read).
    """
    package = read_parts(path)
    xml_parts = {name: blob for name, blob in package.parts.items() if is_xml_part(name)}
    for name, blob in xml_parts.items():
        refuse_dtd(blob, f"{path.name}:{name}")
    try:
        document = docx.Document(io.BytesIO(package.data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        for name, blob in xml_parts.items():  # name the part that does not parse, if one
            parse_xml(blob, f"{path.name}:{name}")
        raise UnsafePackageError(
            N_("{name}: cannot be reopened as a Word document ({reason})."),
            name=path.name,
            reason=str(exc),
        ) from exc
    reopened = _parsed_on_reopen(document)
    checked = checked or {}
    for name, blob in xml_parts.items():
        if name not in reopened and checked.get(name) != blob:
            parse_xml(blob, f"{path.name}:{name}")


def _parsed_on_reopen(document: DocxDocument) -> set[str]:
    """The zip entries python-docx parsed when it opened ``document``: the content types, the
    XML parts it loaded and the relationships of every part it reached."""
    names = {"[Content_Types].xml", PACKAGE_URI.rels_uri.membername}
    for part in document.part.package.iter_parts():
        if isinstance(part, XmlPart):
            names.add(part.partname.membername)
        names.add(part.partname.rels_uri.membername)
    return names


def export_docx(
    render_fn: Callable[[Path], None],
    target: Path,
    checked: Mapping[str, bytes] | None = None,
) -> Path:
    """Render with ``render_fn(temp_path)``, validate, and move into place at ``target``;
    ``checked``: parts known to parse (see :func:`validate_docx`)."""
    return write_atomically(Path(target), render_fn, partial(validate_docx, checked=checked))


def render(
    template: Template,
    content: Content,
    out: Path,
    *,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
) -> None:
    """Fill ``template`` with ``content`` into the DOCX ``out`` (not checked, not atomic:
    :func:`write` does both; the HWPX writer translates what this renders)."""
    render_docx(
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
