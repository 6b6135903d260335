"""Proofread every real 개정문 of a legalize-kr mirror, to see what the proof tells on them.

    python scripts/proof_mirror.py /path/to/legalize-kr [--list KIND] [--show N]

The corpus cases (tests/data/corpus) are 2,133 single sentences, one article each mostly. The
부칙 of the amending acts in the mirror's current files hold about 29,000 whole 개정문
(``⑤ 국가공무원법 일부를 다음과 같이 개정한다.`` and its sentences, read as :mod:`mine_corpus`
reads them): some 44,000 distinct sentences, and 8,000 개정문 of several sentences, which show
whether real bills keep the order of the provisions across sentences. This reads each 개정문's
sentences in turn through the proof (:func:`~desktop.core.drafting.applier.proof.sentence_notes`
and :class:`~desktop.core.drafting.applier.proof.Order`) without the old text — what needs it
(a particle left in the text by a replacement) is not told here — and prints, for each kind of
note, how many sentences draw it and in which years; ``--list KIND`` prints N of that kind
(``order`` prints the whole 개정문; the kinds: ``order``, ``spacing``, ``old-form``,
``form``, ``each``, ``connector``, ``particle``). Instruments of ``corpus-exclusions.txt`` are
left out, as the corpus leaves them out.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import mine_corpus as mine  # noqa: E402

from desktop.core.amendment_grammar import SentenceSyntax, parse_sentence  # noqa: E402
from desktop.core.drafting.applier import provision_name  # noqa: E402
from desktop.core.drafting.applier.proof import (  # noqa: E402
    EACH,
    FORM,
    OLD_FORM,
    REPEATED_CONNECTOR,
    SENTENCE_PARTICLE,
    SPACING,
    Order,
    sentence_notes,
)

# The kinds of note, as --list names them.
KINDS = {
    SPACING: "spacing",
    OLD_FORM: "old-form",
    FORM: "form",
    EACH: "each",
    REPEATED_CONNECTOR: "connector",
    SENTENCE_PARTICLE: "particle",
}

# Sentences written one after another on a line.
_SPLIT = re.compile(r"(?<=다\.) (?=제\d|제명|별표)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mirror", type=Path)
    ap.add_argument("--exclusions", type=Path, default=mine.DEFAULT_EXCLUSIONS)
    kinds = ", ".join(["order", *KINDS.values()])
    ap.add_argument("--list", metavar="KIND", help=f"print notes of this kind: {kinds}")
    ap.add_argument("--show", type=int, default=20, help="how many --list prints")
    args = ap.parse_args(argv)
    excluded = {
        mine.squash(line)
        for line in args.exclusions.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    listing = mine.git(args.mirror, "grep", "-l", "일부를 다음과 같이 개정한다", "HEAD", "--", "kr")
    act_files = [line.split(":", 1)[1] for line in listing.splitlines() if ":" in line]
    blobs = mine.Blobs(args.mirror)
    seen_items: set[tuple[str, tuple[str, ...]]] = set()
    seen: set[str] = set()
    items = several = sentences = 0
    told: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    years: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for act_path in act_files:
        if mine.squash(act_path.split("/")[1]) in excluded:
            continue
        for item in mine.items_of(blobs.read("HEAD", act_path) or "", act_path, act_path):
            lines = [s for s, _body in mine.sentences_of(item.lines)]
            key = (item.target, tuple(lines))
            if mine.squash(item.target) in excluded or not lines or key in seen_items:
                continue  # an act's 부칙 is repeated in the files of its other instruments
            seen_items.add(key)
            items += 1
            several += len(lines) > 1
            order = Order(provision_name)
            for piece in (p for line in lines for p in _SPLIT.split(line)):
                try:
                    parsed = parse_sentence(piece)
                except (SentenceSyntax, ValueError):
                    continue
                notes = [("order", n) for n in order.notes(parsed)]
                if piece not in seen:  # a sentence's own notes, once
                    seen.add(piece)
                    sentences += 1
                    notes += [(KINDS[n.message.msgid], n) for n in sentence_notes(parsed)]
                for name, note in notes:
                    whole = "\n  ".join(lines) if name == "order" else piece
                    told[name].append((item.date, whole, note.message.text("ko")))
                    years[name][item.date[:4]] += 1
    blobs.close()
    print(f"{items} 개정문 ({several} of several sentences), {sentences} distinct sentences")
    for name, notes in sorted(told.items(), key=lambda kv: -len(kv[1])):
        by_year = ", ".join(f"{y} {n}" for y, n in sorted(years[name].items()))
        print(f"  {name}: {len(notes)} ({by_year})")
    for date, text, message in told.get(args.list or "", [])[: args.show]:
        print(f"\n{date} {message}\n  {text[:600]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
