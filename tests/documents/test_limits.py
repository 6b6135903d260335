"""Templates with limits: hostile templates end in a located error, none runs for ever, none
exhausts memory, no sandbox-escape payload executes."""

from __future__ import annotations

import pytest

from desktop.documents import limits
from desktop.documents.errors import TemplateError, TemplateSecurityError
from desktop.documents.render import environment
from desktop.documents.templates import check_template, load_template
from tests.documents.conftest import make_template
from tests.documents.test_render import SCHEMA, _render

# (payload, code): rendered without the lint, so the render's own limits must hold
RENDER_PAYLOADS = [
    ("{{ 7**(10**9) > 1 }}", "E-TPL-LIMIT"),
    ("{{ 'a' * 10**9 }}", "E-TPL-LIMIT"),
    (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
        "E-TPL-LIMIT",
    ),
    (
        "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}",
        "E-TPL-LIMIT",
    ),
    ("{% for i in range(10**30) %}{% endfor %}", "E-TPL-LIMIT"),
    ("{% for i in range(2**70, 2**71) %}{% endfor %}", "E-TPL-LIMIT"),
    ("{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}", "E-TPL-LIMIT"),
    ("{% include 'other.docx' %}", "E-TPL-LIMIT"),
    ("{% import 'other.docx' as o %}", "E-TPL-LIMIT"),
    ("{% extends 'other.docx' %}", "E-TPL-LIMIT"),
    (
        "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s }}",
        "E-TPL-LIMIT",
    ),
    (
        "{% set ns = namespace(l=[1]) %}{% for i in range(99) %}{% set ns.l = ns.l + ns.l %}"
        "{% endfor %}",
        "E-TPL-LIMIT",
    ),
    ("{{ 'a'.ljust(10**9) }}", "E-TPL-LIMIT"),
    ("{{ '%999999999d'|format(1) }}", "E-TPL-LIMIT"),
    ("{{ '%*d' % (999999999, 1) }}", "E-TPL-LIMIT"),
    ("{{ '{:>999999999}'.format(1) }}", "E-TPL-LIMIT"),
    ("{{ 'x'|center(10**9) }}", "E-TPL-LIMIT"),
    ("{{ ([1]*1000000)|join('x'*1000) }}", "E-TPL-LIMIT"),
    ("{{ ('a'*1000000).replace('', 'b'*1000) }}", "E-TPL-LIMIT"),
    (r"{{ ('a\n'*1000000)|indent(5000) }}", "E-TPL-LIMIT"),
    ("{{ lipsum(10**6) }}", "E-TPL-RENDER"),  # not a global here
]


@pytest.mark.parametrize(("payload", "code"), RENDER_PAYLOADS, ids=range(len(RENDER_PAYLOADS)))
def test_a_hostile_template_ends_in_a_located_error(tmp_path, payload, code):
    with pytest.raises(TemplateError) as failed:
        _render(tmp_path, ["before", payload], {"title": "x"}, check=False)
    finding = failed.value.findings[0]
    assert finding.code == code
    assert finding.where.paragraph == 2  # the payload's paragraph
    assert finding.where.describe("en") == "paragraph 2"
    assert "tpl.docx (paragraph 2)" in failed.value.message("en")
    assert not (tmp_path / "out.docx").exists()


# The published Jinja sandbox escapes (CVE-2016-10745, CVE-2019-10906, CVE-2024-56326,
# CVE-2025-27516) and the common server-side template injection payloads; each would create
# MARK if it ran.
ESCAPES = [
    "{{ '{0.__class__}'.format(title) }}",
    "{{ '{0.__class__.__init__.__globals__}'.format_map({'0': title}) }}",
    "{% set f = '{0.__class__}'.format %}{{ f(title) }}",
    "{{ '{0.__class__}'|attr('format')(title) }}",
    "{{ cycler.__init__.__globals__.os.popen('touch MARK').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('touch MARK').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('touch MARK').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{{ range.__globals__ }}",
    "{{ _.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ title|attr('__class__') }}",
    "{{ (title|list).pop.__self__.__class__ }}",
    "{{ lipsum.__globals__['os'].popen('touch MARK').read() }}",
    "{{ dict.__class__.__subclasses__() }}",
]


@pytest.mark.parametrize("payload", ESCAPES, ids=range(len(ESCAPES)))
def test_no_sandbox_escape_runs(tmp_path, payload, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TemplateError) as failed:
        _render(tmp_path, ["before", payload], {"title": "x"}, check=False)
    assert failed.value.findings[0].where.paragraph == 2
    assert not (tmp_path / "MARK").exists()
    with pytest.raises(TemplateError):  # the lint refuses it before any render, too
        load_template(make_template(tmp_path / "lint.docx", [payload]), SCHEMA)


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("{{ 7**(10**9) > 1 }}", "E-TPL-LIMIT"),  # hung the checker (the optimiser folded it)
        ("{{ 'a' * 10**9 }}", "E-TPL-LIMIT"),  # took 3 GB and reported no error
        ("{% for i in range(10**30) %}{% endfor %}", "E-TPL-LIMIT"),
        ("{% include 'other.docx' %}", "E-TPL-INCLUDE"),
        ("{% from 'other.docx' import x %}", "E-TPL-INCLUDE"),
        ("{% extends 'other.docx' %}", "E-TPL-INCLUDE"),
    ],
)
def test_the_checker_finds_limits_without_computing(tmp_path, payload, code):
    template = make_template(tmp_path / "t.docx", ["before", payload])
    findings = [f for f in check_template(template, SCHEMA) if f.is_error]
    assert [f.code for f in findings] == [code]
    assert findings[0].where.paragraph == 2


def test_fair_templates_stay_within_the_limits(tmp_path):
    body = [
        "{% for i in range(3) %}{{ title ~ '-' ~ i }} {% endfor %}",
        "{{ '%5d'|format(7) }} {{ ('ab' * 3)|upper }} {{ [1, 2]|join(', ') }}",
        "{% macro m(n) %}{% if n %}{{ n }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(3) }}",
    ]
    document = _render(tmp_path, body, {"title": "제목"})
    texts = [p.text for p in document.paragraphs]
    assert texts == ["제목-0 제목-1 제목-2 ", "    7 ABABAB 1, 2", "321"]


def test_the_step_budget_counts_loop_items():
    env = environment()
    template = env.from_string("{% for i in range(50) %}{% endfor %}")
    with limits.budget(steps=40):
        with pytest.raises(limits.LimitExceeded):
            template.render()
    with limits.budget(steps=200):
        template.render()


def test_outside_a_render_the_limits_on_size_still_hold():
    env = environment()
    with pytest.raises(limits.LimitExceeded):
        env.from_string("{{ 'a' * 10**9 }}").render()


def test_a_security_error_is_still_a_security_error(tmp_path):
    with pytest.raises(TemplateSecurityError):
        _render(tmp_path, ["{{ ''.__class__ }}"], {"title": "x"}, check=False)
