"""Articles built from unit data, in the pattern of the existing ones.

The ordinance (조례) has one article per bureau-level unit::

    제4조(홍보기획관) 경기도민과의 소통 및 도정홍보 등에 관한 사무를 처리하기 위하여 도지사 밑에
    홍보기획관을 두고, 다음 각 호의 사무를 분장한다.
    1. 도민소통정책 기획 및 추진에 관한 사항

The enforcement rule (규칙) has one article per unit that has division-level sub-units::

    제5조(AI국) ① AI국에 AI프론티어사업과·AI산업육성과 및 AI미래행정과를 둔다.
    ② AI프론티어사업과는 다음 사항을 분장한다.
    1. …에 관한 사항

Both carry English text in the KLRI style from the units' English data; a missing English
name or duty stays empty, so that the English documents show it as missing.
"""

from __future__ import annotations

from desktop.core.korean import attach
from desktop.core.org import Level, Organization, Unit, UnitKind
from desktop.core.statute import (
    CIRCLED,
    HANGUL_ITEMS,
    Article,
    Item,
    Num,
    Paragraph,
    Subparagraph,
)


def _subparagraphs(unit: Unit) -> list[Subparagraph]:
    return [
        Subparagraph(Num(number), duty.ko, text_en=duty.en)
        for number, duty in enumerate(unit.duties, start=1)
    ]


def _list_ko(names: list[str]) -> str:
    """``A``, ``A 및 B``, ``A·B 및 C`` — the listing of statute text."""
    if len(names) <= 1:
        return "".join(names)
    return "·".join(names[:-1]) + " 및 " + names[-1]


def _list_en(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def ordinance_article(org: Organization, unit: Unit, num: Num) -> Article:
    """The ordinance article that sets up a bureau-level unit."""
    superior = org.find(unit.parent_id) or org.head()
    superior_ko = superior.name_ko if superior else ""
    superior_en = superior.name_en if superior else ""
    where = "소속으로" if unit.kind is UnitKind.COMMITTEE else "밑에"
    purpose = f"{unit.purpose_ko}에 관한 사무를 처리하기 위하여 " if unit.purpose_ko else ""
    lead = "다음 각 호의 사무를 분장한다." if unit.duties else "그 사무를 분장한다."
    placed = f"{superior_ko} {where} " if superior_ko else ""
    text = f"{purpose}{placed}{attach(unit.name_ko, '을/를')} 두고, {lead}"
    text_en = ""
    if unit.name_en and (superior_en or not superior):
        purpose_en = (
            f"To handle affairs concerning {unit.purpose_en}, t" if unit.purpose_en else "T"
        )
        tail = " and shall take charge of the following affairs:" if unit.duties else "."
        text_en = f"{purpose_en}he {unit.name_en} shall be established under the {superior_en}"
        text_en += tail
    return Article(
        num,
        title=unit.name_ko,
        title_en=unit.name_en,
        paragraphs=[Paragraph(0, text, _subparagraphs(unit), text_en=text_en)],
    )


def rule_article(org: Organization, parent: Unit, num: Num) -> Article:
    """The rule article that sets up the division-level sub-units of ``parent``."""
    divisions = [u for u in org.children(parent.id) if u.kind.level is Level.DIVISION]
    names = [u.name_ko for u in divisions]
    listing = attach(_list_ko(names), "을/를")
    if parent.kind.level is Level.TOP:
        first = f"{parent.name_ko} 밑에 {listing} 둔다."
    else:
        first = f"{parent.name_ko}에 {listing} 둔다."
    names_en = [u.name_en for u in divisions]
    first_en = ""
    if parent.name_en and all(names_en):
        first_en = f"The {_list_en(names_en)} shall be established in the {parent.name_en}."
    with_duties = [u for u in divisions if u.duties]
    numbered = len(with_duties) > 0
    paragraphs = [Paragraph(1 if numbered else 0, first, text_en=first_en)]
    if len(with_duties) >= len(CIRCLED):  # more paragraphs than ① … ㊿ can number
        paragraphs.append(_duties_by_subparagraph(with_duties, all(names_en)))
        return Article(num, title=parent.name_ko, title_en=parent.name_en, paragraphs=paragraphs)
    for number, division in enumerate(with_duties, start=2):
        text = f"{attach(division.name_ko, '은/는')} 다음 사항을 분장한다."
        text_en = (
            f"The {division.name_en} shall take charge of the following affairs:"
            if division.name_en
            else ""
        )
        paragraphs.append(Paragraph(number, text, _subparagraphs(division), text_en=text_en))
    return Article(num, title=parent.name_ko, title_en=parent.name_en, paragraphs=paragraphs)


def _duties_by_subparagraph(divisions: list[Unit], english: bool) -> Paragraph:
    """``② 각 과는 다음 각 호의 구분에 따른 사무를 분장한다.`` with a 호 per division and a 목
    per duty: the layout of long provisions when a paragraph per division would run past ㊿."""
    subs = []
    for number, division in enumerate(divisions, start=1):
        duties = division.duties
        if len(duties) <= len(HANGUL_ITEMS):
            items = [
                Item(label, duty.ko, text_en=duty.en)
                for label, duty in zip(HANGUL_ITEMS, duties, strict=False)
            ]
            subs.append(
                Subparagraph(Num(number), division.name_ko, items, text_en=division.name_en)
            )
        else:  # more duties than 가 … 하: one line
            text = f"{division.name_ko}: " + ", ".join(duty.ko for duty in duties)
            text_en = f"{division.name_en}: " + "; ".join(duty.en for duty in duties)
            subs.append(Subparagraph(Num(number), text, text_en=text_en))
    text_en = "Each division shall take charge of the following affairs:" if english else ""
    return Paragraph(2, "각 과는 다음 각 호의 구분에 따른 사무를 분장한다.", subs, text_en=text_en)


def governs_ordinance(unit: Unit) -> bool:
    """Whether a unit has its own article in the ordinance."""
    return unit.kind.level is Level.BUREAU


def governs_rule(org: Organization, unit: Unit) -> bool:
    """Whether a unit has an article in the rule (it has division-level sub-units)."""
    return any(child.kind.level is Level.DIVISION for child in org.children(unit.id))
