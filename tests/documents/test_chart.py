"""Organization charts: PNG pictures with marked units (needs QtGui, offscreen)."""

from __future__ import annotations

from desktop.chart.orgchart import chart_pngs, marks_after, marks_before
from desktop.core.apply import Action
from desktop.documents.orgtables import png_size


def test_before_and_after_pictures(sample):
    inputs = sample.draft_inputs()
    before, after = chart_pngs(sample.org, inputs.applied, "ko")
    for png in (before, after):
        width, height = png_size(png)
        assert width > 1000 and height > 400
    assert png_size(before) != png_size(after)


def test_marks(sample):
    inputs = sample.draft_inputs()
    after = marks_after(inputs.applied)
    assert after["ai"] == [Action.ESTABLISH]
    assert Action.RENAME in after["edu"]
    assert Action.MOVE in after["youth"]
    before = marks_before(sample.org, inputs.applied)
    assert Action.MOVE in before["youth"]


def test_english_chart(sample):
    _, after = chart_pngs(sample.org, sample.draft_inputs().applied, "en")
    assert after[:8] == b"\x89PNG\r\n\x1a\n"
