"""서울특별시 강남구, a 자치구 of the 특별시 that no sample or other fixture is, walked through
File › New with its own three instruments (tests/data/governments/gangnam-*.txt, written for
the tests in the law.go.kr layout; the figures are illustrative) and a reorganization: a new
국 with two 과, a rename, a move, an abolition with its successor, a staffing change and a
head-grade change. What the official of a 구 must read: 구청장 and 구의회, never the 시장 or
the 도지사 of another kind of government."""

from __future__ import annotations

import pytest

from desktop.ui.tr import set_lang
from tests.ui.conftest import read_government


def _new_gangnam(make_window, lang: str, name_en: str = "Gangnam-gu"):
    set_lang(lang)
    window = make_window()
    window.set_interface_language(lang)

    def drive(dialog) -> int:
        dialog.name_en.setText(name_en)
        read_government(dialog, "서울특별시 강남구", 560_000, "gangnam")
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    return window


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_head_and_deputy_read_from_the_texts_are_named_in_english(qtbot, make_window, lang):
    """Walked: the new project's 구청장 and 부구청장 had no English name (W-NAME-EN-MISSING
    '구청장의 영문 명칭이 없습니다. 영문 문서에 '누락'으로 표시됩니다.' and the same for
    부구청장), though the kind of government says them: District Mayor, Deputy District
    Mayor, as the samples name their 군수 (County Governor) and 부군수."""
    window = _new_gangnam(make_window, lang)
    org = window.doc.project.org
    assert org.by_name("구청장")[0].name_en == "District Mayor"
    assert org.by_name("부구청장")[0].name_en == "Deputy District Mayor"
    assert org.by_name("기획조정실")[0].name_en == ""  # the texts name no other in English
    findings = [f for f in window.doc.findings() if f.code == "W-NAME-EN-MISSING"]
    named = [f.place.ref for f in findings]
    assert org.by_name("구청장")[0].id not in named
    assert org.by_name("부구청장")[0].id not in named
