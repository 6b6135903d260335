"""Organization charts (조직도) drawn with QPainter on a QImage — QtGui only, no widgets.

The layout is the one Korean governments print: the governor on top; the units that report
to the governor directly in a row below; then each vice-governor over the columns of their
offices and bureaus, every bureau's divisions stacked under it; agencies, field offices and
the council secretariat in a last row. Changed units are marked by colour *and* by a text
mark (``[신설]``, ``[명칭변경]``, ``[이관]``, ``[폐지]`` …) so that a black-and-white print still
shows them. :func:`chart_pngs` draws the before and after charts of a reorganization.

Qt needs a ``QGuiApplication``; :func:`ensure_app` creates one when none exists, on the
``offscreen`` platform when there is no display (the CLI on a server).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
)

from desktop.chart.fonts import hangul_family
from desktop.chart.png import png_rgb
from desktop.core.apply import ApplyResult
from desktop.core.kinds import ABOLISH, STRUCTURAL, Action
from desktop.core.org import LOCAL_KINDS, Level, Organization, Unit, UnitKind, chart_titles
from desktop.i18n import Pair, pick

_APP: QGuiApplication | None = None


_SIDE_KINDS = {UnitKind.AGENCY, UnitKind.FIELD_OFFICE, UnitKind.COUNCIL_SECRETARIAT}
# 행정시, 일반구 and 읍·면·동 (LOCAL_KINDS, 하부행정기관): a row of their own below the agencies


def _mark_word(action: Action, lang: str) -> str:
    """``신설`` / ``New``: the action's mark in the chart's language."""
    word = action.word(lang)
    return word if lang == "ko" else word[:1].upper() + word[1:]


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _APP
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("create the Qt application (ensure_app) on the main thread first")
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QGuiApplication([sys.argv[0] if sys.argv else "orgdraft"])
    atexit.register(_shutdown)
    return _APP


def _shutdown() -> None:
    """Destroy our application before the interpreter tears down (else PySide6 may crash at
    exit when the object outlives the modules it needs)."""
    global _APP
    if _APP is not None:
        _APP.shutdown()
        _APP = None


def korean_font(pixel_size: int, bold: bool = False) -> QFont:
    """A font that has Hangul: 맑은 고딕 on Windows, Nanum or Noto elsewhere, else any font
    that covers Korean (:func:`desktop.chart.fonts.hangul_family` warns once)."""
    family = hangul_family().family
    font = QFont(family) if family else QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
PAGE_BOX = (260.0, 140.0)  # mm: an A4 landscape text area less the caption (orgtables)


def _wrap(text: str, width: float, metrics: QFontMetricsF) -> int:
    """Break lines between words ("Public Relations / Office", never "Offic / e"); a word
    wider than the box (a long Korean name without spaces) may break anywhere."""
    fits = all(metrics.horizontalAdvance(word) <= width for word in text.split())
    return _CENTRE | int(Qt.TextFlag.TextWordWrap if fits else Qt.TextFlag.TextWrapAnywhere)


@dataclass
class _Box:
    """A unit's box in the chart and where it is drawn."""

    unit: Unit
    rect: QRectF = field(default_factory=QRectF)


@dataclass
class _Style:
    """The chart's measures: scale, column width, gaps, sizes and how many columns fit a
    row."""

    scale: float = 2.0
    column: float = 118.0
    gap: float = 10.0
    box_min: float = 30.0
    pad: float = 4.0
    row_gap: float = 26.0
    text_px: float = 11.0
    max_columns: int = 8  # bureau columns in a row before the next vice governor wraps

    def __post_init__(self) -> None:
        for name in ("column", "gap", "box_min", "pad", "row_gap", "text_px"):
            setattr(self, name, getattr(self, name) * self.scale)


@dataclass(frozen=True)
class _Part:
    """What one page of a chart shows: the governor's row (with the units under the governor
    directly), the groups of these vice governors (indexes; ``None``: all), the agencies' row."""

    top: bool = True
    groups: tuple[int, ...] | None = None
    side: bool = True


