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


def _printed_sizes(docx_path) -> list[float]:
    """The printed size (pt) of the smallest chart text in every picture of a DOCX: the
    chart's smallest font (box labels and legend; the title is larger) scaled by the width
    the picture is given on the page."""
    import docx
    from docx.oxml.ns import qn

    from desktop.chart.orgchart import PT_MM, _Style

    smallest_px = _Style().text_px
    document = docx.Document(str(docx_path))
    sizes = []
    for inline in document.element.body.iter(qn("wp:inline")):
        width_mm = int(inline.find(qn("wp:extent")).get("cx")) / 36000
        rid = inline.find(".//" + qn("a:blip")).get(qn("r:embed"))
        width_px, _height_px = png_size(document.part.related_parts[rid].blob)
        sizes.append(smallest_px * width_mm / width_px / PT_MM)
    return sizes


def test_the_printed_chart_text_is_at_least_8_pt(generated):
    """Measured in the documents as written: every chart page's smallest text, printed."""
    from tests.documents.conftest import by_name

    for name in ("기구표", "Organization tables"):
        sizes = _printed_sizes(by_name([p for p in generated if p.suffix == ".docx"], name))
        assert len(sizes) >= 4  # before and after, split over landscape pages
        assert min(sizes) >= 8.0, (name, [round(s, 1) for s in sizes])


def test_a_chart_that_fits_stays_on_one_page(sample):
    import copy

    from desktop.chart.orgchart import MIN_PRINTED_PT, chart_page_pngs, page_parts
    from desktop.core.org import Organization

    small = Organization([copy.deepcopy(u) for u in sample.org if u.kind.level.value == "top"])
    assert len(page_parts(small, {}, "ko")) == 1
    inputs = sample.draft_inputs()
    parts = page_parts(inputs.applied.org, marks_after(inputs.applied), "ko")
    assert len(parts) > 1 and parts[0].top and parts[-1].side
    groups = [g for part in parts for g in (part.groups or ())]
    assert groups == sorted(set(groups))  # every vice governor's group once, in order
    assert MIN_PRINTED_PT == 8.0
    pages = chart_page_pngs(inputs.applied.org, marks_after(inputs.applied), "ko", "조직도")
    assert len(pages) == len(parts) and all(p.startswith(b"\x89PNG") for p in pages)


def test_the_smallest_chart_font_is_the_label_font():
    from desktop.chart.orgchart import _Chart, _Style
    from desktop.core.org import Organization

    chart = _Chart(Organization([]), {}, "ko", "", _Style())
    assert chart.font.pixelSize() == chart.bold.pixelSize() == int(_Style().text_px)


def test_a_paged_chart_measures_each_label_once(sample, monkeypatch):
    """Choosing the pages and row widths lays the chart out many times; each label is measured
    once at each box width, and each page's layout is chosen once."""
    from desktop.chart import orgchart

    measured: list[tuple[str, float]] = []
    wrap = orgchart._wrap
    monkeypatch.setattr(
        orgchart,
        "_wrap",
        lambda text, width, m: measured.append((text, width)) or wrap(text, width, m),
    )
    chosen: list[orgchart._Part] = []
    best = orgchart._best
    monkeypatch.setattr(orgchart, "_best", lambda *a: chosen.append(a[6]) or best(*a))
    inputs = sample.draft_inputs()
    pages = orgchart.chart_page_pngs(
        inputs.applied.org, marks_after(inputs.applied), "ko", "조직도"
    )
    assert len(pages) > 1 and measured
    assert len(measured) == len(set(measured))
    assert len(chosen) == len(set(chosen))


