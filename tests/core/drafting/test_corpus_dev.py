"""The development corpus (tests/data/corpus/dev.jsonl): more real sentences to find conventions in.

It is mined by the same script as the other two sets (``scripts/mine_corpus.py
--disjoint-from tests/data/corpus/cases.jsonl --disjoint-from tests/data/corpus/holdout.jsonl
-o tests/data/corpus/dev.jsonl --salt dev``) from the amending acts neither of them uses. The
main corpus's remaining misses are mostly forms seen in one act there; this set shows whether
other acts write them too. Rules may be studied and tuned on it (``scripts/corpus_report.py
--dev``) as on the main corpus; the held-out set stays unread. The issue's rate is the main
corpus's.

When it was mined (2026-12-05) the engine wrote 437/587 = 74.4 % of these sentences exactly,
against 603/696 = 86.6 % on the main corpus and 215/300 = 71.7 % on the held-out set: the rules
tuned on the main corpus carry to other acts about as far as to the held-out ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.drafting.test_corpus import applies, drafted_match, report_rate

DEV = Path(__file__).resolve().parents[2] / "data" / "corpus" / "dev.jsonl"
# The floor of the development set's exact-match rate (only guards what is reached; raise it
# when the engine improves, never lower it to let a rule in). 437/587 when it was mined; 438/587
# with an aside added against a word quoted with that word only; 439/587 with a statute's
# name starting a word; 442/587 with an article rewritten for its share changed only when
# two of its paragraphs change more than half each; 445/587 with the single unnumbered paragraph
# after the title cited 같은 조; 446/587 with words replaced and a 후단 added as two clauses;
# 447/587 with 경우 no modifier of the noun after it; 448/587 with the whole-citation setting
# taking a list of citations of one provision; 449/587 with 로서의 a particle of its own; 451/587
# with a quote found elsewhere inside a replaced statute's name taking the word before it;
# 452/587 with 에의 one particle; 453/587 with words added after a clause's comma anchored on the
# noun after them; 454/587 with a one-syllable item of a ㆍ word quoted with the word; 456/587
# with a quote widened to be found once never ending at a function word (중, 그); 457/587 with
# many short replacements in a long provision amended; 458/587 with a word written as a ㆍ list
# between two changes joining them; 460/587 with a renamed item of a ㆍ list apart from an item
# added further on; 465/587 with a 호 whose two quotes take more than half of it rewritten;
# 466/587 with a quote never closing a bracket it did not open; 468/587 with a quote of several
# words taking the one-syllable head 의 ties its last noun to (의 장, 의 날); 471/587 with the
# articles setting (several articles joined in one sentence with 하고/하며); 476/587 with the
# lists setting (commas between the articles of a list, 및 inside each).
REQUIRED_RATE = 0.810


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


CASES = _read(DEV)
OTHER_ACTS = {
    (c["act_number"], c["act_date"])
    for name in ("cases.jsonl", "holdout.jsonl")
    for c in _read(DEV.with_name(name))
}


def test_dev_set_is_sourced_and_disjoint_from_the_other_sets() -> None:
    assert len(CASES) >= 300
    for case in CASES:
        for key in ("target", "act", "act_number", "act_date", "commit_before", "commit_after"):
            assert case[key], (case["id"], key)
        assert (case["act_number"], case["act_date"]) not in OTHER_ACTS, case["id"]


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["id"] for c in CASES])
def test_real_sentence_applies(index: int) -> None:
    assert applies(CASES[index]), CASES[index]["id"]


def test_drafted_sentences_match_dev_ones(corpus_report: Callable[[str], None]) -> None:
    hits = [drafted_match(c) for c in CASES]
    assert report_rate("dev", CASES, hits, corpus_report) >= REQUIRED_RATE
