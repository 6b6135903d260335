"""A section heading naming a renamed bureau, seen as the official sees it: the warning in the
findings panel with the sentence to add, and a click shows the article below the heading."""

from __future__ import annotations

from desktop.core.projectfile import load, save
from desktop.paths import sample_path
from tests.ui.conftest import open_project, screenshot


def test_the_warning_and_its_article(qtbot, window, tmp_path):
    project = load(sample_path())
    rule = next(src for src in project.instruments if src.key == "rule")
    rule.text = rule.text.replace("\n제6조(평생교육국)", "\n제2절 평생교육국\n제6조(평생교육국)")
    path = tmp_path / "sections.orgdraft"
    save(project, path)
    open_project(qtbot, window, path)
    window.show()
    panel = window.findings

    def found():
        return [f for f in panel.findings if f.code == "W-HEADING-NAME"]

    qtbot.waitUntil(lambda: len(found()) == 1, timeout=10000)
    [finding] = found()
    assert '제2절의 제목 "평생교육국"을 "미래평생교육국"으로 한다.' in finding.message("ko")
    window.show_section("org")
    window.go_to(finding)
    statutes = window.statute_page
    assert window.stack.currentWidget() is statutes
    cursor = statutes.new_text.textCursor()
    line = cursor.block().text()
    assert line.startswith("제6조(미래평생교육국)"), line
    # the heading above it still reads the old name, as the warning says
    above = cursor.block().previous()
    while above.isValid() and not above.text().strip():
        above = above.previous()
    assert above.text() == "제2절 평생교육국"
    screenshot(window, "heading-name")
