"""The short English name of a government in the file names of its documents."""

from __future__ import annotations

import pytest

from desktop.documents.names import short_name


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Suwon Special City", "Suwon"),  # a 특례시, not "Suwon Special reorganization"
        ("Goyang Special City", "Goyang"),
        ("Suncheon City", "Suncheon"),
        ("Sejong Special Self-Governing City", "Sejong"),
        ("Gyeonggi Province", "Gyeonggi"),
    ],
)
def test_the_short_name_drops_the_kind_of_government_whole(full, short):
    assert short_name(full) == short
