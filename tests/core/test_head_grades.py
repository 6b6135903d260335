# ruff: noqa: E501  (the instruments' sentences are kept whole)
"""A head the instrument lets hold either of two grades (복수직급: ``국장은 지방부이사관 또는
지방서기관으로 보한다``) keeps both, from File › New's reading to the drafted bills: read from
고양시's texts (tests/data/governments/goyang-*.txt, a 특례시 whose 자치행정국장 is 3·4급 and
whose 담당관 are 4·5급), shown as ``3·4급`` / ``Grade 3 or 4``, saved in the project file,
written back as the instruments write it, regraded, checked against the standard and counted
once in the staffing."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest

from desktop import paths
from desktop.core import changes as ch
from desktop.core import projectfile
from desktop.core.grades import head_grade_words
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.orgcheck import MISSING, cross_check, take_from_text
from desktop.core.orgread import read_organization
from desktop.core.orgsheet import read_csv_bytes, write_csv
from desktop.core.press import press_paragraphs
from desktop.core.project import Project
from desktop.core.summary import summary
from desktop.core.validate import validate
from desktop.documents.orgtables import unit_rows
from tests.core.government_projects import DATA, _ids, goyang_project

K = UnitKind
TODAY = dt.date(2025, 8, 1)


def unit(project: Project, name: str) -> Unit:
    return project.org.by_name(name)[0]


def sentences(project: Project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def texts() -> list[tuple[str, str]]:
    return [(key, (DATA / f"goyang-{key}.txt").read_text(encoding="utf-8"))
            for key in ("ordinance", "rule", "staffing")]  # fmt: skip


def test_a_head_of_two_grades_is_read_with_both_and_nothing_is_asked():
    reading = read_organization(texts())
    bureau = reading.units["자치행정국"]
    assert (bureau.head_grade, bureau.head_grade_alt) == ("g3", "g4")
    assert bureau.grade_source.text == (
        "제5조(자치행정국) ① 자치행정국에 국장 1명을 두되, 국장은 지방부이사관 또는 지방서기관으로 보한다."
    )
    assert not [q for q in reading.questions if q.topic == "grade"]
    org = reading.organization()
    assert org.by_name("자치행정국")[0].head_grades == ("g3", "g4")
    # two titles of one grade are one grade, not a 복수직급
    assert org.by_name("도시교통국")[0].head_grades == ("g4",)
    assert org.by_name("기획조정실")[0].head_grades == ("g3",)
    # ``담당관은 지방서기관 또는 지방행정사무관으로 보한다``: every 담당관 of the rule, both grades
    for name in ("정책기획담당관", "예산담당관"):
        assert org.by_name(name)[0].head_grades == ("g4", "g5")
        assert (
            reading.units[name].grade_source.text
            == "② 담당관은 지방서기관 또는 지방행정사무관으로 보한다."
        )
    # the divisions, whose grade no sentence states, have none
    assert org.by_name("총무과")[0].head_grades == ()


def test_more_than_two_grades_keep_two_and_say_so_at_the_line():
    text = """가온시 행정기구 설치 조례
제2조(국의 설치) 부시장 밑에 행정국을 둔다.
제3조(행정국) ① 행정국에 국장 1명을 두되, 국장은 지방부이사관ㆍ지방서기관 또는 지방행정사무관으로 보한다.
"""
    reading = read_organization([("ordinance", text)])
    assert reading.organization().by_name("행정국")[0].head_grades == ("g3", "g4")
    question = reading.question("grade:행정국")
    assert question is not None and question.options == () and question.source.line == 3
    assert question.message("ko") == (
        "행정국의 장은 3급, 4급, 5급 중에서 보하도록 되어 있으나 앞의 두 직급만 두었습니다. "
        "읽은 뒤 장의 직급을 확인해 주십시오."
    )
    assert question.message("en") == (
        "The head of 행정국 may hold Grade 3, Grade 4, Grade 5; the first two are kept. Check the "
        "unit's head grade after reading."
    )


def test_more_than_two_grades_of_a_post_keep_two_and_say_so_at_the_line():
    text = """가온시 행정기구 설치 조례 시행규칙
