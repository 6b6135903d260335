"""Check the proof's order note on every real 개정문 of a legalize-kr mirror.

    python scripts/order_mirror.py /path/to/legalize-kr [--list N]

The corpus cases are single sentences (one article each, mostly), so they cannot show whether
real bills keep the order of the provisions across sentences. The 부칙 of the amending acts in
the mirror's current files hold whole 개정문 (``⑤ 국가공무원법 일부를 다음과 같이 개정한다.``
and its sentences, read as :mod:`mine_corpus` reads them). This reads each one's sentences in
turn through the proof's :class:`~desktop.core.drafting.applier.proof.Order`, without the old
text (the order needs only the sentences), and prints how many are told, and with ``--list``
the first N of them whole. Instruments of ``corpus-exclusions.txt`` are left out, as the
corpus leaves them out.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import mine_corpus as mine  # noqa: E402

from desktop.core.amendment_grammar import SentenceSyntax, parse_sentence  # noqa: E402
from desktop.core.drafting.applier.proof import Order  # noqa: E402
from desktop.i18n import Pair  # noqa: E402

# Sentences written one after another on a line.
_SPLIT = re.compile(r"(?<=다\.) (?=제\d|제명|별표)")


def told(sentences: list[str]) -> list[str]:
    """The order notes (Korean) on one 개정문's sentences."""
    order = Order(lambda what: Pair(str(what), str(what)))
    out = []
    for line in sentences:
        for piece in _SPLIT.split(line):
            try:
                parsed = parse_sentence(piece)
            except (SentenceSyntax, ValueError):
                continue
            out += [f"{piece[:60]} …" for _ in order.notes(parsed)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mirror", type=Path)
    ap.add_argument("--exclusions", type=Path, default=mine.DEFAULT_EXCLUSIONS)
    ap.add_argument("--list", type=int, default=0, help="print the first N told, whole")
    args = ap.parse_args(argv)
    excluded = {
        mine.squash(line)
        for line in args.exclusions.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    listing = mine.git(args.mirror, "grep", "-l", "일부를 다음과 같이 개정한다", "HEAD", "--", "kr")
    act_files = [line.split(":", 1)[1] for line in listing.splitlines() if ":" in line]
    blobs = mine.Blobs(args.mirror)
    seen: set[tuple[str, tuple[str, ...]]] = set()
    items = several = 0
    found: list[tuple[str, int, list[str], list[str]]] = []
    for act_path in act_files:
        if mine.squash(act_path.split("/")[1]) in excluded:
            continue
        for item in mine.items_of(blobs.read("HEAD", act_path) or "", act_path, act_path):
            if mine.squash(item.target) in excluded:
                continue
            sentences = [s for s, _body in mine.sentences_of(item.lines)]
            key = (item.target, tuple(sentences))
            if not sentences or key in seen:  # an act's 부칙 repeated in another file
                continue
            seen.add(key)
            items += 1
            several += len(sentences) > 1
            notes = told(sentences)
            if notes:
                found.append((item.target, item.number, sentences, notes))
    blobs.close()
    print(f"{items} 개정문 ({several} of several sentences): {len(found)} told")
    for target, number, sentences, notes in found[: args.list]:
        print(f"\n## {target} (제{number}호): {len(notes)}")
        for sentence in sentences:
            print(f"  {sentence[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
