"""Windows paths through the command line: Korean folder names with spaces, and a warning
when a written file's path is longer than Word opens."""

from __future__ import annotations

import docx

from desktop import cli
from desktop.documents.pathlimits import WORD_PATH_LIMIT, windows_length


def test_generate_into_a_korean_folder_with_spaces(tmp_path, capsys):
    out = tmp_path / "보도 자료 폴더" / "2024년 7월 조직개편"
    code = cli.main(
        ["generate", "--sample", "-o", str(out), "--langs", "ko", "--docs", "press,org"]
    )
    assert code == cli.EXIT_OK
    written = sorted(out.iterdir())
    assert {p.suffix for p in written} == {".docx", ".png"}
    printed = capsys.readouterr()
    assert sorted(printed.out.splitlines()) == sorted(str(p) for p in written)
    # only the export gate's warnings (the sample's quotation and officer are to be written)
    assert all(line.startswith("warning W-GATE-") for line in printed.err.splitlines())
    for path in written:
        if path.suffix == ".docx":
            assert docx.Document(str(path)).paragraphs


def test_generate_warns_about_paths_word_cannot_open(tmp_path, capsys):
    out = tmp_path
    while windows_length(out) < WORD_PATH_LIMIT - 10:  # nested: a name has at most 255 bytes
        out = out / "경기도 조직개편 보도자료"
    code = cli.main(
        ["generate", "--sample", "-o", str(out), "--langs", "ko", "--docs", "press", "--lang", "en"]
    )
    assert code == cli.EXIT_OK  # a warning, not an error: the file is written
    (written,) = list(out.iterdir())
    err = capsys.readouterr().err
    assert str(written) in err
    assert f"{windows_length(written)} characters" in err and "Word" in err
