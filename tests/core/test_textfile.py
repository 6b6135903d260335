"""A statute's text from the official's file (desktop/core/textfile.py): .txt in UTF-8 or
CP949, .docx with its tables, a 한/글 document (.hwpx, .hwp) with its tables; an unreadable
file says why, in Korean and English."""

from __future__ import annotations

import docx
import pytest

from desktop.core.statute_render import render_instrument
from desktop.core.statute_text import parse_instrument
from desktop.core.textfile import TextFileError, read_text_file
from tests.core.government_projects import DATA as GOVERNMENTS


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


def _hangul_statute(text: str, path) -> None:
    """A statute kept in 한/글, as a department keeps its ordinances: each line of ``text`` a
    paragraph, each run of ``| a | b |`` lines one table (its 별표), a line break inside the
    first article's paragraph. Written with python-hwpx, which saves .hwpx and .hwp."""
    from hwpx.document import HwpxDocument

    document = HwpxDocument.new()
    rows: list[list[str]] = []

    def table() -> None:
        if rows:
            grid = document.add_table(len(rows), len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    grid.set_cell_text(r, c, cell)
            rows.clear()

    for line in text.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        table()
        document.add_paragraph(line)
    table()
    document.save_to_path(str(path))


@pytest.mark.parametrize("suffix", [".hwpx", ".hwp"])
def test_a_hangul_statute_reads_as_its_text_with_the_annex_table(tmp_path, suffix):
    """The form a department keeps its ordinances in (and 자치법규정보시스템 gives them in)
    could not be opened: File › New, the statute page and the amendment check offered .txt
    and .docx only, and the official had to copy the text out of 한/글, table by table. The
    울릉군 정원 조례 kept in 한/글, its 직급별 정원표 a table, reads as its text does."""
    source = (GOVERNMENTS / "ulleung-staffing.txt").read_text(encoding="utf-8")
    path = tmp_path / f"울릉군 지방공무원 정원 조례{suffix}"
    _hangul_statute(source, path)
    read = read_text_file(path)
    assert [line for line in read.splitlines() if line.strip()] == [
        line for line in source.splitlines() if line.strip()
    ]
    from_file, _ = parse_instrument(read)
    from_text, _ = parse_instrument(source)
    assert render_instrument(from_file) == render_instrument(from_text)
    assert from_file.annexes[0].rows[-1] == ["9급", "38"]


def test_a_hangul_document_is_read_in_the_order_of_its_body(tmp_path):
    """An OrgDraft HWPX bill (what 한/글 opens): its paragraphs and the rows of its tables in
    the order they stand, the 정원 of the 별표 among them."""
    from desktop import paths
    from desktop.core.projectfile import load
    from desktop.documents.generate import generate

    project = load(paths.sample_path())
    files = generate(project, tmp_path, langs=("ko",), docs=("bill",), format="hwpx")
    bill = next(f for f in files if f.suffix == ".hwpx" and f.name.startswith("경기도 행정기구"))
    lines = read_text_file(bill).splitlines()
    opening = lines.index("경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.")
    assert lines.index("1. 제안이유") < opening < lines.index("부      칙")
    assert any(line.startswith("| ") and "16,252" in line for line in lines)


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
        *(
            (
                name,
                data,
                "읽을 수 있는 한/글 문서(.hwpx, .hwp)가 아니거나, 파일이 손상되었거나 보호된 "
                "문서(배포용 문서, 암호가 걸린 문서)입니다. 한/글에서 .hwpx로 다시 저장하거나 "
                "본문을 붙여 넣으십시오",
                "it is not a 한/글 document that can be read (.hwpx, .hwp), or it is damaged or "
                "protected (a distribution or password-protected document): save it again in "
                "한/글 as .hwpx, or paste its text",
            )
            for name, data in (
                ("damaged.hwpx", b"PK\x03\x04 not a package"),
                ("plain.hwpx", "제1조(목적) 텍스트입니다".encode()),
                ("damaged.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
                ("text.hwp", "제1조(목적)".encode("cp949")),
            )
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
    for name in ("gone.docx", "gone.txt", "gone.hwpx", "gone.hwp"):
        with pytest.raises(FileNotFoundError):
            read_text_file(tmp_path / name)


_FRAMED = [
    "가온시 지방공무원 정원 조례",
    "제1조(정원) 정원은 별표와 같다.",
    "[별표] 정원표(제1조 관련)",
    "| 직급 | 정원 |",
    "| 5급 | 10 |",
]


def _framed_word(path) -> None:
    document = docx.Document()
    for line in _FRAMED[:2]:
        document.add_paragraph(line)
    frame = document.add_table(rows=1, cols=3).cell(0, 1)  # the side cells empty
    frame.paragraphs[0].text = _FRAMED[2]
    inner = frame.add_table(rows=2, cols=2)
    for r, row in enumerate([("직급", "정원"), ("5급", "10")]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    document.save(path)


def _framed_hangul(path) -> None:
    from hwpx.document import HwpxDocument

    document = HwpxDocument.new()
    for line in _FRAMED[:2]:
        document.add_paragraph(line)
    frame = document.add_table(1, 1)
    frame.set_cell_text(0, 0, _FRAMED[2])
    inner = frame.cell(0, 0).add_table(2, 2)
    for r, row in enumerate([("직급", "정원"), ("5급", "10")]):
        for c, text in enumerate(row):
            inner.set_cell_text(r, c, text)
    document.save_to_path(str(path))


@pytest.mark.parametrize(
    ("name", "write"), [("정원.docx", _framed_word), ("정원.hwpx", _framed_hangul)]
)
def test_an_annex_boxed_in_a_frame_is_read_as_its_title_and_rows(tmp_path, name, write):
    """A 별표 kept in a box (a table of one written cell holding its title and its table),
    as forms and notices are laid out: its title and its table came in as one row of one
    cell, '| [별표] 정원표(제1조 관련) 직급 정원 5급 10 |', and the 별표 could not be read."""
    path = tmp_path / name
    write(path)
    lines = [line for line in read_text_file(path).splitlines() if line.strip()]
    assert lines == _FRAMED
    instrument, _messages = parse_instrument("\n".join(lines))
    assert instrument.annexes[0].rows == [["직급", "정원"], ["5급", "10"]]


_BARRED_ROWS = [["직급", "정원", "비고"], ["5급", "3", "행정|기술"], ["6급", "12", "|"]]


def _barred_word(path) -> None:
    document = docx.Document()
    for line in _FRAMED[:3]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(_BARRED_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("부칙")
    document.save(path)


def _barred_hangul(path) -> None:
    from hwpx.document import HwpxDocument

    document = HwpxDocument.new()
    for line in _FRAMED[:3]:
        document.add_paragraph(line)
    table = document.add_table(3, 3)
    for r, row in enumerate(_BARRED_ROWS):
        for c, text in enumerate(row):
            table.set_cell_text(r, c, text)
    document.add_paragraph("부칙")
    document.save_to_path(str(path))


@pytest.mark.parametrize(
    ("name", "write"),
    [("정원.docx", _barred_word), ("정원.hwpx", _barred_hangul), ("정원.hwp", _barred_hangul)],
)
def test_a_bar_in_a_table_cell_stays_in_its_cell(tmp_path, name, write):
    r"""A 별표 cell whose text holds a '|' ('행정|기술', a note typed with a bar) came in as
    '| 5급 | 3 | 행정|기술 |': the parser read four cells, the row gained a column and the
    figures after the bar moved, without a word. The cell's bar is written '\|' and read back
    as the cell's; the 별표 renders with it in its cell, and reads the same again."""
    path = tmp_path / name
    write(path)
    text = read_text_file(path)
    assert "| 5급 | 3 | 행정\\|기술 |" in text.splitlines()
    instrument, _messages = parse_instrument(text)
    assert instrument.annexes[0].rows == _BARRED_ROWS
    rendered = render_instrument(instrument)
    assert "| 6급 | 12 | \\| |" in rendered.splitlines()
    again, messages = parse_instrument(rendered)
    assert messages == [] and again.annexes[0].rows == _BARRED_ROWS
    assert render_instrument(again) == rendered
