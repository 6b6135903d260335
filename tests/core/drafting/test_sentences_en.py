"""English amendment sentences in the house style of english.md, from the *_en texts."""

from desktop.core.drafting import amendment_text_en
from desktop.core.provisions import apply_english
from tests.core.drafting.build import UNITS, amend, parse

UNITS_EN = frozenset(
    {
        "Lifelong Education Bureau",
        "Future Lifelong Education Bureau",
        "AI Bureau",
        "AI Industry Bureau",
    }
)
ORDINANCE_EN = "Gyeonggi-do Ordinance on Administrative Organization and Staffing"


def english(old, new, old_en: dict[str, str], new_en: dict[str, str], **kwargs):
    for inst, mapping in ((old, old_en), (new, new_en)):
        inst.title_en = ORDINANCE_EN
        assert apply_english(inst, mapping) == []
    return amendment_text_en(old, new, atomic_terms=UNITS, atomic_terms_en=UNITS_EN, **kwargs)


def texts(result) -> list[str]:
    return [s.text for s in result.sentences]


LEB = "The Lifelong Education Bureau shall be established."
FLEB = "The Future Lifelong Education Bureau shall be established."
HEAD = "The Director General of the Lifelong Education Bureau shall assist the Governor."
FHEAD = HEAD.replace("the Lifelong", "the Future Lifelong")


def test_opening():
    old, new = amend(("③ 평생교육국장은", "③ 미래평생교육국장은"))
    result = english(old, new, {}, {})
    assert result.opening == (
        "Part of the Gyeonggi-do Ordinance on Administrative Organization and Staffing "
        "shall be amended as follows:"
    )


def test_replacement_in_a_paragraph():
    old, new = amend(("③ 평생교육국장은", "③ 미래평생교육국장은"))
    result = english(old, new, {"3/3": HEAD}, {"3/3": FHEAD})
    assert texts(result) == [
        'In Article 3 (3), "Lifelong Education Bureau" shall be replaced by '
        '"Future Lifelong Education Bureau".'
    ]


def test_same_replacement_in_several_paragraphs_respectively():
    old, new = amend(
        ("평생교육국 및 AI국을", "미래평생교육국 및 AI국을"),
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
    )
    result = english(old, new, {"3/1": LEB, "3/3": HEAD}, {"3/1": FLEB, "3/3": FHEAD})
    assert texts(result) == [
        'In Article 3 (1) and (3), "Lifelong Education Bureau" shall be replaced by '
        '"Future Lifelong Education Bureau", respectively.'
    ]


def test_missing_english_text_is_shown_not_invented():
    old, new = amend(
        ("평생교육국 및 AI국을", "미래평생교육국 및 AI국을"),
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
    )
    result = english(old, new, {"3/1": LEB}, {"3/1": FLEB})
    assert texts(result) == [
        'In Article 3 (1), "Lifelong Education Bureau" shall be replaced by '
        '"Future Lifelong Education Bureau"; and [English text missing: Article 3 (3)].'
    ]


def test_english_not_updated_with_the_korean_counts_as_missing():
    old, new = amend(("③ 평생교육국장은", "③ 미래평생교육국장은"))
    result = english(old, new, {"3/3": HEAD}, {"3/3": HEAD})
    assert texts(result) == ["[English text missing: Article 3 (3)]."]


def test_article_title():
    old, new = amend(("제12조(AI국)", "제12조(AI산업국)"))
    result = english(old, new, {"12/title": "AI Bureau"}, {"12/title": "AI Industry Bureau"})
    assert texts(result) == [
        'The title of Article 12 "(AI Bureau)" shall be replaced by "(AI Industry Bureau)".'
    ]


def test_title_and_body_with_the_same_words():
    old, new = amend(
        ("제9조(평생교육국) 평생교육국장은", "제9조(미래평생교육국) 미래평생교육국장은")
    )
    old_en = {"9/title": "Lifelong Education Bureau", "9/0": HEAD}
    new_en = {"9/title": "Future Lifelong Education Bureau", "9/0": FHEAD}
    # house rule: the title quoted whole, as the Korean sentence does
    assert texts(english(old, new, old_en, new_en)) == [
        'The title of Article 9 "(Lifelong Education Bureau)" shall be replaced by '
        '"(Future Lifelong Education Bureau)"; and in Article 9, "Lifelong Education Bureau" '
        'shall be replaced by "Future Lifelong Education Bureau".'
    ]
    # gathered with the body (the title setting), as the Korean sentence is
    assert texts(english(old, new, old_en, new_en, title="gather")) == [
        'In the title and text of Article 9, "Lifelong Education Bureau" shall be '
        'replaced by "Future Lifelong Education Bureau", respectively.'
    ]


