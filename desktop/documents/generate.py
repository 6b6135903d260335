"""Generate the document set of a project: the one entry point for the CLI and the UI.

:func:`generate` refuses (``ValidationFailed``, nothing written) while the project has
validation errors; loads and lints every template it needs before writing anything (a broken
template never yields a file); then renders each document atomically. The organization chart
is drawn by the caller's ``draw_chart`` (:func:`desktop.chart.orgchart.chart_pngs` in the
CLI and the UI), which keeps this package free of Qt.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.apply import ApplyResult
from desktop.core.findings import Finding
from desktop.core.org import Organization
from desktop.core.project import DraftInputs, Project
from desktop.core.validate import validate
from desktop.documents import bill as bill_doc
from desktop.documents.content import Content
from desktop.documents.errors import DocumentError, ExportError
from desktop.documents.export import export_bytes, export_docx
from desktop.documents.names import FileNames, short_name
from desktop.documents.orgtables import chart_captions, org_tables
from desktop.documents.release import press_release
from desktop.documents.render import render_docx
from desktop.documents.review import review_sheet
from desktop.documents.schema import DOCUMENTS
from desktop.documents.templates import Template, TemplateSet
from desktop.documents.typography import Fonts

# (old organization, apply result, lang) → (before PNG, after PNG)
ChartDrawer = Callable[[Organization, ApplyResult, str], tuple[bytes, bytes]]


class ValidationFailed(DocumentError):
    """The project has validation errors; ``findings`` lists them (errors first)."""

    def __init__(self, findings: list[Finding]) -> None:
        errors = [f for f in findings if f.is_error]
        super().__init__(
            f"검증 오류 {len(errors)}건이 있어 문서를 만들지 않았습니다.\n"
            + "\n".join(f.format("ko") for f in errors),
            f"{len(errors)} validation error(s); no document was written.\n"
            + "\n".join(f.format("en") for f in errors),
        )
        self.findings = findings


def changed_instruments(inputs: DraftInputs) -> list[str]:
    """Keys of the instruments whose text the changes amend (one bill each)."""
    keys = []
    for key, old in inputs.old_instruments.items():
        if bill_doc.amendment(inputs, key, "ko").sentences:
            keys.append(key)
        del old
    return keys


def _write(
    template: Template,
    content: Content,
    target: Path,
    fonts: Fonts | None,
    translations: gettext.NullTranslations | None,
) -> Path:
    return export_docx(
        lambda tmp: render_docx(
            template.path,
            template.data,
            template.schema.names,
            content.values,
            content.parts,
            tmp,
            fonts=fonts,
            translations=translations,
        ),
        target,
    )


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
) -> list[Path]:
    """Write the documents ``docs`` in ``langs`` into ``out_dir``; the paths written.

    ``docs`` ⊆ ``("bill", "table", "press", "org", "review")``; the review sheet is written
    once, in the first of ``langs``. Raises :class:`ValidationFailed`,
    :class:`~desktop.documents.errors.TemplateError` (before anything is written) or
    :class:`~desktop.documents.errors.ExportError`.
    """
    unknown = [d for d in docs if d not in DOCUMENTS]
    if unknown or not langs or any(lang not in ("ko", "en") for lang in langs):
        raise ValueError(f"unknown documents or languages: {unknown or list(langs)}")
    findings = validate(project)
    if any(f.is_error for f in findings):
        raise ValidationFailed(findings)
    out = Path(out_dir)
    if not out.is_dir():
        raise ExportError(out, f"저장할 폴더가 없습니다: {out}", f"No such folder: {out}")
    inputs = project.draft_inputs()
    today = today or dt.date.today()
    names = names or FileNames()
    templates = TemplateSet(template_folder)
    plan: list[tuple[str, str]] = [(lang, d) for d in docs if d != "review" for lang in langs]
    if "review" in docs:
        plan.append((langs[0], "review"))
    loaded = {key: templates.get(*key) for key in plan}  # every template linted first

    meta = project.meta
    fields = {
        "government": meta.government_ko or "자치단체",
        "short": short_name(meta.government_en) or "Government",
    }
    keys = changed_instruments(inputs)
    written: list[Path] = []
    charts: dict[str, list[tuple[str, bytes]]] = {}
    for lang, doc in plan:
        template = loaded[(lang, doc)]
        if doc in ("bill", "table"):
            for key in keys:
                inst = inputs.old_instruments[key]
                name_fields = {
                    **fields,
                    "title": bill_doc.bill_title(inst, lang),
                    "instrument": inst.title if lang == "ko" else inst.title_en or inst.title,
                }
                build = bill_doc.bill if doc == "bill" else bill_doc.table_doc
                content = build(inputs, key, lang, today, hyphens)
                target = out / names.name(lang, doc, **name_fields)
                written.append(_write(template, content, target, fonts, translations))
        elif doc == "press":
            content = press_release(inputs, lang, today)
            target = out / names.name(lang, doc, **fields)
            written.append(_write(template, content, target, fonts, translations))
        elif doc == "org":
            if draw_chart is not None and lang not in charts:
                before, after = draw_chart(project.org, inputs.applied, lang)
                captions = chart_captions(lang)
                charts[lang] = [(captions[0], before), (captions[1], after)]
                for (caption, png), when in zip(
                    charts[lang],
                    ("개편 전", "개편 후") if lang == "ko" else ("before", "after"),
                    strict=True,
                ):
                    del caption
                    target = out / names.name(lang, "chart", **fields, when=when)
                    written.append(export_bytes(png, target))
            content = org_tables(inputs, lang, today, charts.get(lang))
            target = out / names.name(lang, doc, **fields)
            written.append(_write(template, content, target, fonts, translations))
        else:
            content = review_sheet(inputs, lang, today, keys)
            target = out / names.name(lang, doc, **fields)
            written.append(_write(template, content, target, fonts, translations))
    return written
