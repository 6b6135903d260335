"""The committed sample is exactly what scripts/build_sample.py builds (no drift)."""

import importlib.util
from pathlib import Path

from desktop import paths
from desktop.core import projectfile

ROOT = Path(__file__).resolve().parent.parent


def test_committed_sample_matches_its_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_sample", ROOT / "scripts" / "build_sample.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = projectfile.dumps(module.build())
    committed = paths.sample_path().read_text(encoding="utf-8")
    assert built == committed, "run: python scripts/build_sample.py"


def test_every_change_type_has_its_required_fields_declared():
    from desktop.core.changes import CHANGE_TYPES

    assert set(projectfile._REQUIRED) == set(CHANGE_TYPES)
