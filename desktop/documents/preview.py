"""The preview of a document as HTML: the same content as the export, drafted by the same
builders (:mod:`.bill`, :mod:`.release`, :mod:`.orgtables`, :mod:`.review`), laid into the
same template, written by the HTML writer (:mod:`.writers.html`), refused on the same
validation errors.

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
from desktop.documents.orgtables import org_tables
from desktop.documents.release import press_release
from desktop.documents.review import review_sheet
from desktop.documents.schema import DOCUMENTS
from desktop.documents.templates import Template, TemplateSet
from desktop.documents.writers.html import WRITER as HTML
from desktop.i18n import N_


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
    """The linted template of the HTML writer (:func:`~.templates.load_template` keeps it
    until its file changes)."""
    return TemplateSet(folder or None, writer=HTML).get(lang, doc)


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
    return HTML.render(template, content, lang=lang, translations=translations)
