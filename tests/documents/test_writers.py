"""The writer seam: the documents are laid out once and handed to the writer of a format,
which owns its templates, its file names and its post-write check."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from desktop.documents.errors import ExportError, TemplateError, TemplateFinding
from desktop.documents.export import write_atomically
from desktop.documents.generate import generate
from desktop.documents.preview import preview_html
from desktop.documents.schema import DOCUMENTS, DocumentSchema
from desktop.documents.templates import Template, TemplateSet
from desktop.documents.writers import formats, writer, writer_for_template
from desktop.documents.writers.html import validate_html
from tests.documents.conftest import TODAY


def test_the_formats_are_found_by_their_modules():
    assert formats() == ("docx", "html", "hwpx")
    for name in formats():
        found = writer(name)
        assert found.format == name and found.suffix == f".{name}"
        assert found.template_suffix == ".docx"  # the HTML pages come from the Word templates
    assert writer_for_template("x/press.docx") is writer("docx")
    with pytest.raises(ValueError, match="hwp"):
        writer("hwp")


def test_an_unknown_format_is_refused_before_anything_is_written(sample, tmp_path):
    with pytest.raises(ValueError):
        generate(sample, tmp_path, format="odt", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_html_export_writes_what_the_preview_shows(sample, tmp_path):
    files = generate(sample, tmp_path, ["ko"], ["press", "review"], format="html", today=TODAY)
    assert [f.name for f in files] == [
        "보도자료 - 경기도 조직개편.html",
        "국영 대조 검토표 - 경기도 조직개편.html",
    ]
    inputs = sample.draft_inputs()
    assert files[0].read_bytes().decode("utf-8") == preview_html(inputs, "press", "ko", today=TODAY)
    assert "\r" not in files[1].read_bytes().decode("utf-8")


def test_a_broken_page_is_not_saved(tmp_path):
    target = tmp_path / "page.html"
    target.write_text("<html>old</html>", encoding="utf-8")
    with pytest.raises(ExportError):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"<html><body>cut"), validate_html)
    with pytest.raises(ExportError):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"<html>\xff</html>"), validate_html)
    assert target.read_text(encoding="utf-8") == "<html>old</html>"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


class _TextWriter:
    """A format added by one object: plain text from ``<doc>.txt`` templates."""

    format = "txt"
    suffix = ".txt"
    template_suffix = ".txt"

    def check_template(self, path: Path, schema: DocumentSchema) -> list[TemplateFinding]:
        return []

    def load_template(self, path: Path, schema: DocumentSchema, *, builtin: bool = False):
        data = Path(path).read_bytes()
        if b"{title}" not in data:
            raise TemplateError(Path(path), [])
        return Template(Path(path), data, schema, (), builtin)

    def write(self, template, content, target, *, lang, fonts=None, translations=None) -> Path:
        title = str(content.values.get("title") or content.values.get("headline"))
        text = template.data.decode("utf-8").replace("{title}", title)
        return write_atomically(target, lambda tmp: tmp.write_bytes(text.encode()), lambda _: None)


def test_a_new_format_needs_only_its_writer_and_templates(sample, tmp_path):
    folder = tmp_path / "templates"
    for doc in DOCUMENTS:
        (folder / "en").mkdir(parents=True, exist_ok=True)
        (folder / "en" / f"{doc}.txt").write_text(f"{doc}: {{title}}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    files = generate(
        copy.deepcopy(sample), out, ["en"], ["press", "table"], folder, format=_TextWriter()
    )
    assert sorted(f.suffix for f in files) == [".txt"] * 3  # the press release, two tables
    press = next(f for f in files if f.name.startswith("Press release"))
    assert press.read_text(encoding="utf-8").startswith("press: Gyeonggi Province to launch")
    assert TemplateSet(folder, writer=_TextWriter()).locate("en", "org") == (
        folder / "en" / "org.txt",
        False,
    )
