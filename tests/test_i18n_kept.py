"""Catalogs parsed once: their entries kept in the user's cache folder with the bytes they
were read from (desktop.i18n.read_catalog)."""

from __future__ import annotations

import pytest

from desktop import i18n

PO = """msgid ""
msgstr ""
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "Open"
msgstr "열기"

#, fuzzy
msgid "Close"
msgstr "닫기"

msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "파일 {n}개"

msgid "Untranslated"
msgstr ""
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ORGDRAFT_CACHE_DIR", str(folder))
    return folder


def _fields(catalog: i18n.Catalog):
    return (
        catalog.lang,
        dict(catalog.messages),
        dict(catalog.plurals),
        catalog.msgids,
        [catalog.plural_index(n) for n in range(4)],
    )


def test_a_catalog_read_again_comes_from_the_cache_unchanged(tmp_path, cache, monkeypatch):
    po = tmp_path / "messages.po"
    po.write_text(PO, encoding="utf-8")
    first = i18n.read_catalog(po, "xx")
    assert first.gettext("Open") == "열기" and first.gettext("Close") == "Close"  # fuzzy
    assert first.ngettext("{n} file", "{n} files", 3) == "파일 {n}개"
    assert (cache / "catalog-xx.marshal").is_file()

    def no_parse(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(i18n, "_po_entries", no_parse)
    assert _fields(i18n.read_catalog(po, "xx")) == _fields(first)


def test_a_changed_file_is_parsed_again(tmp_path, cache):
    po = tmp_path / "messages.po"
    po.write_text(PO, encoding="utf-8")
    i18n.read_catalog(po, "xx")
    po.write_text(PO.replace('msgstr "열기"', 'msgstr "열다"'), encoding="utf-8")
    assert i18n.read_catalog(po, "xx").gettext("Open") == "열다"


def test_a_corrupt_kept_file_is_ignored(tmp_path, cache):
    po = tmp_path / "messages.po"
    po.write_text(PO, encoding="utf-8")
    cache.mkdir()
    for junk in (b"", b"\x00junk", b"\xe9" * 10):
        (cache / "catalog-xx.marshal").write_bytes(junk)
        assert i18n.read_catalog(po, "xx").gettext("Open") == "열기"


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ORGDRAFT_CACHE_DIR", str(blocker / "sub"))
    po = tmp_path / "messages.po"
    po.write_text(PO, encoding="utf-8")
    assert i18n.read_catalog(po, "xx").gettext("Open") == "열기"


def test_the_shipped_catalogs_read_the_same_parsed_or_kept(cache):
    for lang in i18n.LANGUAGES:
        path = i18n.catalog_path(lang)
        parsed = i18n.read_catalog(path, lang)
        kept = i18n.read_catalog(path, lang)
        assert _fields(parsed) == _fields(kept)
        assert i18n._kept_entries(lang, path.read_bytes()) is not None
