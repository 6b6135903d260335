"""The drafting engine: amendment sentences (개정문), 부칙 and the comparison table
(신구조문대비표).

Everything here is plain Python (no Qt). The pieces, from the bottom up:

- :mod:`.quoting` / :mod:`.textdiff` — word diff of one provision and the smallest whole
  units to quote (without punctuation and particles);
- :mod:`.location` — provision addresses and how Korean bills cite them (같은 조, ranges);
- :mod:`.diff` — structural diff of two versions of an instrument;
- :mod:`.clauses` / :mod:`.plan` — the clauses and sentences a bill needs, shared by both
  languages;
- :mod:`.sentences` / :mod:`.sentences_en` — the amendment text in Korean / English;
- :mod:`.addenda` — the 부칙 (enforcement, transitional provisions, other instruments);
- :mod:`.cells`, :mod:`.table`, :mod:`.table_annex` / :mod:`.table_text` — the comparison
  table as rows of underlined runs, and as plain text.

Typical use::

    text = amendment_text(current, amended, atomic_terms=unit_names)
    print(text)  # 「…」 일부를 다음과 같이 개정한다. + the sentences and new texts
    table = comparison_table(current, amended, atomic_terms=unit_names)
"""

from desktop.core.drafting.addenda import (
    Addenda,
    Enforcement,
    FreeProvision,
    OtherAmendment,
    StagedDate,
    Succession,
    Validity,
    renamed,
    render_addenda,
    render_addenda_en,
)
from desktop.core.drafting.cells import ComparisonTable, Row, Run
from desktop.core.drafting.diff import (
    AnnexDiff,
    ArticleDiff,
    InstrumentDiff,
    ProvisionDiff,
    Status,
    diff_instruments,
)
from desktop.core.drafting.location import Location, Part
from desktop.core.drafting.sentences import (
    AmendmentText,
    Sentence,
    amendment_text,
    render_amendment,
)
from desktop.core.drafting.sentences_en import amendment_text_en, render_amendment_en
from desktop.core.drafting.table import comparison_table, table_from_diff
from desktop.core.drafting.table_text import render_table_text
from desktop.core.drafting.textdiff import Edit, Replacement, TextDiff, diff_text

__all__ = [
    "Addenda",
    "AmendmentText",
    "AnnexDiff",
    "ArticleDiff",
    "ComparisonTable",
    "Edit",
    "Enforcement",
    "FreeProvision",
    "InstrumentDiff",
    "Location",
    "OtherAmendment",
    "Part",
    "ProvisionDiff",
    "Replacement",
    "Row",
    "Run",
    "Sentence",
    "StagedDate",
    "Status",
    "Succession",
    "TextDiff",
    "Validity",
    "amendment_text",
    "amendment_text_en",
    "comparison_table",
    "diff_instruments",
    "diff_text",
    "renamed",
    "render_addenda",
    "render_addenda_en",
    "render_amendment",
    "render_amendment_en",
    "render_table_text",
    "table_from_diff",
]
