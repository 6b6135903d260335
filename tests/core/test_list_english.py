"""The English of a list article follows its Korean list (``부군수 밑에 …를 둔다`` /
``… shall be established under …``): a unit added to or gone from the Korean list is added to
or gone from the English one, or the English is shown as missing — never the old list as the
new one."""

from __future__ import annotations

from desktop import paths
from desktop.core import projectfile
from desktop.core.patterns import rewrite_list_en


def test_the_county_ordinance_list_article_changes_in_english_too():
    county = projectfile.load(paths.sample_path("county"))
    new = county.draft_inputs().new_instruments["ordinance"]
    assert new.articles[2].paragraphs[0].text_en == (
        "The Planning and Audit Office, the Administration Division, the Resident Welfare "
        "Division, the Population Policy Division, the Construction and Transportation Division "
        "and the Agricultural Policy Division shall be established under the Deputy County "
        "Governor."
    )


def test_a_list_is_written_again_in_its_own_english_form():
    text = "The A Bureau and the B Bureau shall be established under the Deputy Mayor."
    three = ["A Bureau", "B Bureau", "C Bureau"]
    assert rewrite_list_en(text, three[:2], three) == (
        "The A Bureau, the B Bureau and the C Bureau shall be established under the Deputy Mayor."
    )
    bare = "The A Division, B Division, and C Division shall be established in the X Bureau."
    old = ["A Division", "B Division", "C Division"]
    assert rewrite_list_en(bare, old, [old[0], old[2]]) == (
        "The A Division and C Division shall be established in the X Bureau."
    )


def test_a_list_the_english_does_not_show_leaves_the_english_missing():
    assert rewrite_list_en("Bureaus shall be established.", ["A Bureau"], ["B Bureau"]) == ""
    assert rewrite_list_en("The A Bureau shall be established.", ["A Bureau"], [""]) == ""


def test_a_new_bureaus_rule_article_lists_its_divisions_as_its_sibling_does():
    from tests.core.government_projects import suncheon_project

    rule = suncheon_project().draft_inputs().new_instruments["rule"]
    article = rule.article_titled("기후환경국")
    assert article.paragraphs[0].text == "기후환경국에 기후에너지과 및 환경보호과를 둔다."
    assert article.paragraphs[0].text_en == (
        "The Climate and Energy Division and the Environmental Protection Division shall be "
        "established in the Climate and Environment Bureau."
    )


def test_the_english_list_of_a_new_article_gives_each_name_its_article():
    from desktop.core.patterns import articles_list_en

    assert articles_list_en(["A"]) == "A"
    assert articles_list_en(["A", "B"]) == "A and the B"
    assert articles_list_en(["A", "B", "C"]) == "A, the B and the C"
