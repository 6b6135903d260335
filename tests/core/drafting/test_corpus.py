"""The corpus of real amendment sentences (tests/data/corpus, mined by scripts/mine_corpus.py).

Each case is one sentence of a published 개정문 (from the 부칙 "다른 법령의 개정" of an amending
act) with the articles it touches before and after, taken from the consolidated texts.

- Every case applies: the real sentence, applied to the old articles by the applier, gives the
  new articles.
- The drafting engine (what ``orgdraft amend OLD NEW`` uses), given the old and new articles,
  writes the drafters' sentence: the exact-match rate (whitespace normalised, the final
  full stop that some consolidated texts lost is not compared, nor the new texts after
  ``다음과 같이``) is printed and asserted. A case also matches when the
  engine's other accepted form (a setting, see :data:`VARIANTS`) writes the real sentence.
"""

from __future__ import annotations

import collections
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.rules import (
    ARTICLES_APART,
    ARTICLES_JOINED,
    BODY_PART,
    BODY_SAME,
    CHAIN_COMMA,
    CHAIN_HAGO,
    CITE_BARE,
    CITE_NAMED,
    CITE_WHOLE,
    LEAD_APART,
    LEAD_GATHER,
    LISTS_AND,
    LISTS_COMMAS,
    SHORT_AMEND,
    SHORT_REWRITE,
    SHORT_WHOLE,
    TITLE_GATHER,
    TITLE_PART,
    TITLE_WHOLE,
)
from desktop.core.statute import Instrument
from desktop.core.statute_parse import parse_instrument

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "cases.jsonl"
# The rate the engine reaches today: 609/696 = 87.5 % (before the §3a span rules of issue 16:
# 275/696 = 39.5 %; before 전단/후단 and the title forms: 352/696; before the noun-phrase quotes,
# whole citations, 같은 조 in lists and 각각 for repeated words: 413/696; before 각각 for
# neighbours only and flat lists after a title: 435/696; before the rewrite rules for one changed
# provision and for 호 and 목: 442/696; before the renumbered last provision: 457/696; before
# glosses in brackets skipped for particles: 460/696; before 본문 and 단서 amended apart: 462/696;
# before comma-list anchors, list items removed inside a list and the particle after any aside in
# brackets: 463/696; before ranges, lists of citations, citations joined with the thing named and
# words split at an opening bracket: 470/696; before two items renamed around 및 quoted as one:
# 495/696; before nouns bound to the word before them (4급 이상): 501/696; before a 호 with two
# replacements amended rather than rewritten: 502/696; before a 호 judged by the share of its
# text the quotes would take: 504/696; before a 호 naming a thing and qualifying it with 이 경우
# cited 전단/후단: 517/696; before items of a comma list placed whole: 518/696; before a deeper
# provision bare after 같은 조 and a title gathered with the next articles: 522/696; before words
# renamed across the bill amended, never rewritten: 524/696; before an item removed and one
# added in a short comma list quoted as one: 525/696; before a replacement listing every
# provision it is made in: 528/696; before an own annex becoming another statute's and 각 호
# joined with the thing they name: 530/696; before the lead setting (a lead-in whose 호 change
# next cited apart): 532/696; before both sentences amended apart (전단 and 후단) and braces
# read as brackets: 537/696; before a comma item that is a ㆍ list quoted whole: 538/696; before
# a paragraph rewritten only when the quotes would take most of it: 539/696; before the item
# that stays after a removed one quoted with its noun phrase: 540/696; before words replaced and
# a proviso added as two clauses: 542/696; before a renamed statute joined with the thing it names
# across an unchanged annex: 543/696; before a quote starting inside an annex cited given the annex,
# not the statute: 544/696; before a list of citations of one provision ending a quote taken whole:
# 545/696; before a citation ending in a part of the annex it cites joined with the thing named:
# 546/696; before a verb's ending never cut like a particle, with the bound noun it modifies:
# 547/696; before neighbouring provisions or articles taking the same several replacements
# gathered with 각각 for each: 548/696; before a 호 among siblings amended by replacements
# rewritten only when quoted almost whole: 549/696; before a 호 needing several replacements
# rewritten beside the new 호 of its paragraph: 552/696; before a defined term quoted without
# the 이라 of its definition ("이하 "A"라 한다"): 556/696; before the short setting (a 호 or 목
# quoted almost whole amended by its words): 558/696; before a word renamed inside a statute's
# name quoted whole left to that quote and an item added after a staffing item anchored on that
# whole item: 567/696; before the cite setting (another statute's provision whose number
# changes quoted without the statute's name): 569/696; before two changes with one word between
# them quoted as one: 580/696; before the whole-citation form of the cite setting: 581/696;
# before a provision cited bare, or with its parts and 의, joined with the thing it names:
# 584/696; before a 호 amended by its words (short setting) taking as many replacements as a
# paragraph: 588/696; before a quote starting inside an annex cited given the statute's name,
# as inside an article (the annex alone left to the cite setting): 589/696; before a paragraph
# judged by the share its written quotes take, amended up to two thirds: 595/696; before a quote
# of several words starting at the last item of a ㆍ list given the list: 596/696; before a
# title gathered with its body gathering the articles before it too: 597/696; before a number
# added to or removed from an annex's label anchored on the label: 598/696; before a quote
# starting with a type in 형 given the bare noun before it: 599/696; before an annex's remarks
# (별표 13 비고 제2호) read as part of its citation: 602/696; before the articles setting (the
# changes of several articles joined in one sentence with 하고/하며): 603/696; before the lists
# setting (commas between the articles of a list): 606/696; before a quote left to an earlier
# clause that quotes a word beginning with it, ahead of it in the text ("도시관리계획결정"을 …,
# "도시관리계획"을 …): 607/696; before a paragraph of the article cited before quoted with
# its 같은 조: 608/696; before the short setting's third form, every changed 호 and 목
# rewritten whole: 609/696, the house form alone matching 544 both before and after). The
# issue's target is 0.95; it is NOT reached yet, and this bar only guards what is reached
# (raise it as the engine improves, never lower it).
# ``python scripts/corpus_report.py`` lists the misses grouped by cause.
REQUIRED_RATE = 0.885
# The house form and the accepted alternatives that settings select: replacements inside one
# provision chained with commas (house rule) or with 하고/하며 (``chain``); an article title
# always quoted whole (house rule), gathered with the body when the same words change, or
# quoted by its changed words only (``title``); a lead-in whose 호 are amended next gathered
# with the same replacement before it (house rule) or cited apart (``lead``); a 호 or 목 quoted
# almost whole rewritten (house rule), amended by its words, or every changed 호 and 목
# rewritten whole however little changes (``short``); another statute's
# provision whose number changes quoted with the statute's name (house rule) or without it, or
# every citation quoted whole (``cite``); the changes of several articles one sentence each
# (house rule) or joined into one with 하고/하며 (``articles``); a list over several articles
# with 및 before the last article (house rule) or with commas between them (``lists``); an
# article's single unnumbered paragraph cited after its title as 같은 조 (house rule) or as its
# 제목 외의 부분 (``body``, :mod:`desktop.core.rules`). The house form comes first, every form
# with articles apart before any with articles joined, every form with 및 between articles
# before any with commas, and every form with 같은 조 before any with 제목 외의 부분.
VARIANTS: tuple[dict[str, object], ...] = tuple(
    {
        "chain": chain,
        "title": title,
        "lead": lead,
        "short": short,
        "cite": cite,
        "articles": arts,
        "lists": lists,
        "body": body,
    }
    for body in (BODY_SAME, BODY_PART)
    for lists in (LISTS_AND, LISTS_COMMAS)
    for arts in (ARTICLES_APART, ARTICLES_JOINED)
    for cite in (CITE_NAMED, CITE_BARE, CITE_WHOLE)
    for short in (SHORT_REWRITE, SHORT_AMEND, SHORT_WHOLE)
    for lead in (LEAD_GATHER, LEAD_APART)
    for title in (TITLE_WHOLE, TITLE_GATHER, TITLE_PART)
    for chain in (CHAIN_COMMA, CHAIN_HAGO)
)


