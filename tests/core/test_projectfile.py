"""The .orgdraft file: round trip, atomic save with backup, refusals with located messages."""

import json
import os
import re
import unicodedata

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.core import changes as ch
from desktop.core import projectfile
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.core.project import Project
from desktop.core.projectfile import (
    MAX_BYTES,
    ProjectFileError,
    dumps,
    load,
    loads,
    save,
    to_json,
)


@pytest.fixture(scope="module")
def sample() -> Project:
    return load(paths.sample_path())


def test_sample_round_trips_exactly(sample, tmp_path):
    target = tmp_path / "s.orgdraft"
    save(sample, target)
    again = load(target)
    assert dumps(again) == dumps(sample)
    assert again.org == sample.org
    assert again.changes == sample.changes


def test_a_new_project_names_the_laws_a_reorganization_rests_on_and_a_file_keeps_its_own(
    tmp_path,
):
    """Its bill's 관계법령 as the samples' bills cite them, as the budget is prefilled; a file
    keeps what it holds, none included (the official may have removed them)."""
    new = Project()
    assert new.meta.references.laws == [
        "「지방자치법」",
        "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」",
    ]
    assert new.meta.references.laws == load(paths.sample_path()).meta.references.laws
    assert new.meta.references.laws == load(paths.sample_path("county")).meta.references.laws
    new.meta.references.laws.append("「지방공무원법」")
    assert Project().meta.references.laws[-1] != "「지방공무원법」"  # not shared
    new.meta.references.laws = []
    target = tmp_path / "none.orgdraft"
    save(new, target)
    assert load(target).meta.references.laws == []


def test_saved_files_follow_the_published_schema(sample):
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(to_json(sample), schema)


def test_the_published_schema_admits_every_unit_kind():
    """The schema listed 14 kinds: a project with a 읍ㆍ면ㆍ동 (or a 시's 구) saved by OrgDraft
    did not follow the layout it publishes."""
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    assert set(schema["$defs"]["kind"]["enum"]) == {kind.value for kind in UnitKind}
    county = Project(
        org=Organization(
            [
                Unit("head", UnitKind.GOVERNOR, "군수"),
                Unit("e", UnitKind.SUB_MUNICIPAL, "양평읍", parent_id="head"),
            ]
        )
    )
    jsonschema.validate(to_json(county), schema)


def test_save_keeps_one_backup_and_leaves_no_temporary_files(sample, tmp_path):
    target = tmp_path / "p.orgdraft"
    save(Project(), target)
    first = target.read_text(encoding="utf-8")
    save(sample, target)
    assert (tmp_path / "p.orgdraft.bak").read_text(encoding="utf-8") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.orgdraft", "p.orgdraft.bak"]


def test_failed_save_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    target = tmp_path / "p.orgdraft"
    save(Project(), target)
    before = target.read_bytes()

    def broken_replace(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save(Project(), target)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.orgdraft"]


@pytest.mark.parametrize(
    ("text", "where", "needle"),
    [
        ("", "", "empty"),
        ("   \n", "", "empty"),
        ('{"format": "orgdraft-project", "version": 1, "org": [', "1:", "not valid JSON"),
        ("[1, 2]", "format", "not an OrgDraft project"),
        ('{"format": "orgdraft-project", "version": 99}', "version", "newer OrgDraft"),
        ('{"format": "orgdraft-project", "version": "1"}', "version", "expected int"),
    ],
)
def test_unreadable_files_are_refused_with_a_located_message(text, where, needle):
    with pytest.raises(ProjectFileError) as info:
        loads(text, "x.orgdraft")
    assert info.value.where.startswith(where)
    assert needle in info.value.message("en")
    assert re.search("[가-힣]", info.value.message("ko"))  # every refusal speaks Korean too


def test_truncated_sample_is_refused(sample, tmp_path):
    target = tmp_path / "t.orgdraft"
    text = dumps(sample)
    target.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ProjectFileError, match="not valid JSON"):
        load(target)


def test_broken_field_is_named_by_its_path(sample):
    data = to_json(sample)
    del data["changes"][2]["unit_id"]
    with pytest.raises(ProjectFileError) as info:
        loads(json.dumps(data), "x")
    assert info.value.where == "changes[2].unit_id"
    data = to_json(sample)
    data["org"][1]["kind"] = "ministry"
    with pytest.raises(ProjectFileError) as info:
        loads(json.dumps(data), "x")
    assert info.value.where == "org[1].kind"
    assert "ministry" in info.value.message("en")


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.orgdraft"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ProjectFileError, match="too large"):
        load(big)


def test_korean_is_normalised_to_nfc_on_load():
    decomposed = "\u1100\u1161\u11a8\u1100\u116e\u11a8"  # 각국 in conjoining jamo
    project = Project(org=Organization([Unit("a", UnitKind.BUREAU, decomposed)]))
    loaded = loads(dumps(project))
    assert loaded.org.get("a").name_ko == "각국"


