"""Organization charts: PNG pictures with marked units (needs QtGui, offscreen)."""

from __future__ import annotations

from desktop.chart.orgchart import chart_pngs, marks_after, marks_before
from desktop.core import kinds
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
    assert after["ai"] == [kinds.ESTABLISH]
    assert kinds.RENAME in after["edu"]
    assert kinds.MOVE in after["youth"]
    before = marks_before(sample.org, inputs.applied)
    assert kinds.MOVE in before["youth"]


def test_english_chart(sample):
    _, after = chart_pngs(sample.org, sample.draft_inputs().applied, "en")
    assert after[:8] == b"\x89PNG\r\n\x1a\n"


def test_vice_governors_wrap_into_rows_so_a_large_chart_stays_legible(sample):
    from desktop.chart.orgchart import _Chart, _Style

    inputs = sample.draft_inputs()
    style = _Style(scale=1.0)
    chart = _Chart(inputs.applied.org, marks_after(inputs.applied), "ko", "", style)
    width, height = chart.layout()
    step = style.column + style.gap
    assert width <= style.max_columns * step + style.gap  # 13 bureau columns, 8 in a row
    assert len(chart.wrapped) == 2  # two rows of vice governors, both on the trunk
    assert height < 1.2 * width  # fits a page instead of a banner
    boxes = {b.unit.id: b.rect for b in chart.boxes}
    # no connecting line crosses a box: the trunk runs in the left margin
    for x1, y1, x2, y2 in chart.lines:
        if x1 == x2:  # vertical
            for rect in boxes.values():
                crosses = rect.left() < x1 < rect.right()
                inside = max(y1, y2) > rect.top() + 1 and min(y1, y2) < rect.bottom() - 1
                assert not (crosses and inside), (x1, y1, y2, rect)


def test_english_names_break_between_words():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetricsF

    from desktop.chart.orgchart import _wrap

    metrics = QFontMetricsF(QFont())
    word_wrap = int(Qt.TextFlag.TextWordWrap)
    assert _wrap("Public Relations Office", 200, metrics) & word_wrap
    assert not _wrap("경기북부특별자치도추진단", 40, metrics) & word_wrap
