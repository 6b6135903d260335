"""The compiled regular expressions of the code, kept on disk between runs.

Compiling a regular expression is pure Python in :mod:`re` (the parser, then the code
generator; a character class with Hangul in it fills a table of 65,536 entries): about 160
patterns and 40 ms of ``orgdraft validate``, and 25 ms of the window's start, most of them
PySide6's own (shiboken's signature module compiles three large ones when it is imported).
For one version of Python, what the generator makes of a pattern and its flags is the same
every time: the arguments it gives ``_sre.compile``, the engine's C function that makes the
pattern object.

:func:`install` puts a wrapper in place of ``re._compiler.compile``, the step behind
:func:`re.compile` and :mod:`re`'s own cache. A pattern found in the table is made by
``_sre.compile`` from what the table keeps (the engine checks that code before it accepts
it); one not found is compiled as usual, and what the generator then gives ``_sre.compile``
is noted. Only the code's own patterns are noted, never one made from a project's text:
those compiled while a module is being imported (module-level constants, OrgDraft's and the
libraries') and OrgDraft's patterns compiled on first use (:mod:`desktop.core.lazyre`). What
a run found or noted is written back when the process ends, then the rest of the table, at
most :data:`MAX_PATTERNS`.

The file is named by the Python version and the engine's magic number. The cache is best
effort, like :mod:`desktop.classcache`: a file that is missing, unreadable or corrupt, an
entry the engine refuses, or a folder that cannot be written only means compiling as usual.
``ORGDRAFT_NO_PATTERN_CACHE=1`` turns it off.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re._compiler as _compiler
import sys
from _thread import get_ident
from types import FrameType, SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

MAX_PATTERNS = 1000  # the window and every command together keep about 300 (one file of 250 KB)
_MAGIC = b"OrgDraft compiled patterns 1\n"
_LAZY_MODULE = "desktop.core.lazyre"  # its patterns are the code's own, compiled on first use
_RE_MODULES = frozenset(("re", "re._compiler"))  # between the caller and the compile

# (pattern, flags asked) → what the generator gave _sre.compile after the pattern: the flags,
# the code, the number of groups, the group names and the names by number
Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
_table: dict[tuple[str | bytes, int], Entry] = {}
_used: dict[tuple[str | bytes, int], Entry] = {}  # what this run found or noted
_state: dict[str, Any] = {"installed": False, "noted": False, "path": None, "compile": None}
# thread → the pattern it is compiling, when that pattern is to be noted (threading.local would
# import threading, which nothing else of a command imports)
_noting: dict[int, tuple[str | bytes, int]] = {}


def cache_file() -> Path:
    from desktop import paths

    version = f"{sys.implementation.cache_tag or 'python'}-{sys.hexversion:x}-{_sre.MAGIC}"
    return paths.cache_dir() / f"patterns-v1-{version}.marshal"


def _key(pattern: Any, flags: Any) -> tuple[str | bytes, int] | None:
    if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return None  # a parsed pattern (re.Scanner), or one whose compiling prints its code
    return (pattern, int(flags))


def _the_codes_own(pattern: str | bytes, frame: FrameType | None) -> bool:
    """Whether ``pattern``, compiled under ``frame``, is the code's own: a constant of the
    function that asked :mod:`re` for it (``re.sub(r"…", …)``), or asked for while a module is
    imported (a module's body other than the script's), or by :mod:`desktop.core.lazyre`."""
    while frame is not None and frame.f_globals.get("__name__") in _RE_MODULES:
        frame = frame.f_back
    if frame is not None and pattern in frame.f_code.co_consts:
        return True
    while frame is not None:
        name = frame.f_globals.get("__name__")
        if name == _LAZY_MODULE:
            return True
        if frame.f_code.co_name == "<module>" and name != "__main__":
            return True
        frame = frame.f_back
    return False


def cached_compile(pattern: Any, flags: Any = 0) -> Any:
    """``re._compiler.compile(pattern, flags)``, from the table when the pattern is in it."""
    key = _key(pattern, flags)
    if key is not None:
        entry = _table.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except Exception:  # refused by the engine (a stale or damaged entry): compile it
                del _table[key]
            else:
                _used[key] = entry
                return compiled
        if _the_codes_own(pattern, sys._getframe(1)):
            _noting[get_ident()] = key
    try:
        return _state["compile"](pattern, flags)
    finally:
        _noting.pop(get_ident(), None)


def _noting_compile(pattern: Any, *arguments: Any) -> Any:
    """``_sre.compile`` as ``re._compiler`` calls it, noting what it is given when the pattern
    being compiled is to be kept and the arguments are those this module knows (the flags, the
    code, the number of groups, the names, the names by number; another Python's are not
    noted)."""
    compiled = _sre.compile(pattern, *arguments)
    key = _noting.get(get_ident())
    if key is not None and key[0] is pattern:
        del _noting[get_ident()]
        if [type(value) for value in arguments[2:]] == [int, dict, tuple]:
            flags, code, groups, groupindex, indexgroup = arguments
            _table[key] = _used[key] = (
                int(flags),
                [int(op) for op in code],
                groups,
                groupindex.copy(),
                indexgroup,
            )
            _state["noted"] = True
    return compiled


def _read(path: Path) -> dict[tuple[str | bytes, int], Entry]:
    """The table kept at ``path`` (empty when it is missing, corrupt or of another layout)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_MAGIC):
        return {}
    from desktop.paths import marshalled_dict

    return {
        key: entry
        for key, entry in marshalled_dict(memoryview(data)[len(_MAGIC) :]).items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], (str, bytes))
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
    }


def save() -> None:
    """Write the table back when this run noted a pattern (best effort, never raises): what
    this run found or noted, then the rest, at most :data:`MAX_PATTERNS`."""
    path = _state["path"]
    if not _state["noted"] or path is None:
        return
    kept = dict(list(_used.items())[:MAX_PATTERNS])
    for key, entry in list(_table.items()):
        if len(kept) >= MAX_PATTERNS:
            break
        kept.setdefault(key, entry)
    try:
        data = _MAGIC + marshal.dumps(kept)
    except ValueError:
        return
    from desktop.paths import write_cache_file

    if write_cache_file(path, data):
        _state["noted"] = False


def install() -> None:
    """Make the code's patterns from the table from now on (once per process)."""
    if _state["installed"] or os.environ.get("ORGDRAFT_NO_PATTERN_CACHE"):
        return
    if not callable(getattr(_compiler, "compile", None)) or _compiler._sre is not _sre:
        return  # another Python's layout, or someone else's wrapper
    _state["installed"] = True
    try:
        path = cache_file()
    except (OSError, RuntimeError, KeyError):  # no home folder
        return
    _state["path"] = path
    _table.update(_read(path))
    _state["compile"] = _compiler.compile
    engine = SimpleNamespace(**{name: getattr(_sre, name) for name in dir(_sre)})
    engine.compile = _noting_compile
    _compiler._sre = engine  # the module's global: the generator's last step
    _compiler.compile = cached_compile  # what re.compile and re's own cache call
    atexit.register(save)