class _Members(NamedTuple):
    """The units of a chart's part by row: the governor (none on a later page), the units
    under the governor directly, the vice governors shown with their bureaus, the agencies'
    row and the 읍·면·동."""

    head: Unit | None
    direct: list[Unit]
    vgs: list[Unit]
    bureaus: list[list[Unit]]
    side: list[Unit]
    local: list[Unit]


def local_row_label(kinds: Iterable[UnitKind], lang: str) -> str:
    """The heading of the chart's row of 하부행정기관: ``행정시`` for a 특별자치도's 행정시,
    ``구`` for a 시's 일반구, ``읍ㆍ면ㆍ동`` for 읍·면·동, joined when the row holds more than
    one (``구ㆍ읍ㆍ면ㆍ동``)."""
    kinds = set(kinds)
    labels = []
    if UnitKind.ADMIN_CITY in kinds:
        labels.append(("행정시", "Administrative cities"))
    if UnitKind.GU in kinds:
        labels.append(("구", "Districts"))
    if UnitKind.SUB_MUNICIPAL in kinds or not labels:
        labels.append(("읍ㆍ면ㆍ동", "Eup, Myeon and Dong"))
    return pick("ㆍ".join(ko for ko, _en in labels), ", ".join(en for _ko, en in labels), lang)


def _members(org: Organization, part: _Part) -> _Members:
    roots = org.children(None)
    head_unit = roots[0] if roots else None
    children = org.children(head_unit.id) if head_unit else []
    rest = roots[1:]
    vgs = [u for u in children if u.kind is UnitKind.VICE_GOVERNOR]
    side = [u for u in children + rest if u.kind in _SIDE_KINDS]
    local = [u for u in children + rest if u.kind in LOCAL_KINDS]
    placed = {u.id for u in (*vgs, *side, *local)}  # ids, not Unit.__eq__ on every field
    direct = [u for u in children + rest if u.id not in placed]
    if part.groups is not None:
        vgs = [vg for index, vg in enumerate(vgs) if index in part.groups]
    if not part.top:
        head_unit, direct = None, []
    if not part.side:
        side, local = [], []
    bureaus = [list(org.children(vg.id)) for vg in vgs]
    return _Members(head_unit, direct, vgs, bureaus, side, local)


class _Measure:
    """The chart's two fonts and what their text measures, kept: choosing the layout of a
    chart lays it out once for every row width and page split, and each layout measures every
    box's label again — the same few hundred labels at the same two widths. ``labels`` keeps
    the label of each unit id: one measure serves the charts of one organization with the
    same marks in one language."""

    def __init__(self, pixel_size: int) -> None:
        self.font = korean_font(pixel_size)
        self.bold = korean_font(pixel_size, bold=True)
        self.metrics = {False: QFontMetricsF(self.font), True: QFontMetricsF(self.bold)}
        self._flags: dict[tuple[str, bool, float], int] = {}
        self._heights: dict[tuple[str, bool, float], float] = {}
        self.labels: dict[str, str] = {}
        self.bold_ids: dict[str, bool] = {}  # whether a unit's label is bold, by unit id
        self.box_heights: dict[tuple[str, float, float, float], float] = {}
        self.label_widths: dict[str, float] = {}  # a label's widest line, by unit id
        self.members: dict[_Part, _Members] = {}  # the units of each part, by row

    def flags(self, text: str, bold: bool, width: float) -> int:
        """The alignment and wrap flags of ``text`` in a box ``width`` wide (:func:`_wrap`)."""
        key = (text, bold, width)
        flags = self._flags.get(key)
        if flags is None:
            flags = self._flags[key] = _wrap(text, width, self.metrics[bold])
        return flags

    def text_height(self, text: str, bold: bool, width: float) -> float:
        """The height of ``text`` wrapped in a box ``width`` wide."""
        key = (text, bold, width)
        height = self._heights.get(key)
        if height is None:
            flags = self.flags(text, bold, width)
            rect = self.metrics[bold].boundingRect(QRectF(0, 0, width, 10_000), flags, text)
            height = self._heights[key] = rect.height()
        return height