def test_eup_myeon_dong_get_a_labelled_row_of_their_own():
    """A 군's 읍·면 (하부행정기관) sit below the agencies, in rows no wider than the chart:
    eleven short names in one line of boxes half a column wide (a column's boxes took two)."""
    from desktop.chart.orgchart import _Chart, _Style
    from desktop.core.org import Organization, Unit, UnitKind

    K = UnitKind
    units = [
        Unit("head", K.GOVERNOR, "군수", "County Governor"),
        Unit("deputy", K.VICE_GOVERNOR, "부군수", "Deputy County Governor", "head"),
        Unit("adm", K.DIVISION, "행정과", "Administration Division", "deputy"),
        Unit("health", K.AGENCY, "보건소", "Public Health Center", "head"),
    ]
    towns = [f"{name}면" for name in "가나다라마바사아자차카"]
    units += [Unit(f"t{i}", K.SUB_MUNICIPAL, n, "", "head") for i, n in enumerate(towns)]
    style = _Style(scale=1.0)
    chart = _Chart(Organization(units), {}, "ko", "", style)
    width, _height = chart.layout()
    boxes = {b.unit.id: b.rect for b in chart.boxes}
    assert chart.local_label is not None and chart.side_label is not None
    assert chart.local_label.top() > boxes["health"].bottom()  # below the agencies' row
    assert all(boxes[f"t{i}"].top() > chart.local_label.top() for i in range(len(towns)))
    assert max(r.right() for r in boxes.values()) <= width  # 11 towns within 8 columns
    assert len({round(boxes[f"t{i}"].top()) for i in range(len(towns))}) == 1
    assert {boxes[f"t{i}"].width() for i in range(len(towns))} == {style.column / 2}
    assert chart.paint().width() == int(width)


def test_a_single_row_of_deputies_hangs_straight_from_the_head():
    """With nothing under the head but its deputies (one row: 구청장 → 부구청장), the line
    goes straight down to them, not out to the left margin and back (the trunk is for the
    units hanging from the head or rows that wrap)."""
    from desktop.chart.orgchart import _Chart, _Style
    from desktop.core.org import Organization, Unit, UnitKind

    K = UnitKind
    units = [
        Unit("head", K.GOVERNOR, "구청장", "District Mayor"),
        Unit("deputy", K.VICE_GOVERNOR, "부구청장", "Deputy District Mayor", "head"),
        Unit("a", K.BUREAU, "행정자치국", "Administration Bureau", "deputy"),
        Unit("b", K.BUREAU, "복지환경국", "Welfare Bureau", "deputy"),
    ]
    style = _Style(scale=1.0)
    for extra in ([], [Unit("deputy2", K.VICE_GOVERNOR, "경제부구청장", "", "head")]):
        chart = _Chart(Organization(units + extra), {}, "ko", "", style)
        chart.layout()
        boxes = {b.unit.id: b.rect for b in chart.boxes}
        left = min(r.left() for r in boxes.values())
        assert not chart.wrapped
        assert all(min(x1, x2) >= left for x1, _y1, x2, _y2 in chart.lines)
        head = boxes["head"]
        assert (head.center().x(), head.bottom()) in [(x1, y1) for x1, y1, *_ in chart.lines]