def test_new_article_with_its_english_text_as_body():
    old, new = amend(
        ("제13조(보칙)", "제12조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다.\n제13조(보칙)")
    )
    new_en = {
        "12의2/title": "Data Bureau",
        "12의2/0": "The Director General of the Data Bureau shall oversee data policy.",
    }
    result = english(old, new, {}, new_en)
    assert texts(result) == ["Article 12-2 shall be newly inserted as follows:"]
    assert result.sentences[0].body == (
        "Article 12-2 (Data Bureau) The Director General of the Data Bureau shall oversee "
        "data policy."
    )


def test_new_articles_respectively():
    added = "".join(f"제12조의{n}(신설{n}) 신설{n}국장은 총괄한다.\n" for n in (2, 3, 4))
    old, new = amend(("제13조(보칙)", f"{added}제13조(보칙)"))
    assert texts(english(old, new, {}, {})) == [
        "Articles 12-2 through 12-4 shall be newly inserted, respectively, as follows:"
    ]


def test_new_subparagraph_and_missing_body_text():
    old, new = amend(
        (
            "4. 장학 사업 운영에 관한 사항",
            "4. 장학 사업 운영에 관한 사항\n5. 평생교육 통계에 관한 사항",
        )
    )
    result = english(old, new, {}, {"5/2/5": "Matters concerning lifelong education statistics"})
    assert texts(result) == ["Subparagraph 5 shall be newly inserted in Article 5 (2) as follows:"]
    assert result.sentences[0].body == "5. Matters concerning lifelong education statistics"
    result = english(
        *amend(("4. 장학", "3의2. 디지털 문해교육\n3의3. 성인 문해교육\n4. 장학")), {}, {}
    )
    assert texts(result) == [
        "Subparagraphs 3-2 and 3-3 shall be newly inserted in Article 5 (2), respectively, "
        "as follows:"
    ]
    assert result.sentences[0].body == "3-2. [English text missing]\n3-3. [English text missing]"


def test_whole_rewrite_and_delete():
    old, new = amend(("② 기관별 정원은 별표 1에 따른다.", "② 직급별 정원은 규칙으로 정한다."))
    assert texts(english(old, new, {}, {})) == ["Article 6 (2) shall be wholly amended as follows:"]
    old, new = amend(("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n", ""))
    assert texts(english(old, new, {}, {})) == ["Article 13 shall be deleted."]


def test_ranges_of_deleted_articles():
    body = "".join(f"제{n}조(조{n}) 내용{n}은 규칙으로 정한다.\n" for n in (1, 2, 3, 4, 5, 6))
    old, new = parse(body), parse(body.split("제2조(")[0] + "제6조(조6) 내용6은 규칙으로 정한다.\n")
    assert texts(english(old, new, {}, {})) == ["Articles 2 through 5 shall be deleted."]


def test_several_kinds_of_change_in_one_article_are_one_sentence():
    old, new = amend(
        ("③ AI국장은", "③ AI산업국장은"),
        ("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n4. 장학"),
    )
    old_en = {"5/3": "The Director General of the AI Bureau shall take charge of AI."}
    new_en = {"5/3": "The Director General of the AI Industry Bureau shall take charge of AI."}
    assert texts(english(old, new, old_en, new_en)) == [
        "Subparagraph 3-2 shall be newly inserted in Article 5 (2) as follows; and in "
        'Article 5 (3), "AI Bureau" shall be replaced by "AI Industry Bureau".'
    ]


def test_proviso_and_lead_in_citations():
    old, new = amend(
        ("다만, 평생교육국장은", "다만, 미래평생교육국장은"),
        ("② 평생교육국장은 다음", "② 미래평생교육국장은 다음"),
    )
    # 제5조 and 제7조 share the one replacement: one sentence, as in Korean
    assert texts(english(old, new, {}, {})) == [
        "[English text missing: the part of Article 5 (2) other than the subparagraphs]; and "
        "[English text missing: the proviso to Article 7]."
    ]


def test_instrument_title_and_annex():
    old, new = amend(("| 본청 | 4,000 |", "| 본청 | 4,008 |"))
    new.title = "경기도 행정기구 설치 및 정원 조례"
    old.title_en = ORDINANCE_EN
    new.title_en = "Gyeonggi-do Ordinance on the Establishment of Administrative Organization"
    result = amendment_text_en(old, new)
    assert texts(result) == [
        f'The title of the Ordinance "{ORDINANCE_EN}" shall be replaced by '
        '"Gyeonggi-do Ordinance on the Establishment of Administrative Organization".',
        "Annex 1 shall be replaced by the attached Annex.",
    ]


