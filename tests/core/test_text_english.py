"""Duties whose English the official gave in the texts (the statute page) but not in the
organization (read from the Korean texts, it has none) keep that English when they are
drafted again: a division moved into a new article, a duty moved to another division."""

from __future__ import annotations

from desktop.core import changes as ch
from desktop.core.kinds.base import DutiesMoved
from tests.core.government_projects import suncheon_project

GREENHOUSE = "Matters concerning the reduction of greenhouse gas emissions"


def test_a_moved_division_keeps_the_english_of_its_duties():
    project = suncheon_project()
    assert all(not d.en for u in project.org for d in u.duties)  # read from the Korean
    rule = project.draft_inputs().new_instruments["rule"]
    paragraph = rule.article_titled("기후환경국").paragraphs[2]
    assert paragraph.text == "환경보호과장은 다음 사항을 분장한다."
    assert [s.text_en for s in paragraph.subparagraphs] == [
        "Matters concerning environmental conservation plans",
        "Matters concerning the management of air and water quality",
        GREENHOUSE,
    ]


def test_a_transferred_duty_keeps_its_english_in_the_main_points():
    project = suncheon_project()
    ids = {u.name_ko: u.id for u in project.org}
    project.changes.append(
        ch.TransferDuties(
            "c5", from_id=ids["환경보호과"], to_id="energy", duties=["온실가스 감축에 관한 사항"]
        )
    )
    inputs = project.draft_inputs()
    moved = [r.payload for r in inputs.applied.records if isinstance(r.payload, DutiesMoved)]
    assert [m.duties_en for m in moved] == [(GREENHOUSE,)]
    rule = inputs.new_instruments["rule"]
    energy = rule.article_titled("기후환경국").paragraphs[1]
    assert energy.subparagraphs[-1].text_en == GREENHOUSE


def test_a_korean_duty_the_texts_give_two_englishes_takes_neither():
    project = suncheon_project()
    rule = next(i for i in project.instruments if i.key == "rule")
    rule.text = rule.text.replace(
        "1. 지역경제 활성화에 관한 사항", "1. 대기 및 수질 관리에 관한 사항"
    )
    rule.english["4/2/1"] = "Matters concerning air and water quality"  # 4/4/2: another
    inputs = project.draft_inputs()
    unit = next(u for u in inputs.current_org if u.name_ko == "환경보호과")
    assert [d.en for d in unit.duties][1] == ""
