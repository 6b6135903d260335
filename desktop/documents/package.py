"""Opening DOCX packages safely: the zip and its XML parts, checked before anything parses them.

A template comes from the user's folder and may be hostile. Before docxtpl or python-docx
see it, :func:`read_package` checks the zip's *declared* sizes (a zip bomb is refused before a
byte is inflated), inflates each part with a hard cap (declared sizes can lie) and parses every
XML part with a hardened parser that never resolves entities, never loads a DTD and never goes
to the network; a DOCX never needs a DOCTYPE, so one is refused outright (billion laughs).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from desktop.documents.errors import UnsafePackageError
from desktop.i18n import N_

MAX_PARTS = 2_000
MAX_PART_BYTES = 64 * 1024 * 1024  # one inflated part
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # the whole inflated package
MAX_RATIO = 200  # inflated / compressed, for parts larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024


def hardened_parser() -> etree.XMLParser:
    """The only XML parser this package uses on files it did not write itself."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        dtd_validation=False,
        remove_comments=False,
    )


def parse_xml(data: bytes, name: str = "part") -> etree._Element:
    """Parse one XML part; a DOCTYPE or an entity declaration is refused."""
    refuse_dtd(data, name)
    try:
        root = etree.fromstring(data, parser=hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafePackageError(
            N_("{name}: not well-formed XML ({reason})."), name=name, reason=str(exc)
        ) from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise UnsafePackageError(N_("{name}: holds a DTD; refused."), name=name)
    return root


@dataclass
class Package:
    """The parts of a DOCX by name (inflated bytes); the XML parts parsed."""

    path: Path
    data: bytes  # the file as read (what was checked is what gets rendered)
    parts: dict[str, bytes]
    xml: dict[str, etree._Element]


def _check_declared(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise UnsafePackageError(
            N_("{name}: too many entries in the zip ({count:,})."),
            name=path.name,
            count=len(infos),
        )
    total = 0
    for info in infos:
        total += info.file_size
        big = info.file_size > RATIO_FLOOR
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (big and ratio > MAX_RATIO):
            raise UnsafePackageError(
                N_(
                    "{name}: entry {entry} inflates to {size:,} bytes; this looks like a zip "
                    "bomb and is refused."
                ),
                name=path.name,
                entry=info.filename,
                size=info.file_size,
            )
    if total > MAX_TOTAL_BYTES:
        raise UnsafePackageError(
            N_("{name}: the inflated package is too large ({size:,} bytes)."),
            name=path.name,
            size=total,
        )


def _inflate(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(min(info.file_size, MAX_PART_BYTES) + 1)
    if len(data) > info.file_size:
        raise UnsafePackageError(
            N_("{name}: entry {entry} is larger than it declares."),
            name=path.name,
            entry=info.filename,
        )
    return data


def is_xml_part(name: str) -> bool:
    """Whether the zip entry ``name`` holds XML (parts and relationships)."""
    return name.endswith((".xml", ".rels"))


def refuse_dtd(data: bytes, name: str = "part") -> None:
    """Refuse a part that declares a DTD or entities (a DOCX never does), without parsing it."""
    if b"<!DOCTYPE" in data[:65536] or b"<!ENTITY" in data[:65536]:
        raise UnsafePackageError(
            N_("{name}: holds a DTD (entity declarations), which a DOCX never has; refused."),
            name=name,
        )


def read_parts(path: Path) -> Package:
    """Open a DOCX safely and inflate its parts, checked against the limits, without parsing
    them (``xml`` stays empty); :class:`UnsafePackageError` when the zip is not sound."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TOTAL_BYTES:
            raise UnsafePackageError(N_("{name}: the file is too large."), name=path.name)
        data = path.read_bytes()
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafePackageError(
            N_("{name}: cannot be opened as a DOCX (zip) file ({reason})."),
            name=path.name,
            reason=str(exc),
        ) from None
    with archive:
        infos = archive.infolist()
        _check_declared(path, infos)
        parts: dict[str, bytes] = {}
        try:
            for info in infos:
                if not info.is_dir():
                    parts[info.filename] = _inflate(path, archive, info)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            raise UnsafePackageError(
                N_("{name}: cannot be inflated ({reason})."), name=path.name, reason=str(exc)
            ) from None
    if "word/document.xml" not in parts or "[Content_Types].xml" not in parts:
        raise UnsafePackageError(
            N_("{name}: holds no Word document (word/document.xml)."), name=path.name
        )
    return Package(path, data, parts, {})


def read_package(path: Path) -> Package:
    """Open a DOCX safely and parse every XML part with the hardened parser;
    :class:`UnsafePackageError` when it is not a sound DOCX."""
    return parse_parts(read_parts(path))


def parse_parts(package: Package) -> Package:
    """Parse every XML part of ``package`` (from :func:`read_parts`) with the hardened parser;
    :class:`UnsafePackageError` when one is not well-formed or declares a DTD."""
    for name, blob in package.parts.items():
        if is_xml_part(name):
            package.xml[name] = parse_xml(blob, f"{package.path.name}:{name}")
    return package
