"""The English release reads as a press office writes it (desktop/core/press_en.py), on the
sample and on the rules one by one."""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest

from desktop import paths
from desktop.core import projectfile
from desktop.core.org import Level, UnitKind
from desktop.core.press import dateline, press_findings, press_paragraphs, release_line_en
from desktop.core.press_en import (
    count_word,
    dateline_city,
    level_words,
    release_line,
    series,
)


@pytest.fixture(scope="module")
def sample():
    return projectfile.load(paths.sample_path())


@pytest.fixture(scope="module")
def english(sample) -> dict[str, str]:
    return {p.key: p.en for p in press_paragraphs(sample.draft_inputs())}


def test_lists_take_articles_and_a_final_and():
    assert series(["A Division"]) == "the A Division"
    assert series(["A Division", "B Division"]) == "the A Division and the B Division"
    assert series(["A", "B", "C"]) == "the A, the B and the C"
    assert series(["the X", "Y"]) == "the X and the Y"
    assert series(["A", "B"], article=False) == "A and B"
    assert (count_word(2), count_word(9), count_word(12)) == ("two", "nine", "12")


def test_levels_are_named_by_the_rank_of_the_head():
    assert level_words(UnitKind.BUREAU) == "director-general level"
    assert level_words(UnitKind.OFFICER) == "director level"
    assert level_words(UnitKind.DIVISION) == "director level"
    assert level_words(UnitKind.TEAM) == "team-leader level"
    assert level_words(None, Level.BUREAU) == "director-general level"


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("2024. 6. 28.(금) 조간", "Embargoed until 06:00 KST, June 28, 2024"),
        ("2024. 6. 28.(금) 석간", "Embargoed until 12:00 KST, June 28, 2024"),
        ("2024. 6. 28.(금) 14:00", "Embargoed until 14:00 KST, June 28, 2024"),
        ("2024. 6. 28.(금) 조간(온라인 6. 27. 12:00)", "Embargoed until 06:00 KST, June 28, 2024"),
        ("즉시 보도", "For immediate release"),
        ("", "For immediate release"),
        ("2024. 6. 28.(금)", None),
    ],
)
def test_the_release_line_matches_the_korean(korean, english):
    assert release_line(korean) == english


def test_an_immediate_english_line_gives_way_to_the_korean_embargo(sample):
    assert sample.press["release_en"] == "For immediate release"  # as the sample has it
    assert release_line_en(sample.draft_inputs()) == "Embargoed until 06:00 KST, June 28, 2024"
    own = copy.deepcopy(sample)
    own.press["release_en"] = "Embargoed until 05:00 KST, June 28, 2024"
    assert release_line_en(own.draft_inputs()) == own.press["release_en"]  # the official's
    immediate = copy.deepcopy(sample)
    immediate.press["release_ko"] = "즉시 보도"
    assert release_line_en(immediate.draft_inputs()) == "For immediate release"


@pytest.mark.parametrize(
    ("government", "city"),
    [
        ("Gyeonggi Province", "SUWON"),
        ("Seoul Metropolitan Government", "SEOUL"),
        ("Jeju Special Self-Governing Province", "JEJU"),
        ("Hwaseong City", "HWASEONG"),
        ("Goyang Special City", "GOYANG"),
        ("Gapyeong County", "GAPYEONG"),
        ("Jung-gu District", "JUNG-GU"),
        ("", ""),
    ],
)
def test_the_dateline_comes_from_the_governments_english_name(government, city):
    assert dateline_city(government) == city
    assert dateline_city(government, "Uijeongbu") == "UIJEONGBU"  # the official's choice


def test_the_sample_dateline_has_a_city(sample):
    assert dateline(sample.draft_inputs()) == "SUWON, June 28, 2024 —"
    nameless = copy.deepcopy(sample)
    nameless.meta = nameless.meta.__class__(**{**vars(sample.meta), "government_en": ""})
    assert "[CITY]" not in dateline(nameless.draft_inputs())


def test_the_sample_release_reads_naturally(english):
    assert english["headline"] == (
        "Gyeonggi Province to launch AI Bureau, International Cooperation Bureau and "
        "Immigration and Society Bureau"
    )
    assert english["lead"].startswith(
        "Gyeonggi Province will launch its new organization on July 15, 2024, with three new "
        "bureaus: the AI Bureau, the International Cooperation Bureau and the Immigration and "
        "Society Bureau. The amendment to the Gyeonggi-do Ordinance on Administrative "
        "Organization and Staffing was passed at a plenary session of the 375th regular "
        "session of the Gyeonggi Provincial Council on June 27, 2024."
    )
    assert english["unit:ai"].startswith(
        "The new AI Bureau will be responsible for fostering the AI industry"
    )
    body = " ".join(english.values())
    for stiff in ("newly established to handle", "(officer level)", "(team level)", "comprises"):
        assert stiff not in body
    assert "the International Trade Division and the Diplomacy Policy Division" in body


def test_a_moved_division_is_listed_once(english):
    cooperation = (
        english["unit:intl"]
        if "unit:intl" in english
        else next(
            text for text in english.values() if "International Cooperation Bureau will" in text
        )
    )
    assert cooperation.count("International Trade Division") == 1
    assert (
        "Its two divisions, the International Trade Division and the Diplomacy Policy "
        "Division, will move from the Economic Investment Office." in cooperation
    )
    education = next(t for t in english.values() if t.startswith("The Lifelong Education"))
    assert education.count("Youth Opportunity Division") == 1
    assert "the Youth Opportunity Division, which moves from the Social Economy Bureau" in (
        education
    )


def test_grades_are_plain_words(english):
    north = next(t for t in english.values() if "Promotion Team" in t)
    assert "will be upgraded from director level to director-general level" in north
    ombudsman = next(t for t in english.values() if t.startswith("The Ombudsman"))
    assert "from team-leader level to director-general level as the Citizen Rights" in ombudsman


def test_the_english_states_the_same_figures_as_the_korean(sample):
    assert press_findings(sample.draft_inputs()) == []


def test_dates_in_the_english_are_english(english):
    assert not re.search(r"\d{4}\. \d{1,2}\. ", " ".join(english.values()))  # 2024. 7. 15.
    assert dt.date(2024, 7, 15).strftime("%B") in english["lead"]