# A list over several articles as the house rule writes it: 및 before a new article.
_AND_ARTICLE = re.compile(r" 및 제\d+조")
# An article's single unnumbered paragraph after its title as the house rule cites it.
_SAME_AFTER_TITLE = re.compile(r"제목.*같은 조 중")
# A 호 or 목 amended by its words (the only text that the short setting's third form writes
# otherwise); a 호 cited in a list ending with a paragraph is missed, which can only count
# fewer matches.
_SUB_AMENDED = re.compile(r"[호목](?: (?:본문|단서|전단|후단))? 중 ")


def variant_texts(old: Instrument, new: Instrument) -> Iterator[str]:
    """The engine's text (normalised) in each of the :data:`VARIANTS`, in their order. A form
    with articles joined is drafted only when the same form with articles apart writes more
    than one sentence on articles, and a form with commas between articles only when the same
    form with 및 between them writes a list over several articles (always ``… 및 제N조``), and
    a form with 제목 외의 부분 only when the same form with 같은 조 cites an article's text after
    its title (``제목 … 같은 조 중``), and a form rewriting every changed 호 and 목 only when
    the same form with the house rule amends one by its words: otherwise the two are the same
    text, and the corpus test keeps the time of the other forms."""
    several: set[tuple[object, ...]] = set()
    listed: set[tuple[object, ...]] = set()
    titled: set[tuple[object, ...]] = set()
    amended: set[tuple[object, ...]] = set()
    for options in VARIANTS:
        others = tuple(v for k, v in options.items() if k != "short")
        if options["short"] == SHORT_WHOLE and others not in amended:
            continue
        rest = tuple(v for k, v in options.items() if k not in ("articles", "lists", "body"))
        if options["articles"] == ARTICLES_JOINED and rest not in several:
            continue
        full = tuple(v for k, v in options.items() if k not in ("lists", "body"))
        if options["lists"] == LISTS_COMMAS and full not in listed:
            continue
        key = tuple(v for k, v in options.items() if k != "body")
        if options["body"] == BODY_PART and key not in titled:
            continue
        text = amendment_text(old, new, **options)  # type: ignore[arg-type]
        if options["short"] == SHORT_REWRITE and any(
            _SUB_AMENDED.search(s.text) for s in text.sentences
        ):
            amended.add(others)
        if options["body"] == BODY_SAME:
            if options["lists"] == LISTS_AND:
                if sum(1 for s in text.sentences if s.articles) > 1:
                    several.add(rest)
                if any(_AND_ARTICLE.search(s.text) for s in text.sentences):
                    listed.add(full)
            if any(_SAME_AFTER_TITLE.search(s.text) for s in text.sentences):
                titled.add(key)
        yield _norm(" ".join(s.text for s in text.sentences))


