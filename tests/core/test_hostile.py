"""Hostile project files: every one ends in a located message or a validation error, never a
traceback — through ``validate``, ``draft`` and ``generate`` alike.

``tests/data/hostile/`` keeps the cases a probe of the app found (and their neighbours); the
fuzzer mutates the sample's JSON at random places."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import cli
from desktop.core import projectfile
from desktop.core.projectfile import ProjectFileError
from desktop.core.validate import validate
from desktop.paths import sample_path

HOSTILE = Path(__file__).parent.parent / "data" / "hostile"

# file -> the JSON path (or line:column) of the message, or the validation error's code
EXPECTED = {
    "bell-in-unit-name.orgdraft": "E-TEXT-CHARACTER",  # read; validation names the place
    "changes-is-a-string.orgdraft": "changes",
    "children-not-objects.orgdraft": "changes[0].children[0]",
    "control-in-key.orgdraft": "press",
    "deep-nesting-100k.orgdraft": "1816:47",
    "deep-nesting.orgdraft": "1816:47",
    "duties-not-strings.orgdraft": "changes[4].duties[0]",
    "effective-not-object.orgdraft": "instruments[0].effective",
    "empty.orgdraft": "",
    "english-not-strings.orgdraft": "instruments[0].english.1",
    "float-1e400.orgdraft": "press.x",
    "grade-code-number.orgdraft": "grades[0].code",
    "huge-months.orgdraft": "instruments[0].effective.months",
    "huge-string-count.orgdraft": "org[0].staffing.political",
    "lone-surrogate.orgdraft": "org[0].name_en",
    "merge-into-list-of-strings.orgdraft": "changes[22].into[0]",
    "meta-references-laws-object.orgdraft": "meta.references.laws",
    "move-index-10e30.orgdraft": "changes[2].index",
    "move-index-negative.orgdraft": "changes[2].index",
    "negative-months.orgdraft": "instruments[0].effective.months",
    "new-unit-blank-name.orgdraft": "E-NAME-EMPTY",
    "new-unit-empty-name.orgdraft": "E-NAME-EMPTY",
    "not-utf8.orgdraft": "byte 100",
    "nul-in-government.orgdraft": "E-TEXT-CHARACTER",
    "org-is-an-object.orgdraft": "org",
    "press-infinity.orgdraft": "press.x",
    "press-is-a-list.orgdraft": "press",
    "press-minus-infinity.orgdraft": "press.x",
    "press-nan.orgdraft": "press.x",
    "press-value-object.orgdraft": "press.department_ko",
    "staffing-count-string.orgdraft": "org[0].staffing.political",
    "staffing-delta-10e40.orgdraft": "changes[21].deltas.g7",
    "top-level-array.orgdraft": "format",
    "truncated.orgdraft": "1175:12",
    "unit-is-a-string.orgdraft": "changes[0].unit",
    "unit-staffing-10e40.orgdraft": "org[0].staffing.political",
    "version-5001-digits.orgdraft": "version",
    "version-float.orgdraft": "version",
    "version-zero.orgdraft": "version",
}


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_the_corpus_is_complete():
    assert sorted(p.name for p in HOSTILE.glob("*.orgdraft")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_file_is_refused_with_its_place(name):
    path = HOSTILE / name
    expected = EXPECTED[name]
    if expected.startswith("E-"):
        findings = validate(projectfile.load(path))
        assert expected in {f.code for f in findings if f.is_error}
        for command in ("validate", "draft"):
            code, _out, err = run_cli(command, str(path), "--lang", "en")
            assert code == cli.EXIT_FINDINGS
        assert expected in err  # draft names the errors it refuses to draft from
        return
    with pytest.raises(ProjectFileError) as refused:
        projectfile.load(path)
    assert refused.value.where == expected
    for command in ("validate", "draft"):
        code, out, err = run_cli(command, str(path), "--lang", "ko")
        assert code == cli.EXIT_UNREADABLE and not out
        assert err.startswith(f"{path}: {expected}: " if expected else f"{path}: ")
        assert "Traceback" not in err


def test_generate_refuses_a_hostile_file_without_writing(tmp_path):
    path = HOSTILE / "press-infinity.orgdraft"
    code, _out, err = run_cli("generate", str(path), "-o", str(tmp_path), "--docs", "bill")
    assert code == cli.EXIT_UNREADABLE and "press.x" in err
    code, _out, err = run_cli(
        "generate", str(HOSTILE / "new-unit-empty-name.orgdraft"), "-o", str(tmp_path)
    )
    assert code == cli.EXIT_FINDINGS
    assert list(tmp_path.iterdir()) == []


def test_a_non_finite_number_is_never_written(tmp_path):
    project = projectfile.load(sample_path())
    project.press["x"] = float("inf")
    with pytest.raises(ValueError):
        projectfile.save(project, tmp_path / "p.orgdraft")
    assert list(tmp_path.iterdir()) == []


# -- the fuzzer ----------------------------------------------------------------------------

SAMPLE = json.loads(sample_path().read_text(encoding="utf-8"))


def _places(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


PLACES = [p for p in _places(SAMPLE) if p]

HOSTILE_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "ai",
            "\x00",
            "a\x07b",
            "\ud800",
            0,
            -1,
            1,
            10**30,
            -(10**40),
            2**63,
            1.5,
            float("nan"),
            float("inf"),
            True,
            None,
            [],
            {},
            ["x"],
            {"id": 1},
            [[[[[[[[]]]]]]]],
        ]
    ),
    st.text(max_size=8),
    st.integers(min_value=-(10**20), max_value=10**20),
)


@st.composite
def mutated(draw):
    data = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PLACES))
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            last = path[-1]
            if draw(st.booleans()) and isinstance(parent, dict):
                del parent[last]
            else:
                # a copy: the sampled lists and dicts are shared by every example, and a later
                # mutation inside one would change (or nest into itself) the next example's
                parent[last] = copy.deepcopy(draw(HOSTILE_VALUES))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the place
    return json.dumps(data, ensure_ascii=False)  # NaN and Infinity as JSON has no such words


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=mutated())
def test_fuzzed_projects_end_in_a_located_message_or_success(text, tmp_path_factory):
    try:
        project = projectfile.loads(text, "fuzz.orgdraft")
    except ProjectFileError as exc:
        assert exc.where, exc.message("en")  # every message names its place
        return
    findings = validate(project)
    if any(f.is_error for f in findings):
        return  # draft and generate refuse with the findings (exit 1)
    from desktop.core.press import press_findings

    press_findings(project.draft_inputs())
    path = tmp_path_factory.mktemp("fuzz") / "f.orgdraft"
    projectfile.save(project, path)
    for lang in ("ko", "en"):
        code, _out, err = run_cli("draft", str(path), "--doc-lang", lang)
        assert code == cli.EXIT_OK, err


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=mutated())
def test_fuzzed_projects_generate_or_refuse_with_a_message(text, tmp_path_factory):
    from desktop.documents.errors import DocumentError
    from desktop.documents.generate import ValidationFailed, generate

    try:
        project = projectfile.loads(text, "fuzz.orgdraft")
    except ProjectFileError:
        return  # checked above
    out = tmp_path_factory.mktemp("gen")
    try:
        files = generate(project, out, docs=["bill", "table", "press", "review"])
    except ValidationFailed as exc:
        assert exc.message("en")
        assert list(out.iterdir()) == []
        return
    except DocumentError as exc:
        assert exc.message("en")
        return
    assert files and all(Path(f).stat().st_size for f in files)


def test_a_project_saved_with_a_control_character_opens_again(tmp_path):
    """A control character pasted into a field is reported where it is, and the project that
    holds it can still be saved and opened: the official's work is never locked out."""
    project = projectfile.load(sample_path())
    project.meta.government_ko = "경기도\x07"
    path = tmp_path / "p.orgdraft"
    projectfile.save(project, path)
    again = projectfile.load(path)
    assert again.meta.government_ko == "경기도\x07"
    errors = [f for f in validate(again) if f.is_error]
    assert [f.code for f in errors] == ["E-TEXT-CHARACTER"]
    assert "government_ko" in str(errors[0].place)
    out = tmp_path / "out"
    code, _out, _err = run_cli("generate", str(path), "-o", str(out))
    assert code == cli.EXIT_FINDINGS
    assert not out.exists() or list(out.iterdir()) == []  # nothing written


def test_a_lone_surrogate_is_never_written(tmp_path):
    project = projectfile.load(sample_path())
    project.meta.government_ko = "경기도\ud800"
    with pytest.raises(UnicodeEncodeError):
        projectfile.save(project, tmp_path / "p.orgdraft")
    assert list(tmp_path.iterdir()) == []
