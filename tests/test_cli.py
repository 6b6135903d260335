"""The headless command line, run as a user would: a separate process, exit codes, output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli

ROOT = Path(__file__).resolve().parent.parent


def orgdraft(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "ORGDRAFT_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def run_probe(probe: str) -> subprocess.CompletedProcess:
    """Run ``probe`` (Python code) in a fresh interpreter, messages in English."""
    return subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "ORGDRAFT_LANG": "en"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("cli") / "s.orgdraft"
    result = orgdraft("sample", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    return target


def test_version():
    from desktop import __version__

    result = orgdraft("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"OrgDraft {__version__}"


def test_sample_validates_clean(sample_file):
    result = orgdraft("validate", str(sample_file))
    assert result.returncode == 0, result.stdout
    # the export gate's warnings: the quotation and the officer are still to be written
    assert "0 errors, 5 warnings" in result.stdout
    assert "W-GATE-QUOTE" in result.stdout


def test_sample_refuses_to_overwrite(sample_file):
    result = orgdraft("sample", "--out", str(sample_file))
    assert result.returncode == 2
    assert "--force" in result.stderr


def test_truncated_file_exits_2_with_location(sample_file, tmp_path):
    broken = tmp_path / "b.orgdraft"
    text = sample_file.read_text(encoding="utf-8")
    broken.write_text(text[:1000], encoding="utf-8")
    result = orgdraft("validate", str(broken))
    assert result.returncode == 2
    assert str(broken) in result.stderr and "not valid JSON" in result.stderr


def test_korean_messages(sample_file, tmp_path):
    broken = tmp_path / "v.orgdraft"
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    data["version"] = 7
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = orgdraft("validate", str(broken), lang="ko")
    assert result.returncode == 2
    assert "더 새로운 OrgDraft" in result.stderr


def test_project_with_errors_exits_1_and_lists_them(sample_file, tmp_path):
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    data["changes"].append(
        {"type": "rename", "id": "cx", "unit_id": "no-such-unit", "name_ko": "X"}
    )
    bad = tmp_path / "e.orgdraft"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = orgdraft("validate", str(bad))
    assert result.returncode == 1
    assert "E-CHANGE-MISSING-UNIT change:cx" in result.stdout


def test_missing_file_exits_2():
    result = orgdraft("validate", "no/such/file.orgdraft")
    assert result.returncode == 2
    assert "cannot open" in result.stderr


def test_draft_prints_the_whole_drafting_result(sample_file):
    result = orgdraft("draft", str(sample_file))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다." in out
    assert (
        '제8조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, 같은 조 각 호 외의 부분' in out
    )
    assert "제14조의2를 다음과 같이 신설한다." in out
    assert "다만, 제5조 및 제5조의2의 개정규정은 2024년 9월 2일부터 시행한다." in out
    assert "나. 정원 조정: 총 정원 16,244명 → 16,252명(증 8명)" in out
    assert "현 행" in out and "개 정 안" in out


def test_draft_says_when_an_instrument_gets_no_bill(tmp_path):
    # 세종: the abolished 정책기획관 is set up by the rule alone, so the ordinance does not
    # change; draft says so instead of printing an empty bill (generate writes none).
    from desktop.core.projectfile import save
    from tests.core.government_projects import sejong_project

    path = tmp_path / "sejong.orgdraft"
    save(sejong_project(), path)
    result = orgdraft("draft", str(path), lang="ko")
    assert result.returncode == 0, result.stderr
    ordinance, rule = result.stdout.split("세종특별자치시 행정기구 설치 조례 시행규칙\n", 1)
    assert "이 변경으로 바뀌는 조문이 없어 개정안을 만들지 않습니다." in ordinance
    assert "일부를 다음과 같이 개정한다" not in ordinance and "부칙" not in ordinance
    assert "시행규칙 일부를 다음과 같이 개정한다." in rule


def test_a_reader_that_stops_early_gets_no_traceback(sample_file):
    env = {**os.environ, "ORGDRAFT_LANG": "ko", "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "draft", str(sample_file)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as proc:  # fmt: skip
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()  # like ``| head -1``
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8")
        code = proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert code == 0


def test_amend_two_texts_and_a_located_parse_error(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("경기도 조례\n제1조(목적) 평생교육국을 둔다.\n", encoding="utf-8")
    new.write_text("경기도 조례\n제1조(목적) 미래평생교육국을 둔다.\n", encoding="cp949")
    result = orgdraft("amend", str(old), str(new))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        "경기도 조례 일부를 다음과 같이 개정한다.",
        "",
        '제1조 중 "평생교육국"을 "미래평생교육국"으로 한다.',
    ]
    table = orgdraft("amend", str(old), str(new), "--table")
    assert "_미래평생교육국_" in table.stdout
    new.write_text("경기도 조례\n가. 조 밖의 목\n", encoding="utf-8")
    bad = orgdraft("amend", str(old), str(new))
    assert bad.returncode == 2
    assert f"{new}:2:" in bad.stderr


def test_amend_in_english_says_where_the_english_comes_from(tmp_path):
    # Plain statute texts have no English: the English amendment marks each passage it lacks,
    # and a note on stderr counts them and names the way to the full English text.
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("천안시 조례\n제1조(목적) 평생교육국을 둔다.\n", encoding="utf-8")
    new.write_text("천안시 조례\n제1조(목적) 미래평생교육국을 둔다.\n", encoding="utf-8")
    for lang, note in (
        ("en", "note: the statute texts carry no English, so {n} passages read"),
        ("ko", "참고: 조문 파일에 영문이 없어 {n}곳이 [English text missing]으로 표시됩니다."),
    ):
        result = orgdraft("amend", str(old), str(new), "--doc-lang", "en", lang=lang)
        assert result.returncode == 0, result.stderr
        marks = result.stdout.count("[English text missing")
        assert marks >= 2  # the title and the article
        assert result.stderr.startswith(note.format(n=marks))
        assert "--doc-lang en" in result.stderr
    korean = orgdraft("amend", str(old), str(new))  # nothing is missing in Korean
    assert korean.returncode == 0 and korean.stderr == ""


def test_amend_names_the_chapter_headings_its_text_does_not_give(tmp_path):
    # A chapter inserted (or retitled) between the two texts: the amendment sentences say
    # nothing of it, so the proof the export gate makes names each heading and the command
    # fails; it used to print an empty amendment and succeed.
    body = (
        "제1조(목적) 목적을 정한다.\n{chapter}제2조(복지국) 복지국을 둔다.\n"
        "제3장 보칙\n제3조(규칙) 규칙으로 정한다.\n"
    )
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("김포시 조례\n제1장 총칙\n" + body.format(chapter=""), encoding="utf-8")
    new.write_text(
        "김포시 조례\n제1장 총칙\n" + body.format(chapter="제2장 국\n"), encoding="utf-8"
    )
    result = orgdraft("amend", str(old), str(new))
    assert result.returncode == 1
    assert result.stdout.strip() == "김포시 조례 일부를 다음과 같이 개정한다."
    [line] = result.stderr.splitlines()
    assert line.startswith("error E-AMEND-HEADING article:.제2조: ")
    assert "the headings before Article 2 ((none) → 제2장 국)" in line
    korean = orgdraft("amend", str(old), str(new), lang="ko")
    assert "제2조 앞의 장ㆍ절 제목((없음) → 제2장 국)" in korean.stderr
    same = orgdraft("amend", str(old), str(old))
    assert same.returncode == 0 and same.stderr == ""


_DUPLICATED = """의정부시 행정기구 설치 조례