class _Chart:
    def __init__(
        self,
        org: Organization,
        marks: dict[str, list[Action]],
        lang: str,
        title: str,
        style: _Style,
        part: _Part = _Part(),
        measure: _Measure | None = None,
    ) -> None:
        self.org, self.marks, self.lang, self.title, self.s = org, marks, lang, title, style
        self.part = part
        self.measure = measure or _Measure(int(style.text_px))
        self.font, self.bold = self.measure.font, self.measure.bold
        self.metrics = self.measure.metrics[False]
        self.boxes: list[_Box] = []
        self.lines: list[tuple[float, float, float, float]] = []
        self.side_label: QRectF | None = None
        self.local_label: QRectF | None = None
        self.local_kinds: frozenset[UnitKind] = frozenset()

    # -- text and boxes ----------------------------------------------------------------------
    def label(self, unit: Unit) -> str:
        name = self.measure.labels.get(unit.id)
        if name is not None:
            return name
        name = Pair.of(unit, "name").pick(self.lang)
        marks = [a for a in self.marks.get(unit.id, []) if a.structural]
        if marks:
            words = [_mark_word(a, self.lang) for a in marks]
            name += "\n" + "".join(f"[{w}]" for w in dict.fromkeys(words))
        self.measure.labels[unit.id] = name
        return name

    def font_of(self, unit: Unit) -> QFont:
        """Bold for the governor, the vice governors and every unit the changes touch."""
        return self.bold if self.is_bold(unit) else self.font

    def is_bold(self, unit: Unit) -> bool:
        bold = self.measure.bold_ids.get(unit.id)
        if bold is None:
            top = unit.kind in (UnitKind.GOVERNOR, UnitKind.VICE_GOVERNOR)
            bold = top or any(a.structural for a in self.marks.get(unit.id, []))
            self.measure.bold_ids[unit.id] = bold
        return bold

    def height(self, unit: Unit, width: float) -> float:
        """The height of ``unit``'s box ``width`` wide (kept by the measure: the layout search
        places the same boxes at the same widths again and again)."""
        pad, box_min = self.s.pad, self.s.box_min
        key = (unit.id, width, pad, box_min)
        height = self.measure.box_heights.get(key)
        if height is None:
            inner = width - 2 * pad
            used = self.measure.text_height(self.label(unit), self.is_bold(unit), inner)
            height = self.measure.box_heights[key] = max(box_min, used + 2 * pad)
        return height

    def place(self, unit: Unit, x: float, y: float, width: float | None = None) -> _Box:
        width = width or self.s.column
        box = _Box(unit, QRectF(x, y, width, self.height(unit, width)))
        self.boxes.append(box)
        return box

    def column(self, unit: Unit, x: float, y: float) -> tuple[_Box, float]:
        """A unit with its divisions stacked under it; returns the head and the bottom."""
        head = self.place(unit, x, y)
        bottom = head.rect.bottom()
        divisions = [u for u in self.org.children(unit.id) if u.kind.level is Level.DIVISION]
        inset = self.s.column * 0.1
        for division in divisions:
            box = self.place(division, x + inset, bottom + self.s.gap * 0.6, self.s.column - inset)
            self.lines.append((x + inset / 2, bottom, x + inset / 2, box.rect.center().y()))
            self.lines.append(
                (x + inset / 2, box.rect.center().y(), box.rect.left(), box.rect.center().y())
            )
            bottom = box.rect.bottom()
        return head, bottom

    def bus(self, parent: _Box, children: list[_Box]) -> None:
        """Lines from a parent down to a row of children."""
        if not children:
            return
        top = min(c.rect.top() for c in children)
        mid = parent.rect.bottom() + (top - parent.rect.bottom()) / 2
        px = parent.rect.center().x()
        self.lines.append((px, parent.rect.bottom(), px, mid))
        xs = [c.rect.center().x() for c in children] + [px]
        self.lines.append((min(xs), mid, max(xs), mid))
        for child in children:
            cx = child.rect.center().x()
            self.lines.append((cx, mid, cx, child.rect.top()))

    def branch(self, children: list[_Box]) -> None:
        """A row of vice governors: a bus above them, reached from the trunk. The trunk runs
        down the left margin, so it never crosses the units hanging from the governor."""
        mid = min(c.rect.top() for c in children) - self.s.row_gap / 2
        right = max(c.rect.center().x() for c in children)
        self.lines.append((self.s.gap / 2, mid, right, mid))
        for child in children:
            cx = child.rect.center().x()
            self.lines.append((cx, mid, cx, child.rect.top()))
        self.wrapped.append(mid)

    def trunk(self, governor: _Box | None, top: float) -> None:
        """From the governor down the left margin to the bus of every row of vice governors;
        on a page without the governor, from the top of the chart (it continues there)."""
        if not self.wrapped:
            return
        x = self.s.gap / 2
        if governor is not None:
            top = governor.rect.center().y()
            self.lines.append((governor.rect.left(), top, x, top))
        self.lines.append((x, top, x, max(self.wrapped)))

    # -- layout ------------------------------------------------------------------------------
    def members(self) -> _Members:
        """The units of this chart's part, row by row (kept by the measure, per part)."""
        members = self.measure.members.get(self.part)
        if members is None:
            members = self.measure.members[self.part] = _members(self.org, self.part)
        return members

    def arrangement(self) -> tuple[tuple[int, ...], int, tuple[float, int], tuple[float, int]]:
        """What the layout takes from the row width (``max_columns``): how many vice governors
        each row holds, how many columns wide the chart is and the boxes of the rows outside
        the tree (agencies, 읍·면·동): their width and how many a line holds (:meth:`grid`).
        Two charts of one part with the same arrangement are laid out alike."""
        m = self.members()
        rows, across, columns = self.columns()
        grids = self.grid(m.side, across), self.grid(m.local, across)
        return tuple(len(row) for row in rows), columns, *grids

    def columns(self) -> tuple[list[list[tuple[Unit, list[Unit]]]], int, int]:
        """The rows of vice governors, the columns the rows outside the tree wrap at and the
        columns of the chart: the tree's, or the rows' outside it when they are wider."""
        m = self.members()
        rows = _pack(m.vgs, m.bureaus, self.s.max_columns)
        tree = _tree_columns(m.direct, rows)
        across = max(tree, self.s.max_columns)  # the rows outside the tree wrap at the width
        return rows, across, max(tree, min(len(m.side), across), min(len(m.local), across))

    def grid(self, units: list[Unit], across: int) -> tuple[float, int]:
        """The boxes of a row outside the tree (the agencies', the 읍·면·동) within ``across``
        columns: their width and how many a line holds. A row that fits keeps the columns'
        width; a longer one gets boxes as narrow as its longest name allows (half a column at
        least), in as few lines as fit, so that the chart stays on its page (a long row of a
        column's boxes made a page of its own)."""
        s = self.s
        if len(units) <= across:
            return s.column, len(units)  # one line, however wide the chart
        longest = max(self.label_width(unit) for unit in units) + 4 * s.pad  # some air
        width = min(s.column, max(s.column / 2, longest))
        fits = max(1, int((across * (s.column + s.gap)) // (width + s.gap)))
        lines = -(-len(units) // fits)
        return width, -(-len(units) // lines)  # lines alike: 8, 8, 8 rather than 11, 11, 2

    def label_width(self, unit: Unit) -> float:
        """The width of ``unit``'s label on one line (its widest line with a mark)."""
        widths = self.measure.label_widths
        width = widths.get(unit.id)
        if width is None:
            metrics = self.measure.metrics[self.is_bold(unit)]
            lines = self.label(unit).split("\n")
            width = widths[unit.id] = max(metrics.horizontalAdvance(line) for line in lines)
        return width

    def outside_row(self, units: list[Unit], across: int, y: float, width: float) -> QRectF:
        """A row outside the tree from ``y`` in a chart ``width`` wide: its label on a line of
        its own above it (never cut off; returned) and its boxes in centred lines within
        ``across`` columns (:meth:`grid`)."""
        s = self.s
        box, per_line = self.grid(units, across)
        step = box + s.gap
        left = width / 2 - min(len(units), per_line) * step / 2 + s.gap / 2
        label = QRectF(left, y, width - left - s.gap, s.text_px * 1.6)
        y += s.text_px * 2
        for start in range(0, len(units), per_line):
            line = units[start : start + per_line]
            x = width / 2 - len(line) * step / 2 + s.gap / 2
            placed = [self.place(unit, x + index * step, y, box) for index, unit in enumerate(line)]
            y = max(b.rect.bottom() for b in placed) + s.gap * 0.6  # as divisions stack
        return label

    def layout(self) -> tuple[float, float]:
        s = self.s
        self.boxes, self.lines, self.side_label, self.local_label = [], [], None, None
        step = s.column + s.gap
        head_unit, direct, _vgs, _bureaus, side, local = self.members()
        rows, across, columns = self.columns()
        self.wrapped: list[float] = []  # the y of each vice governors' row bus, for the trunk
        width = columns * step + s.gap
        y = s.gap + s.text_px * 2.2
        governor = self.place(head_unit, width / 2 - s.column / 2, y) if head_unit else None
        chart_top = y
        y = (governor.rect.bottom() + s.row_gap) if governor else y + s.row_gap / 2
        heads, bottom = [], y
        x0 = width / 2 - len(direct) * step / 2 + s.gap / 2
        for index, unit in enumerate(direct):
            head, low = self.column(unit, x0 + index * step, y)
            heads.append(head)
            bottom = max(bottom, low)
        y = bottom + s.row_gap if direct else y
        row_bottom = y
        for row in rows:
            span = sum(max(len(group), 1) for _vg, group in row) * step - s.gap
            x = width / 2 - span / 2
            boxes = []
            for vg, group in row:
                group_span = max(len(group), 1) * step - s.gap
                vg_box = self.place(vg, x + group_span / 2 - s.column / 2, y)
                boxes.append(vg_box)
                cols = []
                for index, bureau in enumerate(group):
                    top = vg_box.rect.bottom() + s.row_gap
                    head, low = self.column(bureau, x + index * step, top)
                    cols.append(head)
                    row_bottom = max(row_bottom, low)
                self.bus(vg_box, cols)
                x += group_span + s.gap
            if governor and len(rows) == 1 and not direct:
                self.bus(governor, boxes)  # nothing to cross: straight down, as a bureau's
            else:
                self.branch(boxes)
            y = row_bottom + s.row_gap
        if governor:
            self.bus(governor, heads)
        self.trunk(governor, chart_top)
        # the rows outside the tree below it (one gap, with or without deputies' rows); on a
        # page of their own, from the top
        y = (row_bottom + s.row_gap if rows else y) if self.boxes else chart_top
        if side:
            self.side_label = self.outside_row(side, across, y, width)
        if local:
            y = max((b.rect.bottom() + s.row_gap for b in self.boxes), default=y)
            self.local_label = self.outside_row(local, across, y, width)
            self.local_kinds = frozenset(u.kind for u in local)
        bottom = max((b.rect.bottom() for b in self.boxes), default=y)
        return width, bottom + s.gap + s.text_px * 2.4

    # -- painting ----------------------------------------------------------------------------
    def paint(self) -> QImage:
        width, height = self.layout()
        image = QImage(int(width), int(height), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(QPen(QColor("#555555"), max(1.0, self.s.scale * 0.7)))
        for x1, y1, x2, y2 in self.lines:
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        for box in self.boxes:
            actions = [a for a in self.marks.get(box.unit.id, []) if a.structural]
            fill = QColor(actions[0].fill) if actions else QColor("white")
            top = box.unit.kind in (UnitKind.GOVERNOR, UnitKind.VICE_GOVERNOR)
            if top and not actions:
                fill = QColor("#EDEDED")
            border = QColor("#000000") if actions else QColor("#333333")
            pen = QPen(border, self.s.scale * (1.6 if actions else 0.8))
            if ABOLISH in actions:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRect(box.rect)
            font = self.font_of(box.unit)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            inner = box.rect.adjusted(self.s.pad, self.s.pad, -self.s.pad, -self.s.pad)
            text = self.label(box.unit)
            flags = self.measure.flags(text, self.is_bold(box.unit), inner.width())
            painter.drawText(inner, flags, text)
        if self.side_label is not None:
            painter.setFont(self.bold)
            text = pick("직속기관·사업소·의회", "Agencies, field offices and council", self.lang)
            painter.drawText(
                self.side_label,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        if self.local_label is not None:
            painter.setFont(self.bold)
            painter.drawText(
                self.local_label,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                local_row_label(self.local_kinds, self.lang),
            )
        painter.setFont(korean_font(int(self.s.text_px * 1.4), bold=True))
        painter.drawText(
            QRectF(self.s.gap, self.s.gap / 2, width, self.s.text_px * 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        self.legend(painter, height)
        painter.end()
        return image

    def legend(self, painter: QPainter, height: float) -> None:
        used = {a for acts in self.marks.values() for a in acts}
        x, y = self.s.gap, height - self.s.text_px * 2
        painter.setFont(self.font)
        for action in STRUCTURAL:
            if action not in used:
                continue
            size = self.s.text_px
            painter.setPen(QPen(QColor("black"), self.s.scale))
            painter.setBrush(QColor(action.fill))
            painter.drawRect(QRectF(x, y, size * 1.4, size))
            text = f"[{_mark_word(action, self.lang)}]"
            painter.drawText(
                QRectF(x + size * 1.8, y - size * 0.3, size * 10, size * 1.6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += size * 1.8 + QFontMetricsF(self.font).horizontalAdvance(text) + size * 1.5


PT_MM = 25.4 / 72  # one printed point in millimetres
MIN_PRINTED_PT = 8.0  # the smallest text a printed chart may have


def printed_pt(chart_px: tuple[float, float], text_px: float, page: tuple[float, float]) -> float:
    """The printed size (pt) of text ``text_px`` high in a chart of ``chart_px`` pixels shown
    as large as fits the ``page`` box (width, height, mm)."""
    mm_per_px = min(page[0] / chart_px[0], page[1] / chart_px[1])
    return text_px * mm_per_px / PT_MM


def _best(
    org: Organization,
    marks: dict[str, list[Action]],
    lang: str,
    title: str,
    scale: float,
    page: tuple[float, float],
    part: _Part,
    measure: _Measure | None = None,
) -> tuple[float, _Chart]:
    """The chart of ``part`` with the row width that shows it largest in the ``page`` box,
    and its smallest text's printed size (pt); ``measure``: text measured before (the same
    scale's fonts)."""
    best: tuple[float, _Chart] | None = None
    measure = measure or _Measure(int(_Style(scale=scale).text_px))
    tried = set()
    for limit in _row_limits(org):
        style = _Style(scale=scale, max_columns=limit)
        chart = _Chart(org, marks, lang, title, style, part, measure)
        arrangement = chart.arrangement()
        if arrangement in tried:  # laid out alike at a wider limit: the same size, not larger
            continue
        tried.add(arrangement)
        size = printed_pt(chart.layout(), chart.s.text_px, page)
        if best is None or size > best[0] * 1.001:  # ties: the fewer rows
            best = (size, chart)
    assert best is not None
    return best


def chart_png(
    org: Organization,
    marks: dict[str, list[Action]],
    lang: str = "ko",
    title: str = "",
    scale: float = 2.0,
    page: tuple[float, float] = PAGE_BOX,
) -> bytes:
    """The chart of ``org`` as PNG bytes; ``marks`` maps unit ids to the actions to show.

    The vice governors' rows wrap at the number of bureau columns that lets the chart appear
    largest in a box of the ``page`` proportions (width, height)."""
    ensure_app()
    return png_bytes(_best(org, marks, lang, title, scale, page, _Part())[1].paint())


def _tree_columns(direct: list[Unit], rows: list[list[tuple[Unit, list[Unit]]]]) -> int:
    """How many columns the tree takes: the units under the head directly, or the widest row
    of vice governors with their bureaus."""
    widest = max((sum(max(len(g), 1) for _vg, g in row) for row in rows), default=0)
    return max(len(direct), widest, 1)


def _vice_governors(org: Organization) -> list[Unit]:
    head = org.children(None)
    if not head:
        return []
    return [u for u in org.children(head[0].id) if u.kind is UnitKind.VICE_GOVERNOR]


def page_parts(
    org: Organization,
    marks: dict[str, list[Action]],
    lang: str,
    page: tuple[float, float] = PAGE_BOX,
    min_pt: float = MIN_PRINTED_PT,
    best: Callable[[_Part], tuple[float, _Chart]] | None = None,
) -> list[_Part]:
    """The pages a chart is split over so that its text prints at ``min_pt`` or larger: the
    whole chart when it fits; else the governor's row first, then as many vice governors'
    groups as fit on each page, the rows outside the tree (the agencies', the 읍·면·동) on
    the last page, else on the governor's (they hang from the governor), else on a page of
    their own (a chart with nothing but them on its last page is cut in two). A
    group too large for a page at ``min_pt`` gets a page to itself; a vice governor with no
    units under it stays on the page of the one before it, though that page print smaller.
    ``best``: the chart of a part and its printed text size (by default :func:`_best`)."""
    best = best or _best_of(org, marks, lang, page)

    def size(part: _Part) -> float:
        return best(part)[0]

    if size(_Part()) >= min_pt:
        return [_Part()]
    vgs = _vice_governors(org)
    parts: list[_Part] = []
    current = _Part(top=True, groups=(), side=False)
    for index, vg in enumerate(vgs):
        wider = _Part(current.top, (*(current.groups or ()), index), False)
        alone = not org.children(vg.id)  # never a page of its own, away from its peers
        if size(wider) >= min_pt or not (current.top or current.groups) or alone:
            current = wider
        else:
            parts.append(current)
            current = _Part(False, (index,), False)
    with_side = _Part(current.top, current.groups, True)
    outside = _members(org, with_side)
    if size(with_side) >= min_pt or not (outside.side or outside.local):
        return [*parts, with_side]  # nothing more to show: no page of the agencies' row alone
    parts.append(current)
    first = _Part(parts[0].top, parts[0].groups, True)
    if first != with_side and size(first) >= min_pt:  # under the head, whom they report to
        parts[0] = first
    else:
        parts.append(_Part(False, (), True))
    return parts


def chart_page_pngs(
    org: Organization,
    marks: dict[str, list[Action]],
    lang: str = "ko",
    title: str = "",
    page: tuple[float, float] = PAGE_BOX,
) -> list[bytes]:
    """The chart as one PNG per landscape page, its text at least :data:`MIN_PRINTED_PT`
    printed (:func:`page_parts`); each page's title says which page of how many it is."""
    ensure_app()
    best = _best_of(org, marks, lang, page)
    parts = page_parts(org, marks, lang, page, best=best)
    pages = []
    for number, part in enumerate(parts, start=1):
        chart = best(part)[1]  # the title takes no part in the layout
        chart.title = title if len(parts) == 1 else f"{title} ({number}/{len(parts)})"
        pages.append(png_bytes(chart.paint()))
    return pages


def _best_of(
    org: Organization, marks: dict[str, list[Action]], lang: str, page: tuple[float, float]
) -> Callable[[_Part], tuple[float, _Chart]]:
    """:func:`_best` of each part at scale 2, each part's chosen once and the labels measured
    once for all."""
    measure = _Measure(int(_Style().text_px))
    chosen: dict[_Part, tuple[float, _Chart]] = {}

    def best(part: _Part) -> tuple[float, _Chart]:
        if part not in chosen:
            chosen[part] = _best(org, marks, lang, "", 2.0, page, part, measure)
        return chosen[part]

    return best


def _row_limits(org: Organization) -> list[int]:
    """The row widths worth trying: from the widest vice governor's group to all in one row,
    or wider while a row outside the tree (the agencies', the 읍·면·동) is longer: a long row
    may print larger in fewer, wider lines."""
    head = org.children(None)
    vgs = [u for u in org.children(head[0].id) if u.kind is UnitKind.VICE_GOVERNOR] if head else []
    groups = [max(len(org.children(vg.id)), 1) for vg in vgs] or [1]
    outside = _members(org, _Part())
    widest = max(sum(groups), len(outside.side), len(outside.local))
    return list(range(widest, max(groups) - 1, -1))


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (:func:`.png.png_rgb`: other threads run while it is
    compressed)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return png_rgb(
        rgb.width(),
        rgb.height(),
        rgb.constBits(),
        rgb.bytesPerLine(),
        (rgb.dotsPerMeterX(), rgb.dotsPerMeterY()),
    )


def _pack(
    vgs: list[Unit], bureaus: list[list[Unit]], limit: int
) -> list[list[tuple[Unit, list[Unit]]]]:
    """Vice governors with their bureaus in rows of at most ``limit`` bureau columns (a
    wider group gets a row of its own), so that a large organization prints legibly. A vice
    governor with no units under it stays in the row of the one before it, even past the
    limit: a row of its own would draw it alone under the others, away from its peers."""
    rows: list[list[tuple[Unit, list[Unit]]]] = []
    used = 0
    for vg, group in zip(vgs, bureaus, strict=True):
        need = max(len(group), 1)
        if not rows or (group and used + need > limit):
            rows.append([])
            used = 0
        rows[-1].append((vg, group))
        used += need
    return rows


def marks_before(old: Organization, applied: ApplyResult) -> dict[str, list[Action]]:
    """What will happen to units of the current organization: removed (abolished, merged,
    split) or changed where they stand (renamed, moved, upgraded …)."""
    marks: dict[str, list[Action]] = {}
    for unit in old:
        if unit.id not in applied.org:
            marks[unit.id] = [ABOLISH]
    for rec in applied.records:
        if rec.action.structural and rec.unit_id in old:
            acts = marks.setdefault(rec.unit_id, [])
            if rec.action not in acts:
                acts.append(rec.action)
    return marks


def marks_after(applied: ApplyResult) -> dict[str, list[Action]]:
    marks: dict[str, list[Action]] = {}
    for rec in applied.records:
        if rec.action.structural and rec.unit_id in applied.org:
            marks.setdefault(rec.unit_id, [])
            if rec.action not in marks[rec.unit_id]:
                marks[rec.unit_id].append(rec.action)
    return marks


def chart_pages(
    old: Organization, applied: ApplyResult, lang: str = "ko"
) -> tuple[list[bytes], list[bytes]]:
    """The before and after charts, each as landscape pages whose text prints at 8 pt or more
    (:func:`chart_page_pngs`); the ``draw_chart`` of document generation."""
    before_title, after_title = chart_titles(lang)
    return (
        chart_page_pngs(old, marks_before(old, applied), lang, before_title),
        chart_page_pngs(applied.org, marks_after(applied), lang, after_title),
    )


def chart_pngs(old: Organization, applied: ApplyResult, lang: str = "ko") -> tuple[bytes, bytes]:
    """The before and after charts, each whole in one PNG."""
    before_title, after_title = chart_titles(lang)
    return (
        chart_png(old, marks_before(old, applied), lang, before_title),
        chart_png(applied.org, marks_after(applied), lang, after_title),
    )
