"""Template lint: everything that would make a template fail or misbehave, found before it
renders, each finding naming the template file and the place in it.

Checked: the package itself (zip and XML bombs, see :mod:`desktop.documents.package`); Jinja
syntax; variables not in the document's context schema; sandbox escapes (``__…__``
attributes, the ``attr`` filter); ``{%p %}``/``{%tr %}``/``{%tc %}`` blocks that do not close
at the same level or sit where they cannot work; sub-documents used inline; tags split across
Word runs (docxtpl joins them but the formatting of the later runs is lost: a warning); styles
referenced but not defined; the named styles the generated parts need.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.oxml.ns import qn
from jinja2 import TemplateSyntaxError, nodes
from lxml import etree

from desktop.documents.errors import Severity, TemplateFinding, UnsafePackageError, Where
from desktop.documents.limits import STEP_BUDGET, LimitExceeded, safe_range
from desktop.documents.package import Package, read_package
from desktop.documents.render import environment, jinja_source
from desktop.documents.schema import STYLES, DocumentSchema
from desktop.documents.tags import (
    OPEN,
    Paragraph,
    Tag,
    match_line,
    normal,
    part_paragraphs,
    template_parts,
)
from desktop.i18n import N_, Pair

_LEVEL = re.compile(r"^(\{\{|\{%|\{#)(tr|tc|p|r)\s")
_BLOCKS = {"for", "if", "macro", "call", "filter", "with", "block", "raw", "trans"}
_MIDDLE = {"elif": "if", "else": ("if", "for"), "pluralize": "trans"}
_GLOBALS = {"_", "gettext", "ngettext", "pgettext", "npgettext", "range", "loop"}
_GLOBALS |= {STEP_BUDGET, "__concat__"}  # put in by the limited environment


def _finding(
    template: Path, code: str, where: Where, message_id: str, /, warn: bool = False, **params
) -> TemplateFinding:
    severity = Severity.WARNING if warn else Severity.ERROR
    return TemplateFinding(severity, code, template, where, message_id, params)


def _tag_findings(template: Path, paras: list[Paragraph], schema: DocumentSchema) -> list:
    findings: list[TemplateFinding] = []
    stack: list[tuple[str, str, Tag]] = []
    for para in paras:
        if para.unclosed:
            findings.append(
                _finding(
                    template,
                    "E-TPL-UNCLOSED",
                    para.where,
                    N_("A tag is not closed within the same paragraph ({value} or {block})."),
                    value="{{ }}",
                    block="{% %}",
                )
            )
        for tag in para.tags:
            if tag.first_run != tag.last_run:
                findings.append(
                    _finding(
                        template,
                        "W-TPL-SPLIT-RUN",
                        tag.where,
                        N_(
                            "Tag {tag} is split across Word runs; formatting inside it is lost. "
                            "Delete the tag and type it again in one go."
                        ),
                        warn=True,
                        tag=tag.text,
                    )
                )
            findings += _level_findings(template, tag, schema)
            findings += _block(template, tag, stack)
    for level, keyword, tag in stack:
        findings.append(
            _finding(
                template,
                "E-TPL-UNBALANCED",
                tag.where,
                N_("The {block} block is never closed (no {end})."),
                block=f"{{%{level} {keyword} %}}",
                end=f"end{keyword}",
            )
        )
    return findings


def _level_findings(template: Path, tag: Tag, schema: DocumentSchema) -> list:
    match = _LEVEL.match(tag.text)
    level = match.group(2) if match else ""
    findings = []
    if level in ("tr", "tc") and not tag.where.table:
        findings.append(
            _finding(
                template,
                "E-TPL-LEVEL",
                tag.where,
                N_("{tag} only works inside a table."),
                tag=tag.text,
            )
        )
    if tag.text.startswith("{{"):
        inner = tag.text[2:-2].strip()
        if match:
            inner = inner[len(level) :].strip()
        if inner in schema.parts and level != "p":
            findings.append(
                _finding(
                    template,
                    "E-TPL-PART-INLINE",
                    tag.where,
                    N_(
                        "{name} produces tables and paragraphs: write {tag} alone in its own "
                        "paragraph."
                    ),
                    name=f"'{inner}'",
                    tag=f"{{{{p {inner} }}}}",
                )
            )
    return findings


def _block(template: Path, tag: Tag, stack: list[tuple[str, str, Tag]]) -> list:
    if not tag.text.startswith("{%"):
        return []
    match = _LEVEL.match(tag.text)
    level = match.group(2) if match else ""
    inner = tag.text[2:-2].strip(" -+")
    inner = inner[len(level) :].strip() if match else inner
    keyword = inner.split(None, 1)[0] if inner else ""
    if keyword in _BLOCKS or (keyword == "set" and "=" not in inner):
        stack.append((level, keyword, tag))
        return []
    if keyword in _MIDDLE:
        allowed = _MIDDLE[keyword]
        if stack and stack[-1][1] in (allowed if isinstance(allowed, tuple) else (allowed,)):
            return []
        return [
            _finding(
                template,
                "E-TPL-UNBALANCED",
                tag.where,
                N_("{tag} has no matching opening block."),
                tag=tag.text,
            )
        ]
    if not keyword.startswith("end"):
        return []
    opened = keyword[3:]
    if not stack or stack[-1][1] != opened:
        return [
            _finding(
                template,
                "E-TPL-UNBALANCED",
                tag.where,
                N_("{tag} closes a block that is not open."),
                tag=tag.text,
            )
        ]
    open_level, _, open_tag = stack.pop()
    if open_level != level:
        return [
            _finding(
                template,
                "E-TPL-UNBALANCED",
                tag.where,
                N_(
                    "{opening} ({where}) is closed by {closing}; both must work at the same "
                    "level (here {opening_level} and {closing_level}; p, tr, tc or none)."
                ),
                opening=open_tag.text,
                where=Pair(open_tag.where.describe("ko"), open_tag.where.describe("en")),
                closing=tag.text,
                opening_level=open_level or "-",
                closing_level=level or "-",
            )
        ]
    return []


def undeclared_names(ast: nodes.Template) -> set[str]:
    """The names a template reads but never sets, found by walking its syntax tree only.

    Not :func:`jinja2.meta.find_undeclared_variables`: it compiles the template, and the
    compiler's optimiser evaluates constant expressions (``{{ 7**(10**9) > 1 }}`` would run
    for ever). Scopes are not told apart: a name set anywhere counts as set."""
    loaded, stored = set(), set()
    for node in ast.find_all(nodes.Name):
        (loaded if node.ctx == "load" else stored).add(node.name)
    for node in ast.find_all((nodes.Macro, nodes.CallBlock)):
        if isinstance(node, nodes.Macro):
            stored.add(node.name)
        stored.update({"caller", "varargs", "kwargs"})
    for node in ast.find_all((nodes.Import, nodes.FromImport)):
        target = getattr(node, "target", None)
        if isinstance(target, str):
            stored.add(target)
    return loaded - stored


_ARITHMETIC = {nodes.Mul: "*", nodes.Pow: "**", nodes.Add: "+", nodes.Sub: "-"}


def _constant(node: nodes.Node) -> object:
    """The value of a constant expression, computed under the render limits (so
    ``7**(10**9)`` is refused, not computed); ``None`` when it is not constant."""
    if isinstance(node, nodes.Const) and isinstance(node.value, int | str):
        return node.value
    if isinstance(node, nodes.Neg):
        value = _constant(node.node)
        return -value if isinstance(value, int) else None
    op = _ARITHMETIC.get(type(node))
    if op is None:
        return None
    left, right = _constant(node.left), _constant(node.right)  # type: ignore[attr-defined]
    if left is None or right is None:
        return None
    environment_ = environment()
    try:
        return environment_.call_binop(None, op, left, right)
    except TypeError:
        return None


def _constant_findings(
    template: Path, paras: list[Paragraph], lines: list[str], ast: nodes.Template
) -> list:
    """Constant expressions that the render limits would stop (``{{ 'a' * 10**9 }}``,
    ``range(10**30)``), found without computing them."""
    findings = []
    for node in ast.find_all((nodes.Mul, nodes.Pow, nodes.Add, nodes.Call)):
        try:
            if isinstance(node, nodes.Call):
                if isinstance(node.node, nodes.Name) and node.node.name == "range":
                    values = [_constant(arg) for arg in node.args]
                    if values and all(isinstance(v, int) for v in values):
                        safe_range(*values)  # type: ignore[arg-type]
                continue
            _constant(node)
        except LimitExceeded as exc:
            findings.append(
                _finding(
                    template,
                    "E-TPL-LIMIT",
                    match_line(paras, lines[node.lineno - 1] if node.lineno <= len(lines) else ""),
                    N_("The template would go past a limit: {reason}"),
                    reason=exc.what,
                )
            )
    return findings


def _locate(paras: list[Paragraph], needle: str) -> Where:
    pattern = re.compile(rf"(?<![\w.]){re.escape(needle)}(?!\w)")
    for para in paras:
        for tag in para.tags:
            if pattern.search(tag.text):
                return tag.where
    return Where()


def _source_findings(
    template: Path, part: str, xml: str, paras: list[Paragraph], schema: DocumentSchema
) -> list:
    env = environment()
    try:
        # one paragraph a line, as docxtpl renders it, so that a line number finds its place
        source = re.sub(r"<w:p([ >])", r"\n<w:p\1", jinja_source(xml))
        ast = env.parse(source)
    except LimitExceeded as exc:  # include, import or extends
        word = next((w for w in ("include", "import", "extends") if w in exc.what), "include")
        return [
            _finding(
                template,
                "E-TPL-INCLUDE",
                _locate(paras, word),
                N_(
                    "'{tag}' is not supported: a template is one document and cannot use "
                    "another file. Copy what you need into this template."
                ),
                tag=word,
            )
        ]
    except TemplateSyntaxError as exc:
        context = re.sub(r"<[^>]+>", "", (exc.source or "").splitlines()[exc.lineno - 1])
        return [
            _finding(
                template,
                "E-TPL-SYNTAX",
                Where(part),
                N_("Jinja syntax error: {reason} (near: {context})"),
                reason=exc.message,
                context=context.strip()[:60],
            )
        ]
    findings = []
    for name in sorted(undeclared_names(ast) - schema.names - _GLOBALS):
        findings.append(
            _finding(
                template,
                "E-TPL-UNDECLARED",
                _locate(paras, name),
                N_("{name} is not a value of this document ({document}). Available: {available}"),
                name=f"'{name}'",
                document=Pair(schema.ko, schema.en),
                available=", ".join(sorted(schema.names)),
            )
        )
    findings += _constant_findings(template, paras, source.splitlines(), ast)
    for node in ast.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Test)):
        attr = ""
        if isinstance(node, nodes.Getattr):
            attr = node.attr
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            attr = str(node.arg.value)
        if isinstance(node, nodes.Filter | nodes.Test):
            consts = [
                a.value
                for a in [*node.args, *(k.value for k in node.kwargs)]
                if isinstance(a, nodes.Const) and isinstance(a.value, str)
            ]
            attr = next((c for c in consts if c.startswith("_")), "")
            if node.name == "attr" and not attr:
                attr = "attr"
        if attr.startswith("_") or attr == "attr":
            needle = attr
            findings.append(
                _finding(
                    template,
                    "E-TPL-SECURITY",
                    _locate(paras, needle),
                    N_(
                        "The template reaches for '{name}', which is not allowed; templates may "
                        "only insert values."
                    ),
                    name=needle,
                )
            )
    for node in ast.find_all(nodes.Const):
        # a format string that reaches for an attribute: '{0.__class__}'.format(x)
        if isinstance(node.value, str) and (match := _FORMAT_REACH.search(node.value)):
            findings.append(
                _finding(
                    template,
                    "E-TPL-SECURITY",
                    _locate_text(paras, node.value),
                    N_(
                        "The template reaches for '{name}', which is not allowed; templates may "
                        "only insert values."
                    ),
                    name=match.group(0),
                )
            )
    return findings


_FORMAT_REACH = re.compile(r"\{[^{}]*?[.\[]\s*_[^{}]*\}")


def _locate_text(paras: list[Paragraph], text: str) -> Where:
    for para in paras:
        if any(text in normal(tag.text) or text in tag.text for tag in para.tags):
            return para.where
    return Where(paras[0].where.part if paras else "document")


def _style_findings(template: Path, package: Package, paras_by_part: dict) -> list:
    styles_root = package.xml.get("word/styles.xml")
    ids: dict[str, str] = {}
    if styles_root is not None:
        for style in styles_root.iter(qn("w:style")):
            name_el = style.find(qn("w:name"))
            name = name_el.get(qn("w:val")) if name_el is not None else ""
            ids[style.get(qn("w:styleId"))] = name
    findings = []
    for name in STYLES:
        if name not in ids.values():
            findings.append(
                _finding(
                    template,
                    "E-TPL-STYLE-MISSING",
                    Where(),
                    N_(
                        "The template lacks the style '{style}', which the generated tables and "
                        "paragraphs use."
                    ),
                    style=name,
                )
            )
    for part, root in paras_by_part.items():
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            for el in root.iter(qn(tag)):
                value = el.get(qn("w:val"))
                if value not in ids:
                    findings.append(
                        _finding(
                            template,
                            "E-TPL-STYLE-UNKNOWN",
                            _where_of(el, root, part),
                            N_("Uses the style {style}, which the template does not define."),
                            style=f"'{value}'",
                        )
                    )
    return findings


def _where_of(el: etree._Element, root: etree._Element, part: str) -> Where:
    body = root.find(qn("w:body"))
    container = body if body is not None else root
    top = el
    while top.getparent() is not None and top.getparent() is not container:
        top = top.getparent()
    number = tables = 0
    for child in container:
        if child.tag == qn("w:p"):
            number += 1
        elif child.tag == qn("w:tbl"):
            tables += 1
        if child is top:
            return Where(part, number) if child.tag == qn("w:p") else Where(part, 0, tables)
    return Where(part)


def lint_package(package: Package, schema: DocumentSchema) -> list[TemplateFinding]:
    template = package.path
    findings: list[TemplateFinding] = []
    parts = template_parts(package)
    for part, root in parts.items():
        paras = part_paragraphs(root, part)
        findings += _tag_findings(template, paras, schema)
        container = root.find(qn("w:body"))
        xml = etree.tostring(container if container is not None else root, encoding="unicode")
        findings += _source_findings(template, part, xml, paras, schema)
    findings += _style_findings(template, package, parts)
    findings += _property_findings(template, package, schema)
    return findings


def _property_findings(template: Path, package: Package, schema: DocumentSchema) -> list:
    """docxtpl renders the document properties (title, comments …) as templates too."""
    root = package.xml.get("docProps/core.xml")
    if root is None:
        return []
    env = environment()
    findings = []
    for el in root.iter():
        text = el.text or ""
        if not OPEN.search(text):
            continue
        name = etree.QName(el).localname
        try:
            env.parse(text)
        except TemplateSyntaxError as exc:
            findings.append(
                _finding(
                    template,
                    "E-TPL-SYNTAX",
                    Where("docProps"),
                    N_("Jinja syntax error in the document property '{name}': {reason}"),
                    name=name,
                    reason=exc.message,
                )
            )
    return findings


def lint_template(path: Path, schema: DocumentSchema) -> list[TemplateFinding]:
    """Every finding of the template at ``path`` for the document ``schema``; an unsafe or
    unreadable file is one error finding (nothing of it is parsed further)."""
    path = Path(path)
    try:
        package = read_package(path)
    except UnsafePackageError as exc:
        return [_finding(path, "E-TPL-PACKAGE", Where(), exc.message_id, **exc.params)]
    return lint_package(package, schema)
