"""Template rendering: the one place that holds Jinja and docxtpl.

One environment serves every template: sandboxed (no ``__class__``, no ``str.format``
escapes), :class:`~jinja2.StrictUndefined` (a missing value is an error, never an empty
string), autoescape for XML (``& < > " '`` in values stay text) and the i18n extension with
gettext callables (:class:`gettext.NullTranslations` until a catalog is bound).

Structured parts (tables, the bill text, the press body) are python-docx sub-documents
(like :meth:`docxtpl.DocxTemplate.new_subdoc`) that resolve their named styles against the
template, so restyling the template restyles them.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup

from desktop.documents.errors import (
    Severity,
    TemplateError,
    TemplateFinding,
    TemplateSecurityError,
    Where,
)
from desktop.documents.text import br, check_values, lines
from desktop.documents.typography import (
    Fonts,
    StyleIndex,
    hangul_runs_without_font,
    set_fonts,
)

PartFiller = Callable[[Any], None]  # fills a docxtpl Subdoc (a python-docx Document proxy)


def environment(translations: gettext.NullTranslations | None = None) -> SandboxedEnvironment:
    """The Jinja environment of every template (see the module docstring)."""
    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(  # type: ignore[attr-defined]
        translations or gettext.NullTranslations(), newstyle=True
    )
    env.filters["lines"] = lines
    env.filters["br"] = br
    return env


def jinja_source(xml: str) -> str:
    """The Jinja source docxtpl makes of a part's XML (tags joined across runs, ``{%p``/``{%tr``
    lifted out of their paragraph or row)."""
    return DocxTemplate.patch_xml(_PATCHER, xml)


_PATCHER = DocxTemplate("unused.docx")  # patch_xml needs no state


def new_subdoc(tpl: DocxTemplate) -> DocxDocument:
    """A python-docx document whose styles, numbering and images are the template's.

    This is what :meth:`DocxTemplate.new_subdoc` does without a file; it is done here because
    docxtpl's sub-document module needs ``docxcompose`` (for merging other files) even then.
    """
    subdoc = docx.Document()
    subdoc._part = tpl.get_docx().part  # style lookups and new images go to the template
    return subdoc


def subdoc_xml(subdoc: DocxDocument, clear: bool = False) -> Markup:
    """The body of a sub-document as XML for a ``{{p name }}`` tag (already escaped);
    ``clear`` empties the body afterwards so the next part can be written into it."""
    body = subdoc.element.body
    children = [child for child in body if child.tag != qn("w:sectPr")]
    xml = Markup("".join(etree.tostring(child, encoding="unicode") for child in children))
    if clear:
        for child in children:
            body.remove(child)
    return xml


def _finding(template: Path, code: str, ko: str, en: str) -> TemplateFinding:
    return TemplateFinding(Severity.ERROR, code, template, Where(), ko, en)


def render_docx(
    template: Path,
    data: bytes,
    declared: frozenset[str],
    values: Mapping[str, Any],
    parts: Mapping[str, PartFiller],
    out: Path,
    *,
    fonts: Fonts | None = None,
    translations: gettext.NullTranslations | None = None,
) -> None:
    """Render the template (``data``, read from ``template``) to ``out``.

    ``declared`` is the context schema; a name in it without a value is reported before
    anything renders. Strings in ``values`` are checked (:func:`check_text`). ``fonts``, when
    given, overrides the template's fonts in its styles. Runs holding Hangul that resolve to no
    East Asian font get the defaults' font, so Hangul never falls back to a theme font.
    """
    missing = sorted(declared - set(values) - set(parts))
    if missing:
        raise TemplateError(
            template,
            [
                _finding(
                    template,
                    "E-TPL-MISSING",
                    f"문서를 만들 값이 없습니다: {', '.join(missing)}",
                    f"No value for: {', '.join(missing)}",
                )
            ],
        )
    context: dict[str, Any] = check_values(dict(values))
    tpl = DocxTemplate(io.BytesIO(data))
    subdoc = new_subdoc(tpl)
    for name, fill in parts.items():
        fill(subdoc)
        context[name] = subdoc_xml(subdoc, clear=True)
    try:
        tpl.render(context, jinja_env=environment(translations), autoescape=True)
    except SecurityError as exc:
        raise TemplateSecurityError(
            template,
            [
                _finding(
                    template,
                    "E-TPL-SECURITY",
                    f"서식 파일이 허용되지 않은 동작을 시도했습니다: {exc}",
                    f"The template tried something that is not allowed: {exc}",
                )
            ],
        ) from None
    except JinjaTemplateError as exc:
        raise TemplateError(
            template,
            [
                _finding(
                    template,
                    "E-TPL-RENDER",
                    f"서식 파일을 채우지 못했습니다: {exc}",
                    f"The template could not be filled in: {exc}",
                )
            ],
        ) from None
    document = tpl.docx
    styles_root = document.styles.element
    if fonts is not None:
        _override_fonts(styles_root, fonts)
    _fill_missing_fonts(document.element.body, styles_root, fonts)
    document.save(str(out))


def _override_fonts(styles_root: Any, fonts: Fonts) -> None:
    defaults = styles_root.find(qn("w:docDefaults"))
    if defaults is not None and (rpr_default := defaults.find(qn("w:rPrDefault"))) is not None:
        set_fonts(rpr_default, fonts)
    for style in styles_root.iter(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:rFonts")) is not None:
            set_fonts(style, fonts)


def _fill_missing_fonts(body: Any, styles_root: Any, fonts: Fonts | None) -> None:
    index = StyleIndex(styles_root)
    runs = hangul_runs_without_font(body, index)
    if not runs:
        return
    fallback = fonts or Fonts()
    for run in runs:
        set_fonts(run, Fonts(fallback.east_asian, _latin_of(run) or fallback.latin))


def _latin_of(run: Any) -> str | None:
    rpr = run.find(qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return rfonts.get(qn("w:ascii")) if rfonts is not None else None
