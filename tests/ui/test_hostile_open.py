"""The window refuses a hostile project file with the located message, not a traceback."""

import pytest

from tests.core.test_hostile import EXPECTED, HOSTILE


@pytest.mark.parametrize(
    "name", ["deep-nesting.orgdraft", "unit-is-a-string.orgdraft", "press-infinity.orgdraft"]
)
def test_a_hostile_file_is_refused_with_its_place(qtbot, window, prompts, name):
    path = HOSTILE / name
    with qtbot.waitSignal(window.session.failed, timeout=10000) as blocker:
        window.session.open(path, ask=False)
    assert f": {EXPECTED[name]}: " in blocker.args[0]
    assert prompts.errors and EXPECTED[name] in prompts.errors[-1][1]
    assert window.doc is None or window.doc.path != path