def test_rewritten_proviso_prints_the_english_proviso():
    old, new = amend(
        (
            "다만, 평생교육국장은 지방서기관으로 보할 수 있다.",
            "다만, 한시기구의 장은 따로 임명한다.",
        )
    )
    main = "Heads of offices and bureaus shall be appointed from Grade 2 or 3 officials"
    new_en = {"7/0": f"{main}: Provided, That heads of temporary bodies are appointed separately."}
    result = english(old, new, {}, new_en)
    assert texts(result) == ["The proviso to Article 7 shall be wholly amended as follows:"]
    assert result.sentences[0].body == (
        "Provided, That heads of temporary bodies are appointed separately."
    )


# -- lists and plurals across the sentence forms ---------------------------------------------

BASE_LISTS = """\
제4조(홍보기획관) 도지사 밑에 홍보기획관을 두고, 다음 각 호의 사무를 분장한다.
1. 도민소통정책에 관한 사항
2. 도정홍보에 관한 사항
3. 언론 분석에 관한 사항
  가. 보도 분석에 관한 사항
  나. 대응에 관한 사항
  다. 평가에 관한 사항
4. 홍보물에 관한 사항
5. 행사에 관한 사항
제5조(분장사무) ① 기획조정실장은 기획에 관한 사무를 분장한다.
② 평생교육국장은 평생교육에 관한 사무를 분장한다.
③ AI국장은 인공지능에 관한 사무를 분장한다.
제6조(정원) 정원은 규칙으로 정한다.
제7조(직급) 직급은 규칙으로 정한다.
"""


def english_lists(*replacements):
    old, new = amend(*replacements, base=BASE_LISTS)
    for inst in (old, new):
        inst.title_en = ORDINANCE_EN
    # No whole rewrites: the lists are what is looked at.
    return texts(amendment_text_en(old, new, rewrite_threshold=1.0, max_replacements=9))


def test_deleted_subparagraphs_of_an_article_read_as_one_plural():
    three = "3. 언론 분석에 관한 사항\n  가. 보도 분석에 관한 사항\n  나. 대응에 관한 사항\n"
    three += "  다. 평가에 관한 사항\n"
    result = english_lists((three + "4. 홍보물에 관한 사항\n", "3. 삭제\n4. 삭제\n"))
    assert result == ["Subparagraphs 3 and 4 of Article 4 shall be deleted."]
    result = english_lists(
        (
            "2. 도정홍보에 관한 사항\n" + three + "4. 홍보물에 관한 사항\n",
            "2. 삭제\n3. 삭제\n4. 삭제\n",
        )
    )
    assert result == ["Subparagraphs 2 through 4 of Article 4 shall be deleted."]
    result = english_lists(("5. 행사에 관한 사항\n", ""))
    assert result == ["Subparagraph 5 of Article 4 shall be deleted."]


def test_items_paragraphs_and_articles_in_lists():
    result = english_lists(
        ("  가. 보도 분석에 관한 사항\n  나. 대응에 관한 사항\n", "  가. 삭제\n  나. 삭제\n")
    )
    assert result == ["Items (a) and (b) of subparagraph 3 of Article 4 shall be deleted."]
    two = "② 평생교육국장은 평생교육에 관한 사무를 분장한다.\n"
    two += "③ AI국장은 인공지능에 관한 사무를 분장한다.\n"
    result = english_lists((two, ""))
    assert result == ["Article 5 (2) and (3) shall be deleted."]
    two = "제6조(정원) 정원은 규칙으로 정한다.\n제7조(직급) 직급은 규칙으로 정한다.\n"
    result = english_lists((two, ""))
    assert result == ["Articles 6 and 7 shall be deleted."]


def test_inserted_subparagraphs_are_plural_with_respectively():
    result = english_lists(
        (
            "5. 행사에 관한 사항\n",
            "5. 행사에 관한 사항\n6. 기념식에 관한 사항\n7. 축제에 관한 사항\n",
        )
    )
    assert result == [
        "Subparagraphs 6 and 7 shall be newly inserted in Article 4, respectively, as follows:"
    ]
    result = english_lists(
        ("5. 행사에 관한 사항\n", "5. 행사에 관한 사항\n6. 기념식에 관한 사항\n")
    )
    assert result == ["Subparagraph 6 shall be newly inserted in Article 4 as follows:"]