def _cases() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


CASES = _cases()


def _parse(text: str) -> Instrument:
    inst, messages = parse_instrument(text)
    assert not [m for m in messages if m.severity == "error"], messages
    return inst


def _norm(text: str) -> str:
    """Whitespace normalised, without the final full stop (some consolidated texts lost it
    after ``…한다``)."""
    return " ".join(text.split()).removesuffix(".")


@cache
def _drafted(index: int) -> tuple[str, ...]:
    """The engine's sentence(s) for a case, once per variant."""
    case = CASES[index]
    return tuple(variant_texts(_parse(case["old"]), _parse(case["new"])))


def drafted_match(case: dict) -> bool:
    """Whether the engine writes the case's real sentence in one of the :data:`VARIANTS`
    (tried in order until one does: most cases match the house form)."""
    old, new = _parse(case["old"]), _parse(case["new"])
    real = _norm(case["sentence"])
    return any(text == real for text in variant_texts(old, new))


@cache
def _matches(index: int) -> bool:
    return drafted_match(CASES[index])


def test_corpus_is_large_and_sourced() -> None:
    assert len(CASES) >= 300
    for case in CASES:
        for key in ("target", "act", "act_number", "act_date", "commit_before", "commit_after"):
            assert case[key], (case["id"], key)
        assert case["old"] != case["new"], case["id"]


