"""The comparison table (신구조문대비표): rows, cells, lines and which runs are underlined."""

import pytest

from desktop.core.drafting import Run, comparison_table, render_table_text
from desktop.core.drafting.cells import Grid, hyphenated, underlined
from desktop.core.drafting.table_text import display_width, wrap_line
from desktop.core.provisions import apply_english
from desktop.core.statute import Annex, Num
from tests.core.drafting.build import UNITS, amend

U = True  # underlined


def table(*changes, **kwargs):
    old, new = amend(*changes)
    return comparison_table(old, new, atomic_terms=UNITS, **kwargs)


def test_headers_and_one_row_per_changed_article_in_order():
    result = table(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
        ("제9조(평생교육국)", "제9조(미래평생교육국)"),
        ("2. 도서관 운영", "2. 공공도서관 운영"),
    )
    assert result.headers == ("현 행", "개 정 안")
    assert result.title == "경기도 행정기구 및 정원 조례"
    assert [row.label for row in result.rows] == ["제3조", "제5조", "제9조"]


def test_changed_words_underlined_in_both_columns_and_hyphens_in_the_amended_one():
    [row] = table(("③ 평생교육국장은", "③ 미래평생교육국장은")).rows
    rest = "장은 평생교육 정책에 관하여 도지사를 보좌한다."
    assert row.current == [
        [Run("제3조(기구) ①ㆍ② (생 략)")],
        [Run("③ "), Run("평생교육국", U), Run(rest)],
    ]
    assert row.amended == [
        [Run("제3조(기구) ①ㆍ② (현행과 같음)")],
        [Run("③ "), Run("미래평생교육국", U), Run(" " + "-" * len(rest))],
    ]


def test_full_text_instead_of_hyphens_is_a_setting():
    [row] = table(("③ 평생교육국장은", "③ 미래평생교육국장은"), hyphens=False).rows
    assert row.amended[1] == [
        Run("③ "),
        Run("미래평생교육국", U),
        Run("장은 평생교육 정책에 관하여 도지사를 보좌한다."),
    ]


def test_hyphens_keep_the_number_and_replace_each_unchanged_stretch():
    [row] = table(("기획조정실, 평생교육국 및", "기획조정실, 미래평생교육국 및")).rows
    assert row.current[0] == [
        Run("제3조(기구) ① 도에 기획조정실, "),
        Run("평생교육국", U),
        Run(" 및 AI국을 둔다."),
    ]
    assert row.amended[0] == [
        Run("제3조(기구) ① " + "-" * len("도에 기획조정실,") + " "),
        Run("미래평생교육국", U),
        Run(" " + "-" * len("및 AI국을 둔다.")),
    ]


def test_title_change_is_underlined_in_the_heading_of_both_columns():
    [row] = table(
        ("제9조(평생교육국) 평생교육국장은", "제9조(미래평생교육국) 미래평생교육국장은")
    ).rows
    rest = "장은 평생교육 정책을 총괄하고 소속 공무원을 지휘ㆍ감독한다."
    assert row.current == [
        [Run("제9조("), Run("평생교육국", U), Run(") "), Run("평생교육국", U), Run(rest)]
    ]
    assert row.amended == [
        [
            Run("제9조("),
            Run("미래평생교육국", U),
            Run(") "),
            Run("미래평생교육국", U),
            Run(" " + "-" * len(rest)),
        ]
    ]


def test_title_only_change_omits_the_unchanged_text():
    [row] = table(("제9조(평생교육국)", "제9조(미래평생교육국)")).rows
    assert row.current == [[Run("제9조("), Run("평생교육국", U), Run(") (생 략)")]]
    assert row.amended == [[Run("제9조("), Run("미래평생교육국", U), Run(") (현행과 같음)")]]


def test_new_provision_and_runs_of_unchanged_siblings():
    [row] = table(("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n4. 장학")).rows
    assert row.current == [
        [Run("제5조(분장사무) ① (생 략)")],
        [Run("② (생 략)")],
        [Run("1. ∼ 3. (생 략)")],
        [Run("<신 설>")],
        [Run("4. (생 략)")],
        [Run("③ (생 략)")],
    ]
    assert row.amended == [
        [Run("제5조(분장사무) ① (현행과 같음)")],
        [Run("② (현행과 같음)")],
        [Run("1. ∼ 3. (현행과 같음)")],
        [Run("3의2. 디지털 문해교육에 관한 사항", U)],
        [Run("4. (현행과 같음)")],
        [Run("③ (현행과 같음)")],
    ]


