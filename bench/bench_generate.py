"""Time generating the sample's whole document set against a bare docxtpl render of a
template holding the same amount of text; prints both and the ratio (no assertions).

Also times a synthetic proposal ten times the sample (``bench/synthetic.py``) to show that
the time grows in proportion to the text.

    python bench/bench_generate.py [--repeat 3] [--factor 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docxtpl import DocxTemplate  # noqa: E402

from bench.synthetic import scaled_sample  # noqa: E402
from desktop import paths  # noqa: E402
from desktop.chart.orgchart import chart_pages, ensure_app  # noqa: E402
from desktop.core import projectfile  # noqa: E402
from desktop.documents.generate import generate  # noqa: E402


def _text_of(files: list[Path]) -> list[str]:
    paragraphs = []
    for path in files:
        if path.suffix == ".docx":
            document = docx.Document(str(path))
            paragraphs += [p.text for p in document.paragraphs]
            for table in document.tables:
                paragraphs += [cell.text for row in table.rows for cell in row.cells]
    return paragraphs


def _bare_template(count: int) -> bytes:
    document = docx.Document()
    document.add_paragraph("{%p for text in paragraphs %}")
    document.add_paragraph("{{ text }}")
    document.add_paragraph("{%p endfor %}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _generate(project, out: Path) -> tuple[float, list[Path]]:
    out.mkdir()
    start = time.perf_counter()
    files = generate(project, out, draw_chart=chart_pages, today=dt.date(2024, 6, 28))
    return time.perf_counter() - start, files


def _bare(paragraphs: list[str], docs: int, out: Path) -> float:
    """A bare docxtpl render of the same text, spread over as many files as the set."""
    template = _bare_template(len(paragraphs))
    start = time.perf_counter()
    for index in range(docs):
        tpl = DocxTemplate(io.BytesIO(template))
        tpl.render({"paragraphs": paragraphs[index::docs]}, autoescape=True)
        tpl.save(str(out / f"bare{index}.docx"))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--factor", type=int, default=10, help="size of the synthetic proposal")
    args = parser.parse_args(argv)
    ensure_app()  # Qt on the main thread; generate draws the charts on a worker
    project = projectfile.load(paths.sample_path())
    big = scaled_sample(args.factor)
    full, bare, large = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first, files = _generate(project, root / "first")  # cold: templates not yet linted
        paragraphs = _text_of(files)
        docs = sum(1 for f in files if f.suffix == ".docx")
        _, big_files = _generate(big, root / "big-warm")
        big_paragraphs = _text_of(big_files)
        for run in range(args.repeat):  # interleaved, so load on the machine hits both alike
            full.append(_generate(project, root / f"set{run}")[0])
            bare.append(_bare(paragraphs, docs, root))
            large.append(_generate(big, root / f"big{run}")[0])
    chars = sum(len(p) for p in paragraphs)
    big_chars = sum(len(p) for p in big_paragraphs)
    med = statistics.median
    print(
        f"sample: {docs} DOCX + {len(files) - docs} PNG, {len(paragraphs):,} paragraphs "
        f"and cells, {chars:,} characters"
    )
    print(f"OrgDraft generate, first in the process: {first:.2f} s")
    print(f"OrgDraft generate (median of {args.repeat}): {med(full):.2f} s")
    print(f"bare docxtpl render of the same text (median): {med(bare):.2f} s")
    print(f"ratio to bare: {med(full) / med(bare):.1f}x (first run {first / med(bare):.1f}x)")
    print(
        f"synthetic x{args.factor} ({len(big.changes)} changes vs {len(project.changes)}): "
        f"{big_chars:,} characters ({big_chars / chars:.1f}x the text), "
        f"{med(large):.2f} s ({med(large) / med(full):.1f}x the time; "
        f"{med(large) / med(full) / (big_chars / chars):.2f} time per character relative "
        "to the sample)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
