"""Benchmark: drafting the sample vs a synthetic instrument ten times its size.

Drafting = amendment text (Korean and English) and comparison table for every instrument of
the sample, from already applied changes. The synthetic case has ten times the sample's
articles and a hundred changed provisions (renames, rewritten duties, inserted and deleted
articles). Both are timed in the same run; the figure that matters is the ratio.

    python bench/bench_draft.py
    python bench/bench_draft.py --best 30    # the shortest of 30 calls each
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import paths
from desktop.core.drafting import (
    amendment_text,
    amendment_text_en,
    comparison_table,
)
from desktop.core.projectfile import load
from desktop.core.statute import Article, Instrument, Num


def draft(pairs, terms) -> None:
    for old, new in pairs:
        amendment_text(old, new, atomic_terms=terms)
        amendment_text_en(old, new, atomic_terms=terms)
        comparison_table(old, new, atomic_terms=terms)


def synthetic(
    old: Instrument, factor: int = 10, changes: int = 100
) -> tuple[Instrument, Instrument]:
    big = Instrument(old.title, old.kind, articles=[])
    for copy_no in range(factor):
        for art in old.articles:
            clone = copy.deepcopy(art)
            clone.num = Num(copy_no * 1000 + art.num.main, art.num.branch)
            big.articles.append(clone)
    new = copy.deepcopy(big)
    edited = 0
    for index, art in enumerate(new.articles):
        if edited >= changes or art.deleted or not art.paragraphs:
            continue
        kind = index % 4
        if kind == 0:
            art.title = art.title + "총괄"
        elif kind == 1:
            art.paragraphs[0].text = art.paragraphs[0].text.replace("사무", "업무")
        elif kind == 2 and art.paragraphs[0].subparagraphs:
            art.paragraphs[0].subparagraphs[0].text = "새로운 정책 기획에 관한 사항"
        else:
            art.deleted, art.paragraphs = True, []
        edited += 1
    for extra in range(10):
        new.articles.append(Article(Num(90000 + extra), "신설기구", paragraphs=[]))
    return big, new


def timed(fn, repeats: int = 7, best: bool = False) -> float:
    """The median time of ``repeats`` calls, or the shortest (``best``: on a machine whose
    speed varies from run to run, the least disturbed call)."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return min(samples) if best else statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--best", type=int, metavar="N", default=0,
                        help="time N calls of each and report the shortest (default: medians "
                        "of 7 and 3 calls)")  # fmt: skip
    args = parser.parse_args()
    inputs = load(paths.sample_path()).draft_inputs()
    terms = frozenset(u.name_ko for u in [*inputs.project.org, *inputs.applied.org])
    pairs = [(inputs.old_instruments[k], inputs.new_instruments[k]) for k in inputs.old_instruments]
    sample_articles = sum(len(old.articles) for old, _ in pairs)
    factor = round(10 * sample_articles / len(pairs[0][0].articles))
    big_pairs = [synthetic(pairs[0][0], factor)]
    if args.best:
        base = timed(lambda: draft(pairs, terms), args.best, best=True)
        big = timed(lambda: draft(big_pairs, terms), args.best, best=True)
    else:
        base = timed(lambda: draft(pairs, terms))
        big = timed(lambda: draft(big_pairs, terms), repeats=3)
    print(f"sample: {sample_articles} articles in 2 instruments, drafting {base * 1000:.1f} ms")
    print(
        f"synthetic: {len(big_pairs[0][0].articles)} articles, 100 changed provisions + 10 new, "
        f"drafting {big * 1000:.1f} ms ({big / base:.1f}x the sample)"
    )


if __name__ == "__main__":
    main()
