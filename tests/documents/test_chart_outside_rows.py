"""The rows outside an organization chart's tree (the agencies', the 읍·면·동) stay on a page
of the chart: a 시 with its 24 읍·면·동 gets each chart on one landscape page, not the tree on
one and the 읍·면·동 alone on the next; a province's agencies go on the governor's page when
the last page has no room for them. Checked in the DOCX as written: its pictures and the
page breaks between them."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn

from desktop.chart.orgchart import chart_pages, marks_before, page_parts
from desktop.core.org import Unit, UnitKind
from desktop.documents.generate import generate
from tests.core.government_projects import suncheon_project
from tests.documents.test_chart import _printed_sizes

# 순천시's 1 읍, 10 면 and 13 동
TOWNS = [
    ("승주읍", "Seungju-eup"),
    ("해룡면", "Haeryong-myeon"),
    ("서면", "Seo-myeon"),
    ("황전면", "Hwangjeon-myeon"),
    ("월등면", "Woldeung-myeon"),
    ("주암면", "Juam-myeon"),
    ("송광면", "Songgwang-myeon"),
    ("외서면", "Oeseo-myeon"),
    ("낙안면", "Nagan-myeon"),
    ("별량면", "Byeollyang-myeon"),
    ("상사면", "Sangsa-myeon"),
    ("향동", "Hyang-dong"),
    ("매곡동", "Maegok-dong"),
    ("삼산동", "Samsan-dong"),
    ("조곡동", "Jogok-dong"),
    ("덕연동", "Deogyeon-dong"),
    ("풍덕동", "Pungdeok-dong"),
    ("남제동", "Namje-dong"),
    ("저전동", "Jeojeon-dong"),
    ("장천동", "Jangcheon-dong"),
    ("중앙동", "Jungang-dong"),
    ("도사동", "Dosa-dong"),
    ("왕조1동", "Wangjo 1-dong"),
    ("왕조2동", "Wangjo 2-dong"),
]


def _pages(path) -> list[int]:
    """How many pictures each page of the DOCX holds: a page starts at a page break (a
    ``w:br`` of type page, a paragraph's ``w:pageBreakBefore``) or a section's end."""
    pages = [0]
    for element in docx.Document(str(path)).element.body.iter():
        breaks = element.tag == qn("w:br") and element.get(qn("w:type")) == "page"
        if breaks or element.tag in (qn("w:pageBreakBefore"), qn("w:sectPr")):
            pages.append(0)
        elif element.tag == qn("wp:inline"):
            pages[-1] += 1
    return pages


@pytest.fixture(scope="module")
def suncheon_towns():
    project = suncheon_project()
    mayor = project.org.children(None)[0]
    for number, (ko, en) in enumerate(TOWNS):
        project.org.add(Unit(f"town{number}", UnitKind.SUB_MUNICIPAL, ko, en, mayor.id))
    return project


@pytest.mark.parametrize(("lang", "name"), [("ko", "기구표"), ("en", "Organization tables")])
def test_a_city_with_24_eup_myeon_dong_gets_its_chart_on_one_page(
    suncheon_towns, tmp_path, lang, name
):
    written = generate(
        suncheon_towns,
        tmp_path,
        (lang,),
        ("org",),
        draw_chart=chart_pages,
        today=dt.date(2025, 5, 30),
        confirm=lambda _files: True,
    )
    path = next(p for p in written if p.suffix == ".docx" and name in p.name)
    charts = [p for p in written if p.suffix == ".png"]
    assert len(charts) == 2  # before and after, one page each (four before: 읍·면·동 alone)
    assert [n for n in _pages(path) if n] == [1, 1]  # one picture a page
    assert min(_printed_sizes(path)) >= 8.0


def test_a_provinces_agencies_go_on_the_governors_page_rather_than_alone(sample):
    """경기도's chart before the changes: the deputies' groups fill the second page; its four
    agencies go on the first page, under the governor, not on a third page of their own."""
    inputs = sample.draft_inputs()
    parts = page_parts(sample.org, marks_before(sample.org, inputs.applied), "ko")
    assert len(parts) == 2
    assert parts[0].top and parts[0].side  # the governor's page holds the agencies' row
    assert not parts[1].side and parts[1].groups
    groups = [g for part in parts for g in (part.groups or ())]
    assert groups == sorted(set(groups))  # every deputy's group once, in order
