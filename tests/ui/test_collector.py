"""The garbage-collector policy of the window (:mod:`desktop.ui.collector`) and the jobs that
free their drafting at once (no cycle left for a full collection to find)."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop import paths
from desktop.core.project import DraftInputs
from desktop.core.projectfile import load
from desktop.ui import collector
from desktop.ui.previewjob import PreviewRequest, render_preview


@pytest.fixture
def restored_gc():
    threshold = gc.get_threshold()
    yield
    gc.set_threshold(*threshold)


class _Node:
    pass


def test_settle_freezes_what_is_alive_and_collects_the_young_less_often(restored_gc) -> None:
    collector.settle()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] == collector.YOUNG_THRESHOLD


def test_a_frozen_cycle_dropped_later_is_collected_by_the_next_settle(restored_gc) -> None:
    node = _Node()
    node.self = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    collector.settle()  # frozen while alive
    del node
    gc.collect()
    assert gone() is not None  # a plain collection leaves frozen objects alone
    collector.settle()
    assert gone() is None


def test_the_preview_job_releases_its_drafting(monkeypatch) -> None:
    made: list[weakref.ref] = []
    original = DraftInputs.__init__

    def recording(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(weakref.ref(self))

    monkeypatch.setattr(DraftInputs, "__init__", recording)
    project = load(paths.sample_path())
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = render_preview(project, PreviewRequest("bill", "ko", "ordinance"))
        assert result.error is None and "개정한다" in result.html
        assert made and all(ref() is None for ref in made)  # freed without the collector
    finally:
        if enabled:
            gc.enable()


def test_the_window_collects_once_a_project_is_in_not_for_its_placeholder(
    qtbot, make_window, monkeypatch
) -> None:
    """The untitled placeholder made while the window is built is replaced at once by what
    start() opens: collecting for it would only hold up the start."""
    from desktop.ui import mainwindow
    from tests.ui.conftest import open_project

    settled: list[int] = []
    monkeypatch.setattr(mainwindow.collector, "settle", lambda: settled.append(1))
    window = make_window()
    qtbot.wait(1)  # the event loop runs what the building scheduled
    assert settled == []
    open_project(qtbot, window)
    qtbot.waitUntil(lambda: settled == [1])
