"""Quoted spans in lists whose items are several words (drafting-ko.md §3a), as real bills
quote them: the staffing secondments of a 직제 (``2명(5급 1명, 6급 1명)은 기획조정실``) are a
comma list of such items. The examples are made up; the corpus test measures the rules on real
sentences."""

from desktop.core.drafting.textdiff import diff_text

SECONDED = "정원 중 {} 소속 공무원으로 충원할 수 있다."


def quotes(old: str, new: str) -> list[tuple[str, str]]:
    return [(e.old, e.new) for e in diff_text(old, new).edits]


def test_an_added_item_is_placed_as_a_whole_item_and_anchored_on_the_item_before():
    # the words around the new item repeat, so the word diff could put it anywhere among
    # them: it is whole items, after the item before it
    old = SECONDED.format(
        "1명(6급 1명)은 기획조정실, 2명(5급 1명, 6급 1명)은 복지국, 2명(5급 1명, 6급 1명)은 도시국"
    )
    new = SECONDED.format(
        "1명(6급 1명)은 기획조정실, 2명(5급 1명, 6급 1명)은 복지국, "
        "2명(5급 1명, 6급 1명)은 문화국, 2명(5급 1명, 6급 1명)은 도시국"
    )
    assert quotes(old, new) == [("복지국", "복지국, 2명(5급 1명, 6급 1명)은 문화국")]


def test_a_removed_inner_item_is_anchored_on_the_item_before():
    old = SECONDED.format(
        "1명(6급 1명)은 기획조정실, 2명(5급 1명, 6급 1명)은 복지국, 2명(5급 1명, 6급 1명)은 도시국"
    )
    new = SECONDED.format("1명(6급 1명)은 기획조정실, 2명(5급 1명, 6급 1명)은 도시국")
    assert quotes(old, new) == [("기획조정실, 2명(5급 1명, 6급 1명)은 복지국", "기획조정실")]


def test_a_removed_first_item_is_anchored_on_the_whole_item_after():
    old = SECONDED.format("1명(5급 1명)은 기획조정실, 1명(5급 1명)은 복지국, 1명(6급 1명)은 도시국")
    new = SECONDED.format("1명(5급 1명)은 복지국, 1명(6급 1명)은 도시국")
    assert quotes(old, new) == [
        ("1명(5급 1명)은 기획조정실, 1명(5급 1명)은 복지국", "1명(5급 1명)은 복지국")
    ]


def test_a_list_of_one_word_items_anchors_a_removed_inner_item_on_the_item_before():
    # an item removed inside a list of single names: anchored on the name before, as for items
    # of several words (real bills: 6 amending acts so, 1 on the name after; it was anchored
    # on the name after, "예산과, 감사과" → "감사과")
    old, new = "총무과, 예산과, 감사과 및 법무과를 둔다.", "총무과, 감사과 및 법무과를 둔다."
    assert quotes(old, new) == [("총무과, 예산과", "총무과")]


def test_an_item_removed_and_one_added_in_a_short_comma_list_are_one_span():
    old = "협의 기관은 기획조정실, 자치행정국, 복지국, 도시국, 환경국으로 한다."
    new = "협의 기관은 자치행정국, 복지국, 도시국, 환경국, 문화관광국으로 한다."
    assert quotes(old, new) == [
        (
            "기획조정실, 자치행정국, 복지국, 도시국, 환경국",
            "자치행정국, 복지국, 도시국, 환경국, 문화관광국",
        )
    ]


def test_a_renamed_item_of_a_comma_list_stays_its_own_quote():
    old = "협의 기관은 기획조정실, 자치행정국, 복지국으로 한다."
    new = "협의 기관은 기획예산실, 자치행정국, 복지국, 문화관광국으로 한다."
    assert quotes(old, new) == [("기획조정실", "기획예산실"), ("복지국", "복지국, 문화관광국")]


def test_a_renamed_item_of_a_ㆍ_list_stays_apart_from_an_item_added_further_on():
    # as in a comma list: a rename and an item added with unchanged items between them are two
    # quotes, not one span over the whole list (평생교육법 시행령, 2017: "행정자치부차관"을
    # "행정안전부차관"으로, "여성가족부차관"을 "여성가족부차관ㆍ중소벤처기업부차관"으로)
    old = "위원은 기획조정실장ㆍ자치행정국장ㆍ복지국장ㆍ도시국장으로 한다."
    new = "위원은 기획예산실장ㆍ자치행정국장ㆍ복지국장ㆍ도시국장ㆍ환경국장으로 한다."
    assert quotes(old, new) == [
        ("기획조정실장", "기획예산실장"),
        ("도시국장", "도시국장ㆍ환경국장"),
    ]
    # an item removed and one added are still one change to the list
    old = "위원은 기획조정실장ㆍ자치행정국장ㆍ복지국장으로 한다."
    new = "위원은 자치행정국장ㆍ복지국장ㆍ환경국장으로 한다."
    assert quotes(old, new) == [
        ("기획조정실장ㆍ자치행정국장ㆍ복지국장", "자치행정국장ㆍ복지국장ㆍ환경국장")
    ]