제1조(목적) 이 조례는 의정부시의 행정기구 설치에 관한 사항을 규정함을 목적으로 한다.
제4조(자치행정국) 자치행정국장은 다음 사항을 분장한다.
1. 행정 및 자치에 관한 사항
2. 민원 및 정보통신에 관한 사항
제4조(복지국) 복지국장은 다음 사항을 분장한다.
1. 사회복지에 관한 사항
"""


def test_amend_and_apply_refuse_a_number_written_twice(tmp_path):
    # The second 제4조 should be 제5조: drafting from it lost the first 제4조's changes.
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_DUPLICATED, encoding="utf-8")
    new.write_text(_DUPLICATED.replace("민원 및 정보통신", "민원"), encoding="utf-8")
    for lang, word, message in (  # the severity word in the message's language
        ("ko", "오류", "제4조가 두 번 나옵니다(4행과 7행). 번호를 고치십시오."),
        ("en", "error", "Article 4 appears twice (lines 4 and 7): correct the number."),
    ):
        bad = orgdraft("amend", str(old), str(new), lang=lang)
        assert bad.returncode == 2 and bad.stdout == ""
        assert bad.stderr.splitlines() == [
            f"{old}:7: {word}: {message}",
            f"{new}:7: {word}: {message}",
        ]
    amendment = tmp_path / "amendment.txt"
    amendment.write_text('제4조제2호 중 "민원 및 정보통신"을 "민원"으로 한다.\n', encoding="utf-8")
    bad = orgdraft("apply", str(old), str(amendment))
    assert bad.returncode == 2 and bad.stdout == "" and "Traceback" not in bad.stderr
    assert bad.stderr.splitlines() == [
        f"{old}:7: error: Article 4 appears twice (lines 4 and 7): correct the number."
    ]
    corrected = _DUPLICATED.replace("제4조(복지국)", "제5조(복지국)")
    old.write_text(corrected, encoding="utf-8")
    new.write_text(
        corrected.replace("민원 및 정보통신", "민원").replace("사회복지에", "사회복지ㆍ청소년에"),
        encoding="utf-8",
    )
    drafted = orgdraft("amend", str(old), str(new))  # corrected: both changes are drafted
    assert drafted.returncode == 0, drafted.stderr
    assert drafted.stdout.splitlines()[2:] == [
        '제4조제2호 중 "민원 및 정보통신"을 "민원"으로 한다.',
        "",
        '제5조제1호 중 "사회복지"를 "사회복지ㆍ청소년"으로 한다.',
    ]


def test_validate_draft_and_generate_refuse_a_number_written_twice(tmp_path):
    from desktop.core.projectfile import load, save
    from desktop.paths import sample_path

    project = load(sample_path("county"))
    rule = next(src for src in project.instruments if src.key == "rule")
    lines = rule.text.splitlines()
    first = next(i for i, x in enumerate(lines) if x.startswith("제3조(행정과)"))
    line = next(i for i, x in enumerate(lines) if x.startswith("제4조(재무과)"))
    rule.text = rule.text.replace("제4조(재무과)", "제3조(재무과)")
    path = tmp_path / "dup.orgdraft"
    save(project, path)
    finding = (
        f"error E-STATUTE-LINE statute_line:rule:{line + 1}: Enforcement Rule of the "
        "Yangpyeong-gun Ordinance on the Establishment of Administrative Organizations line "
        f"{line + 1}: Article 3 appears twice (lines {first + 1} and {line + 1}): correct the "
        "number. Drafting of the Enforcement Rule of the Yangpyeong-gun Ordinance on the "
        "Establishment of Administrative Organizations waits until its text is corrected."
    )
    checked = orgdraft("validate", str(path))
    assert checked.returncode == 1 and finding in checked.stdout.splitlines()
    drafted = orgdraft("draft", str(path))
    assert drafted.returncode == 1 and drafted.stdout == ""
    assert finding in drafted.stderr.splitlines()
    out = tmp_path / "out"
    generated = orgdraft("generate", str(path), "-o", str(out), "--langs", "ko", "--docs", "bill")
    assert generated.returncode == 1 and finding in generated.stderr.splitlines()
    assert "Traceback" not in generated.stderr
    assert not out.exists() or not any(out.iterdir())


def test_validate_lists_a_parse_error_without_the_drafting_that_follows_from_it(tmp_path):
    from desktop.core.projectfile import load, save
    from desktop.paths import sample_path

    # The province's 제5조(감사관), which the changes amend, written 제4조: the drafting from
    # it lost text and gave a bill that does not apply, five errors where one is meant.
    project = load(sample_path("province"))
    source = project.instrument("ordinance")
    source.text = source.text.replace("제5조(감사관)", "제4조(감사관)")
    lines = source.text.splitlines()
    first = next(i for i, x in enumerate(lines) if x.startswith("제4조(홍보기획관)")) + 1
    line = next(i for i, x in enumerate(lines) if x.startswith("제4조(감사관)")) + 1
    path = tmp_path / "dup.orgdraft"
    save(project, path)
    checked = orgdraft("validate", str(path), lang="ko")
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [
        f"오류 E-STATUTE-LINE statute_line:ordinance:{line}: 「경기도 행정기구 및 정원 조례」 "
        f"{line}행: 제4조가 두 번 나옵니다({first}행과 {line}행). 번호를 고치십시오. 「경기도 "
        "행정기구 및 정원 조례」의 개정안은 본문을 고친 뒤에 작성됩니다.",
        "오류 1건, 경고 0건",
    ]
    source.text = source.text.replace("제4조(감사관)", "제5조(감사관)")
    save(project, path)
    corrected = orgdraft("validate", str(path))
    assert corrected.returncode == 0, corrected.stdout
    assert "E-STATUTE-LINE" not in corrected.stdout


def test_generate_sample_writes_documents(tmp_path):
    result = orgdraft(
        "generate", "--sample", "-o", str(tmp_path), "--langs", "ko", "--docs", "bill"
    )
    assert result.returncode == 0, result.stderr
    files = [line for line in result.stdout.splitlines() if line]
    assert files and all(Path(f).is_file() and f.endswith(".docx") for f in files)
    assert any("일부개정조례안" in f for f in files)


def test_generate_refuses_a_project_with_errors(sample_file, tmp_path):
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    data["changes"].append({"type": "rename", "id": "cx", "unit_id": "nope", "name_ko": "X"})
    bad = tmp_path / "e.orgdraft"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "new" / "out"
    result = orgdraft("generate", str(bad), "-o", str(out))
    assert result.returncode == 1
    assert "E-CHANGE-MISSING-UNIT" in result.stderr
    assert not (tmp_path / "new").exists()  # the folders it made for nothing are gone too
    kept = tmp_path / "kept"
    (kept / "notes.txt").parent.mkdir()
    (kept / "notes.txt").write_text("x", encoding="utf-8")
    result = orgdraft("generate", str(bad), "-o", str(kept / "out"))
    assert result.returncode == 1
    assert sorted(p.name for p in kept.iterdir()) == ["notes.txt"]  # an official's folder stays


def test_check_template_on_a_built_in_template():
    from desktop import paths

    result = orgdraft("check-template", str(paths.templates_dir() / "ko" / "bill.docx"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout


def test_apply_prints_the_new_text_the_table_and_located_errors(tmp_path):
    old = tmp_path / "old.txt"
    amendment = tmp_path / "amendment.txt"
    old.write_text(
        "경기도 조례\n제1조(목적) 평생교육국을 둔다. <개정 2020.3.16.>\n"
        "제2조(정원) 10명으로 한다.\n",
        encoding="utf-8",
    )
    amendment.write_text(
        "경기도 조례 일부를 다음과 같이 개정한다.\n\n"
        '제1조 중 "평생교육국"을 "미래평생교육국"으로 한다.\n\n'
        "제1조의2를 다음과 같이 신설한다.\n제1조의2(AI국) AI국을 둔다.\n",
        encoding="cp949",
    )
    result = orgdraft("apply", str(old), str(amendment))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "경기도 조례",
        "",
        "제1조(목적) 미래평생교육국을 둔다. <개정 2020.3.16.>",
        "",
        "제1조의2(AI국) AI국을 둔다.",
        "",
        "제2조(정원) 10명으로 한다.",
    ]
    table = orgdraft("apply", str(old), str(amendment), "--table")
    assert table.returncode == 0, table.stderr
    assert "_미래평생교육국_" in table.stdout and "<신 설>" in table.stdout
    amendment.write_text('제2조 중 "20명"을 "30명"으로 한다.\n', encoding="utf-8")
    bad = orgdraft("apply", str(old), str(amendment))
    assert bad.returncode == 1
    message = 'Sentence 1: "20명" does not occur in Article 2.'
    assert bad.stderr.strip() == f"{amendment}:1:7: error: {message}"  # the quote's column
    bad = orgdraft("apply", str(old), str(amendment), lang="ko")
    assert bad.stderr.strip() == f'{amendment}:1:7: 오류: 문장 1: 제2조에 "20명"이 없습니다.'


def test_apply_tells_a_particle_that_does_not_suit_and_still_prints_the_text(tmp_path):
    """A real bill's slip (한국보훈복지의료공단법, 2011): the replacement leaves 진료을; the text
    applies, so it is printed, and the slip is a warning on the sentence's line and column (the
    quote of the new words, where the particle should go)."""
    old = tmp_path / "old.txt"
    amendment = tmp_path / "amendment.txt"
    old.write_text("가온시 조례\n제16조(보상금) 진료와 정양(靜養)을 행한다.\n", encoding="utf-8")
    amendment.write_text('\n제16조 중 "진료와 정양(靜養)"을 "진료"로 한다.\n', encoding="utf-8")
    result = orgdraft("apply", str(old), str(amendment))
    assert result.returncode == 0, result.stderr
    assert "제16조(보상금) 진료을 행한다." in result.stdout
    assert result.stderr.strip() == (
        f"{amendment}:2:22: warning: Sentence 1: after the replacement Article 16 reads “진료을”, "
        "the particle not suiting the new words; a particle that changes goes inside the "
        'quotes, as the new words take it: "진료와 정양(靜養)을"을 "진료를"로.'
    )
    ko = orgdraft("apply", str(old), str(amendment), lang="ko")
    assert ko.stderr.strip().startswith(f"{amendment}:2:22: 경고: 문장 1: 바꾼 뒤 제16조에서")
    line = amendment.read_text(encoding="utf-8").split("\n")[1]
    assert line[21:].startswith('"진료"로')


def test_validate_imports_only_what_checking_needs(sample_file):
    """No document, chart or window code, and none of the standard modules only saving and
    writing need (argparse would import shutil for its help width)."""
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['validate', {str(sample_file)!r}])\n"
        "heavy = {'shutil', 'tempfile', 'docx', 'docxtpl', 'jinja2', 'lxml', 'PySide6'}\n"
        "print('LOADED', sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    result = run_probe(probe)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_help_is_as_wide_as_the_terminal_says(monkeypatch):
    from desktop import cli

    monkeypatch.setenv("COLUMNS", "50")
    narrow = cli.build_parser().format_help()
    monkeypatch.setenv("COLUMNS", "160")
    wide = cli.build_parser().format_help()
    assert max(map(len, narrow.splitlines())) <= 48 < max(map(len, wide.splitlines()))
    monkeypatch.setenv("COLUMNS", "not a number")
    assert cli._terminal_columns() > 0


def test_a_command_imports_without_collector_passes_then_freezes_what_it_imported(sample_file):
    """validate imports with the cycle collector off, freezes what the imports made (later
    passes skip it) and turns the collector back on for its work; run as a process."""
    probe = (
        "import gc, sys\n"
        "from desktop import cli\n"
        "seen = []\n"
        "real = cli._load\n"
        "cli._load = lambda *a: seen.append(gc.isenabled()) or real(*a)\n"
        f"code = cli.main(['validate', {str(sample_file)!r}])\n"
        "print('STATE', seen, gc.isenabled(), gc.get_freeze_count() > 1000, code)\n"
    )
    result = run_probe(probe)
    assert "STATE [False] True True 0" in result.stdout, result.stdout + result.stderr


def test_importing_freezes_once_and_keeps_the_collector_state():
    import gc

    from desktop import cli

    frozen = gc.get_freeze_count()
    was = gc.isenabled()
    try:
        gc.disable()
        with cli._importing():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: it stays off
        gc.enable()
        with cli._importing():
            assert not gc.isenabled()
        assert gc.isenabled()
        if frozen:  # this process froze before: not again
            assert gc.get_freeze_count() == frozen
    finally:
        if not frozen:
            gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_the_gui_is_told_from_a_command_by_the_parsers_own_commands():
    parser = cli.build_parser()
    assert set(parser._subparsers._group_actions[0].choices) == cli.COMMANDS  # type: ignore[union-attr]
    options = {o for action in parser._actions for o in action.option_strings}
    assert cli._TOP_OPTIONS <= options


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["project.orgdraft"], True),
        (["--lang", "ko", "project.orgdraft"], True),
        (["validate", "project.orgdraft"], False),
        (["--version"], False),
    ],
)
def test_the_gui_starts_without_building_the_command_line(monkeypatch, argv, gui):
    started, built = [], []
    monkeypatch.setattr(cli, "_gui", lambda file, lang: started.append((file, lang)) or 0)
    build = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda lang: built.append(1) or build(lang))
    try:
        cli.main(argv)
    except SystemExit:  # --version, and the commands given no real file
        pass
    assert bool(started) == gui and bool(built) != gui


def test_apply_reads_a_word_statute_and_says_why_a_file_cannot_be_read(tmp_path):
    """The current text saved into Word (its 별표 a Word table) is read as File › New
    reads it; a damaged .docx is told in the official's language."""
    import docx

    old = tmp_path / "old.docx"
    document = docx.Document()
    document.add_paragraph("가온시 지방공무원 정원 조례")
    document.add_paragraph("제1조(정원) 정원은 별표와 같다.")
    document.add_paragraph("[별표] 정원표(제1조 관련)")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "직급", "정원"
    table.cell(1, 0).text, table.cell(1, 1).text = "3급", "2"
    document.save(old)
    amendment = tmp_path / "amendment.txt"
    amendment.write_text('제1조 중 "별표와"를 "별표 1과"로 한다.\n', encoding="utf-8")
    result = orgdraft("apply", str(old), str(amendment))
    assert result.returncode == 0, result.stderr
    assert "제1조(정원) 정원은 별표 1과 같다." in result.stdout
    assert "| 3급 | 2 |" in result.stdout
    old.write_bytes(b"PK\x03\x04 damaged")
    bad = orgdraft("apply", str(old), str(amendment), lang="ko")
    assert bad.returncode != 0
    reason = "읽을 수 있는 Word 문서(.docx)가 아니거나 파일이 손상되었습니다"
    assert bad.stderr.strip() == f"{old}: {reason}"


