"""Patterns compiled on first use give what ``re.compile`` gives."""

from __future__ import annotations

import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import figures, lazyre, statute_render_en
from desktop.core.drafting import textdiff
from desktop.documents import limits, render

TEXTS = [
    "제5조의2제1항제3호 및 별표 1의2 제3호가목에 따른 「지방자치법」 제2조",
    "2025. 1. 1.(수) 10:30, 031-120-1234, 1월 2일, January 3, 2025, 3 March 2024",
    "[본조신설 2020. 5. 1.] 제2장의2 조직 — 개정 2021. 3. 4.",
    "%-0000010d {x:0000010} 삼천오백만 원, two thousand",
    '<od:part xmlns:od="urn:x-orgdraft:part" n="12"/>\t{_{ x }_}',
    "",
]


def test_a_lazy_pattern_compiles_on_first_use_and_keeps_what_it_used():
    pattern = lazyre.compile(r"(\d+)(조|항)", re.I)
    assert "search" not in vars(pattern)  # nothing compiled yet
    match = pattern.search("제12조")
    assert match is not None and match.groups() == ("12", "조")
    assert vars(pattern)["search"] == re.compile(r"(\d+)(조|항)", re.I).search
    assert pattern.pattern == r"(\d+)(조|항)" and pattern.flags & re.I
    assert pattern.sub(r"\2", "1조 2항") == "조 항"
    assert lazyre.compiled(pattern) is re.compile(r"(\d+)(조|항)", re.I)
    plain = re.compile("x")
    assert lazyre.compiled(plain) is plain
    assert "lazyre.compile" in repr(pattern)
    with pytest.raises(AttributeError):
        pattern.no_such_method  # noqa: B018


def test_a_lazy_pattern_used_from_several_threads_at_once():
    pattern = lazyre.compile(r"[가-힣]+")
    results: list[list[str]] = []
    threads = [
        threading.Thread(target=lambda: results.append(pattern.findall("가나 다라")))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [["가나", "다라"]] * 8


def _module_patterns():
    for module in (textdiff, figures, statute_render_en, limits, render):
        for name, value in vars(module).items():
            if isinstance(value, lazyre.LazyPattern):
                yield f"{module.__name__}.{name}", value
            elif isinstance(value, tuple):  # figures' date tables: (pattern, groups)
                for index, entry in enumerate(value):
                    if isinstance(entry, tuple) and isinstance(entry[0], lazyre.LazyPattern):
                        yield f"{module.__name__}.{name}[{index}]", entry[0]


def test_the_modules_lazy_patterns_match_as_compiled_ones():
    """Every module-level pattern made lazy finds what the compiled pattern finds."""
    found = list(_module_patterns())
    assert len(found) > 30
    for name, lazy in found:
        fresh = lazyre.LazyPattern(*lazy._source)  # not yet used: compiled by this test
        compiled = re.compile(*lazy._source)
        for text in TEXTS:
            assert [m.span() for m in fresh.finditer(text)] == [
                m.span() for m in compiled.finditer(text)
            ], name
            assert bool(fresh.search(text)) == bool(compiled.search(text)), name


def _by_lookahead(terms: frozenset[str], text: str) -> list[tuple[int, str]]:
    """What the comparison table found with a look-ahead regex before (the reference)."""
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return [(m.start(), m.group(1)) for m in re.finditer(f"(?=({alternation}))", text)]


@given(
    st.frozensets(st.text(alphabet="가나다 .(", max_size=4), max_size=6),
    st.text(alphabet="가나다 .(x", max_size=30),
)
@settings(max_examples=300, deadline=None)
def test_atomic_terms_are_found_as_the_look_ahead_found_them(terms, text):
    """The longest atomic term at every position, found without compiling an alternation:
    the same positions and terms as the regex look-ahead it replaces (empty term included)."""
    assert list(textdiff._term_starts(terms, text)) == _by_lookahead(terms, text)


def test_atomic_terms_of_a_real_change():
    terms = frozenset({"행정안전부", "행정안전부장관", "안전부", "국토교통부"})
    text = "행정안전부장관과 국토교통부"
    assert list(textdiff._term_starts(terms, text)) == _by_lookahead(terms, text)
    assert next(iter(textdiff._term_starts(terms, text))) == (0, "행정안전부장관")
