"""The changes of several articles: one sentence per article (house rule) or, as a setting
(``drafting/articles``), joined into one sentence with 하고/하며, as real bills amending
another statute in their 부칙 often write them (:mod:`desktop.core.rules`)."""

import pytest

from desktop.core.drafting import amendment_text, amendment_text_en
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.rules import ARTICLES_APART, ARTICLES_JOINED, DEFAULT_ARTICLES, DraftingOptions
from desktop.core.statute_parse import parse_instrument
from tests.core.drafting.build import UNITS, amend, parse


def sentences(old, new, **kwargs) -> list[str]:
    return [s.text for s in amendment_text(old, new, atomic_terms=UNITS, **kwargs).sentences]


def three_articles():
    return amend(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
        ("도서관 운영 지원", "공공도서관 운영 지원"),
        ("실장과 국장은", "실장ㆍ국장은"),
    )


def test_several_articles_are_one_sentence_each_by_default():
    # House rule: the bills of local governments write each article in its own sentence.
    assert DEFAULT_ARTICLES == ARTICLES_APART
    old, new = three_articles()
    assert sentences(old, new) == [
        '제3조제3항 중 "평생교육국"을 "미래평생교육국"으로 한다.',
        '제5조제2항제2호 중 "도서관"을 "공공도서관"으로 한다.',
        '제7조 본문 중 "실장과 국장"을 "실장ㆍ국장"으로 한다.',
    ]


def test_several_articles_joined_with_hago_and_hamyeo_as_a_setting():
    old, new = three_articles()
    assert sentences(old, new, articles=ARTICLES_JOINED) == [
        '제3조제3항 중 "평생교육국"을 "미래평생교육국"으로 하고, '
        '제5조제2항제2호 중 "도서관"을 "공공도서관"으로 하며, '
        '제7조 본문 중 "실장과 국장"을 "실장ㆍ국장"으로 한다.'
    ]


def test_joined_clauses_continue_the_chain_of_the_first_article():
    # 하고/하며 alternate over the whole sentence; 같은 조 stays inside its article, and the
    # next article is cited in full.
    old, new = amend(
        ("기획조정실, 평생교육국", "기획실, 평생교육국"),
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
        ("기획과 조정에", "기획ㆍ조정에"),
    )
    assert sentences(old, new, articles=ARTICLES_JOINED) == [
        '제3조제1항 중 "기획조정실"을 "기획실"로 하고, '
        '같은 조 제3항 중 "평생교육국"을 "미래평생교육국"으로 하며, '
        '제5조제1항 중 "기획과 조정"을 "기획ㆍ조정"으로 한다.'
    ]


def test_a_new_article_joins_the_sentence_with_its_text_after_it():
    old, new = amend(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
        ("제13조(보칙)", "제12조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다.\n제13조(보칙)"),
    )
    (sentence,) = amendment_text(old, new, atomic_terms=UNITS, articles=ARTICLES_JOINED).sentences
    assert sentence.text == (
        '제3조제3항 중 "평생교육국"을 "미래평생교육국"으로 하고, 제12조의2를 다음과 같이 신설한다.'
    )
    assert sentence.body.startswith("제12조의2(데이터국)")


def test_the_title_keeps_its_own_sentence():
    title = "경기도 행정기구 및 정원 조례"
    old = parse("제1조(목적) 도의 기구를 정한다.\n제2조(정원) 정원은 100명으로 한다.", title)
    new = parse(
        "제1조(목적) 도의 조직을 정한다.\n제2조(정원) 정원은 120명으로 한다.",
        "경기도 행정기구 설치 조례",
    )
    texts = sentences(old, new, articles=ARTICLES_JOINED)
    assert len(texts) == 2
    assert texts[0].startswith("제명")
    assert "하고, 제2조" in texts[1]


@pytest.mark.parametrize("articles", [ARTICLES_APART, ARTICLES_JOINED])
def test_both_forms_apply_to_give_the_new_text(articles):
    old, new = three_articles()
    text = amendment_text(old, new, atomic_terms=UNITS, articles=articles)
    amendment = "\n".join(f"{s.text}\n{s.body}" if s.body else s.text for s in text.sentences)
    assert same_text(apply_amendment(old, amendment), new)


def test_the_english_sentences_follow_the_korean_ones():
    # The bilingual review sheet pairs the Korean and English sentences one by one.
    old, new = three_articles()
    for articles in (ARTICLES_APART, ARTICLES_JOINED):
        ko = amendment_text(old, new, articles=articles).sentences
        en = amendment_text_en(old, new, articles=articles).sentences
        assert len(ko) == len(en)
    (joined,) = amendment_text_en(old, new, articles=ARTICLES_JOINED).sentences
    assert joined.text.count("; ") == 2 and "; and " in joined.text


