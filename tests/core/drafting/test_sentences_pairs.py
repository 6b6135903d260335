"""본문 and 단서 (전단 and 후단) of the same provision, amended together, are cited as a pair:
``제58조제1항 본문 및 단서 중``, ``제7조제1항, 같은 조 제2항 전단 및 후단 중`` at the end of a
list within one article, ``본문ㆍ단서`` inside a list (drafting-ko.md §3). The statute is made
up; the corpus test measures the rule on real sentences."""

from desktop.core.drafting import amendment_text, amendment_text_en
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.drafting.location import Location, Part
from desktop.core.drafting.sentences_en import cite_list_en
from desktop.core.provisions import apply_english
from desktop.core.rules import LISTS_COMMAS
from desktop.core.statute import Instrument, Num
from desktop.core.statute_parse import parse_instrument

RULE = """법무사규칙
제7조(평가) ① 감정평가업자의 평가서는 법인에 둔다.
② 감정평가업자의 평가서는 5년간 보관한다. 이 경우 감정평가업자의 사본은 3년간 보관한다.
제8조(서류) 법무사는 서류를 보관한다.
제58조(법인) ① 법무사합동법인은 등기를 할 수 있다. 다만, 법무사합동법인의 사무소는 하나로 한다.
② 법인의 구성원은 5명 이상으로 한다.
제60조(업무) 법인은 다음 각 호의 업무를 한다. 다만, 법무사합동법인은 소송을 대리할 수 없다.
1. 등기 신청
2. 법무사합동법인의 공탁
"""


def parse(text: str) -> Instrument:
    inst, messages = parse_instrument(text)
    assert messages == [], messages
    return inst


def drafted(old_words: str, new_words: str, text: str = RULE) -> tuple[list[str], bool]:
    """The sentences drafted for the words replaced everywhere in ``text``, and whether the
    applier, reading them, gives the new text."""
    old, new = parse(text), parse(text.replace(old_words, new_words))
    sentences = [s.text for s in amendment_text(old, new).sentences]
    return sentences, same_text(apply_amendment(old, "\n".join(sentences)), new)


def test_the_main_sentence_and_the_proviso_of_one_paragraph_are_a_pair():
    alone = RULE.split("제60조")[0]
    sentences, applies = drafted("법무사합동법인", "법무사법인", alone)
    assert sentences == [
        '제58조제1항 본문 및 단서 중 "법무사합동법인"을 각각 "법무사법인"으로 한다.'
    ]
    assert applies
    # inside a list over several articles: 본문ㆍ단서, the list's 및 before its last article
    sentences, applies = drafted("법무사합동법인", "법무사법인")
    assert sentences == [
        "제58조제1항 본문ㆍ단서, 제60조 각 호 외의 부분 단서 및 같은 조 제2호 중 "
        '"법무사합동법인"을 각각 "법무사법인"으로 한다.'
    ]
    assert applies


def test_a_pair_ending_an_articles_provisions_takes_its_및_with_commas_between_articles():
    old, new = parse(RULE), parse(RULE.replace("법무사합동법인", "법무사법인"))
    sentences = [s.text for s in amendment_text(old, new, lists=LISTS_COMMAS).sentences]
    assert sentences == [
        "제58조제1항 본문 및 단서, 제60조 각 호 외의 부분 단서 및 같은 조 제2호 중 "
        '"법무사합동법인"을 각각 "법무사법인"으로 한다.'
    ]
    assert same_text(apply_amendment(old, sentences[0]), new)


def test_the_first_and_second_sentences_end_a_list_within_one_article_with_및():
    sentences, applies = drafted("감정평가업자", "감정평가법인등")
    assert sentences == [
        '제7조제1항, 같은 조 제2항 전단 및 후단 중 "감정평가업자"를 각각 "감정평가법인등"으로 한다.'
    ]
    assert applies


def test_the_parts_of_a_lead_in_are_a_pair_inside_a_list():
    text = RULE.replace("법인은 다음", "법무사합동법인은 다음")
    sentences, applies = drafted("법무사합동법인", "법무사법인", text)
    assert sentences == [
        "제58조제1항 본문ㆍ단서, 제60조 각 호 외의 부분 본문ㆍ단서 및 같은 조 제2호 중 "
        '"법무사합동법인"을 각각 "법무사법인"으로 한다.'
    ]
    assert applies


