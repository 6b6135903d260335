"""What the window shows fits where it is shown, in Korean and English, on a 1366×768 laptop
and on a 1024-pixel screen: no column, field or window cuts its text; and a finding says what
its field is (the officer's one telephone is printed in both releases)."""

from __future__ import annotations

import pytest

from desktop.ui.findingspanel import MESSAGE, WHERE
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project


@pytest.mark.parametrize(
    ("lang", "where", "message"),
    [
        (
            "ko",
            "보도자료 · 담당자 전화번호(국문·영문 공통)",
            "보도자료 연락처: 국문·영문 보도자료에 함께 싣는 '담당자 전화번호' 항목이 "
            "비어 있습니다.",
        ),
        (
            "en",
            "Press release · officer's telephone (both releases)",
            "The releases' contact: 'Officer's telephone', one number for the Korean and the "
            "English release, is not filled in.",
        ),
    ],
    ids=["ko", "en"],
)
def test_the_officers_telephone_is_named_as_one_field_of_both_releases(
    qtbot, make_window, lang, where, message
):
    set_lang(lang)
    window = make_window()
    open_project(qtbot, window)
    window.refresh()
    panel = window.findings
    rows = {
        panel.topLevelItem(i).text(WHERE): panel.topLevelItem(i).text(MESSAGE)
        for i in range(panel.topLevelItemCount())
    }
    assert rows.get(where) == message, rows
