"""A change to an English list of units is one quote, as the Korean sentence quotes its list
(drafting-ko.md §3a, one span for a list change): the county sample's 제3조 and the shapes of
순천시's ordinance and rule. The quote runs over whole items, each with its "the"; renamed
items in place stay apart. Made-up texts in the samples' shape."""

from __future__ import annotations

import pytest

from desktop.core.drafting import amendment_text, amendment_text_en
from desktop.core.provisions import apply_english
from desktop.core.statute import Instrument
from desktop.core.statute_parse import parse_instrument

BEFORE_EN = (
    "The Planning and Audit Office, the Administration Division, the Finance Division, the "
    "Resident Welfare Division, the Construction Division and the Agricultural Policy Division "
    "shall be established under the Deputy County Governor."
)
NAMES = {
    "기획감사실": "Planning and Audit Office",
    "행정과": "Administration Division",
    "재무과": "Finance Division",
    "주민복지과": "Resident Welfare Division",
    "인구정책과": "Population Policy Division",
    "건설과": "Construction Division",
    "건설교통과": "Construction and Transportation Division",
    "농업정책과": "Agricultural Policy Division",
    "예산과": "Budget Division",
}


def _instrument(units: list[str], english: str) -> Instrument:
    listed = "ㆍ".join(units[:-1]) + " 및 " + units[-1]
    text = f"가온군 행정기구 설치 조례\n제3조(실ㆍ과의 설치) 부군수 밑에 {listed}를 둔다.\n"
    inst, messages = parse_instrument(text)
    assert messages == []
    inst.title_en = "Gaon-gun Ordinance on the Establishment of Administrative Organizations"
    assert apply_english(inst, {"3/0": english}) == []
    return inst


def _english(units: list[str]) -> str:
    names = [f"the {NAMES[unit]}" for unit in units]
    listed = f"{', '.join(names[:-1])} and {names[-1]}"
    return f"T{listed[1:]} shall be established under the Deputy County Governor."


def _drafted(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    old = _instrument(before, _english(before))
    new = _instrument(after, _english(after))
    terms = frozenset(NAMES.values())
    korean = [s.text for s in amendment_text(old, new, atomic_terms=frozenset(NAMES)).sentences]
    english = amendment_text_en(
        old, new, atomic_terms=frozenset(NAMES), atomic_terms_en=terms
    ).sentences
    return korean, [s.text for s in english]


COUNTY = ["기획감사실", "행정과", "재무과", "주민복지과", "건설과", "농업정책과"]


def test_the_county_samples_list_is_one_quote_in_both_languages():
    after = ["기획감사실", "행정과", "주민복지과", "인구정책과", "건설교통과", "농업정책과"]
    assert _english(COUNTY) == BEFORE_EN
    korean, english = _drafted(COUNTY, after)
    assert korean == [
        '제3조 중 "재무과ㆍ주민복지과ㆍ건설과"를 "주민복지과ㆍ인구정책과ㆍ건설교통과"로 한다.'
    ]
    assert english == [
        'In Article 3, "the Finance Division, the Resident Welfare Division, the Construction '
        'Division" shall be replaced by "the Resident Welfare Division, the Population Policy '
        'Division, the Construction and Transportation Division".'
    ]
    # the quote, replaced in the old English text, gives the new one
    quoted = english[0].split('"')
    assert BEFORE_EN.replace(quoted[1], quoted[3]) == _english(after)


def test_an_item_added_after_the_last_ends_the_quote_with_the_units_name():
    """순천시's ordinance: 및 the last item, then a new one after it; the list's last item ends
    with its name, not at a separator (none follows it)."""
    before = ["기획감사실", "행정과"]
    korean, english = _drafted(before, ["기획감사실", "행정과", "인구정책과"])
    assert korean == [
        '제3조 중 "기획감사실 및 행정과"를 "기획감사실ㆍ행정과 및 인구정책과"로 한다.'
    ]
    assert english == [
        'In Article 3, "The Planning and Audit Office and the Administration Division" shall be '
        'replaced by "The Planning and Audit Office, the Administration Division and the '
        'Population Policy Division".'
    ]


def test_an_item_removed_from_a_list_of_three_quotes_the_list_as_the_korean_does():
    """순천시's rule: 일자리경제과ㆍ농업정책과 및 환경보호과 → 일자리경제과 및 농업정책과."""
    before = ["행정과", "재무과", "건설과"]
    korean, english = _drafted(before, ["행정과", "재무과"])
    assert korean == ['제3조 중 "행정과ㆍ재무과 및 건설과"를 "행정과 및 재무과"로 한다.']
    assert english == [
        'In Article 3, "The Administration Division, the Finance Division and the Construction '
        'Division" shall be replaced by "The Administration Division and the Finance Division".'
    ]


@pytest.mark.parametrize(
    ("renamed", "sentence"),
    [
        (
            {"재무과": "예산과", "건설과": "건설교통과"},
            'In Article 3, "Finance Division" shall be replaced by "Budget Division", and '
            '"Construction Division" shall be replaced by "Construction and Transportation '
            'Division".',
        ),
        (  # three quotes: a series, the last one after ", and"
            {"재무과": "예산과", "주민복지과": "인구정책과", "건설과": "건설교통과"},
            'In Article 3, "Finance Division" shall be replaced by "Budget Division", "Resident '
            'Welfare Division" shall be replaced by "Population Policy Division", and '
            '"Construction Division" shall be replaced by "Construction and Transportation '
            'Division".',
        ),
    ],
)
def test_items_renamed_in_place_stay_apart(renamed, sentence):
    _, english = _drafted(COUNTY, [renamed.get(unit, unit) for unit in COUNTY])
    assert english == [sentence]