def test_a_provision_renumbered_to_make_room_is_shown_as_the_bill_says_it():
    # 제4조제3호를 제4호로 하고, 같은 조에 제3호를 다음과 같이 신설한다: the old 제3호 is
    # not shown as replaced by the new one
    [row] = table(
        (
            "3. 언론 보도 분석 및 대응에 관한 사항",
            "3. 온라인 소통에 관한 사항\n4. 언론 보도 분석 및 대응에 관한 사항",
        )
    ).rows
    assert row.current == [
        [Run("제4조(홍보기획관) (생 략)")],
        [Run("1.ㆍ2. (생 략)")],
        [Run("<신 설>")],
        [Run("3. (생 략)")],
    ]
    assert row.amended == [
        [Run("제4조(홍보기획관) (현행과 같음)")],
        [Run("1.ㆍ2. (현행과 같음)")],
        [Run("3. 온라인 소통에 관한 사항", U)],
        [Run("4. (현행 제3호와 같음)")],
    ]


def test_paragraphs_moved_together_in_both_languages():
    inserted = "② 기구의 장은 지방서기관으로 보한다.\n③ 도지사는"
    old, new = amend(("② 도지사는", inserted), ("③ 평생교육국장은", "④ 평생교육국장은"))
    [row] = comparison_table(old, new, atomic_terms=UNITS).rows
    assert row.current[1:] == [[Run("<신 설>")], [Run("②ㆍ③ (생 략)")]]
    assert row.amended[1:] == [
        [Run("② 기구의 장은 지방서기관으로 보한다.", U)],
        [Run("③ㆍ④ (현행 제2항 및 제3항과 같음)")],
    ]
    [row] = comparison_table(old, new, atomic_terms=UNITS, lang="en").rows
    assert row.current[2] == [Run("(2) and (3) (Omitted)")]
    assert row.amended[2] == [Run("(3) and (4) (Same as current paragraphs (2) and (3))")]


def test_a_run_moved_into_the_number_of_a_deleted_provision():
    # 제2조제5호를 삭제하고, 같은 조 제2호부터 제4호까지를 각각 제3호부터 제5호까지로 하며,
    # 같은 조에 제2호를 다음과 같이 신설한다
    base = "제2조(구성) 위원은 다음 각 호의 사람으로 한다.\n" + "".join(
        f"{n}. {name} 과장\n" for n, name in enumerate("가나다라마", 1)
    )
    changed = "1. 가 과장\n2. 새 과장\n3. 나 과장\n4. 다 과장\n5. 라 과장\n"
    old, new = amend((base.split("\n", 1)[1], changed), base=base)
    [row] = comparison_table(old, new).rows
    assert row.current[1:] == [
        [Run("1. (생 략)")],
        [Run("<신 설>")],
        [Run("2. ∼ 4. (생 략)")],
        [Run("5. 마 과장", U)],
    ]
    assert row.amended[1:] == [
        [Run("1. (현행과 같음)")],
        [Run("2. 새 과장", U)],
        [Run("3. ∼ 5. (현행 제2호부터 제4호까지와 같음)")],
        [Run("<삭 제>")],
    ]
    full = comparison_table(old, new, hyphens=False)
    assert full.rows == [row]  # moved ones are named, not repeated, also without hyphens


def test_deleted_provision_with_its_items():
    [row] = table(
        (
            "3. 평생학습 도시 지원에 관한 사항\n  가. 평생학습 도시 지정 및 평가에 관한 사항\n"
            "  나. 평생학습 축제 개최 및 운영에 관한 사항\n",
            "3. 삭제\n",
        ),
        rewrite_threshold=0.9,
    ).rows
    assert row.current[2:6] == [
        [Run("1.ㆍ2. (생 략)")],
        [Run("3. 평생학습 도시 지원에 관한 사항", U)],
        [Run("  "), Run("가. 평생학습 도시 지정 및 평가에 관한 사항", U)],
        [Run("  "), Run("나. 평생학습 축제 개최 및 운영에 관한 사항", U)],
    ]
    assert row.amended[2:6] == [[Run("1.ㆍ2. (현행과 같음)")], [Run("<삭 제>")], [], []]


