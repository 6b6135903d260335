"""The compiled methods of OrgDraft's dataclasses, kept on disk between runs.

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

The cache is best effort: a file that is missing, unreadable, corrupt or unwritable only
means compiling as usual; it is written whole (temporary name, then renamed). Nothing but the
compile step changes: the methods, their names, their defaults and globals are the ones
:mod:`dataclasses` makes.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

MAX_MODULES = 400  # the app has about 60 modules with dataclasses; a checkout renames some
_MAGIC = b"OrgDraft dataclass methods 2\n"
_SIZE = 4  # bytes of the index's length, after the magic

# The file: the magic, the length of the index, the index (module → offset and length of its
# part, after the index), then each module's part: {source: code}, marshalled.
_parts: dict[str, memoryview] = {}  # module → its part in the file, not yet read
_found: dict[str, dict[str, CodeType]] = {}  # module → the methods its part holds
_made: dict[str, dict[str, CodeType]] = {}  # module → the methods this run made (found or compiled)
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
    made = _made.get(module)
    if made is None:
        made = _made[module] = {}
        _found[module] = _read_part(module)
    code = made.get(source)
    if code is None:
        code = made[source] = _found[module].get(source) or _compile(source)
    return builtins.exec(code, globals, locals)


def _read_part(module: str) -> dict[str, CodeType]:
    """The methods the file keeps for ``module`` (none when its part is missing or corrupt)."""
    part = _parts.pop(module, None)
    if part is None:
        return {}
    from desktop.paths import marshalled_dict

    return {
        source: code
        for source, code in marshalled_dict(part).items()
        if isinstance(source, str) and isinstance(code, CodeType)
    }


def _compile(source: str) -> CodeType:
    _state["missed"] = True
    # exactly what exec(source) compiles in dataclasses (no __future__ flags of this module)
    return compile(source, "<string>", "exec", dont_inherit=True)


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
    atexit.register(save)
