"""A staffing ordinance whose total counts posts the organization tree leaves out: 제주특별자치도's
정원 조례 counts the 행정시 (제주시, 서귀포시) in rows of its 기관별 table, and when they are no
units of the tree — the organization ordinance given does not set them up, as when an ordinance
of their own does — 제2조 states 1,975명 where the tree adds up to 175. The changes (+11) move
the stated total by as much as the tree's sum, in both languages, and the 주요내용 and the
table's 계 row tell the ordinance's own figures.

When the ordinance given sets the 행정시 up (the fixture's 제11조, read as units under the
도지사), their rows are their staffing: the tree adds up to the stated total, and the tables
are the tree's (the end of this file)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import changes as ch
from desktop.core.drafting.applier import verify_amendment
from desktop.core.gate import gate_findings
from desktop.core.org import UnitKind
from desktop.core.orgread import read_organization
from desktop.core.project import GlossaryEntry, Project
from desktop.core.statute import Num
from desktop.core.summary import render
from desktop.core.validate import validate
from tests.core.government_projects import jeju_project

_CITIES = {  # 3급 … 7급 of the 행정시, 1,800 posts in all
    "제주시": ["1", "10", "60", "300", "629"],
    "서귀포시": ["1", "8", "40", "250", "501"],
}


def _with_city_rows(project: Project) -> Project:
    """The 정원 조례 counting the 행정시 in its 별표 (two rows more), its 계 row and its 제2조
    raised to match."""
    source = project.instrument("staffing")
    text = source.text.replace("정원은 175명으로", "정원은 1,975명으로").replace(
        "| 계 | 2 | 1 | 1 | 5 | 15 | 24 | 65 | 62 |",
        "| 계 | 2 | 1 | 1 | 7 | 33 | 124 | 615 | 1,192 |",
    )
    rows = [f"| {name} |  |  |  | {' | '.join(cells)} |" for name, cells in _CITIES.items()]
    source.text = text.rstrip("\n") + "\n" + "\n".join(rows) + "\n"
    source.english["2/1"] = (
        "The authorized number of local public officials of Jeju Special Self-Governing "
        "Province shall be 1,975."
    )
    return project


def jeju_with_cities() -> Project:
    """The 제주 fixture whose 정원 조례 counts the 행정시 (``_with_city_rows``) and whose
    organization ordinance does not set them up (its 제11조 left out, as when an ordinance of
    their own does): the 행정시 rows name no unit of the tree."""
    project = jeju_project()
    source = project.instrument("ordinance")
    source.text = source.text[: source.text.index("제11조(행정시)")].rstrip("\n") + "\n"
    for unit in [u for u in project.org if u.kind is UnitKind.ADMIN_CITY]:
        project.org.remove(unit.id)
    return _with_city_rows(project)


def jeju_with_city_units() -> Project:
    """The 제주 fixture as it is (제11조 sets the 행정시 up) with the 정원 조례 counting them:
    the 행정시 hold their rows, as File › New reads them from these texts."""
    project = _with_city_rows(jeju_project())
    reading = read_organization((src.key, src.text) for src in project.instruments)
    for unit in project.org:
        if unit.kind is UnitKind.ADMIN_CITY:
            unit.staffing = dict(reading.staffing.by_unit[unit.name_ko])
    return project


@pytest.fixture(scope="module")
def project() -> Project:
    return jeju_with_cities()


@pytest.fixture(scope="module")
def inputs(project):
    return project.draft_inputs()


def _sum(org) -> int:
    return sum(org.total_staffing().values())


def test_the_stated_total_moves_by_what_the_units_moved(project, inputs):
    moved = _sum(inputs.applied.org) - _sum(project.org)
    assert (_sum(project.org), moved) == (175, 11)  # the tree: the 도's own posts only
    sentences = [s.text for s in inputs.draft["staffing"].amendment("ko").sentences]
    assert sentences == [
        '제2조제1항 중 "1,975명"을 "1,986명"으로 한다.',
        "별표를 별지와 같이 한다.",
    ]
    new = inputs.new_instruments["staffing"].article(Num(2)).paragraphs[0]
    assert "정원은 1,986명으로 한다" in new.text
    assert new.text_en.endswith("shall be 1,986.")
    english = str(inputs.draft["staffing"].amendment("en"))
    assert 'In Article 2 (1), "1,975" shall be replaced by "1,986".' in english


def test_the_table_total_stays_the_sum_of_its_own_rows(inputs):
    """The 계 row moves by what the units' rows moved and still adds up the 행정시 rows,
    which stay as they were."""
    header, *rows = inputs.new_instruments["staffing"].annexes[0].rows
    total = next(row for row in rows if row[0].strip() == "계")
    others = [row for row in rows if row is not total]
    for column in range(1, len(header)):
        figures = [int(row[column].replace(",", "") or 0) for row in others]
        assert int(total[column].replace(",", "")) == sum(figures), header[column]
    assert sum(int(cell.replace(",", "")) for cell in total[1:]) == 1_986
    cities = {row[0]: row[4:] for row in rows if row[0] in _CITIES}
    assert cities == _CITIES


def test_the_main_points_tell_the_ordinances_totals(inputs):
    summary = inputs.draft["staffing"].summary
    assert render(summary, "ko").splitlines()[3] == (
        "  가. 정원 조정: 총 정원 1,975명 → 1,986명(증 11명) (안 제2조, 별표)"
    )
    assert render(summary, "en").splitlines()[3] == (
        "  A. Staffing: total staffing 1,975 → 1,986 (up 11) (Article 2 and the Annex of the bill)"
    )


def test_the_amendment_proves_itself_and_only_the_partial_tree_is_told(project, inputs):
    """Applied to the current text, the bill gives the new one. Validation still tells that
    the tree does not hold every post the ordinance counts; the gate, that compares the bill
    with the units after the changes, finds the same gap and nothing to add."""
    draft = inputs.draft["staffing"]
    assert verify_amendment(draft.old, str(draft.amendment("ko")), draft.new, key="staffing") == []
    assert [f.message("en") for f in validate(project, inputs) if "TOTAL" in f.code] == [
        "The total staffing in Article 2 (1,975) differs from the sum over the units (175)."
    ]
    assert not [f for f in gate_findings(inputs) if "TOTAL" in f.code]


def test_an_instrument_stating_two_totals_keeps_them_both():
    """Two totals (the 도's and a part of it) cannot both move by the whole change: neither is
    amended by guess, and the gate says that the bill states totals the units do not reach;
    the 정원표 tells the tree's sum, as neither total is the one."""
    project = jeju_with_cities()
    source = project.instrument("staffing")
    source.text = source.text.replace(
        "② 기관별ㆍ직급별 정원은 별표와 같다.",
        "② 행정시의 정원은 1,800명으로 한다.\n③ 기관별ㆍ직급별 정원은 별표와 같다.",
    )
    inputs = project.draft_inputs()
    sentences = [s.text for s in inputs.draft["staffing"].amendment("ko").sentences]
    assert not [s for s in sentences if s.startswith("제2조")]
    totals = [f.message("en") for f in gate_findings(inputs) if f.code == "W-GATE-TOTAL"]
    assert totals == [
        f"After the changes, Article 2 states a total staffing of {stated}, but the units add "
        "up to 186."
        for stated in ("1,975", "1,800")
    ]
    table, total_rows = _grade_table(inputs, "ko")  # the 정원표 keeps the tree's own sum
    assert table["총  계"] == ["175", "186", "11"]
    assert total_rows == ["총  계", "정무직 계", "일반직 계"]


def test_the_press_release_tells_the_ordinances_totals(inputs):
    """The release's staffing paragraph and its sub-line say what the bill says (1,975 →
    1,986), not the tree's own sum (175 → 186), which no document the council reads states."""
    from desktop.core.press import press_paragraphs

    paragraphs = press_paragraphs(inputs)
    staffing = next(p for p in paragraphs if p.key == "staffing")
    assert staffing.ko.startswith("정원은 총 1,975명에서 1,986명으로 11명 늘어난다.")
    assert staffing.en.startswith("Total staffing will rise from 1,975 to 1,986")
    sublines = [p for p in paragraphs if p.key.startswith("sub:")]
    assert "총 정원 1,975명 → 1,986명(증 11명)" in [p.ko for p in sublines]
    assert "Total staffing 1,975 → 1,986 (up 11)" in [p.en for p in sublines]


def test_rows_that_name_no_unit_keep_their_place_in_the_table():
    """The 행정시 rows listed after 법무과 (not at the end) stay there when the changes rewrite
    the table; the new bureau's rows come where its superior's units end."""
    project = jeju_with_cities()
    source = project.instrument("staffing")
    lines = source.text.rstrip("\n").split("\n")
    cities = [line for line in lines if line.startswith(("| 제주시 ", "| 서귀포시 "))]
    rest = [line for line in lines if line not in cities]
    at = next(i for i, line in enumerate(rest) if line.startswith("| 법무과 "))
    source.text = "\n".join(rest[: at + 1] + cities + rest[at + 1 :]) + "\n"
    inputs = project.draft_inputs()
    (annex,) = inputs.new_instruments["staffing"].annexes
    labels = [row[0].strip() for row in annex.rows]
    at = labels.index("법무과")
    assert labels[at + 1 : at + 3] == ["제주시", "서귀포시"]
    assert labels.count("제주시") == 1 and "디지털혁신과" in labels


def _grade_table(inputs, lang):
    from desktop.documents.orgtables import staffing_rows

    rows, totals = staffing_rows(inputs, lang)
    return {row[0]: row[1:] for row in rows}, [rows[i][0] for i in totals]


def test_the_staffing_table_tells_the_ordinances_totals(inputs):
    """The 정원표 of the organization tables totals what the bill states (1,975 → 1,986), the
    행정시 posts in a row of their own named by the annex's rows, so that its groups and that
    row add up to the total; the headline says the same."""
    from desktop.documents.orgtables import org_tables

    for lang, total, general, cities in (
        ("ko", "총  계", "일반직 계", "제주시ㆍ서귀포시"),
        ("en", "Total", "General service subtotal", "Other organizations"),
    ):
        table, total_rows = _grade_table(inputs, lang)
        assert table[total] == ["1,975", "1,986", "11" if lang == "ko" else "+11"]
        assert table[general][:2] == ["173", "184"]  # the tree's own
        assert table[cities] == ["1,800", "1,800", "-"]
        assert total_rows[-1] == cities  # drawn as a subtotal, after the grades
        groups = [table[label] for label in total_rows[1:]]
        for column in (0, 1):
            assert sum(int(row[column].replace(",", "")) for row in groups) == int(
                table[total][column].replace(",", "")
            )
    headline = {
        lang: org_tables(inputs, lang, dt.date(2025, 9, 5), None).values["headline"]
        for lang in ("ko", "en")
    }
    assert headline == {
        "ko": "총 정원 1,975명 → 1,986명(증 11명)",
        "en": "Total staffing 1,975 → 1,986 (up 11)",
    }


def test_the_outside_row_takes_the_english_the_official_gave():
    project = jeju_with_cities()
    project.glossary += [
        GlossaryEntry("제주시", "Jeju City"),
        GlossaryEntry("서귀포시", "Seogwipo City"),
    ]
    table, _totals = _grade_table(project.draft_inputs(), "en")
    assert table["Jeju City and Seogwipo City"] == ["1,800", "1,800", "-"]


def test_posts_the_annex_does_not_account_for_are_other_organizations():
    """A stated total that the table's rows naming no unit do not make up (2,000명 beside
    1,800 posts of the 행정시) is told as 그 밖의 기관, not by names that hold part of it."""
    project = jeju_with_cities()
    source = project.instrument("staffing")
    source.text = source.text.replace("정원은 1,975명으로", "정원은 2,000명으로")
    table, _totals = _grade_table(project.draft_inputs(), "ko")
    assert table["총  계"] == ["2,000", "2,011", "11"]
    assert table["그 밖의 기관"] == ["1,825", "1,825", "-"]
    assert "제주시ㆍ서귀포시" not in table


def test_a_tree_holding_every_post_has_no_outside_row():
    """The fixture as it is (제2조 175명, the tree's sum): the table as before, no extra row."""
    table, total_rows = _grade_table(jeju_project().draft_inputs(), "ko")
    assert table["총  계"] == ["175", "186", "11"]
    assert total_rows == ["총  계", "정무직 계", "일반직 계"]


def test_a_reorganization_moving_no_post_tells_the_ordinances_total():
    """Only a division renamed: the bill amends no total, and the 정원표 tells the one the
    ordinance states, unchanged, the 행정시 in their row."""
    project = jeju_with_cities()
    ids = {u.name_ko: u.id for u in project.org}
    project.changes = [
        ch.Rename(
            "r1", unit_id=ids["법무과"], name_ko="법무규제과", name_en="Legal Affairs Division"
        )
    ]
    table, total_rows = _grade_table(project.draft_inputs(), "ko")
    assert table["총  계"] == ["1,975", "1,975", "-"]
    assert table["제주시ㆍ서귀포시"] == ["1,800", "1,800", "-"]
    assert total_rows == ["총  계", "정무직 계", "일반직 계", "제주시ㆍ서귀포시"]


# -- the 행정시 as units of the tree ------------------------------------------------------------


def test_the_city_rows_are_the_staffing_of_the_cities_read_as_units():
    """File › New reads 제11조's 제주시 and 서귀포시 as units and gives them their rows of the
    기관별 table: the tree adds up to the 1,975 that 제2조 states, and validation finds no
    total the units do not reach."""
    project = jeju_with_city_units()
    reading = read_organization((src.key, src.text) for src in project.instruments)
    org = reading.organization()
    cities = {u.name_ko: u.staffing for u in org if u.kind is UnitKind.ADMIN_CITY}
    assert cities == {
        "제주시": {"g3": 1, "g4": 10, "g5": 60, "g6": 300, "g7": 629},
        "서귀포시": {"g3": 1, "g4": 8, "g5": 40, "g6": 250, "g7": 501},
    }
    assert _sum(org) == reading.staffing.total == 1_975
    assert _sum(project.org) == 1_975
    assert not [f for f in validate(project) if "TOTAL" in f.code]


def test_with_the_cities_as_units_the_tables_are_the_trees():
    """The bill moves 1,975명 to 1,986명 as before; the 정원표 totals the tree, which now holds
    the 행정시: no row of posts outside it, in either language."""
    inputs = jeju_with_city_units().draft_inputs()
    sentences = [s.text for s in inputs.draft["staffing"].amendment("ko").sentences]
    assert sentences[0] == '제2조제1항 중 "1,975명"을 "1,986명"으로 한다.'
    for lang, total, rows in (
        ("ko", "총  계", ["총  계", "정무직 계", "일반직 계"]),
        ("en", "Total", ["Total", "Political subtotal", "General service subtotal"]),
    ):
        table, total_rows = _grade_table(inputs, lang)
        assert table[total][:2] == ["1,975", "1,986"]
        assert total_rows == rows
    _header, *rows = inputs.new_instruments["staffing"].annexes[0].rows
    cities = {row[0]: row[4:] for row in rows if row[0] in _CITIES}
    assert cities == _CITIES


def test_a_citys_staffing_changed_moves_its_row_and_the_total():
    project = jeju_with_city_units()
    city = next(u for u in project.org if u.name_ko == "서귀포시")
    project.changes = [ch.ChangeStaffing("s1", unit_id=city.id, deltas={"g6": 2})]
    inputs = project.draft_inputs()
    sentences = [s.text for s in inputs.draft["staffing"].amendment("ko").sentences]
    assert sentences == [
        '제2조제1항 중 "1,975명"을 "1,977명"으로 한다.',
        "별표를 별지와 같이 한다.",
    ]
    header, *rows = inputs.new_instruments["staffing"].annexes[0].rows
    by_label = {row[0]: row[1:] for row in rows}
    assert by_label["서귀포시"][header.index("6급") - 1] == "252"
    assert by_label["계"][header.index("6급") - 1] == "617"
    table, _totals = _grade_table(inputs, "ko")
    assert table["총  계"] == ["1,975", "1,977", "2"]
