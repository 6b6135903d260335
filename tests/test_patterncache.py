"""The compiled regular expressions kept between runs (desktop.patterncache)."""

from __future__ import annotations

import os
import re
import re._compiler
import textwrap
from pathlib import Path

import pytest

from desktop import patterncache
from desktop.core import lazyre
from tests.cache_runs import off_cold_warm


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty table, the file in ``tmp_path``; re's own cache emptied (it would answer
    before the table is asked)."""
    monkeypatch.setattr(patterncache, "_table", {})
    monkeypatch.setattr(patterncache, "_used", {})
    state = dict(patterncache._state, installed=True, noted=False, path=tmp_path / "t")
    monkeypatch.setattr(patterncache, "_state", state)
    re.purge()
    yield tmp_path / "t"
    re.purge()


def _next_run(path: Path) -> None:
    """What the next process starts with: the file at ``path``, nothing found or noted yet."""
    patterncache._table.clear()
    patterncache._used.clear()
    patterncache._state["noted"] = False
    patterncache._table.update(patterncache._read(path))
    re.purge()


def _import_module(source: str) -> dict:
    """Run ``source`` as the body of a module being imported."""
    namespace = {"__name__": "probe_module"}
    exec(compile(source, "probe_module.py", "exec"), namespace)
    return namespace


def _same(a: re.Pattern, b: re.Pattern) -> bool:
    texts = ("제3조제1항 총무과", "가나다 123", "abc-12 가목", "")
    return (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (
        b.pattern,
        b.flags,
        b.groups,
        dict(b.groupindex),
    ) and all(
        [m.span(0) for m in a.finditer(t)] == [m.span(0) for m in b.finditer(t)] for t in texts
    )


def test_re_compiles_through_the_cache():
    if os.environ.get("ORGDRAFT_NO_PATTERN_CACHE"):
        pytest.skip("the pattern cache is turned off in this environment")
    assert patterncache._state["installed"]  # desktop/__init__ installed it
    assert re._compiler.compile is patterncache.cached_compile


def test_a_modules_pattern_is_noted_then_made_from_the_table(fresh):
    source = "import re\nP = re.compile(r'(?P<조>제\\d+조)(?:제(\\d+)항)?|[가-하]목', re.I)\n"
    first = _import_module(source)["P"]
    key = (first.pattern, int(re.I))
    assert key in patterncache._table and patterncache._state["noted"]
    patterncache.save()
    assert key in patterncache._read(fresh)
    _next_run(fresh)
    second = _import_module(source)["P"]
    assert not patterncache._state["noted"]  # found, not compiled
    assert key in patterncache._used
    plain = patterncache._state["compile"](first.pattern, re.I)
    assert _same(second, plain) and _same(first, plain)
    assert second.match("제3조제2항").group("조") == "제3조"


def test_a_lazy_pattern_is_the_codes_own(fresh):
    pattern = lazyre.compile(r"[가-힣]+과(?=\s|$)")
    assert pattern.findall("총무과 기획과") == ["총무과", "기획과"]
    assert (r"[가-힣]+과(?=\s|$)", 0) in patterncache._table


def test_a_pattern_written_in_the_function_that_uses_it_is_the_codes_own(fresh):
    def split(text: str) -> list[str]:
        return re.split(r"ㆍ| 및 ", text)

    assert split("총무과ㆍ기획과 및 예산과") == ["총무과", "기획과", "예산과"]
    assert (r"ㆍ| 및 ", 0) in patterncache._table


def test_a_pattern_made_from_a_projects_text_is_never_kept(fresh):
    def find(name: str, text: str) -> list[str]:
        return re.findall(re.escape(name) + r"(?:을|를)", text)

    assert find("비밀추진단", "비밀추진단을 둔다") == ["비밀추진단을"]
    assert not patterncache._table and not patterncache._state["noted"]
    patterncache.save()
    assert not fresh.exists()


def test_an_entry_the_engine_refuses_is_compiled_again_and_replaced(fresh):
    source = "import re\nP = re.compile(r'[ㄱ-ㅎ]+\\d')\n"
    key = (r"[ㄱ-ㅎ]+\d", 0)
    patterncache._table[key] = (32, [1, 2, 3], 0, {}, (None,))  # no valid engine code
    pattern = _import_module(source)["P"]
    assert pattern.match("ㄱㄴ1")
    assert patterncache._table[key][1] != [1, 2, 3] and patterncache._state["noted"]


def test_a_corrupt_or_foreign_file_reads_as_empty(tmp_path):
    import marshal

    path = tmp_path / "t"
    magic = patterncache._MAGIC
    for content in (
        b"",
        b"\x00garbage",
        marshal.dumps({("a", 0): (0, [], 0, {}, ())}),  # no magic
        magic,
        magic + b"\xff\x00",
        magic + marshal.dumps([1, 2]),
    ):
        path.write_bytes(content)
        assert patterncache._read(path) == {}
    path.write_bytes(magic + marshal.dumps({("a", 0): (0,), "b": 1, ("c", 0): (1, [], 0, {}, ())}))
    assert list(patterncache._read(path)) == [("c", 0)]
    assert patterncache._read(tmp_path / "missing") == {}


def test_the_file_keeps_this_runs_patterns_first_within_the_limit(fresh, monkeypatch):
    monkeypatch.setattr(patterncache, "MAX_PATTERNS", 2)
    for index in range(3):
        _import_module(f"import re\nP = re.compile(r'old{index}[가-힣]')\n")
    patterncache.save()
    _next_run(fresh)
    assert sorted(patterncache._table) == [("old0[가-힣]", 0), ("old1[가-힣]", 0)]
    _import_module("import re\nP = re.compile(r'new[가-힣]')\n")
    patterncache.save()
    assert list(patterncache._read(fresh)) == [("new[가-힣]", 0), ("old0[가-힣]", 0)]


def test_an_unwritable_folder_is_no_error(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setitem(patterncache._state, "path", blocker / "sub" / "t")
    _import_module("import re\nP = re.compile(r'unwritable[가-힣]')\n")
    patterncache.save()  # no exception
    assert patterncache._state["noted"]  # still to be written


_PROBE = textwrap.dedent(
    """
    import re
    from pathlib import Path
    from desktop import patterncache
    from desktop.core.drafting import amendment_text
    from desktop.core.statute_parse import parse_instrument
    from desktop.core.validate import validate  # more modules' patterns

    data = Path("tests/data/district")
    old = parse_instrument((data / "ordinance.txt").read_text(encoding="utf-8"))[0]
    new_text = (data / "ordinance.txt").read_text(encoding="utf-8")
    new = parse_instrument(new_text.replace("도시국", "도시개발국"))[0]
    print(amendment_text(old, new))
    print(re.findall(re.escape("비밀추진단") + "을", "비밀추진단을 둔다"))
    for p in sorted(re._cache.values(), key=lambda p: (str(p.pattern), p.flags)):
        print(repr(p.pattern)[:200], p.flags, p.groups, sorted(p.groupindex.items()))
    print("found", len(patterncache._used), patterncache._state["noted"])
    """
)


def test_patterns_made_with_and_without_the_cache_are_the_same(tmp_path):
    """The same drafted sentence and the same patterns (source, flags, groups, names), whether
    compiled now (no cache, an empty cache) or made from the file; a project's text never goes
    into the file."""
    outputs = [
        out.rsplit("found", 1)
        for out in off_cold_warm(_PROBE, tmp_path, "ORGDRAFT_NO_PATTERN_CACHE")
    ]
    assert outputs[0][0] == outputs[1][0] == outputs[2][0]
    assert '"도시국"을 "도시개발국"으로' in outputs[0][0]
    used, noted = outputs[2][1].split()
    assert int(used) > 20 and noted == "False"  # the warm run made its patterns from the file
    (kept,) = tmp_path.glob("patterns-*.marshal")
    assert "비밀추진단".encode() not in kept.read_bytes()