def test_inserted_and_deleted_articles():
    result = table(
        ("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n", ""),
        ("제12조(AI국)", "제11조의2(데이터국) 데이터국장은 데이터를 관리한다.\n제12조(AI국)"),
    )
    inserted, deleted = result.rows
    assert inserted.current == [[Run("<신 설>")]]
    assert inserted.amended == [[Run("제11조의2(데이터국) 데이터국장은 데이터를 관리한다.", U)]]
    assert deleted.current == [
        [Run("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.", U)]
    ]
    assert deleted.amended == [[Run("<삭 제>")]]


def test_a_single_paragraph_that_becomes_numbered_keeps_each_columns_number():
    old, new = amend(
        (
            "제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.",
            "제13조(보칙) ① 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n"
            "② 규칙은 미리 공고한다.",
        )
    )
    [row] = comparison_table(old, new).rows
    assert row.current == [[Run("제13조(보칙) (생 략)")], [Run("<신 설>")]]
    assert row.amended == [
        [Run("제13조(보칙) ① (현행과 같음)")],
        [Run("② 규칙은 미리 공고한다.", U)],
    ]


def test_a_paragraph_that_gains_subparagraphs_shows_them_underlined():
    [row] = table(
        ("② 기관별 정원은 별표 1에 따른다.", "② 기관별 정원은 다음과 같다.\n1. 본청\n2. 사업소")
    ).rows
    assert row.current[1:] == [
        [Run("② 기관별 정원은 "), Run("별표 1에 따른다", U), Run(".")],
        [],
        [],
    ]
    assert row.amended[1:] == [
        [Run("② 기관별 정원은 "), Run("다음과 같다", U), Run(".")],
        [Run("1. 본청", U)],
        [Run("2. 사업소", U)],
    ]


def test_rewritten_provision_is_shown_in_full_with_changed_words_underlined():
    [row] = table(("② 기관별 정원은 별표 1에 따른다.", "② 직급별 정원은 규칙으로 정한다.")).rows
    assert row.current[1] == [
        Run("② "),
        Run("기관별", U),
        Run(" 정원은 "),
        Run("별표 1에 따른다", U),
        Run("."),
    ]
    assert row.amended[1] == [
        Run("② "),
        Run("직급별", U),
        Run(" 정원은 "),
        Run("규칙으로 정한다", U),
        Run("."),
    ]


def test_an_annex_is_a_table_in_each_cell_with_the_changed_cells_underlined():
    result = table(("| 본청 | 4,000 |", "| 본청 | 4,008 |"))
    [row] = result.rows
    assert row.label == "별표 1"
    head, grid = row.current
    assert head == [Run("[별표 1] 정원표(제6조 관련)")]
    assert isinstance(grid, Grid) and grid.header_rows == 1
    assert grid.rows == [
        [[Run("구분")], [Run("정원")]],
        [[Run("본청")], [Run("4,000", U)]],
        [[Run("사업소")], [Run("1,200")]],
    ]
    assert row.amended[1].rows[1] == [[Run("본청")], [Run("4,008", U)]]


def test_an_inserted_annex_row_marks_that_row_only_and_the_text_keeps_rows_side_by_side():
    result = table(("| 본청 | 4,000 |", "| 본청 | 4,000 |\n| 의회 | 300 |"))
    [row] = result.rows
    old, new = row.current[1], row.amended[1]
    assert [r[0][0].text for r in old.rows] == ["구분", "본청", "사업소"]
    assert new.rows[2] == [[Run("의회", U)], [Run("300", U)]]
    assert new.rows[3] == [[Run("사업소")], [Run("1,200")]]  # not shifted into a change
    text = render_table_text(result, width=30).split("\n")
    assert "| 사업소 | 1,200 |" + " " * 13 + "| | 사업소 | 1,200 |" in text
    assert " " * 31 + "| | _의회_ | _300_ |" in text


