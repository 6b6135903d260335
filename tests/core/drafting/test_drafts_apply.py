"""The drafting engine's sentence for every real case of the four corpora applies to the old
text and gives the new one: the proof every exported bill passes (the export gate), held over
real statutes, whose texts hold what generated ones do not (quoted words inside the text, as
in ``이 경우 "A"는 "B"로 본다``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.statute_parse import parse_instrument

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def _cases(name: str) -> list[dict]:
    text = (CORPUS / f"{name}.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["cases", "dev", "dev2", "holdout"])
def test_every_drafted_sentence_applies(name):
    failing = []
    for case in _cases(name):
        old, _ = parse_instrument(case["old"])
        new, _ = parse_instrument(case["new"])
        text = str(amendment_text(old, new))
        try:
            applied = apply_amendment(old, text, annexes=new.annexes)
        except Exception as exc:  # any failure is this case's: listed below
            failing.append((case["id"], str(exc)[:120]))
            continue
        if not same_text(applied, new):
            failing.append((case["id"], "differs"))
    assert failing == []


def test_a_quote_takes_the_quoted_words_it_would_cut_through():
    """A 준용 provision's reading (``이 경우 "A"는 "B"로 본다``): a quote that would start
    inside ``"복지국"`` and run out of it takes the quoted word whole, its marks paired, as
    real bills quote such texts (지방자치단체를 당사자로 하는 계약에 관한 법률, 2008)."""
    text = (
        "가온시 조례\n\n제3조(준용) 제2조는 복지국에도 준용한다. "
        '이 경우 "총무과장"은 "복지국장"으로, "총무과"는 "복지국"으로 본다.\n'
    )
    old, _ = parse_instrument(text)
    new, _ = parse_instrument(text.replace('"복지국"으로', '"복지가족국"으로'))
    drafted = str(amendment_text(old, new))
    assert drafted.endswith('제3조 후단 중 ""복지국"으로"를 ""복지가족국"으로"로 한다.')
    assert same_text(apply_amendment(old, drafted), new)
