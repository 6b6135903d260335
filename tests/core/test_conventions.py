"""A project's drafting conventions travel with its file: saved, loaded, refused with a located
message when the file holds what no convention is, and used by every drafting of the project
(``Project.draft_inputs``, the command line)."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest

from desktop import paths
from desktop.core.project import Project
from desktop.core.projectfile import ProjectFileError, dumps, load, loads, save, to_json
from desktop.core.rules import BODY_PART, DRAFTING_CHOICES, LISTS_COMMAS, DraftingOptions
from tests.test_cli import orgdraft

# The county sample's 제6조(건설과) written as one unnumbered paragraph: renaming 건설과 changes
# its title and its text, which the two conventions of ``body`` cite differently.
SIX_WITH_ITEMS = (
    "제6조(건설과) 건설과장은 다음 사항을 분장한다.\n"
    "1. 도로의 건설 및 유지관리에 관한 사항\n"
    "2. 하천 관리에 관한 사항"
)
SIX_ONE_PARAGRAPH = (
    "제6조(건설과) 건설과장은 도로의 건설 및 유지관리와 하천 관리에 관한 사항을 분장한다."
)
HOUSE = (
    '제6조의 제목 "(건설과)"를 "(건설교통과)"로 하고, 같은 조 중 "건설과"를 "건설교통과"로 한다.'
)
PART = (
    '제6조의 제목 "(건설과)"를 "(건설교통과)"로 하고, 같은 조 제목 외의 부분 중 "건설과"를 '
    '"건설교통과"로 한다.'
)


def county_one_paragraph(conventions: DraftingOptions | None = None) -> Project:
    project = load(paths.sample_path("county"))
    rule = project.instrument("rule")
    assert rule is not None and SIX_WITH_ITEMS in rule.text
    rule.text = rule.text.replace(SIX_WITH_ITEMS, SIX_ONE_PARAGRAPH)
    project.conventions = conventions
    return project


def rule_sentences(project: Project, options: DraftingOptions | None = None) -> list[str]:
    text = project.draft_inputs(options).draft["rule"].amendment("ko")
    return [sentence.text for sentence in text.sentences]


# -- the file --------------------------------------------------------------------------------


def test_conventions_round_trip_every_option_written():
    chosen = DraftingOptions(max_replacements=5, lists=LISTS_COMMAS, body=BODY_PART)
    text = dumps(Project(conventions=chosen))
    data = json.loads(text)
    assert data["drafting"] == dataclasses.asdict(chosen)  # all nine, not only those changed
    assert loads(text).conventions == chosen
    assert dumps(loads(text)) == text
    # chosen, though all the house rules: kept as chosen (not "none chosen")
    assert loads(dumps(Project(conventions=DraftingOptions()))).conventions == DraftingOptions()


def test_a_file_without_conventions_loads_as_before_and_saves_without_them(tmp_path):
    sample = load(paths.sample_path())
    assert sample.conventions is None
    assert "drafting" not in to_json(sample)
    target = tmp_path / "p.orgdraft"
    save(sample, target)
    assert target.read_text(encoding="utf-8") == paths.sample_path().read_text(encoding="utf-8")


def test_an_option_left_out_is_the_house_rule():
    data = to_json(Project())
    data["drafting"] = {"lists": "commas"}
    assert loads(json.dumps(data)).conventions == DraftingOptions(lists=LISTS_COMMAS)


def test_conventions_follow_the_published_schema():
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    drafting = schema["properties"]["drafting"]["properties"]
    for name, allowed in DRAFTING_CHOICES.items():
        assert drafting[name]["enum"] == list(allowed)
    assert set(drafting) == {f.name for f in dataclasses.fields(DraftingOptions)}
    jsonschema.validate(to_json(Project(conventions=DraftingOptions(body=BODY_PART))), schema)
    bad = to_json(Project())
    bad["drafting"] = {"lists": "semicolons"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


@pytest.mark.parametrize(
    ("drafting", "where", "en", "ko"),
    [
        (
            {"lists": "semicolons"},
            "drafting.lists",
            "unknown value 'semicolons'",
            "'semicolons'는 알 수 없는 값입니다(허용: ",
        ),
        ({"body": 1}, "drafting.body", "expected str, found int", "형식이 맞지 않습니다"),
        ({"max_replacements": 0}, "drafting.max_replacements", "out of range (1 to 20)", "1~20"),
        ({"max_replacements": True}, "drafting.max_replacements", "expected int", "int"),
        ({"list": "commas"}, "drafting.list", "unknown field 'list'", "알 수 없는 항목"),
        (["commas"], "drafting", "expected dict, found list", "형식이 맞지 않습니다"),
    ],
)
def test_a_bad_convention_is_a_located_load_error(drafting, where, en, ko):
    data = to_json(Project())
    data["drafting"] = drafting
    with pytest.raises(ProjectFileError) as caught:
        loads(json.dumps(data), "p.orgdraft")
    assert caught.value.where == where
    assert en in caught.value.message("en")
    assert ko in caught.value.message("ko")


# -- drafting --------------------------------------------------------------------------------


def test_draft_inputs_use_the_projects_conventions():
    assert HOUSE in rule_sentences(county_one_paragraph())
    project = county_one_paragraph(DraftingOptions(body=BODY_PART))
    assert PART in rule_sentences(project)
    assert project.draft_inputs().options.body == BODY_PART
    # options given explicitly still win (the corpus and settings tests draft that way)
    assert HOUSE in rule_sentences(project, DraftingOptions())


def test_the_command_line_drafts_with_the_projects_conventions(tmp_path):
    house, part = tmp_path / "house.orgdraft", tmp_path / "part.orgdraft"
    save(county_one_paragraph(), house)
    save(county_one_paragraph(DraftingOptions(body=BODY_PART)), part)
    drafted = {}
    for path in (house, part):
        result = orgdraft("draft", str(path))
        assert result.returncode == 0, result.stderr
        drafted[path] = result.stdout
        assert orgdraft("validate", str(path)).returncode == 0
    assert HOUSE in drafted[house] and PART not in drafted[house]
    assert PART in drafted[part] and HOUSE not in drafted[part]
    # only that sentence differs
    assert drafted[part].replace(PART, HOUSE) == drafted[house]


def test_the_command_line_bill_is_written_with_the_projects_conventions(tmp_path):
    import zipfile

    part = tmp_path / "part.orgdraft"
    save(county_one_paragraph(DraftingOptions(body=BODY_PART)), part)
    out = tmp_path / "out"
    result = orgdraft("generate", str(part), "--out", str(out), "--langs", "ko", "--docs", "bill")
    assert result.returncode == 0, result.stderr
    texts = []
    for docx in out.rglob("*.docx"):
        with zipfile.ZipFile(docx) as archive:
            texts.append(archive.read("word/document.xml").decode("utf-8"))
    assert any("같은 조 제목 외의 부분 중" in text for text in texts)
    assert not any("같은 조 중" in text for text in texts)
