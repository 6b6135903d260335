"""The corpus test's rate, repeated in the terminal summary (also without ``-s``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

_LINES = pytest.StashKey[list[str]]()


@pytest.fixture
def corpus_report(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a line for the terminal summary."""
    return request.config.stash.setdefault(_LINES, []).append


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    for line in config.stash.get(_LINES, []):
        terminalreporter.write_line(line)
