"""Fonts with Hangul: the usual Korean fonts first, any font covering Korean next, and a
warning (once) instead of silent boxes when there is none — simulated with fake font lists."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QFontDatabase

from desktop.chart import fonts
from desktop.chart.fonts import choose_hangul_family, hangul_family
from desktop.chart.orgchart import chart_pngs, korean_font


def _never(family):
    return False


def test_the_usual_korean_font_is_chosen_in_order():
    choice = choose_hangul_family(["Arial", "NanumGothic", "Malgun Gothic"], _never)
    assert choice == fonts.FontChoice("Malgun Gothic")


def test_a_font_covering_korean_is_the_fallback_with_a_warning():
    choice = choose_hangul_family(["Arial", "Gulim", "Batang"], lambda f: f != "Arial")
    assert choice.family == "Gulim"
    assert "Gulim" in choice.warning and "Malgun Gothic" in choice.warning


def test_no_hangul_font_at_all():
    choice = choose_hangul_family(["Arial", "Times New Roman"], _never)
    assert choice.family == ""
    assert "boxes" in choice.warning


@pytest.fixture
def fake_fonts(monkeypatch):
    """Make Qt's font database list ``families``, none of which covers Korean."""
    fonts.warn_once.cache_clear()

    def install(families):
        monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: list(families)))
        monkeypatch.setattr(QFontDatabase, "writingSystems", staticmethod(lambda *a: []))

    yield install
    fonts.warn_once.cache_clear()


def test_the_warning_is_logged_once(fake_fonts, caplog):
    fake_fonts(["Arial", "DejaVu Sans"])
    with caplog.at_level(logging.WARNING, logger="orgdraft.fonts"):
        assert hangul_family().family == ""
        assert hangul_family().family == ""
    assert len(caplog.records) == 1
    assert "Hangul" in caplog.records[0].getMessage()


def test_the_chart_still_draws_without_a_korean_font(fake_fonts, caplog, sample):
    fake_fonts(["DejaVu Sans"])
    with caplog.at_level(logging.WARNING, logger="orgdraft.fonts"):
        before, after = chart_pngs(sample.org, sample.draft_inputs().applied, "ko")
        assert korean_font(12).pixelSize() == 12
    assert before.startswith(b"\x89PNG") and after.startswith(b"\x89PNG")
    assert len(caplog.records) == 1


def test_no_warning_when_a_usual_font_is_there(fake_fonts, caplog):
    fake_fonts(["NanumGothic"])
    with caplog.at_level(logging.WARNING, logger="orgdraft.fonts"):
        assert hangul_family().family == "NanumGothic"
    assert caplog.records == []
