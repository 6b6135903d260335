"""A district (자치구) read from its own texts, whose list articles join the names with ㆍ alone
(``도시국에 도시계획과ㆍ건축과ㆍ교통행정과를 둔다.``, no 및): a new division is added to the list
instead of being left out of the amendment silently. The texts (tests/data/district/) are
written for the tests in the pattern of Seoul's districts; the names are illustrative."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import changes as ch
from desktop.core.government import Government
from desktop.core.grades import DEFAULT_GRADES
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.orgread import read_organization
from desktop.core.patterns import find_listing
from desktop.core.project import Effective, EffectiveMode, InstrumentSource, Meta, Project
from desktop.core.statute import InstrumentKind

DATA = Path(__file__).parent.parent / "data" / "district"


@pytest.mark.parametrize(
    ("text", "names", "rewritten"),
    [
        ("도시국에 도시계획과ㆍ건축과ㆍ교통행정과를 둔다.", ["도시계획과", "건축과", "교통행정과"],
         "도시국에 도시계획과ㆍ건축과ㆍ교통행정과ㆍ공원과를 둔다."),
        ("도시국에 도시계획과ㆍ건축과 및 교통행정과를 둔다.",
         ["도시계획과", "건축과", "교통행정과"],
         "도시국에 도시계획과ㆍ건축과ㆍ교통행정과 및 공원과를 둔다."),
        ("도시국에 도시계획과를 둔다.", ["도시계획과"],
         "도시국에 도시계획과ㆍ건축과ㆍ교통행정과 및 공원과를 둔다."),
    ],
)  # fmt: skip
def test_a_list_is_read_and_rewritten_as_it_was_joined(text, names, rewritten):
    listing = find_listing(text)
    assert listing is not None and listing.names == names
    new_names = ["도시계획과", "건축과", "교통행정과", "공원과"]
    assert listing.rewrite(text, new_names, "ㆍ") == rewritten


@pytest.fixture
def district() -> Project:
    ordinance = (DATA / "ordinance.txt").read_text(encoding="utf-8")
    rule = (DATA / "rule.txt").read_text(encoding="utf-8")
    org = read_organization([("ordinance", ordinance), ("rule", rule)]).organization()
    ids = {u.name_ko: u.id for u in org.units()}
    duty = Duty("공원 및 녹지에 관한 사항", "Matters concerning parks")
    park = Unit("park", UnitKind.DIVISION, "공원녹지과", "Parks Division", ids["도시국"], "g5",
                [duty], {"g5": 1, "g6": 4})  # fmt: skip
    effective = Effective(EffectiveMode.PROMULGATION)
    project = Project(
        meta=Meta(government_ko="서울특별시 성동구", government_en="Seongdong-gu",
                  bill_date=dt.date(2026, 5, 20)),
        government=Government(None, 280_000),
        org=org,
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ordinance, effective=effective),
            InstrumentSource("rule", InstrumentKind.RULE, rule, effective=effective),
        ],
        changes=[
            ch.Rename("c1", unit_id=ids["복지국"], name_ko="복지문화국", name_en="Welfare Bureau"),
            ch.Establish("c2", unit=park, children=[]),
        ],
    )  # fmt: skip
    project.grades = list(DEFAULT_GRADES)
    return project


def test_a_new_division_joins_the_list_joined_with_middle_dots(district):
    draft = district.draft_inputs().draft
    rule = [s.text for s in draft["rule"].amendment("ko").sentences]
    assert rule == [
        '제2조제2항 중 "복지국"을 "복지문화국"으로 하고, 같은 조 제3항 중 "교통행정과"를 '
        '"교통행정과ㆍ공원녹지과"로 한다.'
    ]
    new = district.draft_inputs().new_instruments["rule"]
    assert (
        "도시국에 도시계획과ㆍ건축과ㆍ교통행정과ㆍ공원녹지과를 둔다."
        in new.article_titled("하부조직").text_only()
    )
    ordinance = [s.text for s in draft["ordinance"].amendment("ko").sentences]
    assert ordinance[0] == '제3조 중 "복지국"을 "복지문화국"으로 한다.'


def test_the_release_names_the_bureau_that_gains_a_division(district):
    from desktop.core.press import press_paragraphs

    for unit in district.org.units():
        unit.name_en = {"도시국": "Urban Bureau"}.get(unit.name_ko, f"{unit.name_ko} Division")
    paragraphs = {p.key: p for p in press_paragraphs(district.draft_inputs())}
    urban = next(p for key, p in paragraphs.items() if "도시국" in p.ko)
    assert urban.ko == (
        "도시국 산하에는 공원녹지과를 신설해 도시계획과·건축과·교통행정과·공원녹지과 등 4개 과를 "
        "둔다."
    )
    assert urban.en.startswith("The Urban Bureau will gain a new Parks Division. It will have four")


def test_before_the_vote_the_release_says_the_bill_is_prepared(district):
    from desktop.core.press import press_paragraphs

    lead = next(p for p in press_paragraphs(district.draft_inputs()) if p.key == "lead")
    assert lead.ko.endswith(
        "일부개정조례안을 마련해 조례가 공포되는 날부터 새 조직을 시행할 계획이라고 밝혔다."
    )


def test_a_rule_amended_only_by_the_ordinance_s_rename_says_so_in_its_main_points(district):
    from desktop.core.summary import render

    district.changes = district.changes[:1]  # the rename of 복지국 alone
    summary = district.draft_inputs().draft["rule"].summary
    assert render(summary, "ko").splitlines()[-2:] == [
        "  가. 기타 사항",
        "    1) 「서울특별시 성동구 행정기구 설치 조례」 개정에 따른 기구 조정 반영"
        "(명칭변경 복지국→복지문화국) (안 제2조)",
    ]
    assert "Organizational changes of the ordinance reflected (renamed" in render(summary, "en")
