"""Template rendering: the one place that holds Jinja and docxtpl.

One environment serves every template: sandboxed (no ``__class__``, no ``str.format``
escapes) with limits on size, steps and time (:mod:`desktop.documents.limits`), no
``include``/``import``/``extends``, :class:`~jinja2.StrictUndefined` (a missing value is an
error, never an empty string), autoescape for XML (``& < > " '`` in values stay text) and
the i18n extension with gettext callables (:class:`gettext.NullTranslations` until a
catalog is bound).

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
import traceback
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.part import PartFactory
from docx.opc.pkgreader import PackageReader
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.package import Package
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup

from desktop.core import lazyre
from desktop.documents import jinjacache, limits
from desktop.documents.errors import (
    Severity,
    TemplateError,
    TemplateFinding,
    TemplateSecurityError,
    Where,
)
from desktop.documents.tags import locate_line
from desktop.documents.text import NO_BREAK_HYPHEN, br, check_values, lines
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
    kind: type[SandboxedEnvironment] = limits.LimitedEnvironment,
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


class _RenderEnvironment(limits.LimitedEnvironment):
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
            # the code as Environment.from_string compiles it, kept between runs
            code = jinjacache.compiled(self, source, f"autoescape={self.autoescape!r}")
            template = self.template_class.from_code(self, code, self.make_globals(None), None)
            self._kept[key] = template
        return template


@functools.lru_cache(maxsize=4)
def _render_environment(translations: gettext.NullTranslations | None) -> SandboxedEnvironment:
    return environment(translations, _RenderEnvironment)


def jinja_source(xml: str) -> str:
    """The Jinja source docxtpl makes of a part's XML (tags joined across runs, ``{%p``/``{%tr``
    lifted out of their paragraph or row)."""
    return DocxTemplate.patch_xml(_PATCHER, xml)


_PATCHER = DocxTemplate("unused.docx")  # patch_xml needs no state


@functools.lru_cache(maxsize=64)
def _patched(xml: str) -> str:
    """:func:`jinja_source`, kept: a template's parts are the same for every document made
    from it, and docxtpl's many passes over them would give the same text each time."""
    return jinja_source(xml)


_PART_NS = "urn:x-orgdraft:part"
_PART_TAG = f"{{{_PART_NS}}}part"
# What docxtpl's rendering changes in the rendered text: its escapes of Jinja delimiters and
# the characters that become Word elements (:meth:`_Template.resolve_listing`).
_MARKER = lazyre.compile(f'<od:part xmlns:od="{re.escape(_PART_NS)}" n="(\\d+)"/>')
_REWRITTEN = lazyre.compile("[\t\n\a\f]|\\{_[{%]|[}%]_\\}")


class _Template(DocxTemplate):
    """docxtpl's template with a shortcut where its work would change nothing, and generated
    parts placed into the rendered body as elements.

    A part given with :meth:`place` renders as a marker element; once docxtpl has parsed the
    rendered body, each marker is replaced by the part's elements (copies where a part is
    used again). The part is neither serialised into the Jinja output nor parsed again, and
    docxtpl's passes over the rendered text (its table and listing fixes) only see the
    template's own XML. A marker left in a header, footer or footnote is replaced by the
    part's XML text there, as before."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._data = data
        self._placed: list[list[Any]] = []  # the elements of each placed part, by number

    def init_docx(self, reload: bool = True) -> None:
        """docxtpl's opening of the template, from the package read once per process."""
        if not self.docx or (self.is_rendered and reload):
            self.docx = open_document(self._data)
            self.is_rendered = False

    def place(self, body: Any) -> Markup:
        """The marker of the sub-document body ``body`` for the context of a ``{{p }}`` tag."""
        self._placed.append(_part_children(body))
        return Markup(f'<od:part xmlns:od="{_PART_NS}" n="{len(self._placed) - 1}"/>')

    def patch_xml(self, src_xml: str) -> str:
        return _patched(src_xml)

    def resolve_listing(self, xml: str) -> str:
        """docxtpl turns tabs, line breaks and ``\\a``/``\\f`` in the rendered text into
        Word elements with a regex pass over every paragraph and run; without any of them
        in the XML that pass returns it unchanged, so it is skipped."""
        if not _LISTING.search(xml):
            return xml
        return super().resolve_listing(xml)

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        """docxtpl's rendering of one part; a failure keeps the part and the text of the line
        it happened on (docxtpl puts each paragraph on a line of its own), to be located."""
        try:
            xml = super().render_xml_part(src_xml, part, context, jinja_env)
        except Exception as exc:
            source = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
            line = _template_line(exc)
            lines = source.splitlines()
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            name = str(getattr(part, "partname", "/word/document.xml"))
            exc.orgdraft_place = (_part_name(name), re.sub(r"<[^>]+>", "", text))  # type: ignore[attr-defined]
            raise
        if self._placed and part is not self.docx._part and _PART_NS in xml:
            xml = _MARKER.sub(lambda m: self._placed_xml(int(m.group(1))), xml)
        return xml

    def fix_tables(self, xml: str) -> Any:
        """docxtpl's table fix of the rendered body (tables of generated parts are whole
        already: python-docx keeps every row's cells to the grid), then the parts placed."""
        tree = super().fix_tables(xml)
        if self._placed:
            used: set[int] = set()
            for marker in list(tree.iter(_PART_TAG)):
                number = int(marker.get("n"))
                children = self._placed[number]
                if number in used:
                    children = [copy.deepcopy(child) for child in children]
                used.add(number)
                parent = marker.getparent()
                index = parent.index(marker)
                parent.remove(marker)
                parent[index:index] = children
        return tree

    def _placed_xml(self, number: int) -> str:
        """The XML text of a placed part, for a header, footer or footnote (copies: the part
        may be in the body already; a copy declares only the namespaces it uses)."""
        children = (copy.deepcopy(child) for child in self._placed[number])
        return "".join(etree.tostring(child, encoding="unicode") for child in children)


