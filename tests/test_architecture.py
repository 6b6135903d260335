"""Architecture contracts: the layers (core < documents, chart < ui < cli), no import cycles
within a package, the core and the command line never import Qt; ruff is clean."""

import contextlib
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT))
    with _logging_kept():
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


@contextlib.contextmanager
def _logging_kept() -> Iterator[None]:
    """Logging as it was before the block: lint-imports configures logging (``dictConfig``)
    and so disables every logger that exists then, the application's among them, for the
    rest of the test run (a later test of a logged failure saw nothing logged)."""
    loggers = logging.Logger.manager.loggerDict.values()
    disabled = {lg: lg.disabled for lg in loggers if isinstance(lg, logging.Logger)}
    level, handlers = logging.root.level, list(logging.root.handlers)
    try:
        yield
    finally:
        for logger, was in disabled.items():
            logger.disabled = was
        logging.root.setLevel(level)
        logging.root.handlers[:] = handlers


def test_cli_commands_do_not_load_qt():
    code = (
        "import sys; from desktop import cli; "
        "cli.main(['validate', '--help']) if False else None; "
        "import desktop.core.validate, desktop.core.projectfile; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_ruff_is_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extra"
    result = subprocess.run(
        [ruff, "check", "desktop", "tests", "scripts"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _lint_copy(tmp_path: Path, importer: str, imported: str) -> subprocess.CompletedProcess:
    """lint-imports on a copy of the package where module ``importer`` (a path under
    desktop/) also imports ``imported``."""
    shutil.copytree(
        ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    module = tmp_path / "desktop" / importer
    module.write_text(
        module.read_text(encoding="utf-8") + f"\nimport {imported}  # noqa\n", encoding="utf-8"
    )
    code = (
        "import sys; sys.path.insert(0, '.'); from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("importer", "imported", "contract"),
    [
        ("core/rules.py", "desktop.documents.content", "Layers"),
        ("documents/content.py", "desktop.ui.tr", "Layers"),
        ("chart/fonts.py", "desktop.documents.layout", "Layers"),
        ("ui/changesmodel.py", "desktop.ui.document", "No import cycles"),
    ],
)
def test_the_contracts_catch_an_import_against_the_layers(tmp_path, importer, imported, contract):
    result = _lint_copy(tmp_path, importer, imported)
    assert result.returncode != 0, result.stdout
    broken = result.stdout.split("Broken contracts")[-1]
    assert contract in broken and imported.rpartition(".")[2] in broken, result.stdout


def _undocumented_dataclasses(root: Path) -> list[str]:
    import ast

    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or ast.get_docstring(node) is not None:
                continue
            if any("dataclass" in ast.unparse(d) for d in node.decorator_list):
                found.append(f"{path}:{node.lineno} {node.name}")
    return found


def test_every_dataclass_says_what_it_holds():
    # A dataclass without a docstring gets one made from its signature (inspect.signature, at
    # import: about a tenth of a millisecond each, on the way to the window and every command).
    assert _undocumented_dataclasses(Path(__file__).resolve().parents[1] / "desktop") == []


def test_an_undocumented_dataclass_is_found(tmp_path):
    (tmp_path / "m.py").write_text(
        "from dataclasses import dataclass\n\n@dataclass(frozen=True)\nclass A:\n    x: int\n\n"
        "@dataclass\nclass B:\n    '''B.'''\n",
        encoding="utf-8",
    )
    assert [entry.split(" ")[-1] for entry in _undocumented_dataclasses(tmp_path)] == ["A"]
