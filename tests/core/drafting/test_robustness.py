"""Random edits of an instrument always draft: sentences in order, well formed, tables built."""

import copy
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.drafting import (
    amendment_text,
    amendment_text_en,
    comparison_table,
    render_table_text,
)
from desktop.core.statute import Article, Instrument, Num, Paragraph, Subparagraph
from tests.core.drafting.build import BASE, UNITS, parse

ORIGINAL = parse(BASE)
WORDS = ("미래평생교육국", "AI산업국", "기획조정실", "공공", "사무", "업무")


def mutate(inst: Instrument, choices: list[tuple[int, int, int, int]]) -> Instrument:
    """Apply edits chosen by numbers: (what, article, paragraph, word)."""
    new = copy.deepcopy(inst)
    for what, a, p, w in choices:
        art = new.articles[a % len(new.articles)]
        if art.deleted or not art.paragraphs:
            continue
        para = art.paragraphs[p % len(art.paragraphs)]
        word = WORDS[w % len(WORDS)]
        if what == 0:  # replace a word
            words = para.text.split()
            if words:
                words[w % len(words)] = word
                para.text = " ".join(words)
        elif what == 1:
            art.deleted = True
        elif what == 2 and para.subparagraphs:
            sub = para.subparagraphs[w % len(para.subparagraphs)]
            sub.text = f"{word} {sub.text}"
        elif what == 3 and para.subparagraphs:
            last = para.subparagraphs[-1].num
            para.subparagraphs.append(Subparagraph(Num(last.main + 1), f"{word}에 관한 사항"))
        elif what == 4:
            art.title = f"{art.title} {word}"
        elif what == 5 and art.paragraphs[-1].number:
            number = art.paragraphs[-1].number + 1
            art.paragraphs.append(Paragraph(number, f"{word}은 규칙으로 정한다."))
        elif what == 6:
            new.articles.append(
                Article(
                    Num(art.num.main, art.num.branch + 7), word, [Paragraph(0, f"{word}을 둔다.")]
                )
            )
            new.articles.sort(key=lambda x: x.num)
        elif what == 7 and new.annexes:
            new.annexes[0].rows.append([word, "1"])
    return new


EDITS = st.lists(
    st.tuples(st.integers(0, 7), st.integers(0, 20), st.integers(0, 5), st.integers(0, 30)),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(EDITS)
def test_any_edit_drafts_in_order_and_well_formed(choices):
    new = mutate(ORIGINAL, choices)
    text = amendment_text(ORIGINAL, new, atomic_terms=UNITS)
    english = amendment_text_en(ORIGINAL, new, atomic_terms=UNITS)
    assert len(text.sentences) == len(english.sentences)
    nums = [num for sentence in text.sentences for num in sentence.articles]
    assert nums == sorted(nums)
    for sentence in text.sentences:
        assert sentence.text.endswith("한다.")
        assert re.sub(r'"[^"]*"', "", sentence.text).count("한다.") == 1  # outside quotes
        assert "  " not in sentence.text
    for sentence in english.sentences:
        assert sentence.text[:1].isupper() or sentence.text.startswith("[")
        assert sentence.text.endswith((".", ":"))
    table = comparison_table(ORIGINAL, new, atomic_terms=UNITS)
    for row in table.rows:
        assert len(row.current) == len(row.amended)
    assert render_table_text(table).startswith(ORIGINAL.title)
    comparison_table(ORIGINAL, new, atomic_terms=UNITS, lang="en", hyphens=False)
