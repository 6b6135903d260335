"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern is pure Python in :mod:`re` (parsing, then the code generation): the
drafting modules' module-level patterns took tens of milliseconds of every command, most of
them never used by a given command (``orgdraft validate`` on the sample uses none of the
comparison table's citation patterns). :func:`compile` returns a stand-in that compiles on
the first attribute asked of it and then keeps that attribute, so that ``PATTERN.search(…)``
costs what it costs on a compiled pattern from the second call on.

A stand-in is not a :class:`re.Pattern`: give ``PATTERN.search(text)``, not
``re.search(PATTERN, text)``; :func:`compiled` gives the compiled pattern where one is
needed.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """``re.compile(pattern, flags)`` done on first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only called for what is not kept yet: compile (re's own cache makes a second
        # compile, from another thread meanwhile, a dictionary lookup) and keep it.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(re.compile(*self._source), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazyre.compile({self._source[0]!r}, {self._source[1]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # as re.compile
    """A pattern compiled when first used; use it as the compiled pattern."""
    return LazyPattern(pattern, flags)


def compiled(pattern: LazyPattern | re.Pattern[str]) -> re.Pattern[str]:
    """The compiled pattern of ``pattern`` (itself when it is compiled already)."""
    if isinstance(pattern, LazyPattern):
        return re.compile(*pattern._source)
    return pattern
