"""One draft per instrument: validation, the documents, the preview and the command line
share the :class:`~desktop.core.drafting.project.Draft` of one set of inputs, so the
structural diff of each instrument runs once however many documents need it."""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from desktop.core.drafting import diff as diff_module
from desktop.core.drafting.project import Draft
from desktop.core.press import press_findings
from desktop.core.rules import DEFAULT_MAX_REPLACEMENTS, DraftingOptions
from desktop.core.validate import validate
from desktop.documents.generate import generate
from desktop.documents.preview import preview_html
from desktop.documents.schema import DOCUMENTS
from tests.documents.conftest import TODAY


@pytest.fixture
def diffs(monkeypatch) -> Counter[str]:
    """Counts every structural diff computed, by the title of the instrument diffed."""
    counted: Counter[str] = Counter()
    original = diff_module.InstrumentDiff

    class Counting(original):  # type: ignore[valid-type, misc]
        def __init__(self, old, new, *args, **kwargs) -> None:
            counted[old.title] += 1
            super().__init__(old, new, *args, **kwargs)

    monkeypatch.setattr(diff_module, "InstrumentDiff", Counting)
    return counted


def test_exporting_the_sample_drafts_each_instrument_once(sample, tmp_path, diffs):
    files = generate(copy.deepcopy(sample), tmp_path, today=TODAY)  # every document, ko and en
    assert len([f for f in files if f.suffix == ".docx"]) == 13
    titles = [inst.title for inst in sample.draft_inputs().old_instruments.values()]
    assert len(titles) == 2
    assert diffs == Counter({title: 1 for title in titles})


def test_validation_preview_and_press_check_share_the_draft(sample, diffs):
    inputs = copy.deepcopy(sample).draft_inputs()
    assert not any(f.is_error for f in validate(inputs.project, inputs))
    press_findings(inputs)
    for doc in DOCUMENTS:
        for lang in ("ko", "en"):
            preview_html(inputs, doc, lang, today=TODAY)
    for key in inputs.draft.amended_keys:  # the other bill too
        preview_html(inputs, "bill", "en", key, today=TODAY)
    assert sorted(diffs.values()) == [1, 1]


def test_a_draft_is_computed_lazily_and_kept(sample, diffs):
    inputs = copy.deepcopy(sample).draft_inputs()
    draft = inputs.draft
    assert isinstance(draft, Draft) and inputs.draft is draft
    assert not diffs  # nothing drafted until asked
    ordinance = draft["ordinance"]
    assert ordinance.amendment("ko") is ordinance.amendment("ko")
    assert ordinance.table("en", hyphens=False) is ordinance.table("en", hyphens=False)
    assert ordinance.table("en") is not ordinance.table("en", hyphens=False)
    assert ordinance.summary is ordinance.summary
    assert draft.press_paragraphs is draft.press_paragraphs
    assert sum(diffs.values()) == 1
    with pytest.raises(KeyError):
        draft["no such instrument"]
    with pytest.raises(ValueError):
        ordinance.amendment("fr")


def test_the_threshold_reaches_every_part_through_the_one_diff(sample):
    assert sample.draft_inputs().options.max_replacements == DEFAULT_MAX_REPLACEMENTS
    strict, lenient = (sample.draft_inputs(DraftingOptions(n)).draft["rule"] for n in (1, 20))
    for lang in ("ko", "en"):
        assert str(strict.amendment(lang)) != str(lenient.amendment(lang))
        assert strict.table(lang).rows != lenient.table(lang).rows