def test_a_chart_png_holds_the_painted_pixels_and_resolution():
    """The PNG written with zlib (other threads run meanwhile) decodes to exactly the pixels
    Qt painted, at the image's resolution, and is smaller than Qt's own PNG at quality 80."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.chart.orgchart import ensure_app, korean_font, png_bytes

    ensure_app()
    image = QImage(301, 97, QImage.Format.Format_RGB32)  # a row of 903 bytes: padded lines
    image.fill(QColor("white"))
    image.setDotsPerMeterX(5906)
    image.setDotsPerMeterY(5905)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#d04020"))
    painter.drawEllipse(10, 10, 120, 70)
    painter.setFont(korean_font(24))
    painter.drawText(140, 60, "조직도 Chart")
    painter.end()
    png = png_bytes(image)
    back = QImage.fromData(png, "PNG")
    rgb = QImage.Format.Format_RGB888
    assert back.convertToFormat(rgb) == image.convertToFormat(rgb)
    assert (back.dotsPerMeterX(), back.dotsPerMeterY()) == (5906, 5905)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 80)
    assert len(png) < len(bytes(data.data()))


def _every_width(org, marks, lang, part, measure):
    """The choice of :func:`orgchart._best` made the long way: every row width laid out."""
    from desktop.chart import orgchart

    best = None
    for limit in orgchart._row_limits(org):
        style = orgchart._Style(max_columns=limit)
        chart = orgchart._Chart(org, marks, lang, "", style, part, measure)
        size = orgchart.printed_pt(chart.layout(), style.text_px, orgchart.PAGE_BOX)
        if best is None or size > best[0] * 1.001:
            best = (size, limit)
    return best


def test_row_widths_laid_out_alike_are_laid_out_once(sample, monkeypatch):
    """The layout search skips a row width whose rows hold the same vice governors as a wider
    one (the same layout), and chooses what laying out every width chooses."""
    from desktop.chart import orgchart

    inputs = sample.draft_inputs()
    for org, marks in (
        (sample.org, marks_before(sample.org, inputs.applied)),
        (inputs.applied.org, marks_after(inputs.applied)),
    ):
        vgs = range(len(orgchart._vice_governors(org)))
        parts = [orgchart._Part(), orgchart._Part(True, (), False), orgchart._Part(False, (0,))]
        parts.append(orgchart._Part(False, tuple(vgs), False))
        for lang in ("ko", "en"):
            measure = orgchart._Measure(int(orgchart._Style().text_px))
            for part in parts:
                expected = _every_width(org, marks, lang, part, measure)
                laid_out: list[int] = []
                layout = orgchart._Chart.layout
                monkeypatch.setattr(
                    orgchart._Chart,
                    "layout",
                    lambda self, layout=layout, laid_out=laid_out: (
                        laid_out.append(self.s.max_columns) or layout(self)
                    ),
                )
                size, chart = orgchart._best(
                    org, marks, lang, "", 2.0, orgchart.PAGE_BOX, part, measure
                )
                monkeypatch.undo()
                assert (size, chart.s.max_columns) == expected
                assert len(laid_out) < len(orgchart._row_limits(org))
                arrangements = [
                    orgchart._Chart(
                        org, marks, lang, "", orgchart._Style(max_columns=n), part, measure
                    ).arrangement()
                    for n in laid_out
                ]
                assert len(set(arrangements)) == len(arrangements)


def test_the_county_chart_keeps_its_eup_myeon_width_in_the_search():
    """With 읍·면·동 the row width also sets where they wrap: widths that pack the vice
    governors alike but wrap the towns differently are each laid out."""
    from desktop.chart.orgchart import _Chart, _Style
    from desktop.core.org import Organization, Unit, UnitKind

    K = UnitKind
    units = [
        Unit("head", K.GOVERNOR, "군수", "County Governor"),
        Unit("deputy", K.VICE_GOVERNOR, "부군수", "Deputy County Governor", "head"),
        Unit("adm", K.DIVISION, "행정과", "Administration Division", "deputy"),
    ]
    units += [Unit(f"t{i}", K.SUB_MUNICIPAL, f"{i}면", "", "head") for i in range(12)]
    org = Organization(units)
    wide, narrow = (_Chart(org, {}, "ko", "", _Style(max_columns=n)) for n in (12, 9))
    assert wide.arrangement()[0] == narrow.arrangement()[0]
    assert wide.arrangement() != narrow.arrangement()
    assert wide.layout() != narrow.layout()


def test_a_deputy_with_no_units_sits_with_its_peers():
    """서울's 정무부시장 has no units under it: it stays in the row of the deputy before it
    (even past the row's width) and on that deputy's page, never alone under the others
    hanging from a line down the left margin, nor alone on a page of its own."""
    from desktop.chart.orgchart import _Chart, _pack, _Part, _Style, page_parts
    from desktop.core.org import Organization, Unit, UnitKind

    K = UnitKind
    units = [Unit("head", K.GOVERNOR, "시장", "Mayor")]
    for deputy, count in (("d1", 4), ("d2", 3), ("d3", 0)):
        units.append(Unit(deputy, K.VICE_GOVERNOR, f"{deputy}부시장", "", "head"))
        units += [
            Unit(f"{deputy}-{n}", K.BUREAU, f"{deputy}국{n}", "", deputy) for n in range(count)
        ]
    org = Organization(units)
    vgs = list(org.children("head"))
    bureaus = [list(org.children(vg.id)) for vg in vgs]
    for limit, rows in ((8, [3]), (7, [3]), (4, [1, 2])):
        assert [len(row) for row in _pack(vgs, bureaus, limit)] == rows
    chart = _Chart(org, {}, "ko", "", _Style(scale=1.0, max_columns=7))
    chart.layout()
    boxes = {b.unit.id: b.rect for b in chart.boxes}
    assert boxes["d3"].top() == boxes["d1"].top() == boxes["d2"].top()

    def best(part: _Part) -> tuple[float, _Chart]:  # d3 does not fit beside d1 and d2
        return (9.0 if part.groups is not None and 2 not in part.groups else 7.5), chart

    parts = page_parts(org, {}, "ko", best=best)
    assert [p.groups for p in parts] == [(0, 1, 2)]
