"""A statute's text from the official's file (desktop/core/textfile.py): .txt in UTF-8 or
CP949, .docx with its tables; an unreadable file says why, in Korean and English."""

from __future__ import annotations

import docx
import pytest

from desktop.core.statute_text import parse_instrument
from desktop.core.textfile import TextFileError, read_text_file


def _word_statute(path):
    """A 정원 조례 saved from 자치법규정보시스템 into Word: its 별표 is a Word table."""
    document = docx.Document()
    document.add_paragraph("가온시 지방공무원 정원 조례")
    document.add_paragraph("제1조(정원) 정원은 별표와 같다.")
    paragraph = document.add_paragraph("[별표] 정원표(제1조 관련)")
    paragraph.runs[0].add_break()  # a line break inside a paragraph is a line of the text
    paragraph.add_run("(단위: 명)")
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("직급", "정원"), ("3급", "2"), ("4급\n(기술)", "1,005")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    document.add_paragraph("부칙")
    document.save(path)


def test_a_word_statute_keeps_its_tables_as_rows_in_the_order_of_its_body(tmp_path):
    """Walked: a 정원 조례 saved into Word from ELIS, opened in File › New, lost its 별표:
    only the paragraphs were read, so the table of grades was dropped without a word."""
    path = tmp_path / "정원 조례.docx"
    _word_statute(path)
    assert read_text_file(path).splitlines() == [
        "가온시 지방공무원 정원 조례",
        "제1조(정원) 정원은 별표와 같다.",
        "[별표] 정원표(제1조 관련)",
        "(단위: 명)",
        "| 직급 | 정원 |",
        "| 3급 | 2 |",
        "| 4급 (기술) | 1,005 |",
        "부칙",
    ]
    instrument, _messages = parse_instrument(read_text_file(path))
    assert instrument.annexes[0].rows[-1] == ["4급 (기술)", "1,005"]


def test_a_text_file_in_utf8_or_cp949_is_read(tmp_path):
    for encoding in ("utf-8", "utf-8-sig", "cp949"):
        path = tmp_path / f"{encoding}.txt"
        path.write_text("제1조(목적) 행정국을 둔다.", encoding=encoding)
        assert read_text_file(path) == "제1조(목적) 행정국을 둔다."


@pytest.mark.parametrize(
    ("name", "data", "ko", "en"),
    [
        (
            "damaged.docx",
            b"PK\x03\x04 not a package",
            "읽을 수 있는 Word 문서(.docx)가 아니거나 파일이 손상되었습니다",
            "it is not a Word document that can be read (.docx), or it is damaged",
        ),
        (
            "latin.txt",
            bytes(range(0x80, 0x100)),
            "글자를 읽을 수 없습니다(UTF-8도 CP949도 아닌 텍스트). UTF-8 텍스트로 다시 "
            "저장하거나 본문을 붙여 넣으십시오",
            "its characters cannot be read (it is neither UTF-8 nor CP949 text): save it again "
            "as UTF-8 text, or paste its text",
        ),
    ],
)
def test_an_unreadable_file_says_why(tmp_path, name, data, ko, en):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(TextFileError) as caught:
        read_text_file(path)
    assert (caught.value.message("ko"), caught.value.message("en")) == (ko, en)


def test_a_missing_file_is_the_systems_error(tmp_path):
    for name in ("gone.docx", "gone.txt"):
        with pytest.raises(FileNotFoundError):
            read_text_file(tmp_path / name)
