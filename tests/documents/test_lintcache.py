"""Templates that linted clean are not linted again in the next run (the on-disk cache)."""

from __future__ import annotations

import shutil

import pytest

from desktop import paths
from desktop.documents import lintcache
from desktop.documents.errors import TemplateError
from desktop.documents.schema import SCHEMAS
from desktop.documents.writers import docx as docx_writer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ORGDRAFT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def lint_calls(monkeypatch):
    calls = []
    real = docx_writer.lint_package

    def counting(package, schema):
        calls.append(package.path.name)
        return real(package, schema)

    monkeypatch.setattr(docx_writer, "lint_package", counting)
    return calls


def _template(tmp_path, name="bill.docx"):
    target = tmp_path / name
    shutil.copyfile(paths.templates_dir() / "ko" / "bill.docx", target)
    return target


def test_a_clean_template_is_linted_once_across_runs(tmp_path, cache, lint_calls):
    path = _template(tmp_path)
    first = docx_writer.load_template(path, SCHEMAS["bill"])
    second = docx_writer.load_template(path, SCHEMAS["bill"])
    assert lint_calls == ["bill.docx"]
    assert first.data == second.data and second.findings == ()
    assert len(list((cache / "templates-linted").iterdir())) == 1


def test_a_changed_byte_or_another_schema_lints_again(tmp_path, cache, lint_calls):
    path = _template(tmp_path)
    docx_writer.load_template(path, SCHEMAS["bill"])
    with pytest.raises(TemplateError):  # the bill template lacks the table's variables
        docx_writer.load_template(path, SCHEMAS["table"])
    path.write_bytes(path.read_bytes() + b"\0")  # a zip with a trailing byte still opens
    docx_writer.load_template(path, SCHEMAS["bill"])
    assert lint_calls == ["bill.docx"] * 3


def test_a_template_with_findings_is_never_remembered(tmp_path, cache, lint_calls):
    path = _template(tmp_path)
    for _ in range(2):
        with pytest.raises(TemplateError):
            docx_writer.load_template(path, SCHEMAS["table"])
    assert lint_calls == ["bill.docx"] * 2
    assert not (cache / "templates-linted").exists() or not any(
        (cache / "templates-linted").iterdir()
    )


def test_an_unwritable_cache_only_means_linting_again(tmp_path, monkeypatch, lint_calls):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ORGDRAFT_CACHE_DIR", str(blocker))
    path = _template(tmp_path)
    docx_writer.load_template(path, SCHEMAS["bill"])
    docx_writer.load_template(path, SCHEMAS["bill"])
    assert lint_calls == ["bill.docx"] * 2


def test_the_key_covers_the_bytes_and_the_schema():
    data = (paths.templates_dir() / "ko" / "bill.docx").read_bytes()
    assert lintcache.key(data, SCHEMAS["bill"]) == lintcache.key(data, SCHEMAS["bill"])
    assert lintcache.key(data, SCHEMAS["bill"]) != lintcache.key(data + b"\0", SCHEMAS["bill"])
    assert lintcache.key(data, SCHEMAS["bill"]) != lintcache.key(data, SCHEMAS["table"])