def test_the_statute_commands_say_which_files_they_read(capsys):
    """`orgdraft apply --help` named its arguments OLD.txt and AMENDMENT.txt and nothing
    else: that a Word or 한/글 file is read as well was not said."""
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "apply", "--help"])
    out = capsys.readouterr().out
    assert out.count("a .txt (UTF-8 or CP949), .docx, .hwpx or .hwp file") == 2


def test_apply_reads_a_sentence_broken_over_lines_and_tells_where_to_check(tmp_path):
    """A 개정문 copied from a PDF, its sentence broken over lines: it applies, and the new
    words that run across a line are a warning at the last word of the line that breaks. The
    page breaks inside words (한 / 다.), so the new words are read without a space there."""
    old = tmp_path / "old.txt"
    amendment = tmp_path / "amendment.txt"
    old.write_text("가온시 조례\n제3조(설치) 시장 밑에 복지국을 둔다.\n", encoding="utf-8")
    amendment.write_text(
        '제3조 중 "복지국"을 "복지국 및 인\n구정책국"으로 한\n다.\n', encoding="utf-8"
    )
    result = orgdraft("apply", str(old), str(amendment), lang="ko")
    assert result.returncode == 0, result.stderr
    assert "제3조(설치) 시장 밑에 복지국 및 인구정책국을 둔다." in result.stdout
    assert result.stderr.strip() == (
        f"{amendment}:1:21: 경고: 문장 1: 새 문구 “복지국 및 인구정책국”의 이 자리에서 줄이 "
        "바뀌어 붙여 읽었습니다. 띄어쓰기가 맞는지 확인하십시오."
    )


