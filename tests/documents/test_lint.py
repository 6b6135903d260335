"""Template lint: each finding names the template and the place."""

from __future__ import annotations

import shutil

import docx
import pytest

from desktop import paths
from desktop.documents.errors import TemplateError
from desktop.documents.lint import lint_template
from desktop.documents.schema import SCHEMAS
from desktop.documents.templates import TemplateSet
from tests.documents.conftest import make_template

TABLE = SCHEMAS["table"]


def _codes(findings):
    return [(f.code, f.where.describe("ko")) for f in findings]


def test_builtin_templates_are_clean():
    templates = TemplateSet()
    for lang in ("ko", "en"):
        for doc in SCHEMAS:
            assert templates.check(lang, doc) == [], (lang, doc)


def test_undeclared_variable_names_the_paragraph(tmp_path):
    path = make_template(tmp_path / "t.docx", ["{{ title }}", "x", "{{ budget_total }}"])
    findings = lint_template(path, TABLE)
    assert _codes(findings) == [("E-TPL-UNDECLARED", "3번째 문단")]
    assert findings[0].format("en").startswith("error E-TPL-UNDECLARED t.docx (paragraph 3)")
    assert "budget_total" in findings[0].message("ko")


def test_tag_split_across_runs(tmp_path):
    path = make_template(tmp_path / "t.docx", ["a", ["{{ tit", "le }}"]])
    findings = lint_template(path, TABLE)
    assert _codes(findings) == [("W-TPL-SPLIT-RUN", "2번째 문단")]
    assert not findings[0].is_error


def test_unbalanced_blocks(tmp_path):
    body = ["{%p for x in title|lines %}", "{{ x }}", "{%p endif %}"]
    path = make_template(tmp_path / "t.docx", body)
    codes = [c for c, _ in _codes(lint_template(path, TABLE))]
    assert "E-TPL-UNBALANCED" in codes


def test_block_levels_must_match(tmp_path):
    body = ["{%p for x in title|lines %}", "{{ x }}", "{% endfor %}"]
    path = make_template(tmp_path / "t.docx", body)
    findings = lint_template(path, TABLE)
    assert ("E-TPL-UNBALANCED", "3번째 문단") in _codes(findings)


def test_tr_outside_a_table(tmp_path):
    path = make_template(tmp_path / "t.docx", ["{%tr for x in title|lines %}", "{%tr endfor %}"])
    assert "E-TPL-LEVEL" in [c for c, _ in _codes(lint_template(path, TABLE))]


def test_syntax_error(tmp_path):
    path = make_template(tmp_path / "t.docx", ["{{ title | }}"])
    assert [c for c, _ in _codes(lint_template(path, TABLE))] == ["E-TPL-SYNTAX"]


def test_sub_document_must_stand_alone(tmp_path):
    path = make_template(tmp_path / "t.docx", ["표: {{ comparison }}"])
    assert ("E-TPL-PART-INLINE", "1번째 문단") in _codes(lint_template(path, TABLE))


def test_unknown_and_missing_styles(tmp_path):
    path = make_template(tmp_path / "t.docx", ["{{ title }}"])
    document = docx.Document(str(path))
    document.paragraphs[0].style = document.styles["OD Body"]
    document.paragraphs[0]._p.pPr.pStyle.val = "NoSuchStyle"
    document.styles["OD Underline"].element.getparent().remove(
        document.styles["OD Underline"].element
    )
    document.save(str(path))
    codes = _codes(lint_template(path, TABLE))
    assert ("E-TPL-STYLE-UNKNOWN", "1번째 문단") in codes
    assert ("E-TPL-STYLE-MISSING", "문서 전체") in codes


def test_table_cell_place(tmp_path):
    path = make_template(tmp_path / "t.docx", [])
    document = docx.Document(str(path))
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 1).text = "{{ nope }}"
    document.save(str(path))
    [finding] = lint_template(path, TABLE)
    assert finding.where.describe("en") == "table 1, row 2, column 2"


def test_custom_folder_first_builtin_fallback(tmp_path):
    (tmp_path / "ko").mkdir()
    shutil.copy(paths.templates_dir() / "ko" / "press.docx", tmp_path / "ko" / "press.docx")
    templates = TemplateSet(tmp_path)
    assert templates.locate("ko", "press") == (tmp_path / "ko" / "press.docx", False)
    assert templates.locate("ko", "bill")[1] is True


def test_broken_custom_template_is_refused(tmp_path, sample):
    from desktop.documents.generate import generate

    (tmp_path / "ko").mkdir()
    make_template(tmp_path / "ko" / "press.docx", ["{{ headline }} {{ mayor_name }}"], doc="press")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(TemplateError) as info:
        generate(sample, out, langs=("ko",), docs=("bill", "press"), template_folder=tmp_path)
    assert "mayor_name" in info.value.message("ko")
    assert list(out.iterdir()) == []  # not even the bill, whose template is fine
