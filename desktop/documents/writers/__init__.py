"""Writers: one module per output format, turning laid-out documents into files.

The documents are drafted by the core (:mod:`desktop.core`), laid out by the document builders
(:mod:`..bill`, :mod:`..release`, :mod:`..orgtables`, :mod:`..review`) as a format-neutral
:class:`~desktop.documents.content.Content` — plain ``values`` for the template's tags and
``blocks``: named parts, each a list of :mod:`..layout` blocks (paragraphs with named styles,
tables with merged cells, pictures, page breaks) — and handed to the writer of the chosen
format. Everything that knows a format lives in its writer module; nothing else does.

The interface
-------------
A writer module ``desktop/documents/writers/<format>.py`` defines ``WRITER``, an object with:

``format: str``
    Its name (``"docx"``), as given to :func:`writer`, ``generate(format=…)`` and
    ``orgdraft generate --format``; the module's name.
``suffix: str``
    The extension of the files it writes (``".docx"``); :class:`~..names.FileNames` adds it
    to the office's file-name pattern.
``template_suffix: str``
    The extension of the templates it reads (``".docx"``). :class:`~..templates.TemplateSet`
    looks for ``<office folder>/<lang>/<doc><template_suffix>``, then
    ``<office folder>/<doc><template_suffix>``, then the built-in
    ``templates/<lang>/<doc><template_suffix>``; ``doc`` is one of
    :data:`~..schema.DOCUMENTS` and the template may use the variables of its
    :class:`~..schema.DocumentSchema` and must define the named styles of :data:`~..schema.STYLES`.
``load_template(path, schema, *, builtin) -> Template``
    Read the template safely (size and package limits), lint it against ``schema`` (unknown
    variables, missing styles, unsafe tags) and return a :class:`Template`;
    raise :class:`~..errors.TemplateError` (or :class:`~..errors.TemplateSecurityError`)
    with located findings when any error stands, so that a broken template never yields a
    file. :func:`~..templates.load_template` keeps a template that passed until its file
    changes.
``check_template(path, schema) -> list[TemplateFinding]``
    The same checks, returning every finding (errors and warnings) instead of raising: the
    template check of Settings and ``orgdraft check-template``.
``write(template, content, target, *, lang, fonts, translations) -> Path``
    Fill ``template`` with ``content`` in language ``lang`` and write ``target`` atomically:
    render into a temporary file beside it, validate what was written (the post-write check
    of the format: it reopens, every part parses), then replace ``target``
    (:func:`~..export.write_atomically`; during an export the replacement waits until the
    whole set is made, :class:`~..export.Staging`). A file appears complete or not at all. Raises
    :class:`~..errors.TemplateError` when the template cannot be filled in and
    :class:`~..errors.ExportError` when the target cannot be written or the result is not
    valid. ``fonts`` (:class:`~..typography.Fonts`, may be ``None``) are the office's fonts,
    which a format applies as it can; ``translations`` serve the template's ``{% trans %}``.
    Strings in ``content.values`` are checked with :func:`~..text.check_values`.

Adding a format means adding its writer module here and its templates under ``templates/``
(the packaging collects both); :func:`formats` finds the module by its name.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import gettext

    from desktop.documents.content import Content
    from desktop.documents.errors import TemplateFinding
    from desktop.documents.schema import DocumentSchema
    from desktop.documents.typography import Fonts

DEFAULT_FORMAT = "docx"


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


class Writer(Protocol):
    """What a writer module's ``WRITER`` provides (see the module docstring)."""

    format: str
    suffix: str
    template_suffix: str

    def load_template(
        self, path: Path, schema: DocumentSchema, *, builtin: bool = False
    ) -> Template: ...

    def check_template(self, path: Path, schema: DocumentSchema) -> list[TemplateFinding]: ...

    def write(
        self,
        template: Template,
        content: Content,
        target: Path,
        *,
        lang: str,
        fonts: Fonts | None = None,
        translations: gettext.NullTranslations | None = None,
    ) -> Path: ...


def formats() -> tuple[str, ...]:
    """The formats there is a writer for, the default first."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return (DEFAULT_FORMAT, *(n for n in names if n != DEFAULT_FORMAT))


def writer(format: str = DEFAULT_FORMAT) -> Writer:
    """The writer of ``format`` (``"docx"``, ``"html"``); :class:`ValueError` for another."""
    if format not in formats():
        raise ValueError(f"unknown format {format!r}; one of {', '.join(formats())}")
    return importlib.import_module(f"{__name__}.{format}").WRITER


def writer_for_template(path: Path | str) -> Writer:
    """The writer that reads a template named like ``path`` (by its extension); the default
    writer for an extension no writer reads (its checks then report the file)."""
    suffix = Path(path).suffix.lower()
    for name in formats():
        found = writer(name)
        if found.template_suffix == suffix:
            return found
    return writer(DEFAULT_FORMAT)
