"""A staffing table that counts a 복수직급 post in a row or column of its own (``3ㆍ4급``,
also ``3·4급``, ``3급 또는 4급``, or several grades as ``6급 이하``) is read by File › New: the
posts are the units' under that grade, which the project's grade list holds where the table
counts it (between 3급 and 4급), so the organization tables, the staffing annex and the totals
say what the ordinance says. A regrade of a head of two grades moves the post from that row;
where no such row tells which grade counts the post, the official is told which count to fix
(W-HEAD-GRADE-POST), in Korean and English."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import changes as ch
from desktop.core.annex_en import cell_en
from desktop.core.grades import DEFAULT_GRADES, combined_code, table_grade, with_table_grades
from desktop.core.orgread import read_organization
from desktop.core.press import press_paragraphs
from desktop.core.validate import validate
from desktop.documents.orgtables import staffing_rows
from tests.core.government_projects import DATA, _ids, gangwon_project, goyang_project

TODAY = dt.date(2025, 8, 1)


def _goyang_row(key: str, text: str) -> str:
    """고양시's 직급별 정원표 counting one of its four 3급 posts as 3ㆍ4급 (the 자치행정국장's)."""
    if key != "staffing":
        return text
    assert "| 3급 | 4 |" in text
    return text.replace("| 3급 | 4 |", "| 3급 | 3 |\n| 3ㆍ4급 | 1 |")


def _goyang_texts() -> list[tuple[str, str]]:
    return [
        (key, _goyang_row(key, (DATA / f"goyang-{key}.txt").read_text(encoding="utf-8")))
        for key in ("ordinance", "rule", "staffing")
    ]


@pytest.mark.parametrize(
    ("label", "code", "english"),
    [
        ("3ㆍ4급", "g3-4", "Grade 3 or 4"),
        ("3·4급", "g3-4", "Grade 3 or 4"),
        ("4급ㆍ5급", "g4-5", "Grade 4 or 5"),
        ("4급 또는 5급", "g4-5", "Grade 4 or 5"),
        ("6급 이하", "g6-below", "Grade 6 or below"),
        ("4급이상", "g4-above", "Grade 4 or above"),
    ],
)
def test_the_labels_a_staffing_table_joins_grades_with(label, code, english):
    grade = table_grade(label)
    assert grade is not None
    assert (grade.code, grade.ko, grade.en, grade.group) == (code, label, english, "general")


def test_other_labels_are_no_grade_of_the_table():
    for label in ("3급", "정무직", "계", "3ㆍ3급", "기획조정실", "3ㆍ4"):
        assert table_grade(label) is None, label


def test_a_table_grade_stands_where_the_table_counts_it():
    grades = with_table_grades(
        DEFAULT_GRADES, [table_grade("4ㆍ5급"), table_grade("3ㆍ4급"), table_grade("6급 이하")]
    )
    labels = [g.ko for g in grades]
    assert labels[labels.index("3급") : labels.index("7급")] == [
        "3급", "3ㆍ4급", "4급", "4ㆍ5급", "5급", "6급 이하", "6급",
    ]  # fmt: skip
    assert len(grades) == len(DEFAULT_GRADES) + 3
    assert with_table_grades(grades, [table_grade("3·4급")]) == grades  # one code once
    assert combined_code(["g4", "g3"], grades) == "g3-4"
    assert combined_code(["g3", "g4"], DEFAULT_GRADES) == ""  # no such row: none


def test_a_combined_row_by_grade_is_read_and_the_totals_agree():
    """Before, the 3ㆍ4급 row was dropped without a word: the tree held 2,799 posts where the
    ordinance states 2,800, and the review said 2,799 were kept with the mayor."""
    reading = read_organization(_goyang_texts())
    assert reading.staffing.by_grade["g3-4"] == 1
    assert reading.staffing.by_grade["g3"] == 3
    org = reading.organization()
    assert sum(org.total_staffing().values()) == reading.staffing.total == 2_800
    note = next(q for q in reading.questions if q.topic == "unread")
    assert note.message("ko").startswith("직급별 정원 2,800명은")
    grades = reading.grades()
    labels = [g.ko for g in grades]
    assert labels[labels.index("3급") : labels.index("4급") + 1] == ["3급", "3ㆍ4급", "4급"]
    # a table without such a row keeps the default list
    plain = [(key, (DATA / f"goyang-{key}.txt").read_text(encoding="utf-8"))
             for key in ("ordinance", "rule", "staffing")]  # fmt: skip
    assert read_organization(plain).grades() == DEFAULT_GRADES


def test_a_regrade_moves_the_post_from_the_combined_row():
    """The 자치행정국장 (3·4급, counted in the 3ㆍ4급 row) made 3급: the post moves from that
    row to 3급; the organization tables show the row, the staffing annex is rewritten in its
    own layout and every total stays the ordinance's 2,800."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=ids["자치행정국"], grade="g3")]
    inputs = project.draft_inputs()
    before, after = project.org.total_staffing(), inputs.applied.org.total_staffing()
    assert (before["g3"], before["g3-4"]) == (3, 1)
    assert (after["g3"], after.get("g3-4", 0)) == (4, 0)
    rows = {r[0]: r[1:] for r in staffing_rows(inputs, "ko")[0]}
    assert rows["총  계"] == ["2,800", "2,800", "-"]
    assert rows["3급"] == ["3", "4", "1"]
    assert rows["3ㆍ4급"] == ["1", "0", "△1"]
    assert not any("그 밖의" in label for label in rows)  # the tree holds every post
    english = {r[0]: r[1:] for r in staffing_rows(inputs, "en")[0]}
    assert english["Grade 3 or 4"] == ["1", "0", "−1"]
    annex = inputs.statutes.instruments["staffing"].annexes[0]
    assert ["3급", "4"] in annex.rows and ["총계", "2,800"] in annex.rows
    assert not any(row[0] == "3ㆍ4급" for row in annex.rows)  # none left at it
    assert not [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-GRADE-POST"]


def test_a_head_made_of_two_grades_moves_to_the_combined_row():
    """도시교통국장 (4급) made 3·4급 where the table has a 3ㆍ4급 row: the post is counted there."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.changes = [
        ch.ChangeHeadGrade("c1", unit_id=ids["도시교통국"], grade="g3", grade_alt="g4")
    ]
    after = project.draft_inputs().applied.org.total_staffing()
    assert (after["g3-4"], after["g4"]) == (2, 25)


def _gangwon_column(key: str, text: str) -> str:
    """강원's 기관별ㆍ직급별 정원표 with a 3ㆍ4급 column counting the 관광국장, whom the
    ordinance makes 3·4급."""
    if key == "ordinance":
        old = "제8조(관광국) ① 관광국에 국장 1명을 두되, 국장은 지방서기관으로 보한다."
        assert old in text
        return text.replace(old, old.replace("지방서기관", "지방부이사관 또는 지방서기관"))
    if key != "staffing":
        return text
    lines = []
    for line in text.splitlines():
        if not line.startswith("| "):
            lines.append(line)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| 기관 |"):
            cells.insert(5, "3ㆍ4급")
        elif cells[0] in ("계", "관광국"):
            cells[5:6] = ["1", ""]  # the one 4급 post is the 관광국장's
        else:
            cells.insert(5, "")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def test_a_combined_column_by_unit_is_read_and_amended_in_place():
    project = gangwon_project(edit=_gangwon_column)
    ids = _ids(project)
    bureau = project.org.get(ids["관광국"])
    assert bureau.head_grades == ("g3", "g4")
    assert bureau.staffing == {"g3-4": 1}
    assert sum(project.org.total_staffing().values()) == 115  # 제2조's total
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=bureau.id, grade="g3")]
    inputs = project.draft_inputs()
    assert inputs.applied.org.get(bureau.id).staffing == {"g3": 1}
    rows = inputs.statutes.instruments["staffing"].annexes[0].rows
    assert rows[0][:7] == ["기관", "정무직", "1급", "2급", "3급", "3ㆍ4급", "4급"]
    row = {r[0]: r[1:7] for r in rows}
    assert row["계"] == ["2", "1", "1", "4", "", ""]
    assert row["관광국"] == ["", "", "", "1", "", ""]


def test_an_ambiguous_post_of_two_grades_is_told_not_moved():
    """고양시's 직급별 정원표 counts the 자치행정국장 (3·4급) at 3급 or at 4급, both of which
    it has: made 3급, which count holds the post cannot be told. No post moves, and the
    official is told which count to fix. Before, nothing moved and nothing was said."""
    project = goyang_project()
    ids = _ids(project)
    before = project.org.total_staffing()
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=ids["자치행정국"], grade="g3")]
    assert project.draft_inputs().applied.org.total_staffing() == before
    found = [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-GRADE-POST"]
    assert len(found) == 1
    assert found[0].message("ko") == (
        "자치행정국의 장은 조정 전 3·4급이고 시장의 정원에 두 직급이 모두 있어, 장의 정원이 "
        "어느 직급에 있는지 알 수 없으므로 3급으로 옮기지 않았습니다. 장의 정원이 4급에 있다면 "
        "시장의 정원 변경(4급 −1, 3급 +1)으로 옮기십시오."
    )
    assert found[0].message("en") == (
        "The head of Autonomous Administration Bureau was Grade 3 or 4, and the staffing of "
        "Mayor has posts at both grades: which of them counts the head's post cannot be told, "
        "so none was moved to Grade 3. If it is counted at Grade 4, move it with a staffing "
        "change of Mayor (Grade 4 −1, Grade 3 +1)."
    )


def test_a_post_of_two_grades_held_at_one_moves_without_a_word():
    """Where the staffing holds only one of the head's two grades, that count holds the post:
    it moves (4급 → 3급) or stays (3급), and nothing is asked."""
    project = goyang_project()
    ids = _ids(project)
    bureau = project.org.get(ids["자치행정국"])
    for staffing, moved in (({"g4": 1, "g5": 2}, {"g3": 1, "g5": 2}),
                            ({"g3": 1, "g5": 2}, {"g3": 1, "g5": 2})):  # fmt: skip
        bureau.staffing = dict(staffing)
        project.changes = [ch.ChangeHeadGrade("c1", unit_id=bureau.id, grade="g3")]
        assert project.draft_inputs().applied.org.get(bureau.id).staffing == moved
        assert not [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-GRADE-POST"]


def test_the_english_annex_names_a_combined_grade():
    """An annex without English rows is written in English cell by cell: the 3ㆍ4급 column
    is ``Grade 3 or 4`` (it was marked as missing)."""
    assert cell_en("3ㆍ4급") == "Grade 3 or 4"
    assert cell_en("6급 이하") == "Grade 6 or below"
    assert cell_en("3급") == "Grade 3"


def test_a_table_grade_the_project_does_not_list_is_told_at_the_table():
    """A project made before such rows were read (its grade list the default one) has the
    3ㆍ4급 post in no unit; the review says so at the table's line, in Korean and English."""
    project = goyang_project(edit=_goyang_row)
    assert not [f for f in validate(project, today=TODAY) if f.code == "W-XCHECK-GRADE"]
    project.grades = list(DEFAULT_GRADES)
    found = [f for f in validate(project, today=TODAY) if f.code == "W-XCHECK-GRADE"]
    assert len(found) == 1
    text = project.instrument("staffing").text
    line = text.splitlines().index("[별표 1] 직급별 정원표(제2조제2항 관련)") + 1
    assert (found[0].place.ref, found[0].place.line) == ("staffing", line)
    assert found[0].message("ko") == (
        f"「고양시 지방공무원 정원 조례」 {line}행의 정원표에는 3ㆍ4급 정원이 있으나 프로젝트의 "
        "직급 목록에 이 직급이 없습니다. 그 정원은 어느 기구에도 들어 있지 않고, 정원표를 새로 "
        "쓰면 빠집니다. 조문에서 프로젝트를 다시 만들면(파일 › 새로 만들기) 이 직급이 목록에 "
        "들어갑니다."
    )
    english = found[0].message("en")
    assert english.startswith(
        f"The staffing table of the Ordinance (line {line}) counts posts at Grade 3 or 4, a "
        "grade the project does not list:"
    )


def test_the_release_says_the_total_stays_when_posts_move_between_grades():
    """The regrade moves a post from 3ㆍ4급 to 3급 and the total stays 2,800: the release said
    '총 정원 2,800명 → 2,800명(감 0명)' and '정원은 총 2,800명에서 2,800명으로 0명 줄어든다'
    ('down 0', 'will fall from 2,800 to 2,800, a decrease of zero')."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=ids["자치행정국"], grade="g3")]
    inputs = project.draft_inputs()
    paragraphs = [p for p in press_paragraphs(inputs) if p.ko.startswith(("총 정원", "정원은"))]
    assert [(p.ko, p.en) for p in paragraphs] == [
        ("총 정원 2,800명 → 2,800명(증감 없음)", "Total staffing 2,800 → 2,800 (unchanged)"),
        (
            "정원은 총 2,800명으로 변동이 없다. 직급별로는 3급 1명이 늘고, 3ㆍ4급 1명이 줄어든다.",
            "Total staffing stays at 2,800. By grade, posts will increase at Grade 3 (1) and "
            "decrease at Grade 3 or 4 (1).",
        ),
    ]


def test_the_release_spells_a_head_of_two_grades_as_the_table_spells_its_row():
    """The 자치행정국장 of a table with a 3ㆍ4급 row, regraded to 3급: the release wrote the
    head's grade '3·4급' and, in the next sentence, the row's '3ㆍ4급' (two spellings of one
    grade in one paragraph)."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=ids["자치행정국"], grade="g3")]
    release = " ".join(p.ko for p in press_paragraphs(project.draft_inputs()))
    assert "자치행정국장의 직급은 3ㆍ4급에서 3급으로 조정된다." in release
    assert "3ㆍ4급 1명이 줄어든다" in release
    assert "3·4급" not in release
