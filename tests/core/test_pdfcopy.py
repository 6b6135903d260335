"""A whole bill, or a statute, copied out of a PDF: page numbers, running heads, ``부 칙`` set
wide, and the annex page (desktop/core/pdfcopy.py and the applier's reading of a bill)."""

from pathlib import Path

import pytest

from desktop.core.digitspacing import GUESSED, GUESSED_LATIN, SPACED_TEXT
from desktop.core.drafting.applier import AmendmentError, apply_amendment
from desktop.core.pdfcopy import PAGE_NUMBERS, RUNNING_HEAD, read_copy, unpage
from desktop.core.statute_parse import parse_instrument
from desktop.core.statute_render import render_instrument

# The province sample's ordinance bill as OrgDraft writes it, made a PDF by LibreOffice and
# copied back by pdftotext, from ``… 일부를 다음과 같이 개정한다.`` to the end (개정문, 부칙,
# the 별표 page, then the 신구조문대비표): its pages end in ``-3-`` … ``-9-`` and a form feed,
# its numbers and Latin letters are spaced from the Hangul (``제 5 조``, ``AI 국``), ``부 칙``
# comes as ``부`` and ``칙`` on two lines. ``old.txt`` is the sample's current ordinance,
# ``amendment_typed.txt`` the bill's own text (from its DOCX) up to the end of the 부칙, without
# the sentence that replaces 별표 1 (the annex is a table: tested apart).
DATA = Path(__file__).resolve().parents[1] / "data" / "pdfcopy" / "gyeonggi"


@pytest.fixture(scope="module")
def old():
    inst, messages = parse_instrument((DATA / "old.txt").read_text(encoding="utf-8"))
    assert not [m for m in messages if m.severity == "error"]
    return inst


@pytest.fixture(scope="module")
def copied():
    return (DATA / "bill_pdf.txt").read_text(encoding="utf-8").split("\n")


def test_a_bill_copied_from_its_pdf_reads_as_the_bill(old, copied):
    # 개정문 and 부칙, pages 3 to 5 (their page numbers inside), without the 별표 sentence
    assert copied[48] == "\f별표 1 을 별지와 같이 한다."  # a page begins with it
    text = "\n".join(copied[:48] + copied[49:63])
    typed = apply_amendment(old, (DATA / "amendment_typed.txt").read_text(encoding="utf-8"))
    notes = []
    new = apply_amendment(old, text, notes=notes)
    # the page number after item 3 of the new 제9조의2 is no part of it
    assert "3. 외국인주민 및 다문화가족 지원에 관한 사항\n" in render_instrument(new)
    # the only difference: the Latin letters, which the copy cannot tell, and the notes say so
    assert render_instrument(new) != render_instrument(typed)
    assert render_instrument(new).replace("AI 국", "AI국") == render_instrument(typed)
    lines = text.split("\n")
    told = {(n.message_id, n.line) for n in notes}
    assert (SPACED_TEXT, 2) in told
    (pages,) = [n for n in notes if n.message_id == PAGE_NUMBERS]
    assert (pages.line, pages.params) == (22, {"mark": "-3-", "count": 2})
    latin = [n for n in notes if n.message_id == GUESSED_LATIN]
    assert [lines[n.line - 1][n.column - 1 :][: n.length] for n in latin] == ["AI 국", "AI 국을"]
    # 행정 1부지사: the statutes write it both ways; the ordinance amended writes 행정1부지사
    assert "행정1부지사 밑에 이민사회국을" in render_instrument(new)
    assert not [n for n in notes if n.message_id == GUESSED]


def test_the_annex_page_copied_from_the_pdf_is_refused_where_it_starts(old, copied):
    # up to the 신구조문대비표: the 별표 page gives the table's cells one on each line
    end = [line.strip("\f") for line in copied].index("신구조문대비표")
    with pytest.raises(AmendmentError) as caught:
        apply_amendment(old, "\n".join(copied[:end]))
    assert caught.value.line == 66
    assert copied[65].strip("\f").startswith("[별표 1]")
    assert "no row with its cells split by tabs or |" in caught.value.message("en")
    assert "PDF" in caught.value.message("ko")


def test_a_comparison_table_copied_with_the_bill_is_refused(old, copied):
    # the 대비표 repeats the 별표 heading: a second new table of 별표 1
    with pytest.raises(AmendmentError) as caught:
        apply_amendment(old, "\n".join(copied))
    assert caught.value.line == 310
    assert "is given a second time" in caught.value.message("en")


def test_page_numbers_blank_lines_and_form_feeds_are_left_out_and_lines_mapped():
    text = (
        "가온시 조례\n\n제1조(목적) 이 조례는\n\n-1-\n\n\f목적으로 한다.\n- 2 -\n"
        "제2조(정의) 정의.\n"
    )
    unpaged = unpage(text)
    # the form feed that begins a page stays: columns are counted in the line as pasted
    expected = "가온시 조례\n\n제1조(목적) 이 조례는\n\f목적으로 한다.\n제2조(정의) 정의.\n"
    assert unpaged.text == expected
    assert unpaged.lines == [1, 2, 3, 7, 9, 10]
    (note,) = unpaged.notes
    assert (note.message_id, note.line, note.params) == (
        PAGE_NUMBERS,
        5,
        {"mark": "-1-", "count": 2},
    )
    (one,) = unpage("가온시 조례\n제1조(목적) 목적.\n- 1 -\n").notes
    assert (one.line, one.message("en")) == (
        3,
        "“- 1 -” is read as the page number of a copy from a PDF and left out, with the blank "
        "lines around it.",
    )
    assert unpage("가온시 조례\n\n제1조(목적) 목적.\n") is None
    assert read_copy("가온시 조례\n\n제1조(목적) 목적.\n") is None


def test_a_statute_printed_from_law_go_kr_reads_across_its_pages():
    """law.go.kr prints ``법제처 N 국가법령정보센터`` at the foot of each page; the title as
    the page's head is left out too, and a provision the page broke reads as one."""
    whole = (
        "가온시 행정기구 설치 조례\n"
        "제1조(목적) 이 조례는 가온시의 행정기구 설치에 필요한 사항을 정함을 목적으로 한다.\n"
        "제2조(국) 부시장 밑에 기획국과 복지국을 둔다.\n"
    )
    printed = (
        "가온시 행정기구 설치 조례\n"
        "제1조(목적) 이 조례는 가온시의 행정기구 설치에 필요한\n"
        "법제처 1 국가법령정보센터\n"
        "가온시 행정기구 설치 조례\n"
        "사항을 정함을 목적으로 한다.\n"
        "제2조(국) 부시장 밑에 기획국과 복지국을 둔다.\n"
        "법제처 2 국가법령정보센터\n"
    )
    inst, messages = parse_instrument(printed)
    expected, _ = parse_instrument(whole)
    assert render_instrument(inst) == render_instrument(expected)
    told = [(m.message_id, m.line) for m in messages if m.severity == "warning"]
    assert (PAGE_NUMBERS, 3) in told
    assert (RUNNING_HEAD, 4) in told
    assert not [m for m in messages if m.severity == "error"]


def test_addenda_heading_set_wide_over_two_lines():
    unpaged = unpage('제3조 중 "국"을 "실"로 한다.\n부\n\n칙\n이 조례는 공포한 날부터 시행한다.\n')
    assert unpaged.text == '제3조 중 "국"을 "실"로 한다.\n부칙\n이 조례는 공포한 날부터 시행한다.\n'
    assert unpaged.lines == [1, 2, 5, 6]
