"""Limits on what a template may do while it renders, so that one cannot hang or exhaust the app.

Officials may point OrgDraft at their office's template folder, so a template is input like any
other. On top of Jinja's sandbox (no ``__class__``, no unsafe calls), :class:`LimitedEnvironment`

- refuses, before computing it, any ``*``, ``**``, ``+``, ``%``, ``~``, call or filter whose
  result would exceed :data:`MAX_TEXT` characters or items or :data:`MAX_BITS` bits
  (``{{ 'a' * 10**9 }}``, ``{{ 7**(10**9) }}``, ``'x'.ljust(10**9)``, ``'%999999999d'|format``);
  because these operators are intercepted, Jinja's optimiser never folds them at compile time;
- counts steps (every call, filter, operator, attribute lookup and loop iteration) against a
  budget of :data:`MAX_STEPS` per render, and checks a wall-clock deadline (:data:`MAX_SECONDS`)
  as it counts: two nested ``range(99999)`` loops end after a few million steps, within seconds;
- caps ``range`` at :data:`MAX_RANGE` items and a whole rendered part at :data:`MAX_OUTPUT`;
- refuses ``include``, ``import`` and ``extends`` (a DOCX template is one file; there is nothing
  in its folder it could include).

A breach raises :class:`LimitExceeded` (a :class:`jinja2.exceptions.SecurityError`), which the
renderer reports as a template error with the file and the paragraph. Everything runs in the
rendering thread, so it works the same on Windows and in the frozen app (no worker process).
"""

from __future__ import annotations

import operator
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import markup_join
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from desktop.core import lazyre

MAX_TEXT = 2_000_000  # characters of one string, items of one list, made by the template
MAX_OUTPUT = 50_000_000  # characters of one rendered part (a 300-page bill is about 5 million)
MAX_BITS = 4096  # of an integer a template computes
MAX_RANGE = 100_000
MAX_STEPS = 1_000_000  # the built-in templates take fewer than ten per document
MAX_SECONDS = 10.0
_WIDTH = lazyre.compile(r"%[-+ #0]*(?:\*|\d{6,})|%[-+ #0]*\d*\.(?:\*|\d{6,})|\{[^{}]*:[^{}]*\d{6,}")

STEP_BUDGET = "__steps__"  # the global that wraps the iterable of every for loop


class LimitExceeded(SecurityError):
    """The template went past a limit; ``what`` says which (an English phrase)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _Budget(threading.local):
    steps = 0
    limit = 0  # 0: no render is running on this thread (lint, compile-time folding)
    deadline = 0.0


_budget = _Budget()


class budget:
    """Count the steps of the renders inside the ``with`` block against one budget."""

    def __init__(self, steps: int = MAX_STEPS, seconds: float = MAX_SECONDS) -> None:
        self.steps, self.seconds = steps, seconds

    def __enter__(self) -> budget:
        self._saved = (_budget.steps, _budget.limit, _budget.deadline)
        _budget.steps, _budget.limit = 0, self.steps
        _budget.deadline = time.monotonic() + self.seconds
        return self

    def __exit__(self, *_exc: object) -> None:
        _budget.steps, _budget.limit, _budget.deadline = self._saved


def step(count: int = 1) -> None:
    """Count ``count`` steps of the running render; raise when the budget is spent."""
    if not _budget.limit:
        return
    _budget.steps += count
    if _budget.steps > _budget.limit:
        raise LimitExceeded(f"more than {_budget.limit:,} steps")
    if _budget.steps & 0x3FF == 0 and time.monotonic() > _budget.deadline:
        raise LimitExceeded("more time than allowed")


def _counted(iterable: Any) -> Iterator[Any]:
    """The items of a for loop's iterable, each counted as a step."""
    for item in iterable:
        step()
        yield item


