"""desktop.paths.write_cache_file: the one way the caches (translations, dataclass methods,
linted templates, compiled template code) write their files."""

from __future__ import annotations

from desktop.paths import write_cache_file


def test_a_cache_file_is_written_whole_and_replaces_the_old_one(tmp_path):
    target = tmp_path / "deep" / "folder" / "table.bin"
    assert write_cache_file(target, b"first")
    assert write_cache_file(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert [p.name for p in target.parent.iterdir()] == ["table.bin"]  # no temporary left


def test_a_cache_file_that_cannot_be_written_is_false_not_an_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    assert write_cache_file(blocker / "table.bin", b"data") is False
    assert blocker.read_text() == "a file where the cache folder should be"