def _template_line(exc: BaseException) -> int:
    """The line of the template source where ``exc`` arose (Jinja rewrites its traceback to
    the template's lines), 0 when unknown."""
    line = getattr(exc, "lineno", None) or 0
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == "<template>":
            line = lineno
    return line


def _part_name(partname: str) -> str:
    match = re.fullmatch(r"/word/((?:header|footer)\d*|document)\.xml", partname)
    return match.group(1) if match else partname


_LISTING = lazyre.compile("[\t\n\a\f]")


@functools.lru_cache(maxsize=32)
def _reader(data: bytes) -> PackageReader:
    """A template's package as python-docx reads it (zip entries, content types,
    relationships), read once per process and shared: a reader is never changed after it is
    made (each document made from it parses its parts anew), so threads may share it."""
    return PackageReader.from_file(io.BytesIO(data))


def open_document(data: bytes) -> DocxDocument:
    """``docx.Document(io.BytesIO(data))``, with the package read once per process."""
    package = Package()
    Unmarshaller.unmarshal(_reader(data), package, PartFactory)
    part = package.main_document_part
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"not a Word file, content type is {part.content_type!r}")
    return part.document


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


def subdoc_xml(subdoc: DocxDocument) -> Markup:
    """The body of a sub-document as XML for a ``{{p name }}`` tag (already escaped)."""
    children = _part_children(subdoc.element.body)
    return Markup("".join(etree.tostring(child, encoding="unicode") for child in children))


def _part_children(body: Any) -> list[Any]:
    return [child for child in body if child.tag != _SECT_PR]


