"""The compiled methods of OrgDraft's dataclasses (and PySide6's embedded sources), kept on
disk between runs.

Python's :mod:`dataclasses` writes the source of every generated method (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, a frozen class's ``__setattr__`` …) and compiles it
with ``exec`` when the class is created, that is at import: for OrgDraft's ~150 dataclasses
about 530 compiles, a quarter of what importing the core costs, paid again by every command
and every start of the window. The source of a method depends only on the class's fields and
options, so the same source compiles to the same code every time.

:func:`install` gives :mod:`dataclasses` an ``exec`` that looks the source up in a table of
compiled code read from the user's cache folder (:func:`desktop.paths.cache_dir`), compiles
what it does not find (exactly as ``exec`` would: the file name ``<string>``), and executes
the code in the namespaces given, as ``exec`` does. What was compiled in a run is written back
when the process ends. The table is keyed by the source text itself, so a changed class never
meets a stale method; the file is named by the interpreter's bytecode tag and magic number
(code objects are not portable between Python versions).

The table is kept by module (the ``__name__`` of the globals :mod:`dataclasses` passes), and a
module's part is unmarshalled when its first dataclass is made: a run reads the methods of the
modules it imports, not the whole table (the window's start imports a quarter of them). The
part of a module made in a run is written back as that run made it (a changed class leaves no
stale method behind); the parts of the modules a run did not import are kept as they were.

The same table keeps the code of the Python sources that PySide6's binding library carries in
its binary and compiles at every start (see "PySide6's start" below), in parts of their own.

The cache is best effort: a file that is missing, unreadable, corrupt or unwritable only
means compiling as usual; it is written whole (temporary name, then renamed). Nothing but the
compile step changes: the methods, their names, their defaults and globals are the ones
:mod:`dataclasses` makes.
"""

from __future__ import annotations
import __future__

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

MAX_MODULES = 400  # the app has about 60 modules with dataclasses; a checkout renames some
_MAGIC = b"OrgDraft dataclass methods 2\n"
_SIZE = 4  # bytes of the index's length, after the magic

# The file: the magic, the length of the index, the index (module → offset and length of its
# part, after the index), then each module's part: {source: code}, marshalled.
_parts: dict[str, memoryview] = {}  # module → its part in the file, not yet read
_found: dict[str, dict[str | bytes, CodeType]] = {}  # module → the methods its part holds
# module → the methods this run made (found or compiled)
_made: dict[str, dict[str | bytes, CodeType]] = {}
_state: dict[str, Any] = {"installed": False, "missed": False, "path": None}


def cache_file() -> Path:
    from desktop import paths

    tag = sys.implementation.cache_tag or "python"
    magic = importlib.util.MAGIC_NUMBER.hex()
    return paths.cache_dir() / f"dataclass-methods-v2-{tag}-{magic}.marshal"