def test_apply_reads_a_new_text_broken_over_lines_and_tells_where_to_check(tmp_path):
    """The new article after a sentence, copied from a PDF: the ``다.`` left alone on a line
    and the citation's particle run on without a space; the page is seen to break inside
    words, so ``위`` / ``촉할`` is read without a space too — the one break the lines cannot
    decide, a warning at the last word of its line."""
    old = tmp_path / "old.txt"
    amendment = tmp_path / "amendment.txt"
    old.write_text("가온군 조례\n제6조(위원) 위원은 5명으로 한다.\n", encoding="utf-8")
    amendment.write_text(
        "제6조를 다음과 같이 한다.\n"
        "제6조(위원) 위원은 5명으로 하고 「청년기본법」 제8조\n"
        "에 따라 위원장이 필요한 경우 2명 이내에서 추가로 위\n"
        "촉할 수 있\n"
        "다.\n",
        encoding="utf-8",
    )
    result = orgdraft("apply", str(old), str(amendment), lang="ko")
    assert result.returncode == 0, result.stderr
    assert (
        "제6조(위원) 위원은 5명으로 하고 「청년기본법」 제8조에 따라 위원장이 필요한 경우 2명 "
        "이내에서 추가로 위촉할 수 있다."
    ) in result.stdout
    assert result.stderr.strip() == (
        f"{amendment}:3:30: 경고: 문장 1: 제6조의 새 조문 “위촉할”의 이 자리에서 줄이 "
        "바뀌어 붙여 읽었습니다. 띄어쓰기가 맞는지 확인하십시오."
    )