제2조(기획관실) ① 기획관실에 정책담당관 및 예산담당관을 둔다.
② 담당관은 지방부이사관ㆍ지방서기관 또는 지방행정사무관으로 보한다.
"""
    reading = read_organization([("rule", text)])
    org = reading.organization()
    assert [org.by_name(n)[0].head_grades for n in ("정책담당관", "예산담당관")] == [
        ("g3", "g4")
    ] * 2
    (note,) = [q for q in reading.questions if q.topic == "unread"]
    assert note.source.line == 3 and note.options == ()
    assert note.message("ko") == (
        "담당관은 3급, 4급, 5급 중에서 보하도록 되어 있으나 앞의 두 직급만 두었습니다. 읽은 뒤 "
        "장의 직급을 확인해 주십시오."
    )
    assert note.message("en") == (
        "담당관 may hold Grade 3, Grade 4, Grade 5; the first two are kept. Check the head grades "
        "after reading."
    )


@pytest.mark.parametrize(
    ("codes", "ko", "en"),
    [
        (("g3", "g4"), "3·4급", "Grade 3 or 4"),
        (("g4", "g3"), "3·4급", "Grade 3 or 4"),  # the higher grade first, as officials write
        (("g4",), "4급", "Grade 4"),
        (("fire-4", "g4"), "소방정 또는 4급", "Fire Superintendent or Grade 4"),
        ((), "", ""),
    ],
)
def test_a_head_grade_in_words(codes, ko, en):
    words = head_grade_words(codes)
    assert (words.ko, words.en) == (ko, en)


def test_the_project_file_keeps_both_grades_and_older_files_still_load(tmp_path):
    project = goyang_project()
    ids = _ids(project)
    project.changes = [
        ch.ChangeHeadGrade("c1", unit_id=ids["도시교통국"], grade="g3", grade_alt="g4")
    ]
    target = tmp_path / "goyang.orgdraft"
    projectfile.save(project, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    schema = json.loads((paths.resources_dir() / "orgdraft.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    units = {u["name_ko"]: u for u in data["org"]}
    bureau = units["자치행정국"]
    assert (bureau["head_grade"], bureau["head_grade_alt"]) == ("g3", "g4")
    assert "head_grade_alt" not in units["도시교통국"]  # one grade: the file as before
    assert data["changes"][0]["grade_alt"] == "g4"
    again = projectfile.load(target)
    assert again.org == project.org
    assert again.changes[0].grade_alt == "g4"
    assert unit(again, "자치행정국").head_grades == ("g3", "g4")
    # a file written before (no second grade anywhere) loads with one grade per head
    sample = projectfile.load(paths.sample_path())
    assert all(u.head_grade_alt == "" for u in sample.org)


def test_a_new_bureau_imitating_a_head_of_two_grades_states_its_own_grades():
    """The new 환경국's article imitates 자치행정국's: given 3급 alone it says 지방부이사관 (it
    said ``지방부이사관 또는 지방서기관``, the model's two grades, when the model was read as
    3급); given both, both; given 4급, 지방서기관."""
    for grades, words in (
        (("g3", ""), "지방부이사관"),
        (("g3", "g4"), "지방부이사관 또는 지방서기관"),
        (("g4", ""), "지방서기관"),
    ):
        project = goyang_project()
        ids = _ids(project)
        bureau = Unit("env", K.BUREAU, "환경국", "Environment Bureau", ids["부시장"], grades[0],
                      [Duty("환경정책에 관한 사항")], {"g4": 1}, head_grade_alt=grades[1])  # fmt: skip
        project.changes = [ch.Establish("c1", unit=bureau)]
        inputs = project.draft_inputs()
        article = next(
            a for a in inputs.statutes.instruments["ordinance"].articles if a.title == "환경국"
        )
        assert article.paragraphs[0].text == (
            f"환경국에 국장 1명을 두되, 국장은 {words}으로 보한다."
        ), grades


def test_a_regrade_from_and_to_two_grades_is_written_as_the_instrument_writes_it():
    project = goyang_project()
    ids = _ids(project)
    before = project.org.total_staffing()
    project.changes = [
        ch.ChangeHeadGrade("c1", unit_id=ids["자치행정국"], grade="g3"),
        ch.ChangeHeadGrade("c2", unit_id=ids["도시교통국"], grade="g3", grade_alt="g4"),
    ]
    assert sentences(project, "ordinance") == [
        '제5조제1항 중 "지방부이사관 또는 지방서기관"을 "지방부이사관"으로 한다.',
        # the 4급 it keeps keeps both its titles (지방서기관 또는 지방기술서기관): the 기술
        # track stays open to the post; 지방부이사관 joins them
        '제6조제1항 중 "지방서기관"을 "지방부이사관ㆍ지방서기관"으로 한다.',
    ]
    inputs = project.draft_inputs()
    after = inputs.applied.org
    assert after.by_name("자치행정국")[0].head_grades == ("g3",)
    assert after.by_name("도시교통국")[0].head_grades == ("g3", "g4")
    # the head is one post, counted once: no post moves where the new grades hold the old one
    assert after.total_staffing() == before
    point = summary(inputs, "ordinance").points[0]
    assert (
        point.ko
        == "직급 조정: 자치행정국장(3·4급 → 3급), 도시교통국장(4급 → 3·4급) (안 제5조, 제6조)"
    )
    assert "Autonomous Administration Bureau (Grade 3 or 4 → Grade 3)" in point.en
    release = " ".join(p.ko for p in press_paragraphs(inputs))
    assert "자치행정국장의 직급은 3·4급에서 3급으로 조정된다." in release
    assert "도시교통국장의 직급은 4급에서 3·4급으로 조정된다." in release
    english = " ".join(p.en for p in press_paragraphs(inputs))
    assert "will be regraded from Grade 3 or 4 to Grade 3." in english
    remarks = {r[0][0]: r[2] for r in unit_rows(inputs, "ko")}  # the organization table
    assert remarks["자치행정국"] == ["직급 조정(3·4급 → 3급)"]
    assert remarks["도시교통국"] == ["직급 조정(4급 → 3·4급)"]


def test_the_head_post_of_two_grades_moves_once_when_regraded():
    """A bureau whose staffing counts its 3·4급 head at 4급: regraded to 3급, that post moves to
    3급; regraded to 3·4급 from 4급, it stays where it is. Nothing is counted twice."""
    project = goyang_project()
    ids = _ids(project)
    bureau = project.org.get(ids["자치행정국"])
    bureau.staffing = {"g4": 1, "g5": 2}
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=bureau.id, grade="g3")]
    after = project.draft_inputs().applied.org.get(bureau.id)
    assert after.staffing == {"g3": 1, "g5": 2}
    bureau.head_grade, bureau.head_grade_alt = "g4", ""
    project.changes = [ch.ChangeHeadGrade("c1", unit_id=bureau.id, grade="g3", grade_alt="g4")]
    after = project.draft_inputs().applied.org.get(bureau.id)
    assert after.staffing == {"g4": 1, "g5": 2} and after.head_grades == ("g3", "g4")


def test_a_regrade_to_the_grades_the_head_has_changes_nothing_and_says_so():
    project = goyang_project()
    ids = _ids(project)
    project.changes = [
        ch.ChangeHeadGrade("c1", unit_id=ids["자치행정국"], grade="g3", grade_alt="g4")
    ]
    findings = [f for f in validate(project, today=TODAY) if f.code == "W-CHANGE-NOTHING"]
    assert len(findings) == 1
    assert sentences(project, "ordinance") == []


def test_an_upgrade_with_a_new_grade_leaves_one_grade():
    project = goyang_project()
    ids = _ids(project)
    project.changes = [
        ch.ChangeKind("c1", unit_id=ids["자치행정국"], kind=K.OFFICE, head_grade="g3")
    ]
    after = project.draft_inputs().applied.org
    assert after.get(ids["자치행정국"]).head_grades == ("g3",)


def test_an_upgrade_may_give_the_head_two_grades_and_the_file_keeps_them(tmp_path):
    """The 격상ㆍ격하 form took one grade: a 과 made a bureau-level unit headed by a 3·4급
    could not be entered."""
    project = goyang_project()
    ids = _ids(project)
    change = ch.ChangeKind(
        "c1", unit_id=ids["도시교통국"], kind=K.OFFICE, head_grade="g3", head_grade_alt="g4"
    )
    project.changes = [change]
    after = project.draft_inputs().applied.org
    assert after.get(ids["도시교통국"]).head_grades == ("g3", "g4")
    target = tmp_path / "upgrade.orgdraft"
    projectfile.save(project, target)
    assert projectfile.load(target).changes == [change]
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), schema)
    plain = ch.ChangeKind("c2", unit_id=ids["도시교통국"], kind=K.OFFICE, head_grade="g3")
    project.changes = [plain]
    projectfile.save(project, target)
    assert "head_grade_alt" not in target.read_text(encoding="utf-8").split('"changes"')[1]


def test_each_grade_of_a_head_is_checked_against_the_standard():
    project = goyang_project()
    grade_findings = [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-GRADE"]
    assert grade_findings == []  # a city's 국장 may be 3급 or 4급 (별표 3): both are within
    bureau = unit(project, "자치행정국")
    bureau.head_grade, bureau.head_grade_alt = "g2", "g3"
    (finding,) = [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-GRADE"]
    assert finding.place.ref == bureau.id and finding.place.field == "head_grade"
    assert finding.message("ko").startswith("자치행정국의 장 직급 2·3급은 시의 국 기준과 다릅니다")
    assert finding.message("en").startswith("The head grade Grade 2 or 3 of Autonomous")


def test_a_second_grade_without_a_first_is_told_at_the_unit():
    project = goyang_project()
    bureau = unit(project, "자치행정국")
    bureau.head_grade = ""
    (finding,) = [f for f in validate(project, today=TODAY) if f.code == "W-HEAD-GRADE-SECOND"]
    assert finding.place.ref == bureau.id and finding.place.field == "head_grade"
    assert finding.message("ko") == (
        "자치행정국에 장의 두 번째 직급(4급)만 있고 장의 직급이 없습니다. 장의 직급을 정하거나 "
        "두 번째 직급을 지우십시오."
    )
    assert finding.message("en") == (
        "Autonomous Administration Bureau has a second head grade (Grade 4) but no head grade; "
        "set the head grade, or clear the second one."
    )


@pytest.mark.parametrize(("lang", "cell"), [("ko", "3·4급"), ("en", "Grade 3 or 4")])
def test_the_unit_list_writes_both_grades_and_reads_them_back(lang, cell):
    project = goyang_project()
    data = write_csv(project.org, project.grades, lang=lang)
    assert f",{cell}," in data.decode("utf-8-sig")
    assert read_csv_bytes(data, project.grades) == project.org
    cp949 = write_csv(project.org, project.grades, encoding="cp949", lang=lang)
    assert read_csv_bytes(cp949, project.grades) == project.org


@pytest.mark.parametrize(
    ("cell", "grades"),
    [
        ("지방부이사관 또는 지방서기관", ("g3", "g4")),
        ("3급 또는 4급", ("g3", "g4")),
        ("4ㆍ5급", ("g4", "g5")),
        ("Grade 3 or Grade 4", ("g3", "g4")),
        ("지방서기관 또는 지방기술서기관", ("g4",)),
    ],
)
def test_a_head_grade_cell_as_officials_write_two_grades(cell, grades):
    text = f"식별자,상위 식별자,종류,기구명,장의 직급\r\nb1,,국,행정국,{cell}\r\n"
    assert read_csv_bytes(text.encode()).get("b1").head_grades == grades


def test_a_unit_taken_from_the_text_by_the_cross_check_keeps_both_grades():
    project = goyang_project()
    org = project.org.copy()
    bureau = org.by_name("자치행정국")[0]
    for child in org.children(bureau.id):
        org.remove(child.id)
    org.remove(bureau.id)
    texts_by_key = dict(texts())
    reading = read_organization(texts_by_key.items())
    (missing,) = [
        d
        for d in cross_check(org, reading, texts_by_key)
        if (d.code, d.name) == (MISSING, "자치행정국")
    ]
    fixed = take_from_text(org, missing, reading)
    assert fixed.by_name("자치행정국")[0].head_grades == ("g3", "g4")


@pytest.mark.parametrize(
    ("old", "codes", "new"),
    [
        ("지방서기관", ["g3"], "지방부이사관"),
        (
            "지방서기관 또는 지방기술서기관",
            ["g3", "g4"],
            "지방부이사관ㆍ지방서기관 또는 지방기술서기관",
        ),
        ("지방부이사관 또는 지방서기관", ["g3"], "지방부이사관"),
        ("지방서기관 또는 지방기술서기관", ["g3"], "지방부이사관"),
        ("지방부이사관 또는 지방서기관", ["g4"], "지방서기관"),
    ],
)
def test_a_regrade_keeps_the_titles_of_the_grades_the_head_keeps(old, codes, new):
    """Walked: 도시교통국장 (지방서기관 또는 지방기술서기관, 4급 of either track) made 3·4급
    was written "지방부이사관 또는 지방서기관", closing the post to the 기술 track the
    ordinance opened it to."""
    from desktop.core.effects import _regraded_titles

    assert _regraded_titles(old, codes) == new


def test_a_bureau_made_an_office_gets_its_heads_post_and_new_grade_in_its_article():
    """Walked: 도시교통국 made 도시교통실 with a 3급 head was drafted as a rename only: the
    실's article still said '도시교통실에 국장 1명을 두되, 국장은 지방서기관 또는
    지방기술서기관으로 보한다' (a 실 is headed by a 실장) and the new grade was nowhere."""
    project = goyang_project()
    ids = _ids(project)
    project.changes = [
        ch.ChangeKind("c1", unit_id=ids["도시교통국"], kind=K.OFFICE, name_ko="도시교통실",
                      head_grade="g3")
    ]  # fmt: skip
    inputs = project.draft_inputs()
    article = next(
        a for a in inputs.statutes.instruments["ordinance"].articles if a.title == "도시교통실"
    )
    text = " ".join(p.text for p in article.paragraphs)
    assert "도시교통실에 실장 1명을 두되, 실장은 지방부이사관으로 보한다." in text
    assert "국장" not in text and "실장은 다음 사항을 분장한다" in text
    # kept the grade: only the post changes
    project.changes = [
        ch.ChangeKind("c1", unit_id=ids["도시교통국"], kind=K.OFFICE, name_ko="도시교통실")
    ]
    article = next(
        a
        for a in project.draft_inputs().statutes.instruments["ordinance"].articles
        if a.title == "도시교통실"
    )
    assert "실장은 지방서기관 또는 지방기술서기관으로 보한다" in article.paragraphs[0].text


def test_an_upgrade_with_a_new_head_grade_moves_the_heads_post():
    """Walked: the sample's 옴부즈만 (a team with a 5급 head, 5급 1 and 6급 4) made
    도민권익위원회 with a 4급 head kept its post at 5급, so the 정원표, the bill's 주요내용 and
    the release counted a 4급 head with no 4급 post (4급 증 8명 where the heads say 9). The
    post now goes with the grade, as a 직급 조정's does; a kind change that keeps the grade
    (감사관 → 감사위원회, 3급) moves nothing."""
    project = projectfile.load(paths.sample_path())
    inputs = project.draft_inputs()
    assert inputs.applied.org.get("ombuds").staffing == {"g6": 4, "g4": 1}
    assert inputs.applied.org.get("audit").staffing == {"g3": 1}
    release = " ".join(p.ko for p in press_paragraphs(inputs))
    assert "직급별로는 3급 3명, 4급 9명, 5급 21명, 6급 39명이 늘고" in release
    # the head's post is counted once: the unit's total is unchanged
    assert sum(inputs.applied.org.get("ombuds").staffing.values()) == 5
