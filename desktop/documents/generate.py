"""Generate the document set of a project: the one entry point for the CLI and the UI.

:func:`generate` refuses (``ValidationFailed``, nothing written) while the project has
validation errors; loads and lints every template it needs before writing anything (a broken
template never yields a file); then renders each document atomically. The organization chart
is drawn by the caller's ``draw_chart`` (:func:`desktop.chart.orgchart.chart_pages` in the
CLI and the UI), which keeps this package free of Qt.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

from desktop.core.apply import ApplyResult
from desktop.core.findings import Finding
from desktop.core.gate import gate_findings
from desktop.core.org import Organization, chart_titles
from desktop.core.project import DraftInputs, Project
from desktop.core.rules import DraftingOptions
from desktop.core.validate import validate
from desktop.documents.build import content_of
from desktop.documents.content import Content
from desktop.documents.errors import DocumentError, ExportError
from desktop.documents.export import (
    ExportCancelledDuringCommit,
    Staging,
    export_bytes,
    remove_orphans,
)
from desktop.documents.names import FileNames, short_name
from desktop.documents.schema import DOCUMENTS
from desktop.documents.templates import TemplateSet
from desktop.documents.typography import Fonts
from desktop.documents.writers import DEFAULT_FORMAT, Writer, writer
from desktop.i18n import N_, Pair, ngettext_noop, pick, translate

# (old organization, apply result, lang) → (before, after): each a PNG, or its pages' PNGs
Chart = bytes | Sequence[bytes]
ChartDrawer = Callable[[Organization, ApplyResult, str], tuple[Chart, Chart]]


def _pages(chart: Chart) -> list[bytes]:
    return [chart] if isinstance(chart, bytes) else list(chart)


class ValidationFailed(DocumentError):
    """The project has validation errors; ``findings`` lists them (errors first)."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.errors = [f for f in findings if f.is_error]
        super().__init__("")

    def message(self, lang: str = "ko") -> str:
        singular, plural = ngettext_noop(
            "{n} validation error; no document was written.",
            "{n} validation errors; no document was written.",
        )
        head = translate(singular, {"n": len(self.errors)}, lang, plural=plural)
        return "\n".join([head, *(f.format(lang) for f in self.errors)])


class ExportCancelled(DocumentError):
    """The caller cancelled; ``written`` are the files completed before (each whole)."""

    def __init__(self, written: list[Path]) -> None:
        self.written = written
        super().__init__(N_("Cancelled; the files written before remain, each complete."))


# Progress: (files done, files in all, the file written — None when skipped).
Progress = Callable[[int, int, Path | None], None]
# A target that cannot be written: the path to try (the same to retry, another to save under
# another name) or None to skip it.
Unwritable = Callable[[ExportError], Path | None]


class _Placer:
    """Places the files one by one: stops between files when ``cancelled()``, asks
    ``unwritable`` what to do about a target that cannot be written, reports ``progress``."""

    def __init__(
        self,
        total: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        unwritable: Unwritable | None,
    ) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled, self.unwritable = progress, cancelled, unwritable
        self.written: list[Path] = []

    def __call__(self, write: Callable[[Path], Path], target: Path | None) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(self.written)
        while target is not None:
            try:
                self.written.append(write(target))
                break
            except ExportError as exc:
                if self.unwritable is None:
                    raise
                target = self.unwritable(exc)
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, target)


def changed_instruments(inputs: DraftInputs) -> list[str]:
    """Keys of the instruments whose text the changes amend (one bill each)."""
    return list(inputs.draft.amended_keys)


def _draw_charts(
    draw_chart: ChartDrawer | None, project: Project, inputs: DraftInputs, langs: Sequence[str]
) -> dict[str, Future[tuple[bytes, bytes]]]:
    """Start drawing the charts of ``langs`` on a worker thread. Qt's painter releases the
    GIL, so they are ready by the time the organization tables need them; the caller has
    created the Qt application on the main thread. The changes are applied here, before the
    thread starts, so that it only reads what they made."""
    if draw_chart is None or not langs:
        return {}
    inputs.applied  # noqa: B018  # computed once, on this thread
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="orgdraft-chart")
    pending = {lang: pool.submit(draw_chart, project.org, inputs.applied, lang) for lang in langs}
    pool.shutdown(wait=False)  # the thread ends after the last chart
    return pending


def _check(
    project: Project,
    inputs: DraftInputs,
    docs: Sequence[str],
    langs: Sequence[str],
    confirm: Callable[[list[Finding]], bool] | None,
) -> None:
    """Refuse (:class:`ValidationFailed`) on validation errors or the export gate's errors;
    stop (:class:`ExportCancelled`) when ``confirm`` declines the gate's warnings."""
    findings = validate(project, inputs)
    if any(f.is_error for f in findings):
        raise ValidationFailed(findings)
    gate = gate_findings(inputs, docs, langs)  # what would leave in the documents
    if any(f.is_error for f in gate):
        raise ValidationFailed(findings + gate)
    warnings = [f for f in gate if not f.is_error]
    if warnings and confirm is not None and not confirm(warnings):
        raise ExportCancelled([])