names = st.text(  # any text a document can hold (no control characters or non-characters)
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
    ),
    min_size=1,
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(name=names, duty=names, count=st.integers(0, 10_000), note=names)
def test_any_text_round_trips(name, duty, count, note):
    import unicodedata

    project = Project(
        org=Organization(
            [
                Unit(
                    "u",
                    UnitKind.DIVISION,
                    name,
                    name,
                    duties=[Duty(duty, duty)],
                    staffing={"g5": count},
                )
            ]
        ),
        changes=[ch.Rename("c1", unit_id="u", name_ko=name, note=note)],
    )
    loaded = loads(dumps(project))
    nfc = unicodedata.normalize("NFC", name)
    assert loaded.org.get("u").name_ko == nfc
    assert loaded.org.get("u").duties[0].ko == unicodedata.normalize("NFC", duty)
    assert loaded.org.get("u").staffing == {"g5": count}
    assert loaded.changes[0].note == unicodedata.normalize("NFC", note)


_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**13), 10**13),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.sampled_from("가a \n\t\x00\x1f\ud800\ufffe\uffff\u00e9"), max_size=4),
    st.builds(projectfile._Unreadable, st.just("1" * 40)),
)
_trees = st.recursive(
    _leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.text(alphabet=st.sampled_from("ka\n\x01\x0b\ud800\uffff"), max_size=3),
            inner,
            max_size=3,
        ),
    ),
    max_leaves=12,
)


def _walk_verdict(data, monkeypatch) -> str:
    with monkeypatch.context() as patched:  # check_tree's own walk, always
        patched.setattr(projectfile, "_nothing_to_refuse", lambda _data: False)
        try:
            projectfile.check_tree(data, "f")
        except ProjectFileError as exc:
            return str(exc)
    return ""


@settings(max_examples=300, deadline=None)
@given(tree=_trees, depth=st.sampled_from([0, projectfile.MAX_DEPTH - 1, projectfile.MAX_DEPTH]))
def test_the_quick_pass_over_a_read_tree_refuses_nothing_the_walk_would(tree, depth):
    """Reading a file skips check_tree's walk (and its JSON paths) when the quick pass finds
    nothing to refuse: only then; the walk then refuses with the same message as always."""
    for _level in range(depth):
        tree = [tree]
    with pytest.MonkeyPatch.context() as monkeypatch:
        verdict = _walk_verdict(tree, monkeypatch)
    assert projectfile._nothing_to_refuse(tree) == (verdict == "")
    if verdict:
        with pytest.raises(ProjectFileError) as raised:
            projectfile.check_tree(tree, "f")
        assert str(raised.value) == verdict
    else:
        projectfile.check_tree(tree, "f")


def test_the_quick_pass_finds_a_bad_key_a_lone_surrogate_and_a_number_out_of_range():
    assert projectfile._nothing_to_refuse({"a": ["가\n", 10**12, -(10**12), 1.5, True, None]})
    assert not projectfile._nothing_to_refuse({"a\x01": 1})
    assert not projectfile._nothing_to_refuse({"a": ["x", "y\ud800"]})
    assert projectfile._nothing_to_refuse({"a": "\x01"})  # typed text: validation flags it
    assert not projectfile._nothing_to_refuse([[10**12 + 1]])
    assert not projectfile._nothing_to_refuse({1: "a"})  # not from JSON: the walk decides


class _Text(str):
    pass


def test_the_quick_pass_judges_values_json_never_makes_like_the_walk():
    """A subclass of a JSON type (not from json, but a tree handed over by code) is judged by
    the same tests: the quick pass then looks at the whole tree the general way."""
    assert not projectfile._nothing_to_refuse({"a": [_Text("y\ud800")]})
    assert projectfile._nothing_to_refuse({"a": [_Text("y"), "가"]})
    assert not projectfile._nothing_to_refuse(_Text("\ud800"))
    assert projectfile._nothing_to_refuse("가")
    assert not projectfile._nothing_to_refuse(10**13)


# Texts near the edges of NFC: Hangul syllables and their jamo, Latin letters and combining
# marks (in and out of canonical order), quotation marks, backslashes and the letters JSON's
# escapes use.
_NFC_EDGES = st.text(
    alphabet=st.sampled_from(
        [*'가각힣ᄀ까ᅢᆨᆩnaAe"\\/ \n\tbfrtu', "\u0301", "\u0303", "\u0323", "\u031b"]
    ),
    max_size=8,
)
_JSON_VALUES = st.recursive(
    _NFC_EDGES | st.integers(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_NFC_EDGES, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400)
@given(_JSON_VALUES, st.booleans())
def test_a_file_said_to_be_nfc_has_only_nfc_texts(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    data = json.loads(text)
    if projectfile._all_nfc(text):
        assert projectfile._nfc(data) == data
    # a file that is not (or not said to be) goes through the walk, which normalizes it all
    normalized = projectfile._nfc(data)
    assert projectfile._nfc(normalized) == normalized


def test_a_decomposed_name_in_a_file_is_read_composed(tmp_path):
    project = Project()
    project.meta.government_ko = "경기도"
    text = dumps(project).replace("경기도", unicodedata.normalize("NFD", "경기도"))
    assert not projectfile._all_nfc(text)
    assert loads(text).meta.government_ko == "경기도"
    escaped = dumps(project).replace("경기도", "\\u1100\\u1167\\u11bc기도")  # 경 as jamo
    assert "\\u" in escaped and loads(escaped).meta.government_ko == "경기도"
