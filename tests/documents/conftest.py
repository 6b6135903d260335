"""Fixtures: the sample project, its generated document set, and template builders."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from pathlib import Path

import docx
import pytest

from desktop import paths
from desktop.core import projectfile

TODAY = dt.date(2024, 6, 28)


@pytest.fixture(scope="session")
def sample():
    return projectfile.load(paths.sample_path())


@pytest.fixture(scope="session")
def generated(sample, tmp_path_factory) -> list[Path]:
    from desktop.chart.orgchart import chart_pages
    from desktop.documents.generate import generate

    out = tmp_path_factory.mktemp("documents")
    return generate(sample, out, draw_chart=chart_pages, today=TODAY)


@pytest.fixture(scope="session")
def docx_files(generated) -> list[Path]:
    return [p for p in generated if p.suffix == ".docx"]


def by_name(files: list[Path], *parts: str) -> Path:
    found = [f for f in files if all(part in f.name for part in parts)]
    assert len(found) == 1, (parts, [f.name for f in files])
    return found[0]


def with_telephones(project):
    """A copy of ``project`` whose release names a director and an officer with their
    telephones."""
    project = copy.deepcopy(project)
    project.press.update(
        {
            "director_ko": "조직관리팀장 홍길동",
            "director_en": "Hong Gil-dong",
            "director_phone": "031-8008-2345",
            "officer_ko": "주무관 김철수",
            "officer_en": "Kim Cheol-su",
            "officer_phone": "031-8008-2346",
        }
    )
    return project


def make_template(target: Path, paragraphs: list, *, doc: str = "table", lang: str = "ko"):
    """A template with the built-in styles and the given body: each item is a string (one
    run) or a list of strings (one run each)."""
    shutil.copy(paths.templates_dir() / lang / f"{doc}.docx", target)
    document = docx.Document(str(target))
    body = document.element.body
    for child in list(body):
        if child.tag != docx.oxml.ns.qn("w:sectPr"):
            body.remove(child)
    for item in paragraphs:
        para = document.add_paragraph(style="OD Body")
        for text in [item] if isinstance(item, str) else item:
            para.add_run(text)
    document.save(str(target))
    return target


def all_text(path: Path) -> str:
    """Every paragraph of the body, tables included, one per line."""
    document = docx.Document(str(path))
    lines = []
    body = document.element.body
    for para in body.iter(docx.oxml.ns.qn("w:p")):
        lines.append(text_of(para))
    return "\n".join(lines)


def text_of(element) -> str:
    """The text of a paragraph (or of anything holding runs): its ``w:t``, and a hyphen for
    each of Word's no-break hyphens (``w:noBreakHyphen``, a telephone number's)."""
    qn = docx.oxml.ns.qn
    hyphen = qn("w:noBreakHyphen")
    return "".join(
        "-" if el.tag == hyphen else el.text or "" for el in element.iter(qn("w:t"), hyphen)
    )