def size(value: Any, _depth: int = 0) -> int:
    """How big a value is, for the limits: characters of a string, items of a list (and of
    the strings in it, which a join would copy)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, list | tuple | set | frozenset | dict):
        total = len(value)
        if _depth < 2:
            for item in list(value)[:10_000] if len(value) > 10_000 else value:
                total += size(item, _depth + 1)
                if total > MAX_TEXT * 4:
                    break
        return total
    return 0


def _check_size(result_size: int, what: str) -> None:
    if result_size > MAX_TEXT:
        raise LimitExceeded(f"{what} would make {result_size:,} characters or items")


def _check_int(value: Any, what: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        raise LimitExceeded(f"{what} with the number {value:,}")


def _check_format(text: Any, what: str) -> None:
    if isinstance(text, str) and _WIDTH.search(text):
        raise LimitExceeded(f"{what} with a field width that is too large")


def _repeat_size(left: Any, right: Any) -> int | None:
    """The size of ``left * right`` when it repeats a sequence, else ``None``."""
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple | bytes) and isinstance(times, int):
            return len(seq) * max(times, 0)
    return None


def _binop_guard(op: str, left: Any, right: Any) -> None:
    step()
    if op == "*":
        repeated = _repeat_size(left, right)
        if repeated is not None:
            _check_size(repeated, "'*'")
        elif isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_BITS:
                raise LimitExceeded("'*' would make a number that is too large")
    elif op == "**":
        if isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
            if right > 0 and right * left.bit_length() > MAX_BITS:
                raise LimitExceeded("'**' would make a number that is too large")
        elif isinstance(left, float) or isinstance(right, float):
            if isinstance(right, int | float) and abs(right) > MAX_BITS:
                raise LimitExceeded("'**' with too large an exponent")
    elif op == "+":
        if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            _check_size(size(left) + size(right), "'+'")
    elif op == "%" and isinstance(left, str):
        _check_format(left, "'%'")
        _check_size(len(left) + size(right), "'%'")
    elif op == "//" and isinstance(left, int) and isinstance(right, int):
        pass  # never larger than its operands


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "**": operator.pow,
    "%": operator.mod,
}


def _call_guard(obj: Any, args: tuple, kwargs: dict) -> None:
    step()
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    values = (*args, *kwargs.values())
    for value in values:
        _check_int(value, f"{name}()")
    if isinstance(owner, str):
        if name in ("format", "format_map"):
            _check_format(owner, f"{name}()")
        if name == "join" and args and isinstance(args[0], list | tuple):
            _check_size(size(args[0]) + len(owner) * len(args[0]), "join()")
        if name == "replace" and len(args) >= 2:
            old, new = args[0], args[1]
            if isinstance(new, str) and isinstance(old, str):
                grows = (len(owner) + 1) * len(new) if not old else len(owner) * len(new)
                _check_size(len(owner) + grows, "replace()")


MAX_FILTER_NUMBER = 10_000  # a width, a count or a length given to a filter


def _limited_filter(func: Callable) -> Callable:
    name = getattr(func, "__name__", "")

    def limited(*args: Any, **kwargs: Any) -> Any:
        step()
        values = [v for v in (*args, *kwargs.values()) if not hasattr(v, "environment")]
        for value in values:
            if isinstance(value, int) and not isinstance(value, bool):
                if abs(value) > MAX_FILTER_NUMBER:
                    raise LimitExceeded(f"a filter with the number {value:,}")
        texts = [v for v in values if isinstance(v, str)]
        if "format" in name and texts:
            _check_format(texts[0], "format")
        if "join" in name and values and isinstance(values[0], list | tuple):
            sep = values[1] if len(values) > 1 and isinstance(values[1], str) else ""
            _check_size(size(values[0]) + len(sep) * len(values[0]), "join")
        if "indent" in name and texts:
            width = next((v for v in values if isinstance(v, int)), 4)
            _check_size(len(texts[0]) + texts[0].count("\n") * max(width, len(texts[-1])), name)
        result = func(*args, **kwargs)
        if isinstance(result, str | list | tuple):
            _check_size(len(result), "a filter")
        return result

    limited.__dict__.update(getattr(func, "__dict__", {}))  # jinja_pass_arg (context …)
    limited.__name__ = name or "filter"
    limited.__wrapped__ = func  # type: ignore[attr-defined]
    return limited


def safe_range(*args: int) -> range:
    """``range`` with at most :data:`MAX_RANGE` items (a ``LimitExceeded``, not an
    ``OverflowError``, beyond)."""
    for value in args:
        if not isinstance(value, int) or isinstance(value, bool):
            raise LimitExceeded("range() of something that is not a whole number")
        if abs(value) > 2**62:
            raise LimitExceeded(f"range() up to {value:,}")
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise LimitExceeded(f"range() of {len(rng):,} items (at most {MAX_RANGE:,})")
    return rng


safe_range.__name__ = "range"  # as messages name it


def limited_concat(parts: Iterable[Any]) -> str:
    """``"".join`` that stops at :data:`MAX_OUTPUT` characters (a rendered part, a macro's
    output)."""
    total, pieces = 0, []
    for piece in parts:
        total += len(piece)
        if total > MAX_OUTPUT:
            raise LimitExceeded(f"output of more than {MAX_OUTPUT:,} characters")
        pieces.append(piece)
    return "".join(pieces)


def _concat_guard(*values: Any) -> str:
    """``a ~ b``: Jinja's own join (escaping as it does), after the size check."""
    step()
    _check_size(sum(len(v) if isinstance(v, str) else len(str(v)) for v in values), "'~'")
    return markup_join(values)


class _Limits(NodeTransformer):
    """Every for loop counts its items; every ``~`` checks the size first."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        node = self.generic_visit(node)
        node.iter = nodes.Call(
            nodes.Name(STEP_BUDGET, "load"), [node.iter], [], None, None, lineno=node.lineno
        )
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        node = self.generic_visit(node)
        return nodes.Call(
            nodes.Name("__concat__", "load"), list(node.nodes), [], None, None, lineno=node.lineno
        )


class LimitedEnvironment(SandboxedEnvironment):
    """The sandbox with the limits of this module (see the module docstring)."""

    intercepted_binops = frozenset(_BINOPS)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = safe_range
        self.globals.pop("lipsum", None)  # lorem ipsum of any length: not for documents
        self.globals[STEP_BUDGET] = _counted
        self.globals["__concat__"] = _concat_guard
        self.filters = {name: _limited_filter(f) for name, f in self.filters.items()}
        self.concat = limited_concat  # type: ignore[assignment]

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        _binop_guard(operator_, left, right)
        return _BINOPS[operator_](left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _call_guard(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, str | list | tuple):
            _check_size(len(result), "a call")
        return result

    def wrap_str_format(self, value: Any) -> Any:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__, f"{value.__name__}()")
        return wrapped

    def getattr(self, obj: Any, attribute: str) -> Any:
        step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        step()
        return super().getitem(obj, argument)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        ast = super()._parse(source, name, filename)
        for node in ast.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            refused = LimitExceeded(f"'{type(node).__name__.lower()}' is not supported")
            refused.lineno = node.lineno  # type: ignore[attr-defined]
            raise refused
        return _Limits().visit(ast)
