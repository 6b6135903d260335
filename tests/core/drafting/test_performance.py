"""Drafting a ~30-article instrument takes milliseconds, not seconds (no quadratic work)."""

import time

from desktop.core.drafting import (
    amendment_text,
    amendment_text_en,
    comparison_table,
    diff_instruments,
)
from tests.core.drafting.build import parse

UNITS = {"평생교육국", "미래평생교육국"} | {f"기획{n}국" for n in range(1, 121)}


def article(n: int, bureau: str) -> str:
    duties = "\n".join(
        f"{k}. {bureau} 소관 {n}번 사무 중 {k}번째 기획 및 조정에 관한 사항" for k in range(1, 9)
    )
    return (
        f"제{n}조({bureau}) ① 도지사 밑에 {bureau}을 두고, 그 장은 제{n}조의 사무를 총괄한다.\n"
        f"② {bureau}장은 다음 각 호의 사무를 분장한다.\n{duties}\n"
        "③ 그 밖에 필요한 사항은 규칙으로 정한다.\n"
    )


def instruments(articles: int, renamed: set[int]):
    body = "".join(
        article(n, "평생교육국" if n in renamed else f"기획{n}국") for n in range(1, articles + 1)
    )
    new = body.replace("평생교육국", "미래평생교육국").replace(
        "제20조(", "제19조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다.\n제20조("
    )
    return parse(body), parse(new)


def best_of(runs: int, work) -> float:
    """The fastest of several runs, in seconds (robust against a busy machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def draft_everything(old, new) -> None:
    diff_instruments(old, new, atomic_terms=UNITS)
    amendment_text(old, new, atomic_terms=UNITS)
    amendment_text_en(old, new, atomic_terms=UNITS)
    comparison_table(old, new, atomic_terms=UNITS)


def test_a_typical_reorganization_of_30_articles_drafts_in_milliseconds():
    old, new = instruments(30, {4, 9, 17})  # 330 provisions, 3 articles renamed, 1 new
    assert len(amendment_text(old, new, atomic_terms=UNITS).sentences) == 4
    # about 2 ms per product on a laptop; the bound leaves room for slow CI machines
    assert best_of(5, lambda: draft_everything(old, new)) < 0.08


def test_work_grows_linearly_with_the_changed_provisions():
    small = instruments(30, set(range(1, 31)))  # every provision of 30 articles changes
    large = instruments(120, set(range(1, 121)))  # four times as many
    t_small = best_of(3, lambda: diff_instruments(*small, atomic_terms=UNITS))
    t_large = best_of(3, lambda: diff_instruments(*large, atomic_terms=UNITS))
    assert t_small < 0.25
    assert t_large < 8 * t_small  # linear would be 4 ×; quadratic 16 ×
