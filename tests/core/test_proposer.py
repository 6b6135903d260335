"""The proposer line (제출자) entered in the project names the government's head: one left from
another government's project (the county sample made a district: ``해운대구수``, ``Haeundae-gu
Governor``) is a warning, since the bill prints the line as entered (W-PROPOSER)."""

from __future__ import annotations

import pytest

from desktop.core.projectfile import load
from desktop.core.validate import proposer_findings, validate
from desktop.paths import sample_path
from tests.core.government_projects import county_as_district


def _district(proposer_ko: str, proposer_en: str):
    return county_as_district(proposer_ko=proposer_ko, proposer_en=proposer_en)


def test_a_proposer_left_from_a_county_is_a_located_warning_in_both_languages():
    project = _district("해운대구수", "Haeundae-gu Governor")
    found = [f for f in validate(project) if f.code == "W-PROPOSER"]
    assert [(f.place.ref, f.place.field, f.is_error) for f in found] == [
        ("meta", "proposer_ko", False),
        ("meta", "proposer_en", False),
    ]
    assert found[0].message("en") == (
        "The proposer (Korean) reads '해운대구수', but the head of Haeundae-gu is "
        "'부산광역시 해운대구청장': the bill's proposer line prints it as entered."
    )
    assert found[1].message("en") == (
        "The proposer (English) reads 'Haeundae-gu Governor', but the head of Haeundae-gu is "
        "'Mayor of Haeundae-gu': the bill's proposer line prints it as entered."
    )
    assert "해운대구수" in found[0].message("ko") and "해운대구청장" in found[0].message("ko")
    # Each message names the government in its own language, whichever line it is about.
    assert found[1].message("ko") == (
        "제출자(영문): ‘Haeundae-gu Governor’ — 부산광역시 해운대구의 장은 ‘Mayor of Haeundae-gu’"
        "입니다. 개정안의 제출자 줄에는 입력한 대로 인쇄됩니다."
    )


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("해운대구청장", "Mayor of Haeundae-gu"),
        ("부산광역시 해운대구청장", "Haeundae-gu District Mayor"),
        ("해운대구청장 권한대행 부구청장", "Acting Mayor of Haeundae-gu"),
        ("", ""),  # not entered: the head's title is printed
    ],
)
def test_the_heads_title_with_or_without_the_government_above_is_no_warning(ko, en):
    assert proposer_findings(_district(ko, en)) == []


@pytest.mark.parametrize("which", ["province", "county"])
def test_the_samples_name_their_heads(which):
    assert proposer_findings(load(sample_path(which))) == []
