"""Three processes open one project at the same moment, round after round.

Run by tests/core/test_lock_race.py (and by hand: ``python -m tests.core.lock_race ROUNDS``).
Each worker waits at a barrier, calls :func:`desktop.core.lock.acquire` on the round's
project, records whether it holds the lock, waits until all have tried, then releases. Some
rounds start with a stale lock (its process is gone) that all three try to take over; with
``links=False`` the hard link is refused as on a file system without links, so the exclusive
create is used.
"""

from __future__ import annotations

import errno
import json
import multiprocessing as mp
import os
import socket
import sys
from pathlib import Path

WORKERS = 3


def _worker(index, folder, rounds, barrier, results, links):
    from desktop.core import lock

    if not links:

        def no_link(*_args, **_kwargs):
            raise OSError(errno.EPERM, "links not supported")

        os.link = no_link
    for r in range(rounds):
        project = Path(folder) / f"p{r}.orgdraft"
        barrier.wait()
        held = None
        try:
            held = lock.acquire(project)
        except lock.ProjectLocked:
            pass
        except Exception as exc:  # reported to the parent as a failure
            results[r * WORKERS + index] = 2
            print(f"round {r}: {exc!r}", file=sys.stderr)
        else:
            results[r * WORKERS + index] = 1
        barrier.wait()
        if held is not None:
            held.release()


def stale_lock(project: Path, pid: int) -> None:
    info = {"user": "kim", "host": socket.gethostname(), "pid": pid, "since": "2024-06-27T09:00"}
    (project.with_name(project.name + ".lock")).write_text(json.dumps(info), encoding="utf-8")


def race(folder: Path, rounds: int, *, links: bool = True, stale_pid: int = 0) -> list[int]:
    """Holders per round (``stale_pid``: every other round starts with a stale lock of it)."""
    if stale_pid:
        for r in range(1, rounds, 2):
            stale_lock(folder / f"p{r}.orgdraft", stale_pid)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(WORKERS)
    results = ctx.Array("b", rounds * WORKERS, lock=False)
    procs = [
        ctx.Process(target=_worker, args=(i, str(folder), rounds, barrier, results, links))
        for i in range(WORKERS)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    if any(proc.exitcode != 0 for proc in procs):
        raise RuntimeError(f"a worker failed: {[proc.exitcode for proc in procs]}")
    if 2 in results[:]:
        raise RuntimeError("an exception escaped acquire")
    return [sum(results[r * WORKERS : (r + 1) * WORKERS]) for r in range(rounds)]


if __name__ == "__main__":  # pragma: no cover - by hand
    import tempfile
    import time

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        holders = race(Path(tmp), count)
        print(
            count,
            "rounds:",
            {n: holders.count(n) for n in set(holders)},
            f"{time.perf_counter() - start:.1f} s",
        )
