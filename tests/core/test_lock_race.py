"""Three processes open one project at the same moment: exactly one holds it, every round."""

import os

from tests.core.lock_race import race
from tests.core.test_lock import dead_pid


def test_one_holder_in_each_of_1000_rounds(tmp_path):
    holders = race(tmp_path, 1000)
    assert holders == [1] * 1000


def test_one_holder_when_all_three_take_over_a_stale_lock(tmp_path):
    holders = race(tmp_path, 400, stale_pid=dead_pid())
    assert holders == [1] * 400
    assert not [p for p in os.listdir(tmp_path) if p.endswith((".tmp", ".break"))]


def test_one_holder_without_links(tmp_path):
    """Where the file system refuses links the exclusive create is used; a half-written lock
    seen by another process counts as held."""
    holders = race(tmp_path, 400, links=False)
    assert holders == [1] * 400