def test_changes_far_apart_in_a_comma_list_stay_apart():
    old = "협의 기관은 기획조정실, 자치행정국, 복지국, 도시국, 환경국으로 한다."
    new = "협의 기관은 자치행정국, 복지국, 도시국, 환경국, 문화관광국으로 한다."
    old = old.replace("복지국, ", "복지국, 교통국, 농정국, ")
    new = new.replace("복지국, ", "복지국, 교통국, 농정국, ")
    assert quotes(old, new) == [
        ("기획조정실, 자치행정국", "자치행정국"),
        ("환경국", "환경국, 문화관광국"),
    ]


def test_an_item_of_a_comma_list_may_be_a_ㆍ_list_of_its_own():
    old = "4. 청년정책관, 일자리ㆍ창업지원관의 업무 조정"
    new = "4. 일자리ㆍ창업지원관의 업무 조정"
    assert quotes(old, new) == [("청년정책관, 일자리ㆍ창업지원관", "일자리ㆍ창업지원관")]


def test_a_one_syllable_noun_quoted_with_its_particle_takes_its_modifier():
    # the particle stays in the quote (the two occurrences change differently), and so the
    # noun phrase is quoted, not "장이" → "장과 의회의 의장이"
    old = "지방자치단체의 장이 정하는 사항. 이 경우 지방자치단체의 장에게 알린다."
    new = (
        "지방자치단체의 장과 의회의 의장이 정하는 사항. "
        "이 경우 지방자치단체의 장이나 의회의 의장에게 알린다."
    )
    assert quotes(old, new) == [
        ("지방자치단체의 장이", "지방자치단체의 장과 의회의 의장이"),
        ("지방자치단체의 장에게", "지방자치단체의 장이나 의회의 의장에게"),
    ]


def test_an_item_removed_from_the_end_of_a_list_quotes_the_whole_item_that_stays():
    old = "기획조정실 소속의 정책관과 감사관의 업무를 지원한다."
    new = "기획조정실 소속의 정책관의 업무를 지원한다."
    assert quotes(old, new) == [("기획조정실 소속의 정책관과 감사관", "기획조정실 소속의 정책관")]
    old = "위원회는 조례 제27조 및 규칙 제27조를 적용한다."
    new = "위원회는 조례 제27조를 적용한다."
    assert quotes(old, new) == [("조례 제27조 및 규칙 제27조", "조례 제27조")]
    # but not through the 경우 of "이 경우", which heads a clause and modifies nothing
    old = "이 경우 생물학적 제제, 세포 치료제, 유전자 치료제 또는 한약재의 수입자는 신고한다."
    new = "이 경우 생물학적 제제 또는 한약재의 수입자는 신고한다."
    assert quotes(old, new) == [("생물학적 제제, 세포 치료제, 유전자 치료제", "생물학적 제제")]


def test_an_item_added_at_the_end_of_a_list_is_anchored_on_the_word_before():
    old = "기획조정실 소속의 정책관의 업무를 지원한다."
    new = "기획조정실 소속의 정책관 및 감사관의 업무를 지원한다."
    assert quotes(old, new) == [("정책관", "정책관 및 감사관")]


def test_a_quote_of_several_words_starting_at_the_last_item_of_a_list_takes_the_list():
    # 등 and the words after it belong to the whole list "보건ㆍ위생": the quote starts with it
    assert quotes(
        "군수는 보건ㆍ위생등의 시험검사를 실시한다.",
        "군수는 보건ㆍ위생분야 시험ㆍ검사를 실시한다.",
    ) == [("보건ㆍ위생등의 시험검사", "보건ㆍ위생분야 시험ㆍ검사")]


def test_a_renamed_last_item_of_a_list_and_a_change_to_the_list_keep_their_spans():
    # one word: a renamed item is quoted alone
    assert quotes(
        "시장은 농업ㆍ어업등의 진흥을 위하여 노력한다.",
        "시장은 농업ㆍ수산업분야 진흥을 위하여 노력한다.",
    ) == [("어업등의", "수산업분야")]
    # the quote goes on with the list (또는): a change to the list, from its first changed item
    assert quotes(
        "구청장은 총무과장ㆍ기획과장 또는 재무과장에게 위임한다.",
        "구청장은 총무과장 또는 기획과장에게 위임한다.",
    ) == [("총무과장ㆍ기획과장 또는 재무과장", "총무과장 또는 기획과장")]