_SECT_PR = qn("w:sectPr")


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
) -> dict[str, bytes]:
    """Render the template (``data``, read from ``template``) to ``out``; the parts written
    (:func:`save_docx`), to be checked without reading the file again.

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
    tpl = _Template(data)
    for name, fill in parts.items():
        # A sub-document of its own for each part: emptying one for the next part made lxml
        # move every removed element out of the tree, quadratic in a large table.
        subdoc = new_subdoc(tpl)
        fill(subdoc)
        body = subdoc.element.body
        if _REWRITTEN.search(etree.tostring(body, method="text", encoding="unicode")):
            context[name] = subdoc_xml(subdoc)  # rewritten by docxtpl, as it always was
        else:
            context[name] = tpl.place(body)
    try:
        with limits.budget():
            tpl.render(context, jinja_env=_render_environment(translations), autoescape=True)
    except Exception as exc:  # every failure of a template is reported with its place
        raise _render_failure(template, data, exc) from None
    document = tpl.docx
    styles_root = document.styles.element
    if fonts is not None:
        _override_fonts(styles_root, fonts)
    _fill_missing_fonts(document.element.body, styles_root, fonts)
    _breaks_before(document.element.body)
    _no_break_hyphens(document.element.body)
    return save_docx(document, out)


_W_P, _W_R, _W_BR, _W_PPR, _W_RPR = qn("w:p"), qn("w:r"), qn("w:br"), qn("w:pPr"), qn("w:rPr")
_W_SECTPR, _W_TYPE = qn("w:sectPr"), qn("w:type")


def _breaks_before(body: Any) -> None:
    """A paragraph that holds nothing but a page break, followed by a paragraph, becomes that
    paragraph's "page break before". Held in a paragraph of its own, the break took a line:
    when the page above was full, that line went to the next page and the break then left it
    empty (a blank page before the county bill's text)."""
    for p in list(body.iterchildren(_W_P)):
        following = p.getnext()
        if following is None or following.tag != _W_P or not _only_a_page_break(p):
            continue
        following.get_or_add_pPr().pageBreakBefore_val = True
        body.remove(p)


_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _no_break_hyphens(body: Any) -> None:
    """Each no-break hyphen (U+2011, a telephone number's in the release header) becomes
    Word's own, ``w:noBreakHyphen`` between the text before and after it in its run: the
    glyph of the font's hyphen, at which no line breaks (the character itself may have no
    glyph in the font); python-docx, and so File › New, reads it as '-'."""
    for t in body.xpath(f".//w:t[contains(., '{NO_BREAK_HYPHEN}')]"):
        parent, index = t.getparent(), t.getparent().index(t)
        pieces: list[Any] = []
        for i, text in enumerate(t.text.split(NO_BREAK_HYPHEN)):
            if i:
                pieces.append(OxmlElement("w:noBreakHyphen"))
            if text:
                piece = OxmlElement("w:t")
                piece.text = text
                piece.set(_SPACE, "preserve")
                pieces.append(piece)
        parent[index : index + 1] = pieces


def _only_a_page_break(p: Any) -> bool:
    breaks = 0
    for child in p:
        if child.tag == _W_PPR:
            if child.find(_W_SECTPR) is not None:
                return False  # it ends a section: it stays
            continue
        if child.tag != _W_R:
            return False
        for part in child:
            if part.tag == _W_BR and part.get(_W_TYPE) == "page":
                breaks += 1
            elif part.tag != _W_RPR:
                return False
    return breaks == 1


class _KeepingWriter:
    """python-docx's zip writer that also keeps what it writes, by entry name. The zip is
    made in memory and written to ``out`` at once (the same bytes; zipfile seeks back over
    each entry's header, a write to the file each time)."""

    def __init__(self, out: Path) -> None:
        self.parts: dict[str, bytes] = {}
        self._out = out
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buffer, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.parts[pack_uri.membername] = blob
        self._zip.writestr(pack_uri.membername, blob)

    def close(self) -> None:
        self._zip.close()
        self._out.write_bytes(self._buffer.getbuffer())


def save_docx(document: DocxDocument, out: Path) -> dict[str, bytes]:
    """``document.save(out)`` — the same entries, in the same order, from python-docx's own
    package writer — and the entries written, by name, so that the result is checked in
    memory (:func:`.writers.docx.check_package`) instead of reading and inflating the file
    again."""
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    parts = package.parts
    writer = _KeepingWriter(out)
    try:
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)
    finally:
        writer.close()
    return writer.parts


def _render_failure(template: Path, data: bytes, exc: Exception) -> TemplateError:
    """The error of a render that failed, located at the paragraph where it happened."""
    where = _where(template, data, getattr(exc, "orgdraft_place", None))
    if isinstance(exc, limits.LimitExceeded):
        kind, code = TemplateError, "E-TPL-LIMIT"
        message_id = N_("The template went past a limit and was stopped: {reason}")
    elif isinstance(exc, SecurityError):
        kind, code = TemplateSecurityError, "E-TPL-SECURITY"
        message_id = N_("The template tried something that is not allowed: {reason}")
    elif isinstance(exc, RecursionError):
        kind, code = TemplateError, "E-TPL-LIMIT"
        message_id = N_("The template went past a limit and was stopped: {reason}")
        exc = limits.LimitExceeded("macros call each other too deeply")
    else:
        kind, code = TemplateError, "E-TPL-RENDER"
        message_id = N_("The template could not be filled in: {reason}")
    reason = str(exc) if isinstance(exc, JinjaTemplateError) else f"{exc}"
    if not isinstance(exc, JinjaTemplateError | limits.LimitExceeded):
        reason = f"{type(exc).__name__}: {exc}"
    finding = TemplateFinding(
        Severity.ERROR, code, template, where, message_id, {"reason": reason[:300]}
    )
    return kind(template, [finding])


def _where(template: Path, data: bytes, place: tuple[str, str] | None) -> Where:
    """The paragraph of the template whose tags appear on the failing line."""
    if not place:
        return Where()
    part, text = place
    from desktop.documents.package import read_package

    try:
        package = read_package(template)
    except Exception:  # the file changed or went away since it was read: the part only
        return Where(part)
    return locate_line(package, part, text)


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
