"""The code Jinja compiles from templates, kept between runs (desktop.documents.jinjacache)."""

from __future__ import annotations

import gettext

import pytest
from jinja2 import StrictUndefined

from desktop.documents import jinjacache, render


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache folder of its own and a process that has read nothing yet; ``restart()``
    starts the next process (what this one compiled written, nothing kept in memory)."""
    monkeypatch.setenv("ORGDRAFT_CACHE_DIR", str(tmp_path / "cache"))

    def restart():
        jinjacache.save()
        monkeypatch.setattr(jinjacache, "_state", {"stored": None, "new": {}, "registered": True})

    monkeypatch.setattr(jinjacache, "_state", {"stored": None, "new": {}, "registered": True})
    return restart


class _Counting(render._RenderEnvironment):
    def __init__(self) -> None:
        super().__init__(**_OPTIONS)
        self.compiles = 0

    def compile(self, *args, **kwargs):
        self.compiles += 1
        return super().compile(*args, **kwargs)


_OPTIONS = {"undefined": StrictUndefined, "autoescape": True, "extensions": ["jinja2.ext.i18n"]}

SOURCE = "<w:t>{{ name }} {% for x in items %}{{ x }}{% endfor %}</w:t>"


def _env() -> _Counting:
    env = _Counting()
    env.install_gettext_translations(gettext.NullTranslations(), newstyle=True)
    return env


def test_the_next_run_renders_from_the_kept_code_without_compiling(fresh):
    env = _env()
    first = env.from_string(SOURCE).render(name="<경기>", items=[1, 2])
    assert env.compiles == 1 and first == "<w:t>&lt;경기&gt; 12</w:t>"
    fresh()  # the next process
    env = _env()
    again = env.from_string(SOURCE).render(name="<경기>", items=[1, 2])
    assert again == first and env.compiles == 0
    assert jinjacache.cache_file().is_file()


def test_another_source_or_escaping_is_compiled_anew(fresh):
    env = _env()
    env.from_string(SOURCE)
    fresh()
    env = _env()
    env.from_string(SOURCE + " ")
    assert env.compiles == 1
    assert jinjacache.key(SOURCE, "autoescape=True") != jinjacache.key(SOURCE, "autoescape=False")


def test_a_corrupt_or_unwritable_cache_only_means_compiling(fresh, tmp_path, monkeypatch):
    env = _env()
    env.from_string(SOURCE)
    fresh()
    jinjacache.cache_file().write_bytes(b"\x00not marshal")
    env = _env()
    assert env.from_string(SOURCE).render(name="a", items=[]) == "<w:t>a </w:t>"
    assert env.compiles == 1
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ORGDRAFT_CACHE_DIR", str(blocker / "cache"))  # cannot be a folder
    jinjacache.save()  # never raises
    assert jinjacache._state["new"]  # not written: kept for another try


def test_a_syntax_error_is_reported_as_without_the_cache(fresh):
    from jinja2 import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        _env().from_string("{% for x in %}")
    assert not jinjacache._state["new"]
