"""Python's garbage collector, kept from stalling the window.

A full collection walks every object the process holds: the modules, the open project, the
templates and what the preview has drafted. On the sample that took up to 80 ms, and as it
runs on whichever thread allocates while holding the interpreter lock, the GUI thread waited
for it even when a worker triggered it (measured in ``bench/bench_preview.py``).

:func:`settle` runs one collection at a moment when the official waits anyway (a project has
just opened, the first preview has just shown its imports) and then moves everything alive
to the permanent generation (:func:`gc.freeze`), so later collections walk only what was
created since. Reference counting still frees frozen objects as usual; only a cycle among
them waits for the next :func:`settle`, which first returns them to the collector.

On the way to the window's first frame the collector is off (:func:`pause`, :func:`resume`):
what the start makes — the window's modules and classes, its widgets, the project — lives on,
so the passes that a start's allocations set off find nothing to free (about 4 % of the
start's work; ``bench/bench_startup.py``); the first :func:`settle` comes right after.
"""

from __future__ import annotations

import gc

# Collect the youngest objects after this many allocations (Python's default is 700): a
# drafting allocates tens of thousands of short-lived objects, and at 700 many of them
# survive into the older generations just because a collection caught them alive.
YOUNG_THRESHOLD = 20_000


def relax() -> None:
    """Collect the youngest objects less often from now on (:data:`YOUNG_THRESHOLD`): called
    before the window's modules load, whose classes and tables would otherwise set off about
    twenty collections on the way to the first frame. :func:`settle` keeps the policy."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)


def pause() -> None:
    """Turn the cycle collector off until :func:`resume` (the start of the window)."""
    gc.disable()


def resume() -> None:
    """Turn the cycle collector back on (once the window has painted its first frame, or the
    start has failed or ended)."""
    gc.enable()


def settle() -> None:
    """Collect everything once, then exempt the survivors from later full collections."""
    relax()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
