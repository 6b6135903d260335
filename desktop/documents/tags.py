"""The Jinja tags of a DOCX template, paragraph by paragraph, and where each one is.

Word splits a ``{{ tag }}`` over runs; a tag is found in the paragraph's joined text and
placed by part, paragraph or table cell (:class:`~desktop.documents.errors.Where`) — what the
template check (:mod:`.lint`) reports and what a failed render (:mod:`.render`) points at.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from desktop.documents.errors import Where
from desktop.documents.package import Package

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
OPEN = re.compile(r"\{\{|\{%|\{#")


@dataclass
class Tag:
    """A Jinja tag found in a template paragraph, with the runs it spans."""

    text: str
    where: Where
    first_run: int
    last_run: int


@dataclass
class Paragraph:
    """A template paragraph's text and the tags in it (``unclosed``: a tag left open)."""

    where: Where
    text: str
    tags: list[Tag]
    unclosed: bool


def runs_text(para: etree._Element) -> list[str]:
    return ["".join(t.text or "" for t in r.iter(qn("w:t"))) for r in para.iter(qn("w:r"))]


def scan(para: etree._Element, where: Where) -> Paragraph:
    runs = runs_text(para)
    owner: list[int] = []
    for index, text in enumerate(runs):
        owner.extend([index] * len(text))
    text = "".join(runs)
    tags = [
        Tag(m.group(0), where, owner[m.start()], owner[m.end() - 1]) for m in TAG.finditer(text)
    ]
    rest = TAG.sub("", text)
    return Paragraph(where, text, tags, bool(OPEN.search(rest)))


def part_paragraphs(root: etree._Element, part: str) -> list[Paragraph]:
    """Every paragraph of a part with its place: body paragraphs numbered in order; paragraphs
    in tables by table (counted in order), row, column and paragraph within the cell."""
    body = root.find(qn("w:body"))
    container = body if body is not None else root
    found: list[Paragraph] = []
    number, tables = 0, 0
    for child in container:
        if child.tag == qn("w:p"):
            number += 1
            found.append(scan(child, Where(part, paragraph=number)))
        elif child.tag == qn("w:tbl"):
            tables += 1
            for r, row in enumerate(child.iter(qn("w:tr")), start=1):
                for c, cell in enumerate(row.findall(qn("w:tc")), start=1):
                    for p, para in enumerate(cell.iter(qn("w:p")), start=1):
                        found.append(scan(para, Where(part, p, tables, r, c)))
    return found


def match_line(paras: list[Paragraph], line: str) -> Where:
    """The paragraph holding the tags of a line of the template source (XML)."""
    tags = [normal(tag) for tag in TAG.findall(html.unescape(re.sub(r"<[^>]+>", "", line)))]
    for para in paras:
        if any(normal(tag.text) in tags for tag in para.tags):
            return para.where
    return Where(paras[0].where.part if paras else "document")


def locate_line(package: Package, part: str, line: str) -> Where:
    """The paragraph of ``part`` holding the tags of a line of the rendered source (where a
    render failed); the part alone when none matches."""
    root = template_parts(package).get(part)
    if root is None:
        return Where(part)
    return match_line(part_paragraphs(root, part), line)


def normal(tag: str) -> str:
    tag = re.sub(r"^(\{\{|\{%|\{#)(tr|tc|p|r)\s", r"\1 ", tag)
    tag = tag.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(tag.split())


def template_parts(package: Package) -> dict[str, etree._Element]:
    parts = {"document": package.xml["word/document.xml"]}
    for name, root in sorted(package.xml.items()):
        match = re.fullmatch(r"word/((?:header|footer)\d*)\.xml", name)
        if match:
            parts[match.group(1)] = root
    return parts
