"""Hostile templates against the render limits: time and peak memory of each, against a fair
template rendered the same way in the same run.

    python bench/bench_template_limits.py

Each template renders in a fresh interpreter (so that its peak resident memory is its own);
the line shows the seconds of the render, the interpreter's peak memory and how the render
ended. The baseline is a fair one-paragraph template.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAYLOADS = [
    "{{ title }}",  # the baseline
    "{{ 7**(10**9) > 1 }}",
    "{{ 'a' * 10**9 }}",
    "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}",
    "{% for i in range(10**30) %}{% endfor %}",
    "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "{% include 'other.docx' %}",
    "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(99) %}{% set ns.l = ns.l + ns.l %}"
    "{% endfor %}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ ([1]*1000000)|join('x'*1000) }}",
    "{{ ('a'*1000000).replace('', 'b'*1000) }}",
    "{{ '{0.__class__}'.format(title) }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
]

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from desktop.documents.errors import TemplateError
from desktop.documents.render import render_docx
from tests.documents.conftest import make_template
folder = Path({folder!r})
template = make_template(folder / "t.docx", ["before", {payload!r}])
start = time.perf_counter()
try:
    render_docx(template, template.read_bytes(), frozenset(), {{"title": "x"}}, {{}},
                folder / "o.docx")
    result = "rendered"
except TemplateError as exc:
    finding = exc.findings[0]
    result = f"{{finding.code}} ({{finding.where.describe('en')}})"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([seconds, peak, result]))
"""


def main() -> int:
    rows = []
    for payload in PAYLOADS:
        with tempfile.TemporaryDirectory() as folder:
            code = CHILD.format(root=str(ROOT), folder=folder, payload=payload)
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
            )
            if out.returncode:
                print(payload, "FAILED", out.stderr[-500:])
                return 1
            rows.append((payload, *json.loads(out.stdout.strip().splitlines()[-1])))
    _, base_s, base_mb, _ = rows[0]
    print(f"baseline (fair template): {base_s:.2f} s, {base_mb:.0f} MB peak")
    for payload, seconds, peak, result in rows[1:]:
        print(
            f"{seconds:5.2f} s ({seconds / base_s:5.1f}x)  {peak:4.0f} MB (+{peak - base_mb:3.0f})"
            f"  {result:28}  {payload[:60]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
