"""Structural diff: matching by number, statuses, parts and the rewrite threshold."""

from desktop.core.drafting import Location, Part, Status, diff_instruments
from desktop.core.statute import Article, Instrument, Num, Paragraph
from tests.core.drafting.build import BASE, UNITS, amend, parse


def by_num(diff):
    return {ad.num: ad for ad in diff.articles}


def test_unchanged_instrument_has_nothing_changed():
    old, new = amend()
    diff = diff_instruments(old, new)
    assert diff.title is None
    assert list(diff.changed_articles()) == []
    assert all(ad.status is Status.UNCHANGED for ad in diff.annexes)


def test_statuses_of_articles():
    old, new = amend(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
        ("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n", ""),
        ("제12조(AI국)", "제11조의2(데이터국) 데이터국장은 데이터를 관리한다.\n제12조(AI국)"),
        (
            "② 기관별 정원은 별표 1에 따른다.",
            "② 정원의 세부 배분과 조정 절차는 도지사가 규칙으로 따로 정한다.",
        ),
    )
    arts = by_num(diff_instruments(old, new, atomic_terms=UNITS))
    assert arts[Num(3)].status is Status.REPLACED
    assert arts[Num(13)].status is Status.DELETED
    assert arts[Num(11, 2)].status is Status.INSERTED
    assert arts[Num(6)].paragraphs[1].status is Status.REWRITTEN
    assert arts[Num(1)].status is Status.UNCHANGED
    # articles come in number order, the inserted one between its neighbours
    assert [ad.num for ad in diff_instruments(old, new).articles][-4:] == [
        Num(11),
        Num(11, 2),
        Num(12),
        Num(13),
    ]


def test_provision_statuses_and_locations():
    old, new = amend(
        ("2. 도서관 운영", "2. 공공도서관 운영"),
        ("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n4. 장학"),
        ("  나. 평생학습 축제 개최 및 운영에 관한 사항\n", ""),
    )
    para = by_num(diff_instruments(old, new))[Num(5)].paragraphs[1]
    assert para.status is Status.REPLACED and para.text is None
    subs = {pd.location: pd for pd in para.children}
    assert subs[Location(Num(5), 2, Num(2))].status is Status.REPLACED
    assert subs[Location(Num(5), 2, Num(3, 2))].status is Status.INSERTED
    third = subs[Location(Num(5), 2, Num(3))]
    assert [(pd.location.item, pd.status) for pd in third.children] == [
        ("가", Status.UNCHANGED),
        ("나", Status.DELETED),
    ]


def test_lead_in_main_sentence_and_proviso_parts():
    old, new = amend(
        ("② 평생교육국장은 다음", "② 미래평생교육국장은 다음"),
        ("다만, 평생교육국장은", "다만, 미래평생교육국장은"),
        ("각 호의 위원회를 둔다.", "각 호의 자문위원회를 둔다."),
    )
    arts = by_num(diff_instruments(old, new, atomic_terms=UNITS))
    assert arts[Num(5)].paragraphs[1].text_part is Part.LEAD
    assert arts[Num(7)].paragraphs[0].text_part is Part.PROVISO
    assert arts[Num(11)].paragraphs[0].text_part is Part.LEAD_MAIN


def test_added_and_removed_provisos():
    old, new = amend(("16,244명으로 한다.", "16,244명으로 한다. 다만, 한시기구는 따로 정한다."))
    para = by_num(diff_instruments(old, new))[Num(6)].paragraphs[0]
    assert (para.text_status, para.text_part) == (Status.INSERTED, Part.PROVISO)
    old, new = amend((" 다만, 평생교육국장은 지방서기관으로 보할 수 있다.", ""))
    para = by_num(diff_instruments(old, new))[Num(7)].paragraphs[0]
    assert (para.text_status, para.text_part) == (Status.DELETED, Part.PROVISO)


def test_rewrite_when_more_than_the_threshold_changes():
    # 기관별 → 직급별 and 별표 1 → 규칙: 6 of 18 characters differ (one third).
    old, new = amend(("② 기관별 정원은 별표 1에 따른다.", "② 직급별 정원은 규칙에 따른다."))
    para = by_num(diff_instruments(old, new))[Num(6)].paragraphs[1]
    assert para.status is Status.REPLACED
    # two changes one word apart: one quote, the paragraph judged by the two changes
    assert [(r.old, r.new) for r in para.part_diff.replacements] == [
        ("기관별 정원은 별표 1", "직급별 정원은 규칙")
    ]
    assert para.part_diff.needed == 2
    assert para.part_diff.ratio == 6 / 18
    lower = diff_instruments(old, new, rewrite_threshold=0.3)
    assert by_num(lower)[Num(6)].paragraphs[1].status is Status.REWRITTEN
    fewer = diff_instruments(old, new, max_replacements=1)
    assert by_num(fewer)[Num(6)].paragraphs[1].status is Status.REWRITTEN


def test_a_new_title_or_new_subparagraphs_make_a_rewrite():
    untitled = Instrument(
        "조례", articles=[Article(Num(1), "", [Paragraph(0, "이 조례는 목적이 있다.")])]
    )
    titled = Instrument(
        "조례", articles=[Article(Num(1), "목적", [Paragraph(0, "이 조례는 목적이 있다.")])]
    )
    assert diff_instruments(untitled, titled).articles[0].status is Status.REWRITTEN
    old, new = amend(
        ("② 기관별 정원은 별표 1에 따른다.", "② 기관별 정원은 다음과 같다.\n1. 본청\n2. 사업소")
    )
    para = by_num(diff_instruments(old, new))[Num(6)].paragraphs[1]
    assert para.status is Status.REWRITTEN


def test_single_unnumbered_paragraph_pairs_with_a_new_first_paragraph():
    old, new = amend(
        (
            "제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.",
            "제13조(보칙) ① 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n② 미리 공고한다.",
        )
    )
    art = by_num(diff_instruments(old, new))[Num(13)]
    assert [(pd.location.paragraph, pd.status) for pd in art.paragraphs] == [
        (0, Status.UNCHANGED),
        (2, Status.INSERTED),
    ]


def test_already_deleted_articles_are_unchanged():
    old = parse(
        BASE.replace("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.", "제13조 삭제")
    )
    new = parse(BASE.replace("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n", ""))
    assert by_num(diff_instruments(old, new))[Num(13)].status is Status.UNCHANGED


def test_title_and_annex_changes():
    old, new = amend(("| 사업소 | 1,200 |\n", ""))
    new.title = "경기도 행정기구 설치 및 정원 조례"
    diff = diff_instruments(old, new)
    assert diff.title is not None and diff.title.changed
    assert [ad.status for ad in diff.annexes] == [Status.REPLACED]
