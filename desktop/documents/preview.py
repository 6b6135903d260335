"""The preview of a document as HTML: the same content as the export, drafted by the same
builders (:mod:`.bill`, :mod:`.release`, :mod:`.orgtables`, :mod:`.review`), laid into the
same template (:mod:`.htmltemplate`), refused on the same validation errors.

:func:`preview_html` is pure Python and reads its inputs only, so the window runs it on a
worker thread over a snapshot of the project. The organization charts are pictures drawn by
the caller (``charts``, as for :func:`.generate.generate`); without them the preview says so,
as the export does.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Sequence
from pathlib import Path

from desktop.core.project import DraftInputs
from desktop.core.validate import validate
from desktop.documents import bill as bill_doc
from desktop.documents.content import Content
from desktop.documents.errors import DocumentError
from desktop.documents.generate import ValidationFailed, changed_instruments
from desktop.documents.htmlparts import part_html
from desktop.documents.htmltemplate import render_html
from desktop.documents.orgtables import org_tables
from desktop.documents.release import press_release
from desktop.documents.review import review_sheet
from desktop.documents.schema import DOCUMENTS
from desktop.documents.templates import Template, TemplateSet
from desktop.documents.text import check_values
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


def bill_keys(inputs: DraftInputs) -> list[str]:
    """The instruments that have a bill and a comparison table (those the changes amend)."""
    return changed_instruments(inputs)


def content_of(
    inputs: DraftInputs,
    doc: str,
    lang: str,
    key: str | None,
    today: dt.date,
    *,
    hyphens: bool = True,
    charts: list[tuple[str, bytes]] | None = None,
) -> Content:
    """What document ``doc`` in ``lang`` is filled with (``key``: the instrument of a bill or
    comparison table, the first amended one by default)."""
    if doc in ("bill", "table"):
        keys = changed_instruments(inputs)
        if not keys:
            raise DocumentError(
                N_("No instrument is amended by the changes, so there is no bill yet.")
            )
        if key is None:
            key = keys[0]
        if key not in keys:
            raise DocumentError(
                N_("The instrument '{key}' is not amended by the changes."), key=key
            )
        build = bill_doc.bill if doc == "bill" else bill_doc.table_doc
        return build(inputs, key, lang, today, hyphens)
    if doc == "press":
        return press_release(inputs, lang, today)
    if doc == "org":
        return org_tables(inputs, lang, today, charts)
    if doc == "review":
        return review_sheet(inputs, lang, today, changed_instruments(inputs))
    raise ValueError(f"unknown document {doc!r}; one of {', '.join(DOCUMENTS)}")


def template_for(folder: Path | str | None, lang: str, doc: str) -> Template:
    """The linted template (:func:`~.templates.load_template` keeps it until its file
    changes)."""
    return TemplateSet(folder or None).get(lang, doc)


def page(body: str, lang: str = "ko") -> str:
    """A whole HTML page around a body: the preview's style sheet, the language."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><style>{STYLE}</style></head>'
        f"<body>{body}</body></html>"
    )


def preview_html(
    inputs: DraftInputs,
    doc: str,
    lang: str,
    key: str | None = None,
    today: dt.date | None = None,
    *,
    hyphens: bool = True,
    charts: Sequence[tuple[str, bytes]] | None = None,
    template_folder: Path | str | None = None,
    translations: gettext.NullTranslations | None = None,
) -> str:
    """Document ``doc`` (``bill``, ``table``, ``press``, ``org``, ``review``) in ``lang`` as an
    HTML page. Raises :class:`~desktop.documents.generate.ValidationFailed` while the project
    has validation errors and :class:`~desktop.documents.errors.DocumentError` when the
    document cannot be drafted (each with a message in Korean and English)."""
    if lang not in ("ko", "en"):
        raise ValueError(f"unknown language {lang!r}")
    findings = validate(inputs.project, inputs)
    if any(f.is_error for f in findings):
        raise ValidationFailed(findings)
    content = content_of(
        inputs,
        doc,
        lang,
        key,
        today or dt.date.today(),
        hyphens=hyphens,
        charts=list(charts) if charts else None,
    )
    template = template_for(template_folder, lang, doc)
    values = check_values(dict(content.values))
    parts = {name: part_html(part) for name, part in content.blocks.items()}
    return page(render_html(template.data, values, parts, translations), lang)