def test_a_title_gathered_with_the_next_articles_is_one_english_sentence():
    from tests.core.drafting.test_sentence_rules import GATHERED

    old = parse(GATHERED)
    new = parse(GATHERED.replace("평생교육국", "미래평생교육국"))
    old_en = {
        "8/title": "Lifelong Education Bureau",
        "8/1": LEB,
        "8/2": "The Director General of the Lifelong Education Bureau shall be a grade IV.",
        "9/0": "The Director General of the Lifelong Education Bureau shall oversee it.",
        "10/0": "The Governor shall report on the Lifelong Education Bureau every year.",
    }
    new_en = {k: v.replace("the Lifelong", "the Future Lifelong") for k, v in old_en.items()}
    new_en["8/title"] = "Future Lifelong Education Bureau"
    new_en["8/1"] = FLEB
    assert texts(english(old, new, old_en, new_en, title="gather")) == [
        "In the title of Article 8, Article 8 (1) and (2), and Articles 9 and 10, "
        '"Lifelong Education Bureau" shall be replaced by "Future Lifelong Education Bureau", '
        "respectively."
    ]


def test_each_part_amended_apart_takes_only_its_own_english_words():
    for separator, english_join in (
        ("다만, ", ": Provided, That the Director"),
        ("이 경우 ", ". In such cases, the Director"),
    ):
        text = (
            f"제4조(협의) 복지국장은 정원을 정한다. {separator}행정안전부장관과 협의하여야 한다.\n"
        )
        new_text = text.replace("복지국장", "복지문화국장").replace(
            "행정안전부장관", "행정자치부장관"
        )
        old, new = parse(text), parse(new_text)
        old_en = f"{LEB[:-1]}{english_join} shall consult the Minister of the Interior and Safety."
        new_en = f"{FLEB[:-1]}{english_join} shall consult the Minister of the Interior."
        result = texts(english(old, new, {"4/0": old_en}, {"4/0": new_en}))
        first, second = (
            ("the main sentence of", "the proviso to")
            if separator == "다만, "
            else ("the first sentence of", "the second sentence of")
        )
        assert result == [
            f'In {first} Article 4, "Lifelong Education Bureau" shall be replaced by "Future '
            f'Lifelong Education Bureau"; and in {second} Article 4, "Interior and Safety" shall '
            'be replaced by "Interior".'
        ]


def test_words_replaced_and_a_proviso_added_quote_only_the_text_before_the_proviso():
    # The Korean bill replaces the words and inserts the proviso by a clause of its own
    # (제3조제3항 중 "A"를 "B"로 하고, 같은 항에 단서를 다음과 같이 신설한다): the English
    # replacement leaves the new proviso out.
    old, new = amend(
        (
            "③ 평생교육국장은 평생교육 정책에 관하여 도지사를 보좌한다.",
            "③ 미래평생교육국장은 평생교육 정책에 관하여 도지사를 보좌한다. "
            "다만, 필요한 경우 부지사를 보좌할 수 있다.",
        )
    )
    proviso = "Provided, That he or she may assist a Vice-Governor where necessary."
    result = english(old, new, {"3/3": HEAD}, {"3/3": f"{FHEAD[:-1]}: {proviso}"})
    assert texts(result) == [
        'In Article 3 (3), "Lifelong Education Bureau" shall be replaced by "Future Lifelong '
        'Education Bureau"; and a proviso shall be newly inserted in Article 3 (3) as follows:'
    ]
    assert result.sentences[0].body == proviso


def test_the_unnumbered_paragraph_numbered_when_a_paragraph_is_added():
    """``제9조의 제목 …으로 하고, 같은 조 제목 외의 부분을 제1항으로 하며, 제1항(종전의 제목
    외의 부분) 중 …``: the English says what the text was."""
    old, new = amend(
        (
            "제9조(평생교육국) 평생교육국장은",
            "제9조(미래평생교육국) ① 미래평생교육국장은",
        ),
        ("지휘ㆍ감독한다.\n", "지휘ㆍ감독한다.\n② 국장은 따로 둔다.\n"),
    )
    old_en = {"9/title": "Lifelong Education Bureau", "9/0": HEAD}
    new_en = {"9/title": "Future Lifelong Education Bureau", "9/1": FHEAD}
    assert texts(english(old, new, old_en, new_en)) == [
        'The title of Article 9 "(Lifelong Education Bureau)" shall be replaced by '
        '"(Future Lifelong Education Bureau)"; the text of Article 9 other than its title shall '
        "become paragraph (1); in Article 9 (1) (formerly its text other than the title), "
        '"Lifelong Education Bureau" shall be replaced by "Future Lifelong Education Bureau"; '
        "and paragraph (2) shall be newly inserted in Article 9 as follows:"
    ]