def applies(case: dict) -> bool:
    """Whether the real sentence (with its new texts), applied to the old articles, gives the
    new ones."""
    old, new = _parse(case["old"]), _parse(case["new"])
    amendment = "\n".join(filter(None, [case["sentence"], case["body"]]))
    return same_text(apply_amendment(old, amendment), new)


def report_rate(
    name: str, cases: list[dict], hits: list[bool], corpus_report: Callable[[str], None]
) -> float:
    """Print and record the exact-match rate of ``cases`` with its per-form breakdown."""
    by_form: dict[str, list[bool]] = collections.defaultdict(list)
    for case, hit in zip(cases, hits, strict=True):
        for form in case["forms"]:
            by_form[form].append(hit)
    rate = sum(hits) / len(hits)
    line = f"{name} exact-match rate: {sum(hits)}/{len(hits)} = {rate:.1%}"
    detail = ", ".join(f"{form} {sum(v)}/{len(v)}" for form, v in sorted(by_form.items()))
    print(f"\n{line}\n  by form: {detail}")
    corpus_report(f"{line} ({detail})")
    return rate


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["id"] for c in CASES])
def test_real_sentence_applies(index: int) -> None:
    assert applies(CASES[index]), CASES[index]["id"]


def test_drafted_sentences_match_real_ones(corpus_report: Callable[[str], None]) -> None:
    hits = [_matches(i) for i in range(len(CASES))]
    assert report_rate("corpus", CASES, hits, corpus_report) >= REQUIRED_RATE


def test_corpus_titles_have_one_pair_of_brackets() -> None:
    """The mirror prints some old titles in doubled brackets; the miner reads them without
    the extra pair, as law.go.kr shows them (the real sentences quote ``"(제목)"``)."""
    from scripts.mine_corpus import articles_of

    markdown = (
        "---\n제목: 시험병원 운영규칙\n---\n"
        "##### 제6조 ((전염병환자 등에 대한 조치))\n병원장은 …\n##### 제7조 (목적)\n이 규칙은 …\n"
    )
    title, articles = articles_of(markdown)
    assert title == "시험병원 운영규칙"  # the instrument's, not its last article's
    assert articles[(6, 0)][0].startswith("제6조(전염병환자 등에 대한 조치) 병원장은")
    assert articles[(7, 0)][0].startswith("제7조(목적) 이 규칙은")
    doubled = re.compile(r"^제\d+조(?:의\d+)?\(\(", re.M)
    for case in CASES:
        assert not doubled.search(case["old"] + case["new"]), case["id"]


@pytest.mark.parametrize(
    "after",
    [
        "② 수산물품질관리법 일부를 다음과 같이 개정한다. <개정 2008.2.29>",
        "부칙(지방세외수입금의 징수 등에 관한 법률) <제11998호,2013.8.6>",
        "② 삭제 <2018.1.22>",
        "제1조 (시행일) 이 영은 공포한 날부터 시행한다.",
        "별표 2에 제62호를 다음과 같이 신설한다.",
    ],
)
def test_miner_ends_a_new_text_where_the_amending_acts_item_ends(after: str) -> None:
    """The lines after an item's last new text (the next item, a deleted one, the next
    부칙, the act's own 부칙, a sentence inside an annex) are not part of that text."""
    from scripts.mine_corpus import sentences_of

    lines = ["제3조제1항에 제7호를 다음과 같이 신설한다.", "7. 수산동물의 사체", after]
    assert sentences_of(lines) == [(lines[0], ["7. 수산동물의 사체"])]


def test_the_miner_counts_an_annex_renumbered_as_touching_an_annex() -> None:
    """The miner sorted a sentence renumbering an unnumbered annex (084f07e) as touching none,
    so such a case would be mined without its annexes' texts."""
    from scripts.mine_corpus import touched

    _arts, _spans, title, annex = touched("별표를 별표 1로 한다.")
    assert annex and not title
