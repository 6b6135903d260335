"""Time generating the sample's whole document set against a bare docxtpl render of a
template holding the same amount of text; prints both and the ratio (no assertions).

    python bench/bench_generate.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docxtpl import DocxTemplate  # noqa: E402

from desktop import paths  # noqa: E402
from desktop.chart.orgchart import chart_pngs  # noqa: E402
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    project = projectfile.load(paths.sample_path())
    full, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.repeat):
            out = Path(tmp) / f"set{run}"
            out.mkdir()
            start = time.perf_counter()
            files = generate(project, out, draw_chart=chart_pngs, today=dt.date(2024, 6, 28))
            full.append(time.perf_counter() - start)
        paragraphs = _text_of(files)
        docs = sum(1 for f in files if f.suffix == ".docx")
        template = _bare_template(len(paragraphs))
        for _ in range(args.repeat):
            start = time.perf_counter()
            for index in range(docs):  # as many files as the set, the same text in total
                share = paragraphs[index::docs]
                tpl = DocxTemplate(io.BytesIO(template))
                tpl.render({"paragraphs": share}, autoescape=True)
                tpl.save(str(Path(tmp) / f"bare{index}.docx"))
            bare.append(time.perf_counter() - start)
    chars = sum(len(p) for p in paragraphs)
    print(
        f"documents: {docs} DOCX + {len(files) - docs} PNG, {len(paragraphs):,} paragraphs "
        f"and cells, {chars:,} characters"
    )
    print(f"OrgDraft generate (best of {args.repeat}): {min(full):.2f} s")
    print(f"bare docxtpl render of the same text: {min(bare):.2f} s")
    print(f"ratio: {min(full) / min(bare):.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
