"""The proposal's dates in their order: the legislative notice begins before it ends and ends
by the bill date, the council passes the bill after its date (a mistyped year or month printed
``입법예고(2024. 5. 10. ~ 4. 1.)`` or a vote before the submission, and nothing said so), and an
instrument set to take effect before the council passed it is said."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.project import Effective, EffectiveMode
from desktop.core.projectfile import load
from desktop.core.validate import date_order_findings, validate
from desktop.paths import sample_path


def _sample(**dates: dt.date):
    project = load(sample_path("province"))
    for name, value in dates.items():
        setattr(project.meta, name, value)
    return project


_CODES = ("E-DATE-ORDER", "W-DATE-ORDER", "W-EFFECTIVE-BEFORE-PASSED", "E-DATE-BEFORE-BILL")


def _dated(project):
    """The findings of the proposal's dates and the instruments' dates, as validation gives
    them."""
    return [f for f in validate(project) if f.code in _CODES]


def _found(project) -> list[tuple[str, str, str, bool]]:
    return [(f.code, f.place.ref, f.place.field, f.is_error) for f in _dated(project)]


def test_the_samples_dates_are_in_order():
    for kind in ("province", "county"):
        assert _dated(load(sample_path(kind))) == []


@pytest.mark.parametrize(
    ("dates", "expected", "english", "korean"),
    [
        (
            {"notice_to": dt.date(2024, 4, 1)},  # the sample's notice begins 2024-05-10
            ("E-DATE-ORDER", "meta", "notice_to", True),
            "The legislative notice ends (2024-04-01) before it begins (2024-05-10).",
            "입법예고 종료일(2024-04-01)이 시작일(2024-05-10)보다 앞섭니다.",
        ),
        (
            {"notice_to": dt.date(2024, 6, 10)},  # the bill is dated 2024-05-31
            ("W-DATE-ORDER", "meta", "notice_to", False),
            "The legislative notice ends (2024-06-10) after the bill date (2024-05-31): a bill "
            "is dated after its notice.",
            "입법예고 종료일(2024-06-10)이 제출일(2024-05-31)보다 늦습니다. 의안은 입법예고를 "
            "마친 뒤에 제출합니다.",
        ),
        (
            {"passed_date": dt.date(2024, 5, 1)},
            ("E-DATE-ORDER", "meta", "passed_date", True),
            "The council passed the bill (2024-05-01) before the bill date (2024-05-31).",
            "의결일(2024-05-01)이 제출일(2024-05-31)보다 앞섭니다.",
        ),
    ],
    ids=["notice-reversed", "notice-after-bill", "passed-before-bill"],
)
def test_dates_out_of_order_are_found_at_their_field(dates, expected, english, korean):
    project = _sample(**dates)
    assert _found(project) == [expected]
    finding = date_order_findings(project)[0]
    assert finding.message("en") == english
    assert finding.message("ko") == korean
    assert finding in validate(project)


def test_an_instrument_taking_effect_before_the_vote_is_said():
    project = _sample()
    project.instruments[0].effective = Effective(EffectiveMode.DATE, dt.date(2024, 6, 20))
    assert _found(project) == [
        ("W-EFFECTIVE-BEFORE-PASSED", "instruments.ordinance", "effective", False)
    ]
    message = _dated(project)[0].message("ko")
    assert "「경기도 행정기구 및 정원 조례」" in message and "2024-06-27" in message
    # on promulgation, or not passed yet: nothing to compare
    project.instruments[0].effective = Effective(EffectiveMode.PROMULGATION, dt.date(2024, 6, 20))
    assert _found(project) == []
    project.instruments[0].effective = Effective(EffectiveMode.DATE, dt.date(2024, 6, 20))
    project.meta.passed_date = None
    assert _found(project) == []
    # before the bill date too: the error says it, once
    project.meta.passed_date = dt.date(2024, 6, 27)
    project.instruments[0].effective = Effective(EffectiveMode.DATE, dt.date(2024, 5, 20))
    assert _found(project) == [("E-DATE-BEFORE-BILL", "instruments.ordinance", "effective", True)]
