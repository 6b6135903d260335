"""Copies of the model's trees (:mod:`desktop.core.treecopy`), what the change engine edits
and the window hands to background jobs: equal, independent, and as :func:`copy.deepcopy`
would make them."""

from __future__ import annotations

import copy
import gc
import weakref

from desktop import paths
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.core.projectfile import load, to_json
from desktop.core.statute import Article, Instrument, Num, Paragraph, Subparagraph


def _instrument() -> Instrument:
    sub = Subparagraph(Num(1), "기획에 관한 사항", notes=["<개정 2024. 6. 27.>"])
    return Instrument(
        "가군 행정기구 설치 조례",
        articles=[Article(Num(3, 2), "기획관", [Paragraph(1, "기획관을 둔다.", [sub])])],
    )


def test_a_copied_instrument_is_equal_and_shares_no_list_or_node() -> None:
    inst = _instrument()
    twin = copy.deepcopy(inst)
    assert twin == inst
    assert twin.articles is not inst.articles
    paragraph, original = twin.articles[0].paragraphs[0], inst.articles[0].paragraphs[0]
    assert paragraph is not original
    assert paragraph.subparagraphs[0] is not original.subparagraphs[0]
    paragraph.subparagraphs[0].notes.append("<개정 2025. 1. 1.>")
    paragraph.text = "기획담당관을 둔다."
    assert original.subparagraphs[0].notes == ["<개정 2024. 6. 27.>"]
    assert original.text == "기획관을 둔다."
    assert twin.articles[0].num is inst.articles[0].num  # immutable: shared as is


def test_a_node_reached_twice_is_copied_once() -> None:
    shared = Paragraph(1, "같은 항")
    article = Article(Num(1), paragraphs=[shared, shared])
    twin = copy.deepcopy(article)
    assert twin.paragraphs[0] is twin.paragraphs[1]
    assert twin.paragraphs[0] is not shared


def test_a_copied_organization_is_equal_and_independent() -> None:
    org = Organization(
        [
            Unit("b", UnitKind.BUREAU, "복지국"),
            Unit("d", UnitKind.DIVISION, "복지정책과", parent_id="b", duties=[Duty("복지 기획")]),
        ]
    )
    twin = org.copy()
    assert twin == org
    twin.get("d").duties[0].ko = "복지 정책"
    twin.get("d").staffing["5"] = 3
    assert org.get("d").duties[0].ko == "복지 기획" and org.get("d").staffing == {}


def test_the_sample_project_copies_as_it_serialises() -> None:
    project = load(paths.sample_path())
    twin = copy.deepcopy(project)
    assert to_json(twin) == to_json(project)
    assert all(a is not b for a, b in zip(twin.org, project.org, strict=True))


def test_parsing_keeps_each_reading_but_hands_out_a_new_copy() -> None:
    source = load(paths.sample_path()).instruments[0]
    first, messages = source.parse()
    first.articles[0].title = "바뀐 제목"
    second, again = source.parse()
    assert second.articles[0].title != "바뀐 제목"
    assert second is not first and again == messages


def test_released_inputs_are_freed_without_the_cycle_collector() -> None:
    inputs = load(paths.sample_path()).draft_inputs()
    assert inputs.draft.amended_keys  # the drafting refers back to the inputs
    gone = weakref.ref(inputs)
    enabled = gc.isenabled()
    gc.disable()
    try:
        inputs.release()
        del inputs
        assert gone() is None  # freed by reference counting alone
    finally:
        if enabled:
            gc.enable()


def test_released_inputs_draft_again_when_used() -> None:
    inputs = load(paths.sample_path()).draft_inputs()
    before = inputs.draft.amended_keys
    inputs.release()
    assert inputs.draft.amended_keys == before
