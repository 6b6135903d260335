"""The committed county sample is what scripts/build_county_sample.py builds, and the command
line writes it."""

import importlib.util
from pathlib import Path

from desktop import paths
from desktop.core import projectfile
from tests.test_cli import orgdraft

ROOT = Path(__file__).resolve().parent.parent


def test_committed_county_sample_matches_its_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_county_sample", ROOT / "scripts" / "build_county_sample.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = projectfile.dumps(module.build())
    committed = paths.sample_path("county").read_text(encoding="utf-8")
    assert built == committed, "run: python scripts/build_county_sample.py"


def test_orgdraft_sample_county_writes_the_county(tmp_path):
    target = tmp_path / "county.orgdraft"
    result = orgdraft("sample", "--county", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert projectfile.load(target).meta.government_ko == "양평군"
    checked = orgdraft("validate", str(target))
    assert checked.returncode == 0 and "0 errors," in checked.stdout
    # only what the Gyeonggi sample also leaves to the official (quotation, contacts, the
    # English of the staffing total): nothing about the government, its pattern or the decree
    codes = {line.split()[1] for line in checked.stdout.splitlines() if line.startswith("warn")}
    assert codes <= {"W-GATE-QUOTE", "W-GATE-CONTACT", "W-GATE-PLACEHOLDER"}, codes
