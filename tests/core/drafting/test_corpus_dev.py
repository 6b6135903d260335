"""The development corpora (tests/data/corpus/dev.jsonl, dev2.jsonl): more real sentences to find
conventions in.

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

The second development set (``dev2.jsonl``, mined on 2026-12-05 with ``--disjoint-from`` all three
other sets and ``--salt dev2``; its miner's figures in ``dev2-summary.json``) was mined with the
applier as it reads real bills today. The applier of the earlier sets refused some standard
forms (a replacement over a range, ``제1항부터 제3항까지 중``; ``제목 외의 부분``), so those sets
hold none of them; this one holds 12 and 25, and shows how real bills write what the earlier
sets could not. When it was mined the engine wrote 349/550 = 63.5 % of it exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.drafting.test_corpus import applies, drafted_match, report_rate

DEV = Path(__file__).resolve().parents[2] / "data" / "corpus" / "dev.jsonl"
DEV2 = DEV.with_name("dev2.jsonl")
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
# lists setting (commas between the articles of a list, 및 inside each); 479/587 with a
# provision cited joined with the thing it makes across the verb's form (제25조에 따라 지정된);
# 480/587 with a provision cited by the statute's name quoted with the part the text names
# (「고용보험법」 제7조 단서), the same with a name removed inside a comma list anchored on the
# name before (장애인복지법 시행령 gained; 대기환경보전법 시행령, anchored after, lost); 482/587
# with a quote left to an earlier clause that quotes a word beginning with it, ahead of it in
# the text ("아파트형공장을"을 …, "아파트형공장"을 …); 483/587 with a paragraph of the article
# cited before quoted with its 같은 조 ("같은 조 제7항ㆍ제8항"); 485/587 with stems joined by
# middle dots quoted with the word whose head they share ("소음ㆍ진동규제법령"); 494/587 with
# the short setting's third form counted (every changed 호 and 목 rewritten whole).
REQUIRED_RATE = 0.841
# The floor of the second development set (as above): 349/550 when it was mined; 355/550 with
# the unnumbered paragraph numbered as real bills do when paragraphs are added beside it
# (제목 외의 부분을 제1항으로); 364/550 with the body setting (같은 조 제목 외의 부분 중);
# 371/550 with provisions moved down to make room renumbered together (제3호 및
# 제4호를 각각 제4호 및 제5호로 하며, …); 380/550 with three or more consecutive provisions
# before 중 cited as a range (제1항부터 제3항까지 중); 382/550 with an article's paragraphs
# counted as the clauses that write them (deleted ones together, a run of new ones once);
# 386/550 with 본문 and 단서 (전단 and 후단) of one provision cited as a pair (본문 및 단서 중);
# 387/550 with 으로부터의 cut whole as a particle; 388/550 with the same words quoted alike at
# each place when a type (경영참여형) takes the noun before them; 390/550 with a name removed
# inside a comma list anchored on the name before (국토교통부, 국민안전처 → 국토교통부); 392/550
# with the 까지 that closes a range cited kept at a quote's end (제104조부터 제107조까지); 393/550
# with a paragraph of the article cited before quoted with its 같은 조 ("같은 조 제8항"); 394/550
# with stems joined by middle dots quoted with the word whose head they share ("시ㆍ도무형유산");
# 399/550 with the short setting's third form counted (every changed 호 and 목 rewritten).
REQUIRED_RATE_DEV2 = 0.725


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _acts(*names: str) -> set[tuple[int, str]]:
    return {(c["act_number"], c["act_date"]) for n in names for c in _read(DEV.with_name(n))}


SETS = {
    # name: (cases, the sets it is disjoint from, floor)
    "dev": (_read(DEV), ("cases.jsonl", "holdout.jsonl"), REQUIRED_RATE),
    "dev2": (_read(DEV2), ("cases.jsonl", "holdout.jsonl", "dev.jsonl"), REQUIRED_RATE_DEV2),
}
CASES = SETS["dev"][0]
_ALL = [(name, i) for name, (cases, _, _) in SETS.items() for i in range(len(cases))]


@pytest.mark.parametrize("name", SETS)
def test_dev_set_is_sourced_and_disjoint_from_the_other_sets(name: str) -> None:
    cases, others, _ = SETS[name]
    other_acts = _acts(*others)
    assert len(cases) >= 300
    for case in cases:
        for key in ("target", "act", "act_number", "act_date", "commit_before", "commit_after"):
            assert case[key], (case["id"], key)
        assert (case["act_number"], case["act_date"]) not in other_acts, case["id"]


@pytest.mark.parametrize(
    ("name", "index"), _ALL, ids=[f"{n}-{SETS[n][0][i]['id']}" for n, i in _ALL]
)
def test_real_sentence_applies(name: str, index: int) -> None:
    case = SETS[name][0][index]
    assert applies(case), case["id"]


@pytest.mark.parametrize("name", SETS)
def test_drafted_sentences_match_dev_ones(name: str, corpus_report: Callable[[str], None]) -> None:
    cases, _, floor = SETS[name]
    hits = [drafted_match(c) for c in cases]
    assert report_rate(name, cases, hits, corpus_report) >= floor
