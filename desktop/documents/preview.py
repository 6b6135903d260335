"""The preview of a document as HTML: the same content as the export, drafted by the same
builders (:mod:`.bill`, :mod:`.release`, :mod:`.orgtables`, :mod:`.review`), laid into the
same template, written by the HTML writer (:mod:`.writers.html`), refused on the same
validation errors, but for an instrument's text that waits to be corrected
(:attr:`~desktop.core.project.DraftInputs.waiting`): the documents that read no instrument's
new text are still drafted (:func:`waiting_for`).

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

from desktop.core.findings import Finding, PlaceKind
from desktop.core.project import DraftInputs
from desktop.core.validate import validate
from desktop.documents.build import content_of
from desktop.documents.generate import ValidationFailed, changed_instruments
from desktop.documents.templates import Template, TemplateSet
from desktop.documents.writers.html import WRITER as HTML


def bill_keys(inputs: DraftInputs) -> list[str]:
    """The instruments that have a bill and a comparison table (those the changes amend), and
    those whose text waits to be corrected (:attr:`DraftInputs.waiting`), which are not drafted:
    whether the changes amend them is known once their text reads."""
    if not inputs.waiting:
        return changed_instruments(inputs)
    draft = inputs.draft
    return [key for key in inputs.old_instruments if key in inputs.waiting or draft[key].amended]


# The documents drafted from the organization model alone (the changes applied to it, the
# project's details and the instruments' titles as pasted): the press release's figures and
# paragraphs and the organization tables read no instrument's new text.
FROM_ORGANIZATION = frozenset({"press", "org"})


def waiting_for(inputs: DraftInputs, doc: str) -> list[str]:
    """The instruments whose text waits to be corrected (:attr:`DraftInputs.waiting`) that
    document ``doc`` cannot be drafted without, in the project's order: every one for a bill,
    a comparison table and the review sheet (which sets the bills side by side), since each
    instrument's new text is drafted reading every text (where a unit's duties already stand);
    none for the press release and the organization tables (:data:`FROM_ORGANIZATION`)."""
    if doc in FROM_ORGANIZATION:
        return []
    return [key for key in inputs.old_instruments if key in inputs.waiting]


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
    has validation errors (a waiting text's parse errors only for a document that needs that
    text, :func:`waiting_for`) and :class:`~desktop.documents.errors.DocumentError` when the
    document cannot be drafted (each with a message in Korean and English)."""
    if lang not in ("ko", "en"):
        raise ValueError(f"unknown language {lang!r}")
    findings = validate(inputs.project, inputs)
    if not waiting_for(inputs, doc):  # drafted without the texts that wait, if any
        findings = [f for f in findings if not _waits(inputs, f)]
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


def _waits(inputs: DraftInputs, finding: Finding) -> bool:
    """Whether ``finding`` is a parse error of a text that waits to be corrected."""
    place = finding.place
    return (
        finding.code == "E-STATUTE-LINE"
        and place.kind is PlaceKind.STATUTE_LINE
        and place.ref in inputs.waiting
    )
