"""The one place a document is built by name: which builder lays out ``doc`` in ``lang``
(:mod:`.bill`, :mod:`.release`, :mod:`.orgtables`, :mod:`.review`) as a format-neutral
:class:`~.content.Content`, for the export (:mod:`.generate`) and the preview (:mod:`.preview`)
alike; a writer (:mod:`.writers`) then writes it."""

from __future__ import annotations

import datetime as dt

from desktop.core.project import DraftInputs
from desktop.documents import bill as bill_doc
from desktop.documents.content import Content
from desktop.documents.errors import DocumentError
from desktop.documents.orgtables import Charts, org_tables
from desktop.documents.release import press_release
from desktop.documents.review import review_sheet
from desktop.documents.schema import DOCUMENTS
from desktop.i18n import N_


def content_of(
    inputs: DraftInputs,
    doc: str,
    lang: str,
    key: str | None,
    today: dt.date,
    *,
    hyphens: bool = True,
    charts: Charts | None = None,
) -> Content:
    """What document ``doc`` in ``lang`` is filled with (``key``: the instrument of a bill or
    comparison table, the first amended one by default)."""
    if doc in ("bill", "table"):
        keys = inputs.draft.amended_keys
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
        return review_sheet(inputs, lang, today, list(inputs.draft.amended_keys))
    raise ValueError(f"unknown document {doc!r}; one of {', '.join(DOCUMENTS)}")
