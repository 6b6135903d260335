"""The HTML writer: the documents as web pages, from the same Word templates.

The interface is described in :mod:`desktop.documents.writers`. The template is the DOCX
template of the document (read and linted as the DOCX writer reads it), turned into an HTML
template by :mod:`desktop.documents.htmltemplate` so that the page shows the template's own
fixed text and order; the layout parts are written by :mod:`desktop.documents.htmlparts` in
the style classes of :data:`STYLE`. The preview shows these pages; ``orgdraft generate
--format html`` writes them as ``.html`` files (UTF-8), checked after writing.
"""

from __future__ import annotations

import gettext
from pathlib import Path

from desktop.documents.content import Content
from desktop.documents.errors import UnsafePackageError
from desktop.documents.export import write_atomically
from desktop.documents.htmlparts import part_html
from desktop.documents.htmltemplate import render_html
from desktop.documents.text import NO_BREAK_HYPHEN, check_values
from desktop.documents.typography import Fonts
from desktop.documents.writers import Template
from desktop.documents.writers.docx import check_template, load_template
from desktop.i18n import N_

STYLE = """
body { font-family: "Malgun Gothic", "맑은 고딕", "NanumGothic", "Noto Sans CJK KR", sans-serif;
       font-size: 11pt; color: #111111; }
p { margin-top: 0px; margin-bottom: 3px; }
.od-body { margin-bottom: 6px; }
.od-title { font-size: 16pt; font-weight: bold; margin-top: 8px; margin-bottom: 8px;
            text-align: center; }
.od-statute-title { font-size: 14pt; font-weight: bold; margin-top: 10px; margin-bottom: 6px;
                    text-align: center; }
.od-heading { font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
.od-point-1 { margin-left: 16px; }
.od-point-2 { margin-left: 34px; }
.od-point-3 { margin-left: 52px; }
.od-point-4 { margin-left: 66px; }
.od-caption { font-weight: bold; margin-top: 10px; }
.od-press-point { margin-top: 8px; margin-left: 0px; }
.od-press-detail { margin-left: 22px; margin-top: 2px; }
.od-note { color: #404040; font-size: 10pt; }
.od-mark { color: #1F4E9A; font-weight: bold; }
table.od-table { border-collapse: collapse; border-color: #808080; margin-top: 4px;
                 margin-bottom: 8px; font-size: 10pt; }
th { font-weight: bold; }
th p, td p { margin-bottom: 0px; }
.od-table-head { font-weight: bold; text-align: center; }
hr.od-page-break { margin-top: 14px; margin-bottom: 14px; }
"""


def page(body: str, lang: str = "ko") -> str:
    """A whole HTML page around a body: the style sheet, the language."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><style>{STYLE}</style></head>'
        f"<body>{body}</body></html>"
    )


def render(
    template: Template,
    content: Content,
    *,
    lang: str,
    translations: gettext.NullTranslations | None = None,
) -> str:
    """``content`` in ``template`` as a whole HTML page in ``lang``. A no-break hyphen (a
    telephone number's in the release header, which the DOCX writes as Word's) is a plain
    hyphen here, as before: the page is read and copied from, and a number copied with
    U+2011 in it is no number to dial or search for."""
    values = check_values(dict(content.values))
    parts = {name: part_html(part) for name, part in content.blocks.items()}
    html = page(render_html(template.data, values, parts, translations), lang)
    return html.replace(NO_BREAK_HYPHEN, "-")


def validate_html(path: Path) -> None:
    """Raise :class:`UnsafePackageError` unless ``path`` holds a whole page in UTF-8."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsafePackageError(
            N_("{name}: not UTF-8 text ({reason})."), name=path.name, reason=str(exc)
        ) from exc
    if not text.startswith("<html") or not text.rstrip().endswith("</html>") or "\0" in text:
        raise UnsafePackageError(N_("{name}: not a whole HTML page."), name=path.name)


def write(
    template: Template,
    content: Content,
    target: Path,
    *,
    lang: str,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
) -> Path:
    """Fill ``template`` with ``content`` and write the page ``target`` atomically. The
    office's ``fonts`` are not applied: the page names its fonts in :data:`STYLE`."""
    del fonts
    text = render(template, content, lang=lang, translations=translations)
    return write_atomically(
        Path(target), lambda tmp: tmp.write_bytes(text.encode("utf-8")), validate_html
    )


class _HtmlWriter:
    format = "html"
    suffix = ".html"
    template_suffix = ".docx"
    load_template = staticmethod(load_template)
    check_template = staticmethod(check_template)
    write = staticmethod(write)
    render = staticmethod(render)


WRITER = _HtmlWriter()