def test_the_english_names_the_provision_once():
    text = RULE.split("제8조")[0]
    old, new = parse(text), parse(text.replace("감정평가업자", "감정평가법인등"))
    first = "The appraisal of an appraiser shall be kept at the corporation."
    second = "The appraisal of an appraiser shall be kept for five years. In such cases, "
    second += "a copy of an appraiser shall be kept for three years."
    for inst, words in ((old, "an appraiser"), (new, "an appraisal firm")):
        inst.title_en = "Rule on Certified Judicial Scriveners"
        english = {"7/1": first, "7/2": second}
        english = {key: value.replace("an appraiser", words) for key, value in english.items()}
        assert apply_english(inst, english) == []
    assert [s.text for s in amendment_text_en(old, new).sentences][-1] == (
        'In Article 7 (1) and the first and second sentences of Article 7 (2), "appraiser" '
        'shall be replaced by "appraisal firm", respectively.'
    )


def test_english_pairs_of_a_paragraph_and_of_a_lead_in():
    def pair(article, first, second, paragraph=1):
        return [(Location(Num(article), paragraph, part=part),) * 2 for part in (first, second)]

    assert cite_list_en(pair(58, Part.MAIN, Part.PROVISO)) == (
        "the main sentence and the proviso of Article 58 (1)"
    )
    lead = [*pair(60, Part.LEAD_FRONT, Part.LEAD_BACK, 0), (Location(Num(61)),) * 2]
    # the comma keeps Article 61 out of "other than the subparagraphs and Article 61"
    assert cite_list_en(lead) == (
        "the first and second sentences of the part of Article 60 other than the "
        "subparagraphs, and Article 61"
    )


def _deletions(articles: bool, *deleted: tuple[int, ...]) -> Instrument:
    def items(count: int, gone: tuple[int, ...]) -> str:
        return "".join(f"{n}. {'삭제' if n in gone else f'사항{n}'}\n" for n in range(1, count + 1))

    text = "시험 규칙\n\n제9조(가) 가를 둔다.\n제10조(나) 나를 둔다.\n"
    if not articles:
        text = "시험 규칙\n\n제9조 삭제\n제10조 삭제\n"
    text += f"제44조(다) ① 다를 둔다.\n② 다음 각 호와 같다.\n{items(8, deleted[0])}"
    text += f"제44조의3(라) ① 라를 둔다.\n② 다음 각 호와 같다.\n{items(7, deleted[1])}"
    text += f"③ 다음 각 호와 같다.\n{items(3, deleted[2])}"
    return parse_instrument(text)[0]


def test_an_english_list_of_mixed_provisions_keeps_each_group_together():
    """국민체육진흥법 시행령's shape: each group of the Korean list (``제44조제2항제4호ㆍ제5호ㆍ
    제7호ㆍ제8호``) is one English phrase with its own ``and``, whole articles in a row are named
    together (``Articles 9 and 10``, not ``Article 9, Article 10``), and a comma before the last
    ``and`` shows where the groups end."""
    old = _deletions(True, (), (), ())
    new = _deletions(False, (4, 5, 7, 8), (4, 5, 6, 7), (2, 3))
    assert [s.text for s in amendment_text(old, new).sentences] == [
        "제9조, 제10조, 제44조제2항제4호ㆍ제5호ㆍ제7호ㆍ제8호, 제44조의3제2항제4호부터 제7호까지 "
        "및 같은 조 제3항제2호ㆍ제3호를 각각 삭제한다."
    ]
    assert [s.text for s in amendment_text_en(old, new).sentences] == [
        "Articles 9 and 10, Article 44 (2) 4, 5, 7 and 8, Article 44-3 (2) 4 through 7, and "
        "Article 44-3 (3) 2 and 3 shall be deleted."
    ]


def test_english_lists_of_whole_articles_and_of_one_provisions_parts():
    def whole(*path):
        loc = Location(Num(path[0]), *path[1:2], *(Num(n) for n in path[2:]))
        return (loc, loc)

    span = (Location(Num(9)), Location(Num(12)))
    assert cite_list_en([span, whole(15), whole(25, 1), whole(25, 2)]) == (
        "Articles 9 through 12 and 15, and Article 25 (1) and (2)"
    )
    assert cite_list_en([span, whole(52, 0, 2), whole(56, 2, 5)]) == (
        "Articles 9 through 12, subparagraph 2 of Article 52 and Article 56 (2) 5"
    )
    # only a group before the last one needs the comma
    sentences = [(Location(Num(7), 2, part=part),) * 2 for part in (Part.FRONT, Part.BACK)]
    assert cite_list_en([whole(7, 1), *sentences]) == (
        "Article 7 (1) and the first and second sentences of Article 7 (2)"
    )
