"""An annex's English rows follow its Korean rows when the changes rewrite them (the staffing
table): the figures are the new Korean ones, the English the official wrote for a row or a
column that is still there stays, a new row reads as an annex without English rows does."""

from __future__ import annotations

from desktop import paths
from desktop.core.annex_en import amended_rows_en, cell_en
from desktop.core.drafting.table_annex import rows_en
from desktop.core.project import DraftInputs, Project
from desktop.core.projectfile import load
from desktop.core.statute import Annex, Num
from desktop.documents.bill import annexes_part
from tests.core.government_projects import gangwon_project

# What an official might write: not the words the automatic English uses.
OFFICIAL = {
    "구분": "Classification",
    "정원": "Authorized number",
    "총계": "Grand total",
    "기관": "Agency",
    "계": "Sum",
    "도지사": "Office of the Governor",
    "기획조정실": "Office of Planning and Coordination",
    "예산과": "Budget Division",
    "경제국": "Bureau of Economy",
    "에너지과": "Energy Division",
}


def official_english(rows: list[list[str]]) -> list[list[str]]:
    return [[OFFICIAL.get(cell) or cell_en(cell) for cell in row] for row in rows]


def with_english_annex(project: Project, key: str) -> DraftInputs:
    """The project's inputs, the staffing annex of the current ``key`` text with English rows
    the official wrote (before the changes are applied to it)."""
    inputs = project.draft_inputs()
    old = inputs.old_instruments[key].annexes[0]
    old.rows_en = official_english(old.rows)
    return inputs


def staffing_annex(project: Project, key: str) -> tuple[Annex, Annex]:
    """The staffing annex before and after the changes (see :func:`with_english_annex`)."""
    inputs = with_english_annex(project, key)
    return inputs.old_instruments[key].annexes[0], inputs.new_instruments[key].annexes[0]


def assert_same_figures(korean: list[list[str]], english: list[list[str]]) -> None:
    assert len(english) == len(korean)
    for ko_row, en_row in zip(korean, english, strict=True):
        assert len(en_row) == len(ko_row), (ko_row, en_row)
        for ko, en in zip(ko_row, en_row, strict=True):
            if not any("\uac00" <= ch <= "\ud7a3" for ch in ko):
                assert en == ko, (ko_row, en_row)


def test_a_staffing_change_gives_the_english_annex_the_korean_figures():
    """The sample's 별표 1 (by grade) goes from 16,244 to 16,252: its English rows too, which
    before kept the old figures beside the new Korean ones."""
    old, new = staffing_annex(load(paths.sample_path()), "ordinance")
    assert new.rows != old.rows  # the change touches the table
    assert new.rows[1] == ["총계", "16,252"] and old.rows_en[1] == ["Grand total", "16,244"]
    assert new.rows_en[1] == ["Grand total", "16,252"]
    assert new.rows_en[0] == ["Classification", "Authorized number"]
    assert_same_figures(new.rows, new.rows_en)


def test_the_english_bill_prints_the_new_figures_of_the_annex():
    """The English bill's 별지 (Annex 1 as it will read) with the total the Korean one has."""
    inputs = with_english_annex(load(paths.sample_path()), "ordinance")
    part = repr(annexes_part(inputs, "ordinance", "en"))
    assert "16,252" in part and "16,244" not in part
    assert "Grand total" in part and "Authorized number" in part
    assert "16,252" in repr(annexes_part(inputs, "ordinance", "ko"))


def test_a_table_by_unit_keeps_the_officials_english_of_the_rows_still_there():
    """강원's 기관별ㆍ직급별 table: 에너지과 is abolished, 특별자치국 and 특별자치과 are new,
    경제국 becomes 경제산업국, 복지정책과 gains a post."""
    old, new = staffing_annex(gangwon_project(), "staffing")
    assert {"Energy Division", "Bureau of Economy"} <= {row[0] for row in old.rows_en}
    english = {ko[0]: en[0] for ko, en in zip(new.rows, new.rows_en, strict=True)}
    assert english["기관"] == "Agency" and english["계"] == "Sum"
    assert english["도지사"] == "Office of the Governor"
    assert english["기획조정실"] == "Office of Planning and Coordination"
    assert english["예산과"] == "Budget Division"
    assert english["특별자치국"] == "Special Autonomy Bureau"  # new: the unit's English
    assert english["경제산업국"] == "Economy and Industry Bureau"  # renamed: its new English
    assert "Energy Division" not in english.values() and "Bureau of Economy" not in english.values()
    welfare_ko = next(row for row in new.rows if row[0] == "복지정책과")
    welfare_en = next(row for row in new.rows_en if row[0] == "Welfare Policy Division")
    assert welfare_en[1:] == welfare_ko[1:] and welfare_ko[7] == "7"  # 6급 6 → 7
    assert_same_figures(new.rows, new.rows_en)


def test_an_annex_without_english_rows_keeps_none():
    """Its Korean rows stand in (:func:`rows_en`), with the new figures already."""
    assert (
        amended_rows_en([["구분", "정원"], ["총계", "3"]], [], [["구분", "정원"], ["총계", "4"]])
        == []
    )
    annex = Annex(Num(1), "정원표", rows=[["구분", "정원"], ["총계", "4"]])
    assert rows_en(annex) == [["Category", "Staffing"], ["Total", "4"]]


def test_english_rows_not_cell_for_cell_with_the_korean_teach_nothing():
    """An English table of another shape cannot say which English is which row's: the new rows
    read as without English rows, never a label beside the wrong figures."""
    old = [["구분", "정원"], ["총계", "3"], ["5급", "3"]]
    old_en = [["Category", "Staffing"], ["Grand total", "3"]]  # a row fewer
    new = [["구분", "정원"], ["총계", "4"], ["5급", "4"]]
    assert amended_rows_en(old, old_en, new) == [
        ["Category", "Staffing"],
        ["Total", "4"],
        ["Grade 5", "4"],
    ]


def test_names_given_place_a_new_units_row_in_english():
    old = [["기관", "5급"], ["총무과", "1"]]
    new = [["기관", "5급"], ["총무과", "1"], ["인사과", "1"]]
    rows = amended_rows_en(old, [["Agency", "Grade 5"], ["General Affairs", "1"]], new,
                           {"인사과": "Personnel Division"})  # fmt: skip
    assert rows == [["Agency", "Grade 5"], ["General Affairs", "1"], ["Personnel Division", "1"]]
