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

MAX_ENTRIES = 2000  # the app has about 900; a developer's checkout changes classes often

# The file maps each source to its code, marshalled on its own: reading the file copies bytes,
# and only the methods a run creates are unmarshalled (a command creates half of them).
_stored: dict[str, bytes] = {}
_codes: dict[str, CodeType] = {}  # compiled or unmarshalled in this run
_state: dict[str, Any] = {"installed": False, "missed": False, "path": None}


def cache_file() -> Path:
    from desktop import paths

    tag = sys.implementation.cache_tag or "python"
    magic = importlib.util.MAGIC_NUMBER.hex()
    return paths.cache_dir() / f"dataclass-methods-{tag}-{magic}.marshal"


def cached_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec(source, globals, locals)``, with the code of a source string compiled once."""
    if not isinstance(source, str):
        return builtins.exec(source, globals, locals)
    code = _codes.get(source)
    if code is None:
        code = _codes[source] = _stored_code(source) or _compile(source)
    return builtins.exec(code, globals, locals)


def _stored_code(source: str) -> CodeType | None:
    blob = _stored.get(source)
    if blob is None:
        return None
    try:
        code = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


def _compile(source: str) -> CodeType:
    _state["missed"] = True
    # exactly what exec(source) compiles in dataclasses (no __future__ flags of this module)
    return compile(source, "<string>", "exec", dont_inherit=True)


def _read(path: Path) -> dict[str, bytes]:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {
        source: blob
        for source, blob in table.items()
        if isinstance(source, str) and isinstance(blob, bytes)
    }


def save() -> None:
    """Write the table back when this run compiled something new (best effort, never raises):
    this run's methods first, then those of other runs, at most :data:`MAX_ENTRIES`."""
    path = _state["path"]
    if not _state["missed"] or path is None:
        return
    kept = {source: marshal.dumps(code) for source, code in _codes.items()}
    for source, blob in _stored.items():
        if len(kept) >= MAX_ENTRIES:
            break
        kept.setdefault(source, blob)
    from desktop.paths import write_cache_file

    try:
        data = marshal.dumps(kept)
    except ValueError:
        return
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
    _stored.update(_read(path))
    dataclasses.exec = cached_exec  # type: ignore[attr-defined]  # the module's global
    atexit.register(save)
