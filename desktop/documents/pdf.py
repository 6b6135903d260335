"""PDF copies of the generated documents, made by LibreOffice when it is installed.

Optional and never required: nothing else depends on it. :func:`find_soffice` looks on
``PATH`` (``soffice``, ``libreoffice``) and in the usual Windows install folders;
:func:`convert_to_pdf` runs ``soffice --headless --convert-to pdf`` with a private profile (so
that it works while the official's own LibreOffice is open) into a temporary folder, with a
time limit, then places the PDF next to the DOCX atomically — it appears complete or not at all.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.core.filereason import os_reason
from desktop.documents.errors import DocumentError
from desktop.documents.export import export_bytes
from desktop.i18n import N_

TIMEOUT = 180  # seconds for one document; the first start of a fresh profile takes a while
_ENV_FOLDERS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
_WINDOWS_FOLDERS = ("C:\\Program Files", "C:\\Program Files (x86)")


class PdfError(DocumentError):
    """LibreOffice is missing or could not convert a document; the DOCX is unaffected."""


def program_folders(env: Mapping[str, str] | None = None) -> list[str]:
    """Where Windows installs programs: the ``ProgramFiles`` folders, then the usual paths."""
    env = os.environ if env is None else env
    folders = [env[name] for name in _ENV_FOLDERS if env.get(name)]
    return list(dict.fromkeys([*folders, *_WINDOWS_FOLDERS]))


def find_soffice(
    search_path: str | None = None, folders: Iterable[str] | None = None
) -> Path | None:
    """LibreOffice's ``soffice``: on ``PATH`` (or ``search_path``), else in
    ``<Program Files>/LibreOffice/program/``; ``None`` when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name, path=search_path)
        if found:
            return Path(found)
    for folder in program_folders() if folders is None else folders:
        for exe in ("soffice.exe", "soffice.com"):
            candidate = Path(folder) / "LibreOffice" / "program" / exe
            if candidate.is_file():
                return candidate
    return None


def _run(command: list[str], timeout: float) -> tuple[int, str]:
    """Run LibreOffice; on timeout kill it with every process it started."""
    options: dict = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True  # soffice starts soffice.bin: kill the group
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        **options,
    ) as process:
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if sys.platform == "win32":
                process.kill()
            else:
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    return process.returncode, output.decode("utf-8", "replace")


def convert_to_pdf(
    docx_path: Path | str,
    *,
    soffice: Path | str | None = None,
    target: Path | str | None = None,
    profile: Path | str | None = None,
    timeout: float = TIMEOUT,
) -> Path:
    """Convert ``docx_path`` to ``target`` (``<same name>.pdf`` beside it); the PDF's path.

    ``profile`` is a LibreOffice user profile folder to reuse across a batch (a temporary one
    otherwise). Raises :class:`PdfError`, or :class:`~desktop.documents.errors.ExportError`
    when the PDF's place cannot be written (the PDF open in a viewer that locks it).
    """
    source = Path(docx_path)
    exe = Path(soffice) if soffice else find_soffice()
    if exe is None:
        raise PdfError(N_("LibreOffice is not installed, so no PDF can be made."))
    with tempfile.TemporaryDirectory(prefix="orgdraft-pdf-") as tmp:
        profile_dir = Path(profile) if profile else Path(tmp) / "profile"
        out = Path(tmp) / "out"
        command = [
            str(exe),
            f"-env:UserInstallation={profile_dir.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ]
        try:
            code, output = _run(command, timeout)
        except subprocess.TimeoutExpired:
            raise PdfError(
                N_("{name}: LibreOffice did not finish the PDF within {seconds} seconds."),
                name=source.name,
                seconds=f"{timeout:g}",
            ) from None
        except OSError as exc:
            raise PdfError(
                N_("Cannot start LibreOffice ({program}): {reason}"),
                program=str(exe),
                reason=os_reason(exc),
            ) from exc
        produced = out / (source.stem + ".pdf")
        data = produced.read_bytes() if produced.is_file() else b""
        if not data.startswith(b"%PDF"):
            detail = output.strip().splitlines()[-1:] or [f"exit {code}"]
            raise PdfError(
                N_("{name}: could not be converted to PDF ({detail})."),
                name=source.name,
                detail=detail[0],
            )
        return export_bytes(data, Path(target) if target else source.with_suffix(".pdf"))
