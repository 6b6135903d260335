"""Import of a unit list from CSV: the core reader: encodings, located problems."""

import pytest

from desktop.core.org import UnitKind
from desktop.core.orgcsv import OrgCsvError, read_org_csv

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
    assert info.value.problems[0].message("ko") == "5행: 식별자 d1이 2행과 겹칩니다."  # 디일이


def test_missing_column_and_undecodable_bytes():
    with pytest.raises(OrgCsvError, match="line 1: missing column"):
        read_org_csv(b"id,name_ko\n1,x\n")
    with pytest.raises(OrgCsvError, match="line 2: not UTF-8 or CP949"):
        read_org_csv(b"id,parent_id,kind,name_ko\n\xff\xff\xff,,,\n")
