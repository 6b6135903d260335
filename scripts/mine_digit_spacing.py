"""Count how real statute texts write a number and the word after or before it: spaced
(``2 이상``, ``별표 1``) or solid (``1명``, ``우정2급``), and write the table
:mod:`desktop.core.digitspacing` reads.

A PDF's text layer often comes back with every number spaced from the Hangul around it
(``제 3 조``, ``국장 1 명을``): the fonts change there and the copy puts a space at each change.
Where the page gave no space, the real text may have had one (``2 이상``) or not (``1명``); this
table says which the statutes write, by the first syllables of the word after a number and the
last syllables of the word before one::

    python scripts/mine_digit_spacing.py /path/to/legalize-kr [-o resources/digit_spacing.tsv]

Source: the current text (``HEAD``) of every instrument of a legalize-kr mirror
(``kr/<name>/*.md``), except those named in ``shared/domain/corpus-exclusions.txt``. Each
number (not part of a date or a decimal: no ``.``/``,``/digit before it) followed by a Hangul
word, with one space or none, counts for the word's first one, two and three syllables (a
word that runs into a number is left out: ``제3조의2제1항``, ``별표 1 제3호`` are citations);
each Hangul word followed by a number, with one space or none, counts for its last one, two
and three syllables. Latin letters meeting a Hangul word are counted the same way (sides
``after-latin`` and ``before-latin``), outside the instruments' metadata lines. The parts seen
at least ``MIN_SEEN`` times are kept, each with the
counts of the words it is the longest kept part of; a word is read by its longest kept part.
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mine_corpus import DEFAULT_EXCLUSIONS, read_exclusions, squash  # noqa: E402

from desktop.core.digitspacing import (  # noqa: E402
    AFTER,
    AFTER_LATIN,
    BEFORE,
    BEFORE_LATIN,
    MAX_SYLLABLES,
    SURE_SHARE,
    Reading,
    reading_of,
    syllables,
)

DEFAULT_OUT = ROOT / "resources" / "digit_spacing.tsv"
MIN_SEEN = 10
_AFTER = re.compile(r"(?<![\d.,])\d+( ?)([가-힣]+)(?![가-힣\d])")
_BEFORE = re.compile(r"([가-힣]+)( ?)\d")
_AFTER_LATIN = re.compile(r"(?<![A-Za-z])[A-Za-z]+( ?)([가-힣]+)(?![가-힣])")
_BEFORE_LATIN = re.compile(r"([가-힣]+)( ?)[A-Za-z]+(?![A-Za-z])")
# the lines of an instrument's metadata (``PDF링크: https://…``), whose keys are no text
_METADATA = re.compile(r"^\s*(?:- )?[^\s:]+: .*$", re.MULTILINE)


def texts(repo: Path, excluded: set[str]) -> str:
    """The current text of every instrument not excluded, one string."""
    names = subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "-c",
            "core.quotepath=false",
            "ls-tree",
            "-r",
            "--name-only",
            "HEAD",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    names = [
        n
        for n in names
        if n.startswith("kr/") and n.endswith(".md") and squash(n.split("/")[1]) not in excluded
    ]
    batch = "".join(f"HEAD:{name}\n" for name in names).encode()
    out = subprocess.run(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        input=batch,
        check=True,
        capture_output=True,
    ).stdout
    print(f"{len(names)} instruments", file=sys.stderr)
    return out.decode("utf-8", "replace")


Counts = dict[tuple[str, str], tuple[int, int]]  # (side, syllables) → (solid, spaced)


def counts(text: str) -> Counts:
    """How often a number meets each word's first (after it) or last (before it) syllables
    without a space and with one."""
    solid: collections.Counter[tuple[str, str]] = collections.Counter()
    spaced: collections.Counter[tuple[str, str]] = collections.Counter()
    prose = _METADATA.sub("", text)
    for side, pattern, space, word, where in (
        (AFTER, _AFTER, 1, 2, text),
        (BEFORE, _BEFORE, 2, 1, text),
        (AFTER_LATIN, _AFTER_LATIN, 1, 2, prose),
        (BEFORE_LATIN, _BEFORE_LATIN, 2, 1, prose),
    ):
        for match in pattern.finditer(where):
            letters = match.group(word)
            into = spaced if match.group(space) else solid
            for size in range(1, min(MAX_SYLLABLES, len(letters)) + 1):
                into[side, syllables(side, letters, size)] += 1
    return {key: (solid[key], spaced[key]) for key in set(solid) | set(spaced)}


def table(seen: Counts) -> list[tuple[str, str, Reading, int, int]]:
    """The parts seen ``MIN_SEEN`` times or more, each with the counts of the words it is the
    longest such part of (its own less those of its longer parts kept): what a word read by
    it was met as (``제곱`` is kept, so ``제`` counts ``제목``, ``제외``, … and not ``제곱``)."""
    kept = {key: counts for key, counts in seen.items() if sum(counts) >= MIN_SEEN}
    rest = dict(kept)
    for side, part in kept:
        shorter = ((side, syllables(side, part, size)) for size in range(len(part) - 1, 0, -1))
        if (parent := next((key for key in shorter if key in kept), None)) is not None:
            n_solid, n_spaced = rest[parent]
            rest[parent] = (n_solid - kept[side, part][0], n_spaced - kept[side, part][1])
    rows = []
    for side, part in sorted(kept, key=lambda key: (key[0], len(key[1]), key[1])):
        n_solid, n_spaced = rest[side, part]
        rows.append((side, part, reading_of(n_solid, n_spaced), n_solid, n_spaced))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repo", type=Path, help="a legalize-kr mirror (git directory)")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--exclusions", type=Path, default=DEFAULT_EXCLUSIONS)
    args = ap.parse_args(argv)
    excluded = read_exclusions(args.exclusions)
    rows = table(counts(texts(args.repo, excluded)))
    head = subprocess.run(
        ["git", "-C", str(args.repo), "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    with args.output.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            "# How statutes write a number and the word after it (by its first syllables) or"
            " before it (by its last):\n# solid (1명, 우정2급) or spaced (2 이상, 별표 1).\n"
            f"# Mined by scripts/mine_digit_spacing.py from legalize-kr {head} (current texts);"
            f" parts seen {MIN_SEEN}+ times, each with the\n# counts of the words it is the longest"
            " such part of;\n"
            f"# sure: one way in at least {SURE_SHARE:.0%} of them.\n"
            "# side\tsyllables\treading\tsure\tsolid\tspaced\n"
        )
        for side, part, reading, n_solid, n_spaced in rows:
            out.write(
                f"{side}\t{part}\t{'solid' if reading.solid else 'spaced'}\t"
                f"{'sure' if reading.sure else 'unsure'}\t{n_solid}\t{n_spaced}\n"
            )
    print(f"{len(rows)} rows written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
