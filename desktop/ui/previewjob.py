"""The preview's work, done off the GUI thread: draft one document from a snapshot of the
project and draw its organization charts; the GUI thread only sets the HTML.

The drafting itself is :func:`desktop.documents.preview.preview_html` (imported on first use:
the window starts without docx, lxml and Jinja). The HTML is not laid out here: PySide keeps
the interpreter lock through ``QTextDocument.setHtml`` and its layout, so a layout here would
stall the GUI thread as long as one there, while the view lays out only what it shows and the
rest in small steps (measured in ``bench/bench_preview.py``).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from desktop.core.org import Organization, chart_titles
from desktop.core.project import DraftInputs, Project
from desktop.core.rules import DraftingOptions
from desktop.core.statute_parse import ParseMessage
from desktop.i18n import N_, Message

CHART_SCALE = 0.6  # the export draws at 2.0 for print; 0.6 is about the width the pane shows


@dataclass(frozen=True)
class PreviewRequest:
    """What the preview drafts: the document, its language and instrument, and the settings
    that shape it."""

    doc: str  # bill, table, press, org, review
    lang: str = "ko"
    key: str | None = None  # the instrument of a bill or comparison table
    hyphens: bool = True
    options: DraftingOptions = field(default_factory=DraftingOptions)
    template_folder: str | None = None
    press_defaults: tuple[tuple[str, str], ...] = ()  # the official's details (settings)
    today: dt.date | None = None


@dataclass
class Waiting:
    """An instrument whose text waits to be corrected: validate.waiting_note and the text's
    error-level parse messages (with their lines)."""

    note: Message
    errors: list[ParseMessage]


@dataclass
class PreviewResult:
    """A drafted preview: its HTML, or the error met, or, when the document asked for needs a
    text that waits to be corrected (:func:`~desktop.documents.preview.waiting_for`), each such
    text's note and errors and, for a document other than that text's own bill or table, why
    it waits too (``waits_too``); the bills drafted on the way and the seconds the worker
    spent."""

    request: PreviewRequest
    html: str = ""
    error: Exception | None = None
    bills: list[tuple[str, str, str]] = field(default_factory=list)  # key, Korean, English
    seconds: float = 0.0  # spent on the worker
    waiting: list[Waiting] = field(default_factory=list)  # in the project's order
    waits_too: Message | None = None


def render_preview(project: Project, request: PreviewRequest) -> PreviewResult:
    """Draft ``request.doc`` from ``project`` (a snapshot nobody else touches); a failure is
    returned in ``error``, never raised."""
    from desktop.documents.preview import bill_keys, preview_html, waiting_for

    start = time.perf_counter()
    result = PreviewResult(request)
    inputs: DraftInputs | None = None
    try:
        if request.press_defaults:
            from desktop.core.press import with_press_defaults

            project = with_press_defaults(project, dict(request.press_defaults))
        inputs = project.draft_inputs(request.options)
        result.bills = _bills(inputs, bill_keys)
        waits = waiting_for(inputs, request.doc)
        if waits:  # nothing drafted from a text that cannot be read
            result.waiting = [_waiting(project, inputs, key) for key in waits]
            key = request.key or next((k for k, _ko, _en in result.bills), None)
            result.waits_too = _waits_too(project, request.doc, key, waits)
        else:
            charts = chart_images(project, inputs, request.lang) if request.doc == "org" else None
            result.html = preview_html(
                inputs,
                request.doc,
                request.lang,
                request.key,
                request.today,
                hyphens=request.hyphens,
                charts=charts,
                template_folder=request.template_folder,
            )
    except Exception as exc:  # shown in the pane by the page, which decides how
        result.error = exc
    finally:
        if inputs is not None:
            inputs.release()  # freed here, not by a full collection that stalls the window
    result.seconds = time.perf_counter() - start
    return result


def _waiting(project: Project, inputs: DraftInputs, key: str) -> Waiting:
    from desktop.core.validate import waiting_note

    messages = inputs.parsed[key][1]
    return Waiting(waiting_note(project, key), [m for m in messages if m.severity == "error"])


def _waits_too(project: Project, doc: str, key: str | None, waits: list[str]) -> Message | None:
    """Why a document that is not a waiting text's own bill or table waits as well."""
    if doc == "review":
        return Message(
            N_(
                "The bilingual review sheet sets the bills side by side, so it is drafted once "
                "the text is corrected."
            )
        )
    if key is None or key in waits:  # the note says it
        return None
    from desktop.core.validate import instrument_words

    return Message(
        N_("Drafting of the {instrument} reads every instrument's text, so it waits too."),
        {"instrument": instrument_words(project, key)},
    )


def _bills(inputs: DraftInputs, bill_keys) -> list[tuple[str, str, str]]:
    try:
        keys = bill_keys(inputs)
    except Exception:  # the drafting error shows with the document itself
        return []
    instruments = inputs.old_instruments
    return [
        (k, instruments[k].title, instruments[k].title_en or instruments[k].title) for k in keys
    ]


# -- organization charts ----------------------------------------------------------------------
_charts: OrderedDict[tuple, list[tuple[str, bytes]]] = OrderedDict()
_charts_lock = threading.Lock()


def _shape(org: Organization) -> tuple:
    return tuple((u.id, u.kind, u.parent_id, u.name_ko, u.name_en) for u in org)


def chart_images(project: Project, inputs: DraftInputs, lang: str) -> list[tuple[str, bytes]]:
    """The before and after charts (caption, PNG) as the export draws them, at the preview's
    scale; kept for the last few shapes of the organization, as most edits change no box."""
    from desktop.chart.orgchart import chart_png, marks_after, marks_before

    applied = inputs.applied
    before, after = marks_before(project.org, applied), marks_after(applied)
    key = (
        lang,
        _shape(project.org),
        _shape(applied.org),
        tuple(sorted((k, tuple(v)) for k, v in before.items())),
        tuple(sorted((k, tuple(v)) for k, v in after.items())),
    )
    with _charts_lock:
        if key in _charts:
            _charts.move_to_end(key)
            return _charts[key]
    captions = chart_titles(lang)
    charts = [
        (captions[0], chart_png(project.org, before, lang, captions[0], scale=CHART_SCALE)),
        (captions[1], chart_png(applied.org, after, lang, captions[1], scale=CHART_SCALE)),
    ]
    with _charts_lock:
        _charts[key] = charts
        while len(_charts) > 4:
            _charts.popitem(last=False)
    return charts
