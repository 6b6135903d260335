"""Loading the Korean catalog: the ``.po`` read by :mod:`desktop.i18n` against a
compiled ``.mo`` read with :mod:`gettext`, in the same run.

    python bench/bench_i18n.py [--repeats 30]

Warm: medians over repeats in this process (the file in the page cache, modules imported).
Cold: fresh interpreters, each loading one catalog once, including the imports that path
needs (:mod:`desktop.i18n` for the ``.po``; :mod:`gettext` only for the ``.mo``) — what
an OrgDraft start pays once. "In the app": the same, after what OrgDraft imports anyway
soon after its first message (``babel.dates``, which the core's formatting loads on first use).
"""

from __future__ import annotations

import argparse
import gettext
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po  # noqa: E402

from desktop import i18n  # noqa: E402

PO = i18n.catalog_path("ko", ROOT / "i18n")

COLD_PO = """
{prelude}
import time; t = time.perf_counter()
from pathlib import Path
from desktop import i18n
catalog = i18n.read_catalog(Path({po!r}), "ko")
assert catalog.gettext("&File") != "&File"
print(time.perf_counter() - t)
"""
COLD_MO = """
{prelude}
import time; t = time.perf_counter()
import gettext
with open({mo!r}, "rb") as handle:
    catalog = gettext.GNUTranslations(handle)
assert catalog.gettext("&File") != "&File"
print(time.perf_counter() - t)
"""


def _median_ms(load, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        load()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _cold_ms(code: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip()))
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        mo = Path(folder) / "messages.mo"
        with PO.open("rb") as handle, mo.open("wb") as out:
            write_mo(out, read_po(handle, locale="ko"))

        def load_mo() -> None:
            with mo.open("rb") as handle:
                gettext.GNUTranslations(handle)

        entries = len(i18n.read_catalog(PO, "ko").messages)
        warm_po = _median_ms(lambda: i18n.read_catalog(PO, "ko"), args.repeats)
        warm_mo = _median_ms(load_mo, args.repeats)
        cold = max(3, args.repeats // 5)
        cold_po = _cold_ms(COLD_PO.format(prelude="", po=str(PO)), cold)
        cold_mo = _cold_ms(COLD_MO.format(prelude="", mo=str(mo)), cold)
        app = "import desktop.core.kformat, desktop.paths, dataclasses"
        app_po = _cold_ms(COLD_PO.format(prelude=app, po=str(PO)), cold)
        app_mo = _cold_ms(COLD_MO.format(prelude=app, mo=str(mo)), cold)
    print(f"Korean catalog: {entries} translated entries, {PO.stat().st_size:,} bytes of .po")
    print(f"warm  .po (babel read_po) {warm_po:7.2f} ms   .mo (gettext) {warm_mo:6.2f} ms")
    print(f"      ratio {warm_po / warm_mo:.0f}×")
    print(f"cold  .po incl. imports   {cold_po:7.2f} ms   .mo incl. imports {cold_mo:6.2f} ms")
    print(f"      ratio {cold_po / cold_mo:.0f}×, difference {cold_po - cold_mo:.1f} ms per start")
    print(f"in the app  .po           {app_po:7.2f} ms   .mo               {app_mo:6.2f} ms")
    print(f"      ratio {app_po / app_mo:.0f}×, difference {app_po - app_mo:.1f} ms per start")


if __name__ == "__main__":
    main()
