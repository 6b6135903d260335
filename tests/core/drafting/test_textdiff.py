"""Word diff of one provision and the smallest whole units to quote."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.drafting.quoting import strip_particles
from desktop.core.drafting.textdiff import Replacement, diff_text

UNITS = {"평생교육국", "미래평생교육국", "AI국", "AI산업국"}
UNITS_EN = {"Lifelong Education Bureau", "Future Lifelong Education Bureau"}


def quotes(old: str, new: str, terms=frozenset(), korean=True) -> list[tuple[str, str]]:
    diff = diff_text(old, new, terms, korean=korean)
    assert diff.exact
    return [(r.old, r.new) for r in diff.replacements]


@pytest.mark.parametrize(
    ("old", "new", "terms", "expected"),
    [
        # the atomic unit inside a word, without what is glued to it
        (
            "평생교육국장은 보좌한다.",
            "미래평생교육국장은 보좌한다.",
            UNITS,
            ("평생교육국", "미래평생교육국"),
        ),
        # without the unit names: the whole noun, never a fragment, never the particle
        (
            "평생교육국장은 보좌한다.",
            "미래평생교육국장은 보좌한다.",
            set(),
            ("평생교육국장", "미래평생교육국장"),
        ),
        (
            "국토해양부장관은 정한다.",
            "국토교통부장관은 정한다.",
            set(),
            ("국토해양부장관", "국토교통부장관"),
        ),
        # quotation marks and the provision's punctuation stay outside
        ('"A로 정하는 사항"이란 말한다.', '"B로 정하는 사항"이란 말한다.', set(), ("A", "B")),
        ("A, B 또는 C는 둔다.", "D, B 또는 C는 둔다.", set(), ("A", "D")),
        ("사항을 정한다.", "업무를 정한다.", set(), ("사항을", "업무를")),
        # a division ending in 과 is one noun
        ("평생교육과에 둔다.", "미래교육과에 둔다.", set(), ("평생교육과", "미래교육과")),
        # 의 of 회의 belongs to the noun; after 위원회 it is a particle
        ("정책회의를 연다.", "전략회의를 연다.", set(), ("정책회의", "전략회의")),
        ("위원회의 심의를 거친다.", "협의회의 심의를 거친다.", set(), ("위원회", "협의회")),
        # and after the names of associations (공제회, 중앙회)
        (
            "시설재난공제회의 사무를 지원한다.",
            "시설안전원의 사무를 지원한다.",
            set(),
            ("시설재난공제회", "시설안전원"),
        ),
        # and after a residents' council of a 시ㆍ군ㆍ구 ordinance
        (
            "동 주민자치회의 위원은 구청장이 위촉한다.",
            "동 주민자치위원회의 위원은 구청장이 위촉한다.",
            set(),
            ("주민자치회", "주민자치위원회"),
        ),
        # a number after 별표 is quoted with it
        ("정원은 별표 1에 따른다.", "정원은 별표 2에 따른다.", set(), ("별표 1", "별표 2")),
        # a pure insertion is anchored on the following word
        (
            "도지사 밑에 평생교육국을 둔다.",
            "도지사 밑에 미래 평생교육국을 둔다.",
            set(),
            ("평생교육국", "미래 평생교육국"),
        ),
    ],
)
def test_quotes_are_the_smallest_whole_units(old, new, terms, expected):
    assert quotes(old, new, terms) == [expected]


def test_a_particle_that_changes_stays_in_the_quote():
    assert quotes("방송통신위원회가 정한다.", "과학기술정보통신부장관이 정한다.") == [
        ("방송통신위원회가", "과학기술정보통신부장관이")
    ]


def test_adjacent_changed_words_are_one_quote():
    assert quotes("도의 행정기구 정원에 관한 사항", "도의 조직 인력에 관한 사항") == [
        ("행정기구 정원", "조직 인력")
    ]


def test_changed_words_separated_by_one_unchanged_word_are_one_quote():
    # as real bills join them ("식품위생검사기관 중 자가품질위탁검사기관"); further apart they
    # are two quotes
    assert quotes("도의 행정기구를 두고 정원을 정한다", "도의 조직을 두고 인력을 정한다") == [
        ("행정기구를 두고 정원", "조직을 두고 인력"),
    ]
    assert quotes("도의 행정기구를 두고 그 정원을 정한다", "도의 조직을 두고 그 인력을 정한다") == [
        ("행정기구를", "조직을"),
        ("정원", "인력"),
    ]
    # but two items joined by 및 are one quote (drafting-ko §3a, as real bills quote them)
    assert quotes("도의 행정기구 및 정원에 관한 사항", "도의 조직 및 인력에 관한 사항") == [
        ("행정기구 및 정원", "조직 및 인력"),
    ]


def test_a_quote_that_would_also_change_an_unchanged_occurrence_is_widened():
    old = "평생교육국을 두고, 평생교육국장은 평생교육국 사무를 총괄한다."
    new = "미래평생교육국을 두고, 미래평생교육국장은 평생교육국 사무를 총괄한다."
    assert quotes(old, new, UNITS) == [
        ("평생교육국을", "미래평생교육국을"),
        ("평생교육국장", "미래평생교육국장"),
    ]


def test_a_quote_found_inside_another_word_takes_the_following_word_first():
    # 평생교육 also stands inside 평생교육국장은: the head noun after it makes the quote unique
    old = "평생교육국장은 평생교육 정책을 총괄한다."
    new = "평생교육국장은 AI산업국 정책을 총괄한다."
    assert quotes(old, new, UNITS) == [("평생교육 정책", "AI산업국 정책")]


def test_identical_replacements_are_listed_once_with_every_occurrence_as_an_edit():
    old = "평생교육국을 두고, 평생교육국장은 총괄한다."
    new = "미래평생교육국을 두고, 미래평생교육국장은 총괄한다."
    diff = diff_text(old, new, UNITS)
    assert diff.replacements == (Replacement("평생교육국", "미래평생교육국"),)
    assert [(e.old_start, e.old_end, e.new_start, e.new_end) for e in diff.edits] == [
        (0, 5, 0, 7),
        (11, 16, 13, 20),
    ]


def test_english_atomic_terms_with_spaces_widen_the_quote():
    old = "the Lifelong Education Bureau shall assist the Governor."
    new = "the Future Lifelong Education Bureau shall assist the Governor."
    assert quotes(old, new, UNITS_EN, korean=False) == [
        ("Lifelong Education Bureau", "Future Lifelong Education Bureau")
    ]
    assert quotes(old, new, korean=False) == [("Lifelong", "Future Lifelong")]


def test_ratio_counts_the_characters_that_differ():
    diff = diff_text("국토해양부장관은 정한다.", "국토교통부장관은 정한다.")
    assert diff.changed_chars == 2
    assert diff.ratio == pytest.approx(2 / 13)
    assert diff_text("같다.", "같다.").ratio == 0
    assert not diff_text("같다.", "같다.").changed


def test_whitespace_is_normalised_before_comparing():
    diff = diff_text("도에  평생교육국을\n둔다.", "도에 평생교육국을 둔다.")
    assert not diff.changed and diff.edits == ()


def test_empty_sides_are_inexact():
    assert not diff_text("", "새 문장").exact
    assert not diff_text("옛 문장", "").exact


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("국장은", "본부장은", ("국장", "본부장")),
        ("국을", "본부를", ("국을", "본부를")),  # different forms: kept
        ("국으로", "실로", ("국으로", "실로")),
        ("국으로", "본부로", ("국으로", "본부로")),
        ("경기도", "강원도", ("경기도", "강원도")),  # 도 is never stripped
        ("국가", "지방", ("국가", "지방")),
        ("과장과", "팀장과", ("과장과", "팀장과")),  # ambiguous 과 stays
        ("과장에서", "팀장에서", ("과장", "팀장")),
    ],
)
def test_strip_particles(old, new, expected):
    assert strip_particles(old, new) == expected


WORDS = st.lists(
    st.sampled_from(["도지사는", "평생교육국을", "둔다.", "및", "AI국", "사항"]), max_size=8
)


@given(WORDS, WORDS)
def test_exact_edits_rebuild_the_new_text(old_words, new_words):
    old, new = " ".join(old_words), " ".join(new_words)
    diff = diff_text(old, new, UNITS)
    if diff.exact:
        out, pos = [], 0
        for edit in diff.edits:
            assert diff.old[edit.old_start : edit.old_end] == edit.old
            assert diff.new[edit.new_start : edit.new_end] == edit.new
            out += [diff.old[pos : edit.old_start], edit.new]
            pos = edit.old_end
        assert "".join([*out, diff.old[pos:]]) == diff.new
        for replacement in diff.replacements:  # every occurrence is one of the edits
            count = diff.old.count(replacement.old)
            assert count == sum(1 for e in diff.edits if e.old == replacement.old)


@pytest.mark.parametrize(
    ("old", "new", "quotes"),
    [
        (  # drafting-ko §3a, the example itself
            "부시장 밑에 행정국ㆍ복지국 및 도시국을 둔다.",
            "부시장 밑에 행정국ㆍ복지국ㆍ도시국 및 미래전략국을 둔다.",
            [("복지국 및 도시국", "복지국ㆍ도시국 및 미래전략국")],
        ),
        (  # an item renamed and one added: one span, not "도시국" → "미래전략국"
            "부시장 밑에 행정국ㆍ복지국 및 도시국을 둔다.",
            "부시장 밑에 행정국ㆍ복지국ㆍ도시개발국 및 미래전략국을 둔다.",
            [("복지국 및 도시국", "복지국ㆍ도시개발국 및 미래전략국")],
        ),
        (  # the last item removed
            "경제투자실에 경제정책과·투자진흥과·국제통상과 및 외교정책과를 둔다.",
            "경제투자실에 경제정책과·투자진흥과 및 국제통상과를 둔다.",
            [("투자진흥과·국제통상과 및 외교정책과", "투자진흥과 및 국제통상과")],
        ),
    ],
)
def test_a_change_to_a_list_is_one_span(old, new, quotes):
    diff = diff_text(old, new, {"행정국", "복지국", "도시국", "미래전략국", "도시개발국"})
    assert diff.exact
    assert [(e.old, e.new) for e in diff.edits] == quotes


def test_quoted_share_is_the_larger_share_of_the_text_inside_the_quotes():
    d = diff_text("「농촌도로법」에 따른 허가", "「농어촌도로법」에 따른 허가", frozenset())
    assert d.replacements[0].old == "「농촌도로법」"
    assert d.quoted_share == len("「농어촌도로법」") / len("「농어촌도로법」에 따른 허가")
    assert diff_text("가과", "나과", frozenset()).quoted_share == 1.0
