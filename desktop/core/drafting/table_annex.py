"""The rows of changed annexes (별표) in the comparison table.

A new annex is ``<신 설>`` beside its full table, a deleted one the reverse; a changed one shows
both tables with the rows aligned (:class:`difflib.SequenceMatcher` on whole rows) and the
changed cells underlined; a changed heading is underlined whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher

from desktop.core.drafting.cells import Line, Row, Run, Spans, merge_runs, underlined
from desktop.core.drafting.diff import AnnexDiff, Status
from desktop.core.statute import Annex
from desktop.core.statute_render_en import MISSING


def annex_row(ad: AnnexDiff, lang: str, words: Mapping[str, object]) -> Row:
    """The row of a changed annex: heading and table rows, changed cells underlined."""
    label = f"별표 {ad.num.ko()}" if lang == "ko" else f"Annex {ad.num.en()}"
    marker = {Status.INSERTED: "new", Status.DELETED: "deleted"}.get(ad.status)
    if marker is not None:
        annex = ad.new if ad.status is Status.INSERTED else ad.old
        assert annex is not None
        lines = [[Run(_head(lang, annex), True)]]
        lines += [[Run(_row_text(cells), True)] for cells in _rows(lang, annex)]
        other = [[Run(str(words[marker]))]]
        return Row(label, other, lines) if marker == "new" else Row(label, lines, other)
    assert ad.old is not None and ad.new is not None
    cur = [underlined(*_whole(_head(lang, ad.old), _head(lang, ad.new), "old"))]
    new = [underlined(*_whole(_head(lang, ad.old), _head(lang, ad.new), "new"))]
    rows_cur, rows_new = _table_rows(_rows(lang, ad.old), _rows(lang, ad.new))
    return Row(label, cur + rows_cur, new + rows_new)


def _head(lang: str, annex: Annex) -> str:
    if lang == "ko":
        return f"[{annex.label}] {annex.title}".strip()
    return f"[{annex.label_en}] {annex.title_en or MISSING}"


def _rows(lang: str, annex: Annex) -> list[list[str]]:
    if lang == "ko":
        return annex.rows
    return annex.rows_en or ([[MISSING]] if annex.rows else [])


def _whole(old: str, new: str, side: str) -> tuple[str, Spans]:
    """A text with everything underlined when the two sides differ."""
    text = old if side == "old" else new
    return text, [(0, len(text))] if old != new else []


def _row_text(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _row_runs(cells: list[str], other: list[str] | None) -> Line:
    runs = [Run("| ")]
    for i, cell in enumerate(cells):
        changed = other is None or i >= len(other) or other[i] != cell
        runs += [Run(cell, changed), Run(" | " if i < len(cells) - 1 else " |")]
    return merge_runs(runs)


def _table_rows(old: list[list[str]], new: list[list[str]]) -> tuple[list[Line], list[Line]]:
    """Annex rows in both columns, changed cells underlined, aligned."""
    cur: list[Line] = []
    amd: list[Line] = []
    matcher = SequenceMatcher(None, [tuple(r) for r in old], [tuple(r) for r in new])
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):
            o = old[i1 + k] if i1 + k < i2 else None
            n = new[j1 + k] if j1 + k < j2 else None
            if tag == "equal":
                assert o is not None
                cur.append([Run(_row_text(o))])
                amd.append([Run(_row_text(o))])
                continue
            cur.append(_row_runs(o, n) if o is not None else [])
            amd.append(_row_runs(n, o) if n is not None else [])
    return cur, amd