def cached_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec(source, globals, locals)``, with the code of a source string compiled once."""
    if not isinstance(source, str):
        return builtins.exec(source, globals, locals)
    module = globals.get("__name__", "") if isinstance(globals, dict) else ""
    return builtins.exec(_code(module, source, _compile_method), globals, locals)


def _code(part: str, source: str | bytes, make: Callable[[Any], CodeType]) -> CodeType:
    """The code of ``source`` kept in ``part`` of the table, made by ``make`` when it is not."""
    made = _made.get(part)
    if made is None:
        made = _made[part] = {}
        _found[part] = _read_part(part)
    code = made.get(source)
    if code is None:
        code = _found[part].get(source)
        if code is None:
            _state["missed"] = True
            code = make(source)
        made[source] = code
    return code


def _read_part(module: str) -> dict[str | bytes, CodeType]:
    """The methods the file keeps for ``module`` (none when its part is missing or corrupt)."""
    part = _parts.pop(module, None)
    if part is None:
        return {}
    from desktop.paths import marshalled_dict

    return {
        source: code
        for source, code in marshalled_dict(part).items()
        if isinstance(source, str | bytes) and isinstance(code, CodeType)
    }


def _compile_method(source: str) -> CodeType:
    # exactly what exec(source) compiles in dataclasses (no __future__ flags of this module)
    return compile(source, "<string>", "exec", dont_inherit=True)


# -- PySide6's start -----------------------------------------------------------------------
# The first import of PySide6 runs the Python sources of shiboken's signature module (the
# binding library's), which are embedded in its binary, through ``compile``: 14 files, 120 KB
# of source, about 15 ms, a fifth of what importing Qt costs. Python's bytecode cache never
# sees them (they are not files); this table keeps their code too, by file name, the flags
# they are compiled with and the source text itself (another PySide6 is another source). The
# hook is in place from :func:`install` (before Qt is imported) to the first ``compile`` of
# anything else, and it compiles that exactly as ``compile`` would.

_SHIBOKEN_FILES = ("signature_bootstrap.py", "shibokensupport/")
# The flags ``compile`` takes from the code that calls it, unless told not to (PyCF_MASK)
_INHERITED = 0
for _feature in (
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
):
    _INHERITED |= getattr(__future__, _feature).compiler_flag
_builtin_compile = builtins.compile


def _start_compile(
    source: Any,
    filename: Any,
    mode: str,
    flags: int = 0,
    dont_inherit: bool = False,
    optimize: int = -1,
    **kwargs: Any,
) -> Any:
    """``compile`` while PySide6 starts: shiboken's embedded sources from the table, anything
    else compiled as usual (and the hook removed)."""
    caller = sys._getframe(0).f_back  # the code the built-in would take flags from
    if not dont_inherit and caller is not None:
        flags |= caller.f_code.co_flags & _INHERITED
    if (
        isinstance(source, str | bytes)
        and isinstance(filename, str)
        and filename.startswith(_SHIBOKEN_FILES)
        and mode == "exec"
        and not kwargs
    ):

        def make(text: str | bytes) -> CodeType:
            return _builtin_compile(text, filename, mode, flags, True, optimize)

        return _code(f"<shiboken> {filename} {flags} {optimize}", source, make)
    if builtins.compile is _start_compile:
        builtins.compile = _builtin_compile
    return _builtin_compile(source, filename, mode, flags, True, optimize, **kwargs)


def _read(path: Path) -> dict[str, memoryview]:
    """Each module's part of the file at ``path`` (nothing when it is missing or corrupt)."""
    try:
        data = memoryview(path.read_bytes())
    except OSError:
        return {}
    start = len(_MAGIC) + _SIZE
    if bytes(data[: len(_MAGIC)]) != _MAGIC or len(data) < start:
        return {}
    end = start + int.from_bytes(data[len(_MAGIC) : start], "little")
    from desktop.paths import marshalled_dict

    parts = {}
    for module, place in marshalled_dict(data[start:end]).items():
        if (
            isinstance(module, str)
            and isinstance(place, tuple)
            and len(place) == 2
            and all(isinstance(n, int) and n >= 0 for n in place)
            and end + place[0] + place[1] <= len(data)
        ):
            parts[module] = data[end + place[0] : end + place[0] + place[1]]
    return parts


def _pack(parts: dict[str, bytes]) -> bytes:
    """The file holding ``parts`` (module → its marshalled part), in this order."""
    index, offset = {}, 0
    for module, part in parts.items():
        index[module] = (offset, len(part))
        offset += len(part)
    head = marshal.dumps(index)
    return b"".join([_MAGIC, len(head).to_bytes(_SIZE, "little"), head, *parts.values()])


def save() -> None:
    """Write the table back when this run compiled something new (best effort, never raises):
    the modules this run made dataclasses in as it made them, then the others' parts as they
    were, at most :data:`MAX_MODULES`."""
    path = _state["path"]
    if not _state["missed"] or path is None:
        return
    kept: dict[str, bytes] = {}
    try:
        for module, codes in list(_made.items()):
            if codes:
                kept[module] = marshal.dumps(codes)
        for module, part in list(_parts.items()):
            if len(kept) >= MAX_MODULES:
                break
            kept.setdefault(module, bytes(part))
        data = _pack(kept)
    except ValueError:
        return
    from desktop.paths import write_cache_file

    if not write_cache_file(path, data):
        return
    _state["missed"] = False


def install() -> None:
    """Use the kept code for the dataclasses created from now on (once per process)."""
    if _state["installed"] or os.environ.get("ORGDRAFT_NO_CLASS_CACHE"):
        return
    _state["installed"] = True
    try:
        path = cache_file()
    except (OSError, RuntimeError, KeyError):  # no home folder
        return
    _state["path"] = path
    _parts.update(_read(path))
    dataclasses.exec = cached_exec  # type: ignore[attr-defined]  # the module's global
    if "shiboken6" not in sys.modules:  # PySide6's start is still to come
        builtins.compile = _start_compile
    atexit.register(save)
