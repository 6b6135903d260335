"""The change-kind registry: every kind and action states what the program reads from it."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest

from desktop import paths
from desktop.core import kinds, projectfile
from desktop.core.project import Project
from desktop.i18n import catalog, translate


def _schema() -> dict:
    return json.loads(paths.schema_path().read_text(encoding="utf-8"))


def test_the_schema_lists_every_kind_with_its_required_fields():
    change = _schema()["$defs"]["change"]
    assert change["properties"]["type"]["enum"] == list(kinds.KINDS)
    by_type = {rule["if"]["properties"]["type"]["const"]: rule["then"] for rule in change["allOf"]}
    for name, cls in kinds.KINDS.items():
        assert tuple(by_type[name].get("required", ())) == cls.required, name
        fields = {f.name for f in dataclasses.fields(cls)} - {"id", "effective", "note"}
        assert set(by_type[name]["properties"]) == fields, name


@pytest.mark.parametrize("cls", list(kinds.KINDS.values()), ids=list(kinds.KINDS))
def test_every_kind_is_labelled_and_reads_from_a_file(cls):
    assert cls.label and catalog("ko").gettext(cls.label) != cls.label
    assert cls.actions, "a kind records at least one action"
    for name in cls.required:
        assert name in {f.name for f in dataclasses.fields(cls)}
    for f in dataclasses.fields(cls):
        if f.name not in ("id", "effective", "note"):
            assert str(f.type) in projectfile._FIELD_READERS, (cls, f.name)


def test_a_file_without_a_required_field_names_it():
    data = projectfile.to_json(Project())
    data["changes"] = [{"type": "rename", "id": "c1", "unit_id": "u1"}]
    with pytest.raises(projectfile.ProjectFileError) as refused:
        projectfile.from_json(data)
    assert refused.value.where == "changes[0].name_ko"


def test_actions_are_ordered_named_and_marked():
    names = [a.name for a in kinds.ACTIONS]
    assert len(set(names)) == len(names)
    # the order of the 주요내용: 신설, 폐지, 명칭변경, 이관, 격상 …
    order = ["establish", "abolish", "rename", "move", "upgrade", "merge", "split"]
    assert [n for n in names if n in order] == order
    for action in kinds.ACTIONS:
        ko = translate(action.label, {}, "ko")
        assert ko != action.label, f"{action.name}: no Korean term"
        assert action.ko == ko and action.word("en") == action.label
        assert action.colour.startswith("#")
    assert {a.name for a in kinds.STRUCTURAL} >= {"establish", "rename", "move", "upgrade"}
    assert all(a.fill for a in kinds.STRUCTURAL)


def test_the_document_terms_of_the_actions_stay_the_drafting_terms():
    terms = {a.name: a.ko for a in kinds.STRUCTURAL}
    assert terms["establish"] == "신설" and terms["abolish"] == "폐지"
    assert terms["rename"] == "명칭변경" and terms["move"] == "이관"
    assert (terms["upgrade"], terms["downgrade"]) == ("격상", "격하")
    assert (terms["merge"], terms["split"]) == ("통합", "분리")
    assert kinds.ESTABLISH.heading("en") == "Established"
    assert kinds.RENAME.heading("en") == "Renamed"


def test_actions_survive_copies_and_pickles():
    import copy
    import pickle

    rec = kinds.ChangeRecord("c1", kinds.MOVE, "u1", "가과", "A", kinds.base.Level.DIVISION)
    assert copy.deepcopy(rec).action is kinds.MOVE
    assert pickle.loads(pickle.dumps(rec)).action is kinds.MOVE
    assert {kinds.MOVE} == {copy.deepcopy(kinds.MOVE)}


def test_the_sample_follows_the_schema_after_a_round_trip():
    sample = projectfile.load(paths.sample_path())
    data = projectfile.to_json(projectfile.from_json(projectfile.to_json(sample)))
    jsonschema.validate(data, _schema())


def test_each_change_records_only_its_actions_and_creates_and_removes_what_it_says():
    from desktop.core.kinds.temporary import Temporary
    from tests.core.kinds.test_temporary import task_force

    sample = projectfile.load(paths.sample_path())
    sample.changes.append(task_force())
    inputs = sample.draft_inputs()
    by_id = {c.id: c for c in sample.changes}
    assert {type(c) for c in sample.changes} >= {kinds.Establish, Temporary, kinds.ChangeKind}
    for rec in inputs.applied.records:
        assert rec.action in type(by_id[rec.change_id]).actions, rec
    for change in sample.changes:
        assert all(u.id in inputs.applied.org for u in change.created_units())
        assert all(uid not in inputs.applied.org for uid in change.removed_ids())
        assert all(uid in sample.org or uid in inputs.applied.org for uid in change.unit_refs())
