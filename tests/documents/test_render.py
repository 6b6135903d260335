"""Rendering: escaping, hostile input, the sandbox, i18n, missing values."""

from __future__ import annotations

import gettext

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.documents.errors import TemplateError, TemplateSecurityError, TextError
from desktop.documents.render import render_docx
from desktop.documents.schema import DocumentSchema, Variable
from desktop.documents.templates import load_template
from desktop.documents.text import check_text
from desktop.documents.writers.docx import export_docx
from tests.documents.conftest import make_template

SCHEMA = DocumentSchema("t", "시험", "test", (Variable("title", "제목", "title"),))


def _render(tmp_path, body, values, name="out.docx", schema=SCHEMA, check=True, **kwargs):
    template = make_template(tmp_path / "tpl.docx", body)
    if check:
        loaded = load_template(template, schema)
        data = loaded.data
    else:
        data = template.read_bytes()
    out = tmp_path / name
    export_docx(
        lambda tmp: render_docx(template, data, schema.names, values, {}, tmp, **kwargs), out
    )
    return docx.Document(str(out))


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("&<>\"'\t\n가힣각ㄱ👍🏽e\u0301\u1100\u1161\u11a8{}%"),
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_TEXT)
def test_values_round_trip_exactly(tmp_path, value):
    document = _render(tmp_path, ["{{ title }}"], {"title": value})
    assert document.paragraphs[0].text == value


def test_markup_characters_stay_text(tmp_path):
    value = """A & B <w:p/> "quoted" 'single' {{ x }} {% if %}"""
    document = _render(tmp_path, ["{{ title }}"], {"title": value})
    assert document.paragraphs[0].text == value


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\ufffe"])
def test_control_characters_are_refused_naming_the_field(char):
    with pytest.raises(TextError) as info:
        check_text("press.headline", f"제목{char}")
    assert info.value.field == "press.headline"
    assert "press.headline" in info.value.message("ko")
    assert "press.headline" in info.value.message("en")


def test_control_characters_in_values_never_reach_a_file(tmp_path):
    with pytest.raises(TextError):
        _render(tmp_path, ["{{ title }}"], {"title": "a\x0bb"})
    assert not (tmp_path / "out.docx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["tpl.docx"]


def test_lines_filter_makes_paragraphs_where_the_template_says(tmp_path):
    body = ["{%p for line in title|lines %}", "{{ line }}", "{%p endfor %}", "end"]
    document = _render(tmp_path, body, {"title": "첫째 줄\r\n둘째 줄\n\n셋째"})
    assert [p.text for p in document.paragraphs] == ["첫째 줄", "둘째 줄", "셋째", "end"]


def test_gettext_is_installed(tmp_path):
    class Ko(gettext.NullTranslations):
        def gettext(self, message):
            return {"Page": "쪽"}.get(message, message)

    document = _render(tmp_path, ["{{ _('Page') }} {{ title }}"], {"title": "1"}, translations=Ko())
    assert document.paragraphs[0].text == "쪽 1"


def test_a_missing_value_is_reported_before_rendering(tmp_path):
    with pytest.raises(TemplateError) as info:
        _render(tmp_path, ["{{ title }}"], {})
    assert "title" in str(info.value)


@pytest.mark.parametrize(
    "payload",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ title|attr('__class__') }}",
        "{{ '{0.__class__}'|attr('format')(title) }}",
        "{{ title.__init__.__globals__ }}",
    ],
)
def test_sandbox_escapes_are_refused_by_the_lint(tmp_path, payload):
    template = make_template(tmp_path / "evil.docx", [payload])
    with pytest.raises(TemplateSecurityError) as info:
        load_template(template, SCHEMA)
    assert info.value.findings[0].code == "E-TPL-SECURITY"
    assert "evil.docx" in str(info.value)


@pytest.mark.parametrize(
    "payload",
    ["{{ ''.__class__.__mro__ }}", "{{ '{0.__class__}'.format(title) }}"],
)
def test_the_sandbox_holds_even_without_the_lint(tmp_path, payload):
    with pytest.raises(TemplateSecurityError):
        _render(tmp_path, [payload], {"title": "x"}, check=False)
    assert not (tmp_path / "out.docx").exists()


def test_a_template_saved_anew_is_linted_again(tmp_path):
    import os
    import shutil

    from desktop import paths
    from desktop.documents.schema import SCHEMAS
    from desktop.documents.templates import load_template

    copy = tmp_path / "press.docx"
    shutil.copy(paths.templates_dir() / "ko" / "press.docx", copy)
    first = load_template(copy, SCHEMAS["press"])
    assert load_template(copy, SCHEMAS["press"]) is first  # unchanged: not linted again
    copy.write_bytes(b"not a zip")
    os.utime(copy, ns=(1, 1))
    with pytest.raises(TemplateError):
        load_template(copy, SCHEMAS["press"])


def test_each_part_is_written_into_a_sub_document_of_its_own(tmp_path, monkeypatch):
    """Two parts: each in a fresh sub-document (emptying one for the next part made a large
    table quadratic), both in the document, nothing of the first left in the second."""
    from desktop.documents import render

    made = []
    new_subdoc = render.new_subdoc
    monkeypatch.setattr(render, "new_subdoc", lambda tpl: made.append(1) or new_subdoc(tpl))
    schema = DocumentSchema(
        "t",
        "시험",
        "test",
        (Variable("first", "첫째", "first"), Variable("second", "둘째", "second")),
    )
    template = make_template(tmp_path / "tpl.docx", ["{{p first }}", "{{p second }}"])
    parts = {
        "first": lambda doc: doc.add_paragraph("하나"),
        "second": lambda doc: doc.add_paragraph("둘"),
    }
    out = tmp_path / "out.docx"
    render_docx(template, template.read_bytes(), schema.names, {}, parts, out)
    assert len(made) == 2
    assert [p.text for p in docx.Document(str(out)).paragraphs] == ["하나", "둘"]
