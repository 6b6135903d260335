"""The permissions of a file written atomically (temporary file, then replace).

``tempfile.mkstemp`` creates its file readable by its owner only (0600). Replacing the
target with it would make a document or project on a shared drive unreadable to colleagues
(on POSIX file systems; Windows keeps only the read-only flag). :func:`match_target` gives
the temporary file the mode the target had, or, for a new file, what the process's umask
allows — as if the file had been written in place.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o022)  # read it (the only way) and put it back at once
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once, on import, before any worker thread writes files


def match_target(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the permission bits ``target`` has, or a new file's under the umask."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_UMASK
    os.chmod(tmp, mode)
