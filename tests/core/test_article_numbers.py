"""The number of a new article (statute.Instrument.number_after): a branch between two
articles, the next number after the last one. In the national statutes' revision history a new
article placed after the last article took the next number 51 times in 53 (방위사업청과 그
소속기관 직제 시행규칙: 제27조의3 was the last, the new article is 제28조); a branch is kept for
the articles in between, which a plain number would displace."""

from __future__ import annotations

from desktop.core.statute import Article, Instrument, Num


def instrument(*nums: Num, deleted: Num | None = None) -> Instrument:
    return Instrument(
        "시험 규칙",
        articles=[Article(num, title=str(num), deleted=num == deleted) for num in nums],
    )


def test_after_the_last_article_the_next_number():
    assert instrument(Num(1), Num(2), Num(6)).number_after(Num(6)) == Num(7)


def test_after_a_last_branch_article_the_next_number():
    assert instrument(Num(1), Num(27), Num(27, 3)).number_after(Num(27, 3)) == Num(28)


def test_between_two_articles_a_branch():
    assert instrument(Num(1), Num(12), Num(13)).number_after(Num(12)) == Num(12, 2)


def test_a_taken_branch_gives_the_next_free_one():
    inst = instrument(Num(12), Num(12, 2), Num(13))
    assert inst.number_after(Num(12)) == Num(12, 3)
    assert inst.number_after(Num(12, 2)) == Num(12, 3)


def test_a_deleted_last_article_keeps_its_number():
    inst = instrument(Num(5), Num(6), Num(7), deleted=Num(7))
    assert inst.number_after(Num(6)) == Num(6, 2)
    assert inst.number_after(Num(7)) == Num(8)