def generate(
    project: Project,
    out_dir: Path | str,
    langs: Sequence[str] = ("ko", "en"),
    docs: Sequence[str] = DOCUMENTS,
    template_folder: Path | str | None = None,
    *,
    draw_chart: ChartDrawer | None = None,
    names: FileNames | None = None,
    today: dt.date | None = None,
    hyphens: bool = True,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
    options: DraftingOptions | None = None,
    format: str | Writer | Sequence[str | Writer] = DEFAULT_FORMAT,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    unwritable: Unwritable | None = None,
    confirm: Callable[[list[Finding]], bool] | None = None,
) -> list[Path]:
    """Write the documents ``docs`` in ``langs`` into ``out_dir``; the paths written.

    ``docs`` ⊆ ``("bill", "table", "press", "org", "review")``; the review sheet is written
    once, in the first of ``langs``. ``format`` chooses the writer (:mod:`.writers`: ``docx``,
    ``hwpx``, ``html``, or a writer object), which reads its own templates and writes its own
    files; several formats (``("docx", "hwpx")``) write each document in each, side by side.
    Raises :class:`ValidationFailed`, :class:`~desktop.documents.errors.TemplateError` (before
    anything is written) or :class:`~desktop.documents.errors.ExportError` — unless
    ``unwritable`` decides (retry, another name, skip). ``progress`` is called after each
    file; ``cancelled`` is asked before each file and stops with :class:`ExportCancelled`
    (files written stay whole). The export gate (:mod:`desktop.core.gate`) runs after
    validation: its errors refuse like validation errors; its warnings go to ``confirm``, and
    nothing is written when it answers ``False``.
    """
    chosen = [format] if isinstance(format, str) or not isinstance(format, Sequence) else format
    writers = [writer(f) if isinstance(f, str) else f for f in chosen]  # ValueError: unknown
    if not writers:
        raise ValueError("no format")
    unknown = [d for d in docs if d not in DOCUMENTS]
    if unknown or not langs or any(lang not in ("ko", "en") for lang in langs):
        raise ValueError(f"unknown documents or languages: {unknown or list(langs)}")
    inputs = project.draft_inputs(options)  # validated, drafted alike
    # The charts are drawn while the project is validated and the other documents are made;
    # they are dropped (and the ones not begun cancelled) when nothing is written after all.
    pending = _draw_charts(draw_chart, project, inputs, langs if "org" in docs else ())
    try:
        _check(project, inputs, docs, langs, confirm)
        out = Path(out_dir)
        if not out.is_dir():
            raise ExportError(out, N_("No such folder: {folder}"), folder=str(out))
    except BaseException:
        for future in pending.values():
            future.cancel()
        raise
    today = today or dt.date.today()
    names = names or FileNames()
    template_sets = [TemplateSet(template_folder, writer=w) for w in writers]
    plan: list[tuple[str, str]] = [(lang, d) for d in docs if d != "review" for lang in langs]
    if "review" in docs:
        plan.append((langs[0], "review"))
    loaded = {  # every template linted first
        (lang, doc, index): templates.get(lang, doc)
        for lang, doc in plan
        for index, templates in enumerate(template_sets)
    }

    meta = project.meta
    fields = {
        "government": meta.government_ko or "자치단체",
        "short": short_name(meta.government_en) or "Government",
    }
    keys = changed_instruments(inputs)
    charts: dict[str, list[tuple[str, list[bytes]]]] = {}
    n = len(writers)
    total = sum(
        len(keys) * n
        if doc in ("bill", "table")
        else n + (2 if doc == "org" and lang in pending else 0)
        for lang, doc in plan
    )
    place = _Placer(total, progress, cancelled, unwritable)
    remove_orphans(out)  # what a killed export left in this folder
    with Staging() as stage:  # every file is made before any target is replaced
        try:
            for lang, doc in plan:

                def place_all(content: Content, name_of: Callable[[str], str], lang=lang, doc=doc):
                    """``content`` written by each writer, under the name with its extension."""
                    for index, out_writer in enumerate(writers):
                        template = loaded[(lang, doc, index)]
                        write = partial(
                            out_writer.write,
                            template,
                            lang=lang,
                            fonts=fonts,
                            translations=translations,
                        )
                        place(partial(write, content), out / name_of(out_writer.suffix))

                if doc in ("bill", "table"):
                    for key in keys:
                        name_fields = {
                            **fields,
                            "title": inputs.draft[key].title.pick(lang),
                            "instrument": Pair.of(inputs.old_instruments[key], "title").pick(lang),
                        }
                        content = content_of(inputs, doc, lang, key, today, hyphens=hyphens)
                        place_all(content, partial(names.name, lang, doc, **name_fields))
                elif doc == "org":
                    if lang in pending and lang not in charts:
                        drawn = [_pages(chart) for chart in pending[lang].result()]
                        captions = chart_titles(lang)
                        charts[lang] = list(zip(captions, drawn, strict=True))
                        place.total += sum(len(pages) for pages in drawn) - 2  # one each counted
                        whens = pick(("개편 전", "개편 후"), ("before", "after"), lang)
                        for pages, when in zip(drawn, whens, strict=True):
                            for number, png in enumerate(pages, start=1):
                                label = when if len(pages) == 1 else f"{when} {number}"
                                name = names.name(lang, "chart", ".png", **fields, when=label)
                                place(partial(export_bytes, png), out / name)
                    content = content_of(inputs, doc, lang, None, today, charts=charts.get(lang))
                    place_all(content, partial(names.name, lang, doc, **fields))
                else:  # the press release, the review sheet
                    content = content_of(inputs, doc, lang, None, today)
                    place_all(content, partial(names.name, lang, doc, **fields))
        except ExportCancelled:
            raise ExportCancelled([]) from None  # nothing was replaced
        try:
            return stage.commit(unwritable, cancelled)
        except ExportCancelledDuringCommit as exc:
            raise ExportCancelled(exc.written) from None
