"""File › New, guided: name → paste the instruments → review what was read → a rename →
export; the exported bill renames the bureau and keeps its duties. Screenshots of each step
when ``ORGDRAFT_SCREENSHOTS=DIR`` is set."""

from pathlib import Path

import docx
import pytest

from desktop.ui.tr import set_lang
from tests.ui.conftest import screenshot

DATA = Path(__file__).resolve().parents[1] / "data" / "orgread"
EXPORT_TIMEOUT = 120_000


def text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def column(tree, index: int) -> dict[str, list[str]]:
    """Unit name → the texts of its row in the review tree."""
    rows: dict[str, list[str]] = {}
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        rows[item.text(0)] = [item.text(c) for c in range(tree.columnCount())]
        stack.extend(item.child(i) for i in range(item.childCount()))
    return rows


@pytest.mark.gui
def test_new_project_from_pasted_instruments_to_an_exported_bill(qtbot, make_window, tmp_path):
    set_lang("ko")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    seen = {}

    def drive(dialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.name_ko.setText("가온시")
        dialog.name_en.setText("Gaon City")
        assert dialog.kind_hint.text()  # the kind, inferred from the name
        screenshot(dialog, "new-1-government")
        dialog.next.click()
        assert dialog.steps.currentIndex() == 1
        dialog.texts["ordinance"].setPlainText(text("city-ordinance"))
        dialog.texts["rule"].setPlainText(text("city-rule"))
        dialog.texts["staffing"].setPlainText(text("city-staffing"))
        screenshot(dialog, "new-2-instruments")
        dialog.next.click()
        assert dialog.steps.currentIndex() == 2
        rows = column(dialog.tree, 0)
        seen["rows"] = rows
        screenshot(dialog, "new-3-review")
        assert dialog.next.text() == "만들기(&C)"
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    rows = seen["rows"]
    assert len(rows) == 17
    assert rows["행정국"][1:4] == ["국", "4급", "3"]  # kind and grade in words, not codes
    assert rows["행정국"][4].startswith("행정기구 조례 12행: 제3조(국의 설치)")
    project = window.doc.project
    assert project.meta.government_ko == "가온시"
    assert sum(project.org.total_staffing().values()) == 80  # from the staffing annex
    assert [u.name_ko for u in project.org.children(project.org.by_name("부시장")[0].id)] == [
        "행정국",
        "복지국",
        "도시국",
    ]
    assert window.stack.currentWidget() is window.changes_page
    assert "개편" in window.statusBar().currentMessage()
    screenshot(window, "new-4-changes")
    # A rename, through the change form.
    dialog = window.changes_page.add_change("rename")
    welfare = project.org.by_name("복지국")[0].id
    dialog.form.unit.setCurrentIndex(dialog.form.unit.findData(welfare))
    dialog.form.name_ko.setText("복지가족국")
    dialog.form.name_en.setText("Welfare and Family Bureau")
    screenshot(dialog, "new-5-rename")
    dialog.accept()
    assert [c.type_name for c in project.changes] == ["rename"]
    window.refresh()
    # Export the Korean bill of the ordinance.
    window.export()
    export = window.export_dialog
    qtbot.addWidget(export)
    out = tmp_path / "out"
    export.folder_edit.setText(str(out))
    for key, box in export.doc_boxes.items():
        box.setChecked(key == "bill")
    for key, box in export.lang_boxes.items():
        box.setChecked(key == "ko")
    assert export.export_button.isEnabled(), export.status.text()
    with qtbot.waitSignal(export.export_finished, timeout=EXPORT_TIMEOUT) as blocker:
        export.export_button.click()
    result = blocker.args[0]
    screenshot(export, "new-6-export")
    bills = [p for p in result.written if p.suffix == ".docx"]
    texts = {p.name: "\n".join(par.text for par in docx.Document(str(p)).paragraphs) for p in bills}
    ordinance = next(t for n, t in texts.items() if "설치 조례 일부개정조례안" in n)
    assert '"복지국"을 "복지가족국"으로 한다' in ordinance
    assert "그 사무를 분장한다" not in ordinance and "신설한다" not in ordinance
    assert window.doc.project.changes[0].name_ko == "복지가족국"
