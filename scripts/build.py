"""Build the frozen OrgDraft bundle with PyInstaller and check it before anyone ships it.

    pip install ".[build]"
    python scripts/build.py [--dist DIR] [--work DIR]

1. PyInstaller builds ``build.spec`` into ``DIR/OrgDraft/`` (default ``dist/OrgDraft/``).
2. The frozen ``orgdraft-cli --self-test`` runs every check (Qt platform plugin, babel data,
   templates, translations, the window, the sample documents).
3. The frozen ``orgdraft-cli generate --sample`` and this Python's ``python -m desktop
   generate --sample`` write the document set into folders with Korean names and spaces;
   the two sets must have the same file names and the same text in every DOCX.
4. The bundle's size is printed, with its largest parts.

Exit status 0 when the build and every check passed. Runs on Windows and Linux alike.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
EXE = ".exe" if sys.platform == "win32" else ""
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def build(dist: Path, work: Path, spec: Path = SPEC, name: str = "OrgDraft") -> Path:
    """Run PyInstaller on ``spec``; the bundle folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(spec),
        ],
        cwd=ROOT,
        check=True,
    )
    return dist / name


def cli(bundle: Path) -> Path:
    return bundle / f"orgdraft-cli{EXE}"


def gui(bundle: Path) -> Path:
    return bundle / f"OrgDraft{EXE}"


def run_env(config: Path) -> dict[str, str]:
    """The environment for a run: settings in ``config``, offscreen Qt without a display."""
    env = {**os.environ, "ORGDRAFT_CONFIG_DIR": str(config), "PYTHONIOENCODING": "utf-8"}
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def self_test(bundle: Path, config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(cli(bundle)), "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=run_env(config),
        timeout=300,
    )


def generate_sample(command: list[str], out: Path, config: Path) -> list[Path]:
    """Run ``command generate --sample -o out``; the files it wrote."""
    result = subprocess.run(
        [*command, "generate", "--sample", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=run_env(config),
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} generate failed:\n{result.stderr}")
    return sorted(out.iterdir())


def docx_text(path: Path) -> list[str]:
    """Every paragraph of every part (body, tables, headers, footers, notes), in order."""
    from lxml import etree

    lines = []
    with zipfile.ZipFile(path) as package:
        for part in sorted(package.namelist()):
            if not (part.startswith("word/") and part.endswith(".xml")):
                continue
            root = etree.parse(io.BytesIO(package.read(part))).getroot()
            for para in root.iter(f"{W}p"):
                lines.append("".join(t.text or "" for t in para.iter(f"{W}t")))
    return lines


def compare_documents(expected: Path, actual: Path) -> list[str]:
    """How the document set in ``actual`` differs from the one in ``expected`` (names, and
    the text of each DOCX); empty when they are the same."""
    names_e = {p.name for p in expected.iterdir()}
    names_a = {p.name for p in actual.iterdir()}
    problems = [f"missing: {n}" for n in sorted(names_e - names_a)]
    problems += [f"unexpected: {n}" for n in sorted(names_a - names_e)]
    for name in sorted(names_e & names_a):
        if name.endswith(".docx"):
            text_e, text_a = docx_text(expected / name), docx_text(actual / name)
            if text_e != text_a:
                first = next(
                    (i for i, (a, b) in enumerate(zip(text_e, text_a, strict=False)) if a != b),
                    min(len(text_e), len(text_a)),
                )
                problems.append(f"text differs: {name} (paragraph {first + 1})")
        elif (expected / name).stat().st_size == 0 or (actual / name).stat().st_size == 0:
            problems.append(f"empty: {name}")
    return problems


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, count: int = 12) -> list[tuple[int, str]]:
    """The biggest files and folders directly inside the bundle's ``_internal``."""
    internal = bundle / "_internal"
    sizes = []
    for child in internal.iterdir():
        size = folder_size(child) if child.is_dir() else child.lstat().st_size
        sizes.append((size, child.name))
    return sorted(sizes, reverse=True)[:count]


def check(bundle: Path) -> list[str]:
    """Run the self-test and the document comparison; the problems found."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="orgdraft-build-check-") as scratch:
        base = Path(scratch)
        result = self_test(bundle, base / "config")
        print(result.stdout, end="")
        if result.returncode != 0:
            problems.append(f"self-test failed (exit {result.returncode})\n{result.stderr}")
        frozen = base / "frozen" / "보도 자료 폴더"
        installed = base / "installed" / "보도 자료 폴더"
        frozen.mkdir(parents=True)
        installed.mkdir(parents=True)
        try:
            generate_sample([str(cli(bundle))], frozen, base / "config")
            generate_sample([sys.executable, "-m", "desktop"], installed, base / "config")
        except RuntimeError as exc:
            return [*problems, str(exc)]
        differences = compare_documents(installed, frozen)
        count = len(list(frozen.iterdir()))
        print(
            f"{'ok  ' if not differences else 'FAIL'} documents: frozen generate wrote "
            f"{count} files, {'the same as' if not differences else 'unlike'} the installed"
        )
        problems += differences
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--no-check", action="store_true", help="build only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is missing: pip install ".[build]"', file=sys.stderr)
        return 2
    start = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"built {bundle} in {time.perf_counter() - start:.0f} s")
    problems = [] if args.no_check else check(bundle)
    size = folder_size(bundle)
    print(f"bundle size: {size / 1e6:.1f} MB ({size} bytes); largest parts of _internal:")
    for part_size, name in largest_parts(bundle):
        print(f"  {part_size / 1e6:7.1f} MB  {name}")
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
