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

import copy
import functools
import gettext
import io
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
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
from desktop.i18n import N_

PartFiller = Callable[[Any], None]  # fills a docxtpl Subdoc (a python-docx Document proxy)


def environment(
    translations: gettext.NullTranslations | None = None,
    kind: type[SandboxedEnvironment] = SandboxedEnvironment,
) -> SandboxedEnvironment:
    """The Jinja environment of every template (see the module docstring)."""
    env = kind(
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


class _RenderEnvironment(SandboxedEnvironment):
    """The environment of :func:`environment` that keeps what it compiled: docxtpl compiles
    each part's XML and each core property anew on every render, though they are the
    template's own and the same for every document made from it."""

    MAX_KEPT = 256

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._kept: dict[tuple[str, Any], Any] = {}

    def from_string(self, source, globals=None, template_class=None):
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        key = (source, self.autoescape)  # autoescaping is compiled in
        template = self._kept.get(key)
        if template is None:
            if len(self._kept) >= self.MAX_KEPT:
                self._kept.clear()
            template = self._kept[key] = super().from_string(source)
        return template


@functools.lru_cache(maxsize=4)
def _render_environment(translations: gettext.NullTranslations | None) -> SandboxedEnvironment:
    return environment(translations, _RenderEnvironment)


def jinja_source(xml: str) -> str:
    """The Jinja source docxtpl makes of a part's XML (tags joined across runs, ``{%p``/``{%tr``
    lifted out of their paragraph or row)."""
    return DocxTemplate.patch_xml(_PATCHER, xml)


_PATCHER = DocxTemplate("unused.docx")  # patch_xml needs no state


class _Template(DocxTemplate):
    """docxtpl's template with a shortcut where its work would change nothing."""

    def resolve_listing(self, xml: str) -> str:
        """docxtpl turns tabs, line breaks and ``\\a``/``\\f`` in the rendered text into
        Word elements with a regex pass over every paragraph and run; without any of them
        in the XML that pass returns it unchanged, so it is skipped."""
        if not _LISTING.search(xml):
            return xml
        return super().resolve_listing(xml)


_LISTING = re.compile("[\t\n\a\f]")


def new_subdoc(tpl: DocxTemplate) -> DocxDocument:
    """A python-docx document whose styles, numbering and images are the template's.

    This is what :meth:`DocxTemplate.new_subdoc` does without a file; it is done here because
    docxtpl's sub-document module needs ``docxcompose`` (for merging other files) even then.
    """
    main = tpl.get_docx()
    element = OxmlElement("w:document")
    body = OxmlElement("w:body")
    element.append(body)
    section = main.element.body.sectPr
    if section is not None:  # table widths follow the template's page
        body.append(copy.deepcopy(section))
    return DocxDocument(element, main.part)  # style lookups and new images go to the template


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


def _finding(template: Path, code: str, message_id: str, /, **params: Any) -> TemplateFinding:
    return TemplateFinding(Severity.ERROR, code, template, Where(), message_id, params)


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
                    N_("No value for: {names}"),
                    names=", ".join(missing),
                )
            ],
        )
    context: dict[str, Any] = check_values(dict(values))
    tpl = _Template(io.BytesIO(data))
    subdoc = new_subdoc(tpl)
    for name, fill in parts.items():
        fill(subdoc)
        context[name] = subdoc_xml(subdoc, clear=True)
    try:
        tpl.render(context, jinja_env=_render_environment(translations), autoescape=True)
    except SecurityError as exc:
        raise TemplateSecurityError(
            template,
            [
                _finding(
                    template,
                    "E-TPL-SECURITY",
                    N_("The template tried something that is not allowed: {reason}"),
                    reason=str(exc),
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
                    N_("The template could not be filled in: {reason}"),
                    reason=str(exc),
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
