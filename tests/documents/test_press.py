"""The press release drafted from the change records: keys, particles, edits."""

from __future__ import annotations

import copy

from desktop.documents.press import press_paragraphs


def test_keys_are_stable_and_unique(sample):
    paragraphs = press_paragraphs(sample.draft_inputs())
    keys = [p.key for p in paragraphs]
    assert len(keys) == len(set(keys))
    assert keys[:4] == ["headline", "sub:1", "sub:2", "lead"]
    assert {"unit:ai", "unit:intl", "unit:imm", "unit:edu", "staffing", "quote"} <= set(keys)
    assert keys == [p.key for p in press_paragraphs(sample.draft_inputs())]


def test_particles_follow_the_names(sample):
    text = {p.key: p.ko for p in press_paragraphs(sample.draft_inputs())}
    assert text["lead"].startswith("경기도는 AI국·국제협력국·이민사회국을 신설하는")
    assert "AI국이 새로 생긴다" in text["unit:ai"]
    assert text["unit:edu"].startswith("평생교육국은 미래평생교육국으로 바뀐다.")
    assert "6급 39명이 늘고, 7급 64명이 줄어든다." in text["staffing"]


def test_both_languages_carry_the_same_numbers(sample):
    for para in press_paragraphs(sample.draft_inputs()):
        for number in ("16,244", "16,252"):
            assert (number in para.ko) == (number in para.en), para.key


def test_an_edited_paragraph_replaces_the_drafted_one(sample):
    project = copy.deepcopy(sample)
    project.press["paragraphs"] = {"unit:ai": {"ko": "직접 쓴 문단", "en": "My paragraph"}}
    para = next(p for p in press_paragraphs(project.draft_inputs()) if p.key == "unit:ai")
    assert (para.ko, para.en, para.edited) == ("직접 쓴 문단", "My paragraph", True)
