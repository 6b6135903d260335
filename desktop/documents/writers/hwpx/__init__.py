"""The HWPX writer: 한/글's own format (OWPML, KS X 6101) from the same Word templates.

The interface is described in :mod:`desktop.documents.writers`. A document is rendered as the
DOCX writer renders it (the office's template, its fonts from Settings) into a temporary
file, then translated into an HWPX (:mod:`.translate`): the DOCX's sections, paragraphs,
runs, tables and pictures, each paragraph in a 한/글 style named as 한/글 users know them
(:mod:`.styles`: 바탕글, 본문, 개요 1 …) whose fonts, sizes, indents and spacing are the
DOCX style's (:mod:`.looks`). So the HWPX says word for word what the DOCX says and looks as
it does. The written file must pass python-hwpx's validators before it replaces the target.
"""

from __future__ import annotations

import contextlib
import gettext
from pathlib import Path

from desktop.documents.content import Content
from desktop.documents.export import write_atomically
from desktop.documents.typography import Fonts
from desktop.documents.writers import Template
from desktop.documents.writers import docx as docx_writer
from desktop.documents.writers.hwpx.translate import check_hwpx, docx_to_hwpx


def write(
    template: Template,
    content: Content,
    target: Path,
    *,
    lang: str,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
) -> Path:
    """Fill ``template`` with ``content`` as a DOCX, translate it and write the HWPX
    ``target`` atomically."""

    def render(tmp: Path) -> None:
        source = tmp.with_name(tmp.name + ".docx")
        try:
            docx_writer.render(template, content, source, fonts=fonts, translations=translations)
            tmp.write_bytes(docx_to_hwpx(source))
        finally:
            with contextlib.suppress(FileNotFoundError):
                source.unlink()

    del lang
    return write_atomically(Path(target), render, check_hwpx)


class _HwpxWriter:
    format = "hwpx"
    suffix = ".hwpx"
    template_suffix = ".docx"
    load_template = staticmethod(docx_writer.load_template)
    check_template = staticmethod(docx_writer.check_template)
    write = staticmethod(write)


WRITER = _HwpxWriter()
