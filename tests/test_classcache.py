"""The compiled dataclass methods kept between runs (desktop.classcache)."""

from __future__ import annotations

import dataclasses
import marshal
import textwrap
from pathlib import Path

import pytest

from desktop import classcache
from tests.cache_runs import off_cold_warm


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty table, compiles counted, the file in ``tmp_path``."""
    monkeypatch.setattr(classcache, "_made", {})
    monkeypatch.setattr(classcache, "_found", {})
    monkeypatch.setattr(classcache, "_parts", {})
    monkeypatch.setattr(
        classcache, "_state", {"installed": True, "missed": False, "path": tmp_path / "t"}
    )
    compiles: list[str] = []

    def counting(source, *args, **kwargs):
        compiles.append(source)
        return compile(source, *args, **kwargs)

    monkeypatch.setattr(classcache, "compile", counting, raising=False)
    return compiles


def _next_run(path: Path) -> None:
    """What the next process starts with: the file at ``path``, nothing made yet."""
    classcache._made.clear()
    classcache._found.clear()
    classcache._parts.clear()
    classcache._parts.update(classcache._read(path))


def _module(name: str) -> dict:
    return {"__name__": name}


def test_dataclasses_use_the_cache():
    assert classcache._state["installed"]  # desktop/__init__ installed it
    assert dataclasses.exec is classcache.cached_exec  # type: ignore[attr-defined]


def test_a_source_compiles_once_and_runs_in_the_namespaces_given(fresh):
    source = "def __create_fn__(x):\n def f(self):\n  return x\n return f"
    for value in (1, 2):
        ns: dict = {}
        classcache.cached_exec(source, {}, ns)
        assert ns["__create_fn__"](value)(None) == value
    assert fresh == [source]
    assert classcache._state["missed"]


def test_code_objects_and_bytes_go_to_exec_unchanged(fresh):
    ns: dict = {}
    classcache.cached_exec(compile("y = 3", "<x>", "exec"), {}, ns)
    assert ns["y"] == 3 and fresh == []


def test_the_table_is_written_back_and_read_again(fresh, tmp_path):
    source = "def __create_fn__():\n def g(self):\n  return 7\n return g"
    classcache.cached_exec(source, _module("m"), {})
    classcache.save()
    assert list(classcache._read(tmp_path / "t")) == ["m"]
    assert not classcache._state["missed"]
    _next_run(tmp_path / "t")
    ns: dict = {}
    classcache.cached_exec(source, _module("m"), ns)
    assert ns["__create_fn__"]()(None) == 7
    assert fresh == [source]  # compiled by the first run only
    assert not classcache._state["missed"]


def test_nothing_is_written_when_everything_was_found(fresh, tmp_path):
    classcache.save()
    assert not (tmp_path / "t").exists()


def test_a_corrupt_or_foreign_file_reads_as_empty(tmp_path):
    path = tmp_path / "t"
    magic = classcache._MAGIC
    for content in (
        b"",
        b"\x00garbage",
        marshal.dumps([1, 2]),
        marshal.dumps({"a": b"1"}),  # the first version's table
        magic,
        magic + b"\xff\xff\xff\x00",
        magic + (3).to_bytes(4, "little") + b"abc",
        magic
        + len(marshal.dumps({"m": (0, 99)})).to_bytes(4, "little")
        + marshal.dumps({"m": (0, 99)}),
    ):
        path.write_bytes(content)
        assert classcache._read(path) == {}
    assert classcache._read(tmp_path / "missing") == {}


def test_a_corrupt_part_is_compiled_again_and_replaced(fresh, tmp_path):
    (tmp_path / "t").write_bytes(classcache._pack({"m": b"\x00not code"}))
    _next_run(tmp_path / "t")
    ns: dict = {}
    classcache.cached_exec("v = 5", _module("m"), ns)
    assert ns["v"] == 5 and fresh == ["v = 5"]
    classcache.save()
    _next_run(tmp_path / "t")
    classcache.cached_exec("v = 5", _module("m"), {})
    assert fresh == ["v = 5"]


def test_only_the_parts_of_the_modules_a_run_imports_are_unmarshalled(fresh, tmp_path):
    parts = {
        f"m{i}": marshal.dumps({f"z{i} = {i}": compile(f"z{i} = {i}", "<string>", "exec")})
        for i in range(3)
    }
    (tmp_path / "t").write_bytes(classcache._pack(parts))
    _next_run(tmp_path / "t")
    ns: dict = {}
    classcache.cached_exec("z1 = 1", _module("m1"), ns)
    assert ns["z1"] == 1 and fresh == []
    assert sorted(classcache._parts) == ["m0", "m2"]  # still unread
    assert list(classcache._made) == ["m1"]
    assert not classcache._state["missed"]


def test_an_unwritable_folder_is_no_error(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setitem(classcache._state, "path", blocker / "sub" / "t")
    classcache.cached_exec("x = 1", {}, {})
    classcache.save()  # no exception
    assert classcache._state["missed"]  # still to be written


def test_a_module_is_kept_as_this_run_made_it_and_the_others_as_they_were(fresh, tmp_path):
    old = {
        "a = 1": compile("a = 1", "<string>", "exec"),
        "b = 2": compile("b = 2", "<string>", "exec"),
    }
    other = {"c = 3": compile("c = 3", "<string>", "exec")}
    (tmp_path / "t").write_bytes(
        classcache._pack({"m": marshal.dumps(old), "n": marshal.dumps(other)})
    )
    _next_run(tmp_path / "t")
    classcache.cached_exec("a = 1", _module("m"), {})  # found
    classcache.cached_exec("b = 20", _module("m"), {})  # the class changed: compiled
    classcache.save()
    parts = classcache._read(tmp_path / "t")
    assert list(parts) == ["m", "n"]
    assert sorted(marshal.loads(parts["m"])) == ["a = 1", "b = 20"]  # "b = 2" is gone
    assert list(marshal.loads(parts["n"])) == ["c = 3"]


def test_the_file_keeps_this_runs_modules_first_within_the_limit(fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(classcache, "MAX_MODULES", 2)
    parts = {f"m{i}": marshal.dumps({f"z{i} = {i}": compile("0", "<s>", "exec")}) for i in range(3)}
    (tmp_path / "t").write_bytes(classcache._pack(parts))
    _next_run(tmp_path / "t")
    classcache.cached_exec("a = 1", _module("new"), {})
    classcache.save()
    assert list(classcache._read(tmp_path / "t")) == ["new", "m0"]


_PROBE = textwrap.dedent(
    """
    import inspect
    from desktop.core.org import Unit, UnitKind
    from desktop.core.findings import Place, PlaceKind
    def unit():
        return Unit(id="a", kind=UnitKind.DIVISION, name_ko="총무과")
    u = unit()
    p = Place(PlaceKind.UNIT, "a")
    try:
        p.ref = "b"
    except Exception as exc:
        frozen = type(exc).__name__
    print(repr(u) == repr(unit()), u == unit(),
          hash(p) == hash(Place(PlaceKind.UNIT, "a")), frozen,
          inspect.signature(Unit), Unit.__init__.__annotations__, repr(p))
    """
)


def test_classes_made_with_and_without_the_cache_are_the_same(tmp_path):
    """The same signatures, annotations, equality, hashing, frozenness and repr, whether the
    methods were compiled now (no cache, an empty cache) or read from the file."""
    outputs = off_cold_warm(_PROBE, tmp_path, "ORGDRAFT_NO_CLASS_CACHE")
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].startswith("True True True FrozenInstanceError")
    assert list(tmp_path.glob("dataclass-methods-*.marshal"))


_QT_PROBE = textwrap.dedent(
    """
    import desktop
    from desktop import classcache
    real, compiled = classcache._builtin_compile, []
    def counting(source, filename, *args, **kwargs):
        compiled.append(filename)
        return real(source, filename, *args, **kwargs)
    classcache._builtin_compile = counting
    import PySide6.QtCore
    embedded = [f for f in compiled if f.startswith(classcache._SHIBOKEN_FILES)]
    parts = {k: p for k, p in classcache._made.items() if k.startswith("<shiboken> ")}
    same = all(
        code == real(source, code.co_filename, "exec", int(k.split()[2]), True)
        for k, part in parts.items()
        for source, code in part.items()
    )
    print(len(embedded), len(parts), same, PySide6.QtCore.QObject.__name__)
    """
)


def test_pyside6s_embedded_sources_are_compiled_once(tmp_path):
    """PySide6's first import compiles the sources shiboken carries in its binary: the first
    run compiles them (and keeps their code), the next takes the same code from the file; the
    cache off, they are compiled by the built-in itself."""
    off, cold, warm = (
        line.split() for line in off_cold_warm(_QT_PROBE, tmp_path, "ORGDRAFT_NO_CLASS_CACHE")
    )
    assert off == ["0", "0", "True", "QObject"]  # the hook is not there: nothing passed by it
    files = int(cold[0])
    assert files > 5 and cold[1:] == [str(files), "True", "QObject"]
    assert warm == ["0", str(files), "True", "QObject"]


def test_anything_else_is_compiled_as_compile_would_and_the_hook_steps_aside(monkeypatch):
    """The hook passes other code to the built-in with the caller's own ``__future__`` flags
    (this module's annotations), and puts the built-in back."""
    import builtins

    monkeypatch.setattr(builtins, "compile", classcache._start_compile)
    source = "def f(x: not_defined) -> also_not: pass\n"
    code = compile(source, "<probe>", "exec")
    assert builtins.compile is classcache._builtin_compile
    expected = classcache._builtin_compile(source, "<probe>", "exec")
    assert code == expected and code.co_flags == expected.co_flags
    namespace: dict = {}
    exec(code, namespace)  # the annotations are not evaluated: this module's __future__
    assert namespace["f"].__annotations__ == {"x": "not_defined", "return": "also_not"}
    again = classcache._start_compile(source, "<probe>", "exec", dont_inherit=True)
    plain = compile(source, "<probe>", "exec", 0, True)  # no __future__: not the same code
    assert again == plain and again.co_flags == plain.co_flags != code.co_flags
