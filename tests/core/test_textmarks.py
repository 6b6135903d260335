"""Marking in a new text what differs from the old one (the statute page's New text)."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.textmarks import changed_ranges

OLD = """제1조(목적) 이 조례는 행정국의 설치를 규정한다.
제2조(기구) 도에 행정국ㆍ복지국 및 도시국을 둔다.
제3조(삭제될 조) 지울 내용.
제4조(부칙) 그대로.
"""


def marked(old: str, new: str) -> list[str]:
    return [new[start:end] for start, end in changed_ranges(old, new)]


def test_the_same_text_has_nothing_marked():
    assert changed_ranges(OLD, OLD) == []


def test_a_renamed_unit_is_marked_as_a_word_and_a_new_article_whole():
    new = OLD.replace("행정국의", "행정지원국의").replace(
        "제4조(부칙) 그대로.", "제4조(부칙) 그대로.\n제5조(신설) 새 조문을 둔다."
    )
    assert marked(OLD, new) == ["행정지원국의", "제5조(신설) 새 조문을 둔다."]


def test_a_unit_added_to_a_list_marks_the_words_that_are_new_at_their_place():
    new = OLD.replace("복지국 및 도시국을", "복지국ㆍ도시국 및 안전국을")
    assert marked(OLD, new) == ["ㆍ도시국", "안전국을"]


def test_a_deleted_article_leaves_nothing_to_mark_but_its_삭제():
    new = OLD.replace("제3조(삭제될 조) 지울 내용.", "제3조 삭제")
    assert marked(OLD, new) == ["삭제"]  # one line for one: the same provision
    dropped = OLD.replace("제3조(삭제될 조) 지울 내용.\n", "")
    assert marked(OLD, dropped) == []


_TEXT = st.lists(
    st.sampled_from(["제1조", "국", "과를", " ", "ㆍ", "\n", "둔다.", "𠮷", "및"]), max_size=30
).map("".join)


def test_a_line_unlike_any_old_one_among_changed_lines_is_marked_whole():
    new = OLD.replace(
        "제2조(기구) 도에 행정국ㆍ복지국 및 도시국을 둔다.",
        "제2조(기구) 도에 행정국ㆍ복지국 및 안전국을 둔다.\n제2조의2(위원회) 위원회를 설치한다.",
    )
    assert marked(OLD, new) == ["안전국을", "제2조의2(위원회) 위원회를 설치한다."]


@given(_TEXT, _TEXT)
def test_ranges_are_ordered_lines_of_the_new_text_without_edge_spaces(old, new):
    ranges = changed_ranges(old, new)
    end = 0
    for start, stop in ranges:
        assert end <= start < stop <= len(new)
        piece = new[start:stop]
        assert "\n" not in piece and piece == piece.strip()
        end = stop
    if old == new:
        assert ranges == []
