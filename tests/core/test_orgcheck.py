"""Cross-check of the organization against the instruments' text."""

from pathlib import Path

from desktop import paths
from desktop.core import projectfile
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.orgcheck import DUTIES, MISSING, UNMENTIONED, cross_check, take_from_text
from desktop.core.orgread import read_organization

DATA = Path(__file__).resolve().parents[1] / "data" / "orgread"


def sample_check(org=None):
    project = projectfile.load(paths.sample_path())
    texts = {src.key: src.text for src in project.instruments}
    reading = read_organization(texts.items())
    return project, reading, cross_check(org or project.org, reading, texts)


def test_the_sample_agrees_with_its_own_text():
    _project, _reading, differences = sample_check()
    assert differences == []


def test_each_kind_of_difference_is_found_and_fixed_from_the_text():
    project = projectfile.load(paths.sample_path())
    org = project.org.copy()
    org.get("welfare").duties = [Duty("사회복지 정책의 수립 및 조정에 관한 사항")]  # one missing
    org.remove("welfare-pol")  # the rule sets it up
    org.add(Unit("ghost", UnitKind.DIVISION, "유령과", parent_id="admin"))
    texts = {src.key: src.text for src in project.instruments}
    reading = read_organization(texts.items())
    differences = cross_check(org, reading, texts)
    by_code = {d.code: d for d in differences}
    assert sorted(by_code) == [DUTIES, MISSING, UNMENTIONED]
    assert by_code[UNMENTIONED].unit_id == "ghost" and not by_code[UNMENTIONED].fixable
    missing = by_code[MISSING]
    assert (missing.name, missing.parent) == ("복지정책과", "복지국")
    assert missing.source.instrument == "rule" and missing.source.text.startswith("제7조(복지국)")
    duties = by_code[DUTIES]
    assert duties.source.text.startswith("제9조(복지국)")
    assert "복지국" in duties.finding().message("en")
    fixed = take_from_text(org, duties, reading)
    assert [d.ko for d in fixed.get("welfare").duties] == [
        "사회복지 정책의 수립 및 조정에 관한 사항",
        "외국인주민 및 다문화가족 지원에 관한 사항",
    ]
    assert org.get("welfare").duties != fixed.get("welfare").duties  # the input is untouched
    fixed = take_from_text(fixed, missing, reading)
    added = fixed.by_name("복지정책과")[0]
    assert fixed.parent(added.id).id == "welfare" and added.kind is UnitKind.DIVISION
    assert [d.ko for d in added.duties] == ["사회복지 정책 총괄에 관한 사항"]
    assert take_from_text(fixed, by_code[UNMENTIONED], reading) is None
    # After both fixes only the unit no text mentions remains.
    assert [d.code for d in cross_check(fixed, reading, texts)] == [UNMENTIONED]