def test_real_two_articles_joined_in_one_sentence():
    # 국민건강증진법 시행령 (2023), 부칙, amending 질병관리청과 그 소속기관 직제: "제16조제3항제10호
    # 중 "국민건강ㆍ영양조사"를 "국민건강영양조사"로 하고, 제25조제9호 중 "국민영양조사"를
    # "국민건강영양조사"로 한다."
    title = "질병관리청과 그 소속기관 직제"
    old_text = (
        "제16조(만성질환관리국) ③ 만성질환관리국장은 다음 사항을 분장한다.\n"
        "10. 국민건강ㆍ영양조사 기획 및 시행\n"
        "11. 국민건강통계 생산ㆍ보급 등 관리\n"
        "제25조(직무) 질병대응센터는 다음 사무를 관장한다.\n"
        "9. 국민영양조사, 구강건강실태조사 등 만성질환 및 건강행태 관련 조사에 관한 사항\n"
        "10. 「지역보건법」에 따른 지역사회 건강실태조사 및 지역격차 해소 지원에 관한 사항"
    )
    new_text = old_text.replace("국민건강ㆍ영양조사", "국민건강영양조사").replace(
        "9. 국민영양조사", "9. 국민건강영양조사"
    )
    # the two articles as the consolidated text has them, the other 호 left out (the parser
    # warns of the numbering only)
    old = parse_instrument(f"{title}\n{old_text}")[0]
    new = parse_instrument(f"{title}\n{new_text}")[0]
    assert sentences(old, new, articles=ARTICLES_JOINED) == [
        '제16조제3항제10호 중 "국민건강ㆍ영양조사"를 "국민건강영양조사"로 하고, '
        '제25조제9호 중 "국민영양조사"를 "국민건강영양조사"로 한다.'
    ]
    assert len(sentences(old, new)) == 2


def test_the_articles_setting_reaches_the_bill():
    """The office's choice (Settings, drafting/articles) is what the project's bill is
    written with, in both languages, sentence for sentence."""
    from desktop import paths
    from desktop.core.projectfile import load

    project = load(paths.sample_path())
    apart = project.draft_inputs(DraftingOptions()).draft["ordinance"]
    joined = project.draft_inputs(DraftingOptions(articles=ARTICLES_JOINED)).draft["ordinance"]
    articles = [s for s in apart.amendment("ko").sentences if s.articles]
    assert len(articles) > 1
    together = [s for s in joined.amendment("ko").sentences if s.articles]
    assert len(together) == 1
    assert together[0].articles == tuple(n for s in articles for n in s.articles)
    assert len(joined.amendment("en").sentences) == len(joined.amendment("ko").sentences)


def test_new_texts_of_several_depths_in_one_sentence_are_read_in_turn():
    """A new article, a new 제1호의2 under an article's old text that takes its number beside a
    new ② with 호 of its own, and a new 제1호의2 of the next article: one sentence, the texts
    after it in its order. The lines after the new article are all deeper than an article:
    it ends where the texts announced after it can all be read (the applier gave it the
    first 제1호의2 and the ② when it cut at the last line that can start the next text)."""
    head = "조례\n"
    lead = "다음 각 호의 사무를 분장한다."
    old = parse_instrument(
        f"{head}제1조(기구) 도지사 밑에 복지국을 둔다.\n"
        f"제2조(분장) 복지국장은 {lead}\n1. 복지정책에 관한 사항\n2. 노인복지에 관한 사항\n"
        f"제3조(도시국) 도시국장은 {lead}\n1. 도시계획에 관한 사항\n2. 주택에 관한 사항\n"
    )[0]
    new = parse_instrument(
        f"{head}제1조(기구) 도지사 밑에 복지국을 둔다.\n"
        "제1조의2(위원회) 도지사 밑에 조직위원회를 둔다.\n"
        f"제2조(분장) ① 복지국장은 {lead}\n1. 복지정책에 관한 사항\n"
        "1의2. 아동복지에 관한 사항\n2. 노인복지에 관한 사항\n"
        f"② 도시국장은 {lead}\n1. 도시계획에 관한 사항\n2. 주택에 관한 사항\n"
        f"제3조(도시국) 도시국장은 {lead}\n1. 도시계획에 관한 사항\n"
        "1의2. 도시재생에 관한 사항\n2. 주택에 관한 사항\n"
    )[0]
    (sentence,) = amendment_text(old, new, atomic_terms=UNITS, articles=ARTICLES_JOINED).sentences
    assert sentence.text == (
        "제1조의2를 다음과 같이 신설하고, 제2조 제목 외의 부분을 제1항으로 하며, "
        "제1항(종전의 제목 외의 부분)에 제1호의2를 다음과 같이 신설하고, 같은 조에 제2항을 "
        "다음과 같이 신설하며, 제3조에 제1호의2를 다음과 같이 신설한다."
    )
    assert sentence.body.split("\n") == [
        "제1조의2(위원회) 도지사 밑에 조직위원회를 둔다.",
        "1의2. 아동복지에 관한 사항",
        "② 도시국장은 다음 각 호의 사무를 분장한다.",
        "1. 도시계획에 관한 사항",
        "2. 주택에 관한 사항",
        "1의2. 도시재생에 관한 사항",
    ]
    assert same_text(apply_amendment(old, f"{sentence.text}\n{sentence.body}"), new)
