"""Drafting grows in proportion to the text (no quadratic work).

The work is counted, not timed: every function call made while drafting (Python and C
functions, from the interpreter's profiling hook) is a deterministic measure that a busy
machine does not disturb. Wall-clock figures belong to ``bench/bench_draft.py``.
"""

import sys

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


def calls_made(work) -> int:
    """The number of function calls ``work()`` makes."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def draft_everything(old, new) -> None:
    diff_instruments(old, new, atomic_terms=UNITS)
    amendment_text(old, new, atomic_terms=UNITS)
    amendment_text_en(old, new, atomic_terms=UNITS)
    comparison_table(old, new, atomic_terms=UNITS)


def test_a_typical_reorganization_drafts_with_work_in_proportion_to_it():
    old, new = instruments(30, {4, 9, 17})  # 330 provisions, 3 articles renamed, 1 new
    assert len(amendment_text(old, new, atomic_terms=UNITS).sentences) == 4
    few = calls_made(lambda: draft_everything(old, new))
    old4, new4 = instruments(120, {4, 9, 17, 40, 49, 57, 80, 89, 97, 104, 109, 117})
    more = calls_made(lambda: draft_everything(old4, new4))
    assert more < 6 * few  # four times the articles and the changes: linear is about 4 ×


def test_work_grows_linearly_with_the_changed_provisions():
    small = instruments(30, set(range(1, 31)))  # every provision of 30 articles changes
    large = instruments(120, set(range(1, 121)))  # four times as many
    c_small = calls_made(lambda: diff_instruments(*small, atomic_terms=UNITS))
    c_large = calls_made(lambda: diff_instruments(*large, atomic_terms=UNITS))
    assert c_large < 6 * c_small  # linear would be 4 ×; quadratic 16 ×