def test_apply_reads_a_pdf_copy_whose_numbers_are_spaced_and_says_so():
    """A bill OrgDraft wrote for a city, made a PDF and copied back (``제 3 조 중``, ``국장
    1 명을``, lines broken): the new text is the bill's, and the warnings say the numbers were
    read without their spaces and where a line breaks in new words."""
    data = ROOT / "tests" / "data" / "pdfcopy"
    result = orgdraft("apply", str(data / "old.txt"), str(data / "amendment_pdf.txt"), lang="ko")
    assert result.returncode == 0, result.stderr
    assert "제3조(국의 설치) 부시장 밑에 행정국ㆍ복지국ㆍ도시개발국 및 미래전략국을 둔다." in (
        result.stdout
    )
    assert "제6조의2(미래전략국) ① 미래전략국에 국장 1명을 두되, 국장은 지방서기관으로 보한다." in (
        result.stdout
    )
    warnings = result.stderr.strip().split("\n")
    assert warnings[0].startswith(
        f"{data / 'amendment_pdf.txt'}:2:1: 경고: 이 글은 숫자가 앞뒤 글자와 띄어져 있어(제 3 조)"
    )
    assert warnings[1].startswith(f"{data / 'amendment_pdf.txt'}:7:38: 경고: 문장 3:")
    assert len(warnings) == 2
