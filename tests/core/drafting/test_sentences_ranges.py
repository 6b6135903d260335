"""Three or more consecutive provisions before 중 are cited as a range, as real bills write
them: ``제282조의2제1항부터 제4항까지 중 "A"를 각각 "B"로 한다`` (the mirror of consolidated
statutes: three consecutive provisions a range 512 times and listed 67 times, four or more a
range 166 times and listed 8 times)."""

from desktop.core.drafting import amendment_text, amendment_text_en
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.provisions import apply_english
from desktop.core.statute_parse import parse_instrument

# 관세법 시행령 제282조의2 before 관세법 시행령 (2013-02-15, the second development set),
# abridged.
CUSTOMS = (
    "관세법 시행령\n"
    "제282조의2(몰수농산물의 이관 등) ① 세관장은 몰수농산물인 경우에는 농림수산식품부장관에게 "
    "이를 통보하여야 한다.\n"
    "② 통보를 받은 농림수산식품부장관이 몰수농산물을 이관받고자 하는 경우에는 이관요청서를 "
    "제출하여야 한다.\n"
    "③ 세관장은 농림수산식품부장관이 기한내에 이관요청서를 제출하지 아니하는 경우에는 처분할 수 "
    "있다.\n"
    "④ 보관료 및 관리비는 농림수산식품부장관이 지급하여야 한다.\n"
)


def _draft(old_text: str, new_text: str) -> str:
    old = parse_instrument(old_text)[0]
    new = parse_instrument(new_text)[0]
    text = amendment_text(old, new)
    assert same_text(apply_amendment(old, str(text)), new)
    return " ".join(s.text for s in text.sentences)


def test_four_consecutive_paragraphs_are_a_range():
    new = CUSTOMS.replace("농림수산식품부장관", "농림축산식품부장관")
    assert _draft(CUSTOMS, new) == (
        '제282조의2제1항부터 제4항까지 중 "농림수산식품부장관"을 각각 "농림축산식품부장관"으로 '
        "한다."
    )


def test_two_consecutive_paragraphs_are_listed():
    new = CUSTOMS.replace("농림수산식품부장관에게", "농림축산식품부장관에게").replace(
        "농림수산식품부장관이 몰수", "농림축산식품부장관이 몰수"
    )
    assert _draft(CUSTOMS, new) == (
        '제282조의2제1항 및 제2항 중 "농림수산식품부장관"을 각각 "농림축산식품부장관"으로 한다.'
    )


def test_a_gap_breaks_the_range():
    # 제1항, 제2항 and 제4항: 제3항 keeps its words, so no range runs over it
    new = CUSTOMS.replace("농림수산식품부장관", "농림축산식품부장관").replace(
        "세관장은 농림축산식품부장관이 기한내", "세관장은 농림수산식품부장관이 기한내"
    )
    assert _draft(CUSTOMS, new) == (
        '제282조의2제1항, 제2항 및 제4항 중 "농림수산식품부장관"을 각각 "농림축산식품부장관"으로 '
        "한다."
    )


def test_a_subparagraph_inserted_between_breaks_the_range():
    # a new 제1호의2 between 제1호 and 제2호: 제1호부터 제3호까지 would take it in
    old = (
        "관세법 시행령\n"
        "제3조(통보) 세관장은 다음 각 호의 경우에는 농림수산식품부장관에게 통보하여야 한다.\n"
        "1. 농림수산식품부장관이 요청한 경우\n"
        "2. 농림수산식품부장관이 정하는 물품인 경우\n"
        "3. 농림수산식품부장관이 고시한 경우\n"
    )
    new = old.replace("농림수산식품부장관이", "농림축산식품부장관이").replace(
        "2. 농림", "1의2. 관세청장이 정하는 경우\n2. 농림"
    )
    assert _draft(old, new) == (
        '제3조제1호 중 "농림수산식품부장관"을 "농림축산식품부장관"으로 하고, 같은 조에 제1호의2를 '
        '다음과 같이 신설하며, 같은 조 제2호 및 제3호 중 "농림수산식품부장관"을 각각 '
        '"농림축산식품부장관"으로 한다.'
    )


# 전통주 등의 산업진흥에 관한 법률 제2조 before the 주류 면허 등에 관한 법률 (2020-02-11, the
# second development set), abridged: three items of one subparagraph.
LIQUOR = (
    "전통주 등의 산업진흥에 관한 법률\n"
    "제2조(정의) 이 법에서 사용하는 용어의 뜻은 다음과 같다.\n"
    '1. "술"이란 알코올분 1도 이상의 음료를 말한다.\n'
    '2. "전통주"란 다음 각 목에 해당하는 술을 말한다.\n'
    "가. 국가무형문화재의 보유자가 「주세법」 제6조에 따라 면허를 받아 제조한 술\n"
    "나. 대한민국식품명인이 「주세법」 제6조에 따라 면허를 받아 제조한 술\n"
    "다. 농업경영체가 생산한 농산물을 주원료로 제조한 술로서 「주세법」 제6조에 따라 면허를 받아 "
    "제조한 술\n"
    '3. "전통주 등의 산업"이란 다음 각 목에 해당하는 산업을 말한다.\n'
    "가. 「주세법」 제6조에 따라 면허를 받은 전통주를 생산하는 산업\n"
    "나. 제2호나목에 해당하는 술을 생산하는 산업\n"
)


def test_items_are_a_range_and_the_list_goes_on():
    new = LIQUOR.replace("「주세법」 제6조", "「주류 면허 등에 관한 법률」 제3조")
    assert _draft(LIQUOR, new) == (
        '제2조제2호가목부터 다목까지 및 같은 조 제3호가목 중 "「주세법」 제6조"를 각각 '
        '"「주류 면허 등에 관한 법률」 제3조"로 한다.'
    )


def test_the_english_sentence_cites_the_same_range():
    old = parse_instrument(CUSTOMS)[0]
    new = parse_instrument(CUSTOMS.replace("농림수산식품부장관", "농림축산식품부장관"))[0]
    minister = "the Minister of Food, Agriculture, Forestry and Fisheries"
    for inst, name in (
        (old, minister),
        (new, minister.replace("Forestry and Fisheries", "and Rural Affairs")),
    ):
        inst.title_en = "Enforcement Decree of the Customs Act"
        texts = {f"282-2/{n}": f"Paragraph {n} concerns {name}." for n in range(1, 5)}
        assert apply_english(inst, texts) == []
    (sentence,) = amendment_text_en(old, new).sentences
    assert sentence.text == (
        'In Article 282-2 (1) through (4), "Forestry and Fisheries" shall be replaced by '
        '"and Rural Affairs", respectively.'
    )
