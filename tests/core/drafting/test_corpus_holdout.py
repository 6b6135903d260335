"""The held-out corpus (tests/data/corpus/holdout.jsonl): real sentences the rules are not tuned on.

It is mined by the same script as the main corpus (``scripts/mine_corpus.py --disjoint-from
tests/data/corpus/cases.jsonl --salt holdout``) from amending acts that the main corpus does not
use at all, so no drafter's habit is shared. The drafting rules are written and measured against
the main corpus (``scripts/corpus_report.py``); the rate here shows how far they carry to
sentences nobody looked at while writing them. Do not tune rules on these cases: read them only
to check a rule that the main corpus already justified.

When it was mined (2026-12-03) the engine wrote 196/300 = 65.3 % of these sentences exactly
(the engine of 2026-12-02 morning, before the span and chain rules of issue 16: 179/300 =
59.7 %), against 517/696 = 74.3 % on the main corpus. By the end of that day the rules of
issue 16 had taken the main corpus to 547/696 = 78.6 % and this set to 198/300 = 66.0 %: of
the 30 main-corpus cases gained, two held here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.drafting.test_corpus import applies, drafted_match, report_rate

HOLDOUT = Path(__file__).resolve().parents[2] / "data" / "corpus" / "holdout.jsonl"
# The floor of the held-out exact-match rate (only guards what is reached; raise it when the
# engine improves, never lower it to let a rule in). 198/300 when it was made; 202/300 after
# the whole-word quotes and the 호 decisions of the next stop; 205/300 with the short setting;
# 207/300 with the cite setting; 208/300 with two changes one word apart quoted as one; 210/300
# with the whole-citation form of the cite setting; 217/300 with an article rewritten for its
# share changed only when two of its paragraphs change more than half each; 218/300 with the
# single unnumbered paragraph after the title cited 같은 조; 219/300 with a quote found elsewhere
# inside a replaced statute's name taking the word before it; 221/300 with the articles setting
# (several articles joined in one sentence with 하고/하며); 222/300 with the lists setting
# (commas between the articles of a list, 및 inside each); 223/300 with a quote left to an
# earlier clause that quotes a word beginning with it, ahead of it in the text; 225/300 with
# the short setting's third form counted (every changed 호 and 목 rewritten whole).
REQUIRED_RATE = 0.75


def _cases() -> list[dict]:
    with HOLDOUT.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


CASES = _cases()
MAIN_ACTS = {
    (c["act_number"], c["act_date"])
    for c in map(json.loads, HOLDOUT.with_name("cases.jsonl").read_text("utf-8").splitlines())
}


def test_holdout_is_sourced_and_disjoint_from_the_main_corpus() -> None:
    assert len(CASES) >= 300
    for case in CASES:
        for key in ("target", "act", "act_number", "act_date", "commit_before", "commit_after"):
            assert case[key], (case["id"], key)
        assert (case["act_number"], case["act_date"]) not in MAIN_ACTS, case["id"]


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["id"] for c in CASES])
def test_real_sentence_applies(index: int) -> None:
    assert applies(CASES[index]), CASES[index]["id"]


def test_drafted_sentences_match_held_out_ones(corpus_report: Callable[[str], None]) -> None:
    hits = [drafted_match(c) for c in CASES]
    assert report_rate("held-out", CASES, hits, corpus_report) >= REQUIRED_RATE
