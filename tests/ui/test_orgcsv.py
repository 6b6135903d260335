"""Import of a unit list from CSV: the core reader and the window's import (undoable)."""

import pytest

from desktop.core.org import UnitKind
from desktop.core.orgcsv import OrgCsvError, read_org_csv
from tests.ui.conftest import open_project

CSV = """id,parent_id,kind,name_ko,name_en,head_grade
d1,b1,과,총무과,General Affairs Division,g4
gov,,governor,시장,Mayor,political
b1,gov,국,행정국,Administration Bureau,g3
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_reads_utf8_bom_and_cp949_with_parents_after_children(encoding):
    org = read_org_csv(CSV.encode(encoding))
    assert [u.id for u in org] == ["gov", "b1", "d1"]
    assert org.get("d1").kind is UnitKind.DIVISION and org.get("d1").name_ko == "총무과"


def test_every_problem_is_located():
    text = CSV + "d1,b1,과,중복과,,\nx,nowhere,국,가국,,\ny,gov,wing,나국,,\n"
    with pytest.raises(OrgCsvError) as info:
        read_org_csv(text.encode("cp949"))
    messages = [p.message("en") for p in info.value.problems]
    assert messages[0] == "line 5: id d1 repeats line 2"
    assert messages[1] == "line 6: parent nowhere is not in the list"
    assert messages[2].startswith("line 7: unknown kind 'wing'")
    assert info.value.problems[0].message("ko") == "5행: 식별자 d1가 2행과 겹칩니다."


def test_missing_column_and_undecodable_bytes():
    with pytest.raises(OrgCsvError, match="line 1: missing column"):
        read_org_csv(b"id,name_ko\n1,x\n")
    with pytest.raises(OrgCsvError, match="line 2: not UTF-8 or CP949"):
        read_org_csv(b"id,parent_id,kind,name_ko\n\xff\xff\xff,,,\n")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_window_imports_a_csv_organization(qtbot, window, tmp_path, prompts, encoding):
    open_project(qtbot, window)
    path = tmp_path / "units.csv"
    path.write_bytes(CSV.encode(encoding))
    with qtbot.waitSignal(window.org_imported, timeout=10000) as blocker:
        window.import_org_csv(str(path))
    assert blocker.args == [3]
    assert [u.id for u in window.doc.project.org] == ["gov", "b1", "d1"]
    assert window.org_page.tree.model().rowCount() == 1
    window.undo_action.trigger()
    assert len(window.doc.project.org) == 43


def test_window_shows_located_csv_errors(qtbot, window, tmp_path, prompts):
    open_project(qtbot, window)
    path = tmp_path / "bad.csv"
    path.write_bytes((CSV + "z,gov,wing,다국,,\n").encode("cp949"))
    window.import_org_csv(str(path))
    qtbot.waitUntil(lambda: bool(prompts.errors))
    title, text = prompts.errors[0]
    assert title == "Cannot import bad.csv" and text.startswith("line 5: unknown kind 'wing'")
    assert len(window.doc.project.org) == 43