def test_a_renamed_row_underlines_its_label_only_and_its_changed_figures():
    """경제국 → 경제산업국 in a table by organization: the row stands where the old one did,
    so its figures are compared with the old row's (only a changed one underlined)."""
    result = table(("| 본청 | 4,000 |\n| 사업소 | 1,200 |", "| 본부 | 4,000 |\n| 사업소 | 1,200 |"))
    old, new = result.rows[0].current[1], result.rows[0].amended[1]
    assert old.rows[1] == [[Run("본청", U)], [Run("4,000")]]
    assert new.rows[1] == [[Run("본부", U)], [Run("4,000")]]
    result = table(("| 본청 | 4,000 |", "| 본부 | 4,010 |"))
    assert result.rows[0].amended[1].rows[1] == [[Run("본부", U)], [Run("4,010", U)]]
    # a row removed and another added elsewhere are not paired
    result = table(("| 본청 | 4,000 |\n| 사업소 | 1,200 |", "| 사업소 | 1,200 |\n| 의회 | 4,000 |"))
    new = result.rows[0].amended[1]
    assert new.rows[2] == [[Run("의회", U)], [Run("4,000", U)]]


def test_a_new_column_is_underlined_and_the_other_cells_matched_by_their_heading():
    result = table(
        ("| 구분 | 정원 |", "| 구분 | 직급 | 정원 |"),
        ("| 본청 | 4,000 |", "| 본청 | 4급 | 4,000 |"),
        ("| 사업소 | 1,200 |", "| 사업소 | 5급 | 1,100 |"),
    )
    grid = result.rows[0].amended[1]
    assert grid.rows[0] == [[Run("구분")], [Run("직급", U)], [Run("정원")]]
    assert grid.rows[1] == [[Run("본청")], [Run("4급", U)], [Run("4,000")]]
    assert grid.rows[2] == [[Run("사업소")], [Run("5급", U)], [Run("1,100", U)]]


def test_a_new_annex_is_underlined_whole_beside_the_new_marker():
    old, new = amend()
    new.annexes.append(Annex(Num(2), "직급별 정원표(제6조 관련)", [["구분", "정원"], ["4급", "3"]]))
    [row] = comparison_table(old, new, atomic_terms=UNITS).rows
    assert row.label == "별표 2"
    assert row.current == [[Run("<신 설>")], []]
    head, grid = row.amended
    assert head == [Run("[별표 2] 직급별 정원표(제6조 관련)", U)]
    assert grid.rows == [[[Run("구분", U)], [Run("정원", U)]], [[Run("4급", U)], [Run("3", U)]]]


def test_an_annex_without_english_rows_is_shown_with_the_staffing_words_in_english():
    old, new = amend(("| 사업소 | 1,200 |", "| 사업소 | 1,200 |\n| 정무직 계 | 2 |\n| 3급 | 11 |"))
    new.annexes[0].rows.append(["기능직", "5"])
    [row] = comparison_table(old, new, atomic_terms=UNITS, lang="en").rows
    head, grid = row.amended
    assert head == [Run("[Annex 1] [English text missing: 정원표(제6조 관련)]")]
    assert [[cell[0].text for cell in r] for r in grid.rows] == [
        ["Category", "Staffing"],
        ["[English text missing: 본청]", "4,000"],
        ["[English text missing: 사업소]", "1,200"],
        ["Political subtotal", "2"],
        ["Grade 3", "11"],
        ["[English text missing: 기능직]", "5"],
    ]


def test_instrument_title_row_comes_first():
    old, new = amend(("③ 평생교육국장은", "③ 미래평생교육국장은"))
    new.title = "경기도 행정기구 설치 및 정원 조례"
    result = comparison_table(old, new, atomic_terms=UNITS)
    assert [row.label for row in result.rows] == ["제명", "제3조"]
    # 설치 is inserted before 및: the word it is anchored on is underlined on both sides
    assert result.rows[0].current == [[Run("경기도 행정기구 "), Run("및", U), Run(" 정원 조례")]]
    assert result.rows[0].amended == [
        [Run("경기도 행정기구 "), Run("설치 및", U), Run(" 정원 조례")]
    ]


