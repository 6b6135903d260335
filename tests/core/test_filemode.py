"""Files written atomically keep the target's permissions, or get a new file's."""

import os
import stat
import sys

import pytest

from desktop import paths
from desktop.core import projectfile
from desktop.core.filemode import match_target
from desktop.documents.export import export_bytes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umask_mode_not_mkstemps_0600(tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    written = export_bytes(b"png", tmp_path / "chart.png")
    assert mode(written) == 0o666 & ~mask


def test_a_replaced_file_keeps_its_mode(tmp_path):
    sample = projectfile.load(paths.sample_path())
    target = tmp_path / "shared.orgdraft"
    projectfile.save(sample, target)
    os.chmod(target, 0o664)
    projectfile.save(sample, target)
    assert mode(target) == 0o664


def test_match_target_copies_the_mode(tmp_path):
    target, tmp = tmp_path / "a", tmp_path / "b"
    target.write_text("a")
    tmp.write_text("b")
    os.chmod(target, 0o640)
    match_target(tmp, target)
    assert mode(tmp) == 0o640
