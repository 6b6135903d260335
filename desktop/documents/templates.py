"""Where templates come from: the office's own folder first, the built-in set as fallback.

``TemplateSet(folder, writer)`` finds ``<folder>/<lang>/<doc><suffix>`` (or
``<folder>/<doc><suffix>``), else the built-in ``templates/<lang>/<doc><suffix>``, where
``suffix`` is the template extension of the output format's writer (:mod:`.writers`);
:meth:`TemplateSet.get` has the writer read it safely, lint it against the document's schema
and refuse it (:class:`TemplateError`) when any error stands — so a broken template never
yields a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.documents.errors import DocumentError, TemplateFinding
from desktop.documents.schema import SCHEMAS, DocumentSchema
from desktop.documents.writers import DEFAULT_FORMAT, Template, writer_for_template
from desktop.documents.writers import writer as writer_of
from desktop.i18n import N_

if TYPE_CHECKING:
    from desktop.documents.writers import Writer

LANGS = ("ko", "en")
__all__ = ["LANGS", "Template", "TemplateSet", "check_template", "load_template"]


class TemplateSet:
    """The templates of one office for one output format: ``folder`` (may be ``None``) over
    the built-in set; ``writer``: a writer or a format name (DOCX by default)."""

    def __init__(
        self,
        folder: Path | str | None = None,
        builtin: Path | None = None,
        writer: Writer | str = DEFAULT_FORMAT,
    ) -> None:
        self.folder = Path(folder) if folder else None
        self.builtin = builtin or paths.templates_dir()
        self.writer = writer_of(writer) if isinstance(writer, str) else writer
        self._cache: dict[tuple[str, str], Template] = {}

    def locate(self, lang: str, doc: str) -> tuple[Path, bool]:
        """The file for ``doc`` in ``lang`` and whether it is the built-in one."""
        if doc not in SCHEMAS:
            raise KeyError(doc)
        name = f"{doc}{self.writer.template_suffix}"
        if self.folder is not None:
            for candidate in (self.folder / lang / name, self.folder / name):
                if candidate.is_file():
                    return candidate, False
        path = self.builtin / lang / name
        if not path.is_file():
            raise DocumentError(
                N_("Template {name} not found ({path})."), name=f"{lang}/{name}", path=str(path)
            )
        return path, True

    def check(self, lang: str, doc: str) -> list[TemplateFinding]:
        """The findings of the template for ``doc`` in ``lang`` (errors and warnings)."""
        path, _ = self.locate(lang, doc)
        return self.writer.check_template(path, SCHEMAS[doc])

    def get(self, lang: str, doc: str) -> Template:
        """The linted template; :class:`TemplateError` when it has errors."""
        key = (lang, doc)
        if key not in self._cache:
            path, builtin = self.locate(lang, doc)
            self._cache[key] = load_template(
                path, SCHEMAS[doc], builtin=builtin, writer=self.writer
            )
        return self._cache[key]


def check_template(path: Path, schema: DocumentSchema) -> list[TemplateFinding]:
    """Every finding of the template at ``path``, checked by the writer that reads its kind
    of file."""
    return writer_for_template(path).check_template(Path(path), schema)


_LINTED: dict[tuple, Template] = {}  # templates that passed, by file, size and time
_LINTED_MAX = 64


def _stamp(path: Path, schema: DocumentSchema, builtin: bool, writer: Writer) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    # Writers that read their templates alike (DOCX and the HTML preview) share a linted one.
    loader = writer.load_template
    reader = (getattr(loader, "__module__", ""), getattr(loader, "__qualname__", writer.format))
    return (str(path.resolve()), schema.doc, builtin, reader, info.st_size, info.st_mtime_ns)


def load_template(
    path: Path, schema: DocumentSchema, builtin: bool = False, writer: Writer | None = None
) -> Template:
    """Read, check and lint one template with ``writer`` (by default the one that reads its
    kind of file); raise when it must not be rendered.

    A template that passed is remembered by its file, size and modification time, so the next
    export or preview in the same process does not read and lint it again; a template saved
    anew in Word is read and linted again."""
    path = Path(path)
    writer = writer or writer_for_template(path)
    stamp = _stamp(path, schema, builtin, writer)
    if stamp is not None and stamp in _LINTED:
        return _LINTED[stamp]
    template = writer.load_template(path, schema, builtin=builtin)
    if stamp is not None:
        if len(_LINTED) >= _LINTED_MAX:
            _LINTED.clear()
        _LINTED[stamp] = template
    return template