def test_english_table():
    old, new = amend(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"), ("4. 장학", "3의2. 디지털 교육\n4. 장학")
    )
    head = "The Director General of the Lifelong Education Bureau shall assist the Governor."
    apply_english(old, {"3/3": head, "3/title": "Organization", "5/title": "Duties"})
    apply_english(
        new,
        {
            "3/3": head.replace("the Lifelong", "the Future Lifelong"),
            "3/title": "Organization",
            "5/title": "Duties",
            "5/2/3의2": "Digital education",
        },
    )
    terms = {"Lifelong Education Bureau", "Future Lifelong Education Bureau"}
    result = comparison_table(old, new, atomic_terms=UNITS, atomic_terms_en=terms, lang="en")
    assert result.headers == ("Current", "Amended")
    art3, art5 = result.rows
    assert art3.current[0] == [Run("Article 3 (Organization) (1) and (2) (Omitted)")]
    assert art3.amended[0] == [Run("Article 3 (Organization) (1) and (2) (Same as current)")]
    assert art3.current[1] == [
        Run("(3) The Director General of the "),
        Run("Lifelong Education Bureau", U),
        Run(" shall assist the Governor."),
    ]
    assert art3.amended[1] == [
        Run("(3) " + "-" * len("The Director General of the") + " "),
        Run("Future Lifelong Education Bureau", U),
        Run(" " + "-" * len("shall assist the Governor.")),
    ]
    assert art5.current[2:4] == [[Run("1. to 3. (Omitted)")], [Run("<Newly inserted>")]]
    assert art5.amended[3] == [Run("3-2. Digital education", U)]


def test_unknown_language_is_refused():
    old, new = amend()
    with pytest.raises(ValueError, match="lang"):
        comparison_table(old, new, lang="fr")


def test_run_helpers():
    assert underlined("도에 국을 둔다.", [(3, 4)]) == [Run("도에 "), Run("국", U), Run("을 둔다.")]
    assert hyphenated("도에 국을 둔다.", [(3, 4)]) == [Run("-- "), Run("국", U), Run(" -----")]
    assert hyphenated("국을 둔다.", [(0, 1)]) == [Run("국", U), Run(" -----")]


def test_plain_text_marks_underlined_runs_and_pads_by_display_width():
    result = table(("③ 평생교육국장은", "③ 미래평생교육국장은"))
    lines = render_table_text(result, width=60).split("\n")
    assert lines[0] == "경기도 행정기구 및 정원 조례"
    assert lines[1] == "현 행" + " " * (60 - display_width("현 행")) + " | 개 정 안"
    assert lines[2] == "=" * 60 + "=+=" + "=" * 60
    left = "제3조(기구) ①ㆍ② (생 략)"
    assert lines[3] == left + " " * (60 - display_width(left)) + " | 제3조(기구) ①ㆍ② (현행과 같음)"
    assert lines[4].startswith("③ _평생교육국_장은 평생교육 정책에 관하여 도지사를 보좌한다.")
    assert lines[4].endswith(" | ③ _미래평생교육국_ " + "-" * 26)
    assert lines[5:] == ["-" * 60 + "-+-" + "-" * 60, ""]
    assert display_width("국a①") == 4  # Hangul two columns, others one


def test_wrapping_closes_and_reopens_the_underline_marks():
    line = [Run("③ "), Run("미래평생교육국", U), Run(" ----")]
    assert wrap_line(line, 13) == ["③ _미래평생_", "_교육국_ ----"]
    assert wrap_line(line, 12) == ["③ _미래평생_", "_교육국_ ---", "-"]
    assert wrap_line([], 12) == [""]


def test_a_bar_in_an_annex_cell_stays_in_its_cell_in_the_table_and_its_text():
    r"""A cell '사업소|지소' (written '사업소\|지소' in the statute text) is one cell of the
    table, and the text of the table writes it as the statute text does, so that its rows
    keep their columns there too."""
    result = table(("| 사업소 | 1,200 |", "| 사업소\\|지소 | 1,200 |"))
    grid = result.rows[0].amended[1]
    assert ["".join(run.text for run in cell) for cell in grid.rows[2]] == ["사업소|지소", "1,200"]
    (line,) = [line for line in grid.text_lines() if "지소" in "".join(r.text for r in line)]
    assert "".join(run.text for run in line) == "| 사업소\\|지소 | 1,200 |"
