"""Compare two folders of exported documents part by part.

Usage: python scripts/compare_documents.py BEFORE_DIR AFTER_DIR [--part word/document.xml]

For every DOCX (or HWPX) present in either folder, prints whether the chosen package part is
byte-identical, and the first differing characters when it is not. Exit 0 when every file
present in both folders matches and no file is missing on either side; 1 otherwise. Used to
show that a refactor keeps the output (compare every exported ``word/document.xml``).
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path


def _part(path: Path, name: str) -> bytes | None:
    with zipfile.ZipFile(path) as package:
        try:
            return package.read(name)
        except KeyError:
            return None


def _first_difference(a: bytes, b: bytes) -> str:
    index = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    start = max(0, index - 80)
    return (
        f"    at byte {index}:\n"
        f"    before: …{a[start : index + 120].decode('utf-8', 'replace')}…\n"
        f"    after:  …{b[start : index + 120].decode('utf-8', 'replace')}…"
    )


def compare(before: Path, after: Path, part: str) -> int:
    suffixes = {".docx", ".hwpx"}
    names_a = {p.name for p in before.iterdir() if p.suffix in suffixes}
    names_b = {p.name for p in after.iterdir() if p.suffix in suffixes}
    failures = 0
    for name in sorted(names_a | names_b):
        if name not in names_b:
            print(f"MISSING after:  {name}")
            failures += 1
            continue
        if name not in names_a:
            print(f"NEW after:      {name}")
            failures += 1
            continue
        a, b = _part(before / name, part), _part(after / name, part)
        if a == b:
            print(f"identical:      {name}")
        else:
            failures += 1
            print(f"DIFFERENT:      {name}")
            if a is not None and b is not None:
                print(_first_difference(a, b))
    print(f"{len(names_a & names_b) - failures} of {len(names_a | names_b)} identical ({part})")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--part", default="word/document.xml")
    args = parser.parse_args(argv)
    return compare(args.before, args.after, args.part)


if __name__ == "__main__":
    sys.exit(main())
