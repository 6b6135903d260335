"""The ``.orgdraft`` project file: UTF-8 JSON with a format name and version.

The layout is published as a JSON Schema (``resources/orgdraft.schema.json``). Loading checks
the file before it builds anything and refuses, with a located message, an empty, truncated
or non-JSON file, a file over :data:`MAX_BYTES`, a newer format version, or a value of the
wrong type (``changes[3].unit_id: …``). Before anything is built the whole tree is checked: it
nests at most :data:`MAX_DEPTH` levels, every number is finite and within :data:`MAX_NUMBER`
(and counts, indexes and months within their own ranges), and no string or key holds a control
character, a lone surrogate or a non-character that a document cannot hold. Every problem
names its place as a JSON path. Korean text is normalised to NFC on load. Saving is
atomic (temporary file in the same folder, flush, fsync, replace) and keeps one backup of the
previous version as ``NAME.orgdraft.bak``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import re
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.core import changes as ch
from desktop.core.filemode import match_target
from desktop.core.filereason import os_reason
from desktop.core.government import Government, GovernmentKind, infer_kind
from desktop.core.grades import Grade
from desktop.core.instrumentkind import InstrumentKind
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.core.project import (
    Effective,
    EffectiveMode,
    GlossaryEntry,
    InstrumentSource,
    Meta,
    Override,
    Project,
    References,
    Role,
)
from desktop.core.rules import DRAFTING_CHOICES, MAX_REPLACEMENTS_RANGE, DraftingOptions
from desktop.i18n import N_, translate

FORMAT = "orgdraft-project"
VERSION = 2  # 2: the government profile ("government": kind and population)
MAX_BYTES = 20 * 1024 * 1024
SUFFIX = ".orgdraft"
MAX_DEPTH = 32  # the sample nests 5 levels
MAX_NUMBER = 10**12  # any number in the file
MAX_COUNT = 100_000  # a staffing count or change of one grade in one unit
MAX_INDEX = 100_000  # a position among siblings
MAX_MONTHS = 600  # months between promulgation and enforcement
_MAX_DIGITS = 30
# Characters no document (XML 1.0) can hold; validation flags them as they are typed.
BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Of those, the ones no project file can hold (a lone surrogate cannot be written as UTF-8):
# refused when a file is read. A control character in a text value is read, so that a project
# saved with one opens again; validation reports it at its place (E-TEXT-CHARACTER) and
# nothing is exported while it is there. A key is written by the program, never typed: any
# such character in a key is refused.
_UNWRITABLE = re.compile("[\ud800-\udfff]")


class ProjectFileError(Exception):
    """A project file that cannot be read; ``where`` is the JSON path or line of the problem,
    ``message_id`` and ``params`` the message (translated by :mod:`desktop.i18n`)."""

    def __init__(self, path: str | os.PathLike, where: str, message_id: str, /, **params) -> None:
        self.path, self.where = str(path), where
        self.message_id, self.params = message_id, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "ko") -> str:
        text = translate(self.message_id, self.params, lang)
        return f"{self.path}: {self.where}: {text}" if self.where else f"{self.path}: {text}"


# -- writing -------------------------------------------------------------------------------


# Fields written only when set: a second grade of a head (복수직급) is rare, and a file
# without one stays as it was (and as older versions read it).
_OMITTED_WHEN_EMPTY = frozenset({"head_grade_alt", "grade_alt"})


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Organization):
        return [_plain(unit) for unit in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not (f.name in _OMITTED_WHEN_EMPTY and getattr(value, f.name) == "")
        }
        if isinstance(value, ch.Change):
            data = {"type": value.type_name, **data}
        return data
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value  # str, int, bool, None and str enums


def to_json(project: Project) -> dict:
    data = _plain(project)
    # The drafting conventions as "drafting", every option written (the file says the whole
    # convention, and a later change of the house rules does not change what it drafts); a
    # project without conventions has no "drafting" (its file is as before).
    conventions = data.pop("conventions")
    if conventions is not None:
        data["drafting"] = conventions
    return {"format": FORMAT, "version": VERSION, **data}


def dumps(project: Project) -> str:
    # allow_nan=False: a non-finite number is never written as non-standard JSON
    return json.dumps(to_json(project), ensure_ascii=False, indent=1, allow_nan=False) + "\n"


ORPHAN_AGE_S = 60.0  # a temporary file older than this was left by a save that was killed


def save(project: Project, path: str | os.PathLike) -> None:
    """Write atomically; the previous file, if any, becomes ``PATH.bak``.

    Saving through a symbolic link writes the file it points to (the link stays). The
    temporary files are named ``.NAME.*.tmp`` beside the file, so that a save killed halfway
    leaves only such names, and the next save or open of the project removes them
    (:func:`remove_orphans`)."""
    import shutil
    import tempfile  # here: opening a project (the command line's validate) does not need it

    target = _real_target(Path(path))
    data = dumps(project).encode("utf-8")
    remove_orphans(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporaries = [tmp]
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            backup = target.with_name(target.name + ".bak")
            fd_b, tmp_b = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".bak.tmp", dir=target.parent
            )
            temporaries.append(tmp_b)
            os.close(fd_b)
            shutil.copy2(target, tmp_b)
            os.replace(tmp_b, backup)
        match_target(Path(tmp), target)
        os.replace(tmp, target)
    finally:
        for leftover in temporaries:
            Path(leftover).unlink(missing_ok=True)


def _real_target(path: Path) -> Path:
    """The file a save writes: the target of a symbolic link (followed to the end), so that
    the link is kept and the file it points to is replaced."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _glob_escape(name: str) -> str:
    """``glob.escape`` for a file name (no drive): each of ``*?[`` matched as itself."""
    return re.sub(r"([*?[])", r"[\1]", name)


def remove_orphans(project_path: str | os.PathLike, age: float = ORPHAN_AGE_S) -> list[Path]:
    """Remove the temporary files that saves (and lock writes) of this project left behind
    when they were killed: ``.NAME.*.tmp`` beside it, older than ``age`` seconds (a save
    running now in another process is younger). Returns those removed; never raises."""
    path = Path(project_path)
    removed = []
    now = time.time()
    try:
        candidates = list(path.parent.glob(f".{_glob_escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if now - candidate.lstat().st_mtime > age:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


# -- reading -------------------------------------------------------------------------------


class _Reader:
    """Typed access to parsed JSON that names the place of every problem."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, message_id: str, /, **params) -> ProjectFileError:
        return ProjectFileError(self.file, where, message_id, **params)

    def get(self, obj: dict, key: str, kind: type | tuple, where: str, default: Any = ...) -> Any:
        place = f"{where}.{key}" if where else key
        if key not in obj:
            if default is ...:
                raise self.fail(place, N_("required field is missing"))
            return default
        value = obj[key]
        if value is None and default is None:
            return None
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = "/".join(k.__name__ for k in kinds)
            raise self.fail(
                place,
                N_("expected {expected}, found {found}"),
                expected=names,
                found=type(value).__name__,
            )
        return value

    def text(self, obj: dict, key: str, where: str, default: Any = "") -> str:
        return self.get(obj, key, str, where, default)

    def date(self, obj: dict, key: str, where: str) -> dt.date | None:
        value = self.get(obj, key, str, where, None)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(
                f"{where}.{key}", N_("not a date: {value!r} (YYYY-MM-DD)"), value=value
            ) from None

    def enum(self, obj: dict, key: str, enum_type: type, where: str, default: Any = ...) -> Any:
        value = self.get(obj, key, str, where, default)
        if value is None or not isinstance(value, str):
            return value
        try:
            return enum_type(value)
        except ValueError:
            allowed = [member.value for member in enum_type]
            raise self.unknown_value(f"{where}.{key}", value, allowed) from None

    def unknown_value(self, where: str, value: str, allowed: Iterable[str]) -> ProjectFileError:
        """The error for a value that is not among the ``allowed`` ones, listing them."""
        return self.fail(
            where,
            N_("unknown value {value!r} (allowed: {allowed})"),
            value=value,
            allowed=", ".join(allowed),
        )

    def items(self, obj: dict, key: str, where: str) -> list[tuple[str, Any]]:
        values = self.get(obj, key, list, where, [])
        return [
            (f"{where}.{key}[{i}]" if where else f"{key}[{i}]", v) for i, v in enumerate(values)
        ]

    def obj(self, value: Any, where: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, N_("expected an object"))
        return value

    def counts(self, obj: dict, key: str, where: str) -> dict[str, int]:
        mapping = self.get(obj, key, dict, where, {})
        for code, count in mapping.items():
            if not isinstance(count, int) or isinstance(count, bool):
                raise self.fail(f"{where}.{key}.{code}", N_("expected an integer"))
            if abs(count) > MAX_COUNT:
                raise self.fail(
                    f"{where}.{key}.{code}",
                    N_("{value} is out of range (at most {limit:,} either way)"),
                    value=count,
                    limit=MAX_COUNT,
                )
        return dict(mapping)

    def integer(self, obj: dict, key: str, where: str, low: int, high: int, default: Any) -> Any:
        """An integer field within ``low``..``high`` (``None`` allowed when the default is)."""
        value = self.get(obj, key, int, where, default)
        if value is not None and not low <= value <= high:
            raise self.fail(
                f"{where}.{key}" if where else key,
                N_("{value} is out of range ({low} to {high})"),
                value=value,
                low=low,
                high=high,
            )
        return value


def _unit(r: _Reader, value: Any, where: str) -> Unit:
    obj = r.obj(value, where)
    return Unit(
        id=r.get(obj, "id", str, where),
        kind=r.enum(obj, "kind", UnitKind, where),
        name_ko=r.text(obj, "name_ko", where, ...),
        name_en=r.text(obj, "name_en", where),
        parent_id=r.get(obj, "parent_id", str, where, None),
        head_grade=r.text(obj, "head_grade", where),
        duties=[
            Duty(r.text(r.obj(d, w), "ko", w, ...), r.text(d, "en", w))
            for w, d in r.items(obj, "duties", where)
        ],
        staffing=r.counts(obj, "staffing", where),
        purpose_ko=r.text(obj, "purpose_ko", where),
        purpose_en=r.text(obj, "purpose_en", where),
        open_position=r.get(obj, "open_position", bool, where, False),
        head_grade_alt=r.text(obj, "head_grade_alt", where),
    )


def _org(r: _Reader, data: dict) -> Organization:
    org = Organization()
    for where, value in r.items(data, "org", ""):
        unit = _unit(r, value, where)
        if unit.id in org:
            raise r.fail(f"{where}.id", N_("duplicate id {id}"), id=unit.id)
        if unit.parent_id is not None and unit.parent_id not in org:
            raise r.fail(
                f"{where}.parent_id",
                N_("parent {id} does not come earlier in the list"),
                id=unit.parent_id,
            )
        org.add(unit)
    return org


def _required() -> dict[str, tuple[str, ...]]:
    """Type name → the fields a saved change of that kind must have (from the registry)."""
    return {name: cls.required for name, cls in ch.CHANGE_TYPES.items()}


_REQUIRED = _required()

# How a change field is read, by its annotation: every kind's fields are among these.
_FIELD_READERS: dict[str, Any] = {
    "Unit": lambda r, obj, key, where: _one_unit(r, obj, key, where),
    "list[Unit]": lambda r, obj, key, where: [_unit(r, v, w) for w, v in r.items(obj, key, where)],
    "UnitKind": lambda r, obj, key, where: r.enum(obj, key, UnitKind, where),
    "dict[str, int]": lambda r, obj, key, where: r.counts(obj, key, where),
    "list[str]": lambda r, obj, key, where: [_str(r, v, w) for w, v in r.items(obj, key, where)],
    "int | None": lambda r, obj, key, where: r.integer(obj, key, where, 0, MAX_INDEX, None),
    "dt.date | None": lambda r, obj, key, where: r.date(obj, key, where),
    "str": lambda r, obj, key, where: r.get(obj, key, str, where, None),
    "str | None": lambda r, obj, key, where: r.get(obj, key, str, where, None),
}


def _one_unit(r: _Reader, obj: dict, key: str, where: str) -> Unit:
    """A field holding one unit; a list there is refused at its first item that is not a
    unit, else as a whole."""
    value = obj[key]
    if isinstance(value, list):
        for place, item in r.items(obj, key, where):
            r.obj(item, place)
        raise r.fail(f"{where}.{key}", N_("expected an object"))
    return _unit(r, value, f"{where}.{key}")


def _change(r: _Reader, value: Any, where: str) -> ch.Change:
    obj = r.obj(value, where)
    type_name = r.get(obj, "type", str, where)
    cls = ch.CHANGE_TYPES.get(type_name)
    if cls is None:
        allowed = ", ".join(ch.CHANGE_TYPES)
        raise r.fail(
            f"{where}.type",
            N_("unknown change type {type!r} (allowed: {allowed})"),
            type=type_name,
            allowed=allowed,
        )
    for name in cls.required:
        if name not in obj:
            raise r.fail(f"{where}.{name}", N_("required field is missing"))
    kwargs: dict[str, Any] = {"id": r.get(obj, "id", str, where)}
    kwargs["effective"] = r.date(obj, "effective", where)
    kwargs["note"] = r.text(obj, "note", where)
    for f in dataclasses.fields(cls):
        if f.name in kwargs or f.name not in obj:
            continue
        kwargs[f.name] = _FIELD_READERS[str(f.type)](r, obj, f.name, where)
    return cls(**kwargs)


def _str(r: _Reader, value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise r.fail(where, N_("expected a string"))
    return value


def _instrument(r: _Reader, value: Any, where: str) -> InstrumentSource:
    obj = r.obj(value, where)
    eff = r.obj(r.get(obj, "effective", dict, where, {}), f"{where}.effective")
    english = r.get(obj, "english", dict, where, {})
    for key, text in english.items():
        _str(r, text, f"{where}.english.{key}")
    return InstrumentSource(
        key=r.get(obj, "key", str, where),
        kind=r.enum(obj, "kind", InstrumentKind, where),
        text=r.text(obj, "text", where, ...),
        title_en=r.text(obj, "title_en", where),
        english=dict(english),
        effective=Effective(
            mode=r.enum(
                eff, "mode", EffectiveMode, f"{where}.effective", EffectiveMode.PROMULGATION
            ),
            date=r.date(eff, "date", f"{where}.effective"),
            months=r.integer(eff, "months", f"{where}.effective", 0, MAX_MONTHS, 0),
        ),
        roles=_roles(r, obj, where),
    )


def _roles(r: _Reader, obj: dict, where: str) -> list[Role]:
    roles = []
    for w, value in r.items(obj, "roles", where):
        text = _str(r, value, w)
        try:
            roles.append(Role(text))
        except ValueError:
            raise r.unknown_value(w, text, [role.value for role in Role]) from None
    return roles


def _meta(r: _Reader, data: dict) -> Meta:
    obj = r.obj(r.get(data, "meta", dict, "", {}), "meta")
    refs = r.obj(r.get(obj, "references", dict, "meta", {}), "meta.references")
    strings = {
        f.name: r.text(obj, f.name, "meta") for f in dataclasses.fields(Meta) if f.type == "str"
    }
    dates = {
        f.name: r.date(obj, f.name, "meta")
        for f in dataclasses.fields(Meta)
        if "dt.date" in str(f.type)
    }
    return Meta(
        **strings,
        **dates,
        references=References(
            laws=[_str(r, v, w) for w, v in r.items(refs, "laws", "meta.references")],
            budget=r.text(refs, "budget", "meta.references", References.budget),
            agreement=r.text(refs, "agreement", "meta.references"),
            other=[_str(r, v, w) for w, v in r.items(refs, "other", "meta.references")],
        ),
    )


def _press(r: _Reader, data: dict) -> dict:
    """The release's fields: text header fields, ``paragraphs`` (key -> texts) and ``own``
    (a list of texts); other keys are kept as they are, for a newer OrgDraft."""
    press = r.get(data, "press", dict, "", {})
    for key, value in press.items():
        where = f"press.{key}"
        if key == "paragraphs":
            for para, texts in r.obj(value, where).items():
                for side, text in r.obj(texts, f"{where}.{para}").items():
                    _str(r, text, f"{where}.{para}.{side}")
        elif key == "own":
            for w, item in r.items(press, "own", "press"):
                for side, text in r.obj(item, w).items():
                    _str(r, text, f"{w}.{side}")
        elif key.endswith(("_ko", "_en", "_phone")) or key == "email":
            _str(r, value, where)
    return dict(press)


def migrate(data: dict) -> dict:
    """Bring an older file's JSON up to :data:`VERSION` (a new dict; ``data`` is untouched).

    Format 1 had no government profile: format 2 adds ``government`` with the kind inferred
    from the government's Korean name (none when the name implies none) and no population.
    """
    data = dict(data)
    version = data.get("version")
    if version == 1:
        meta = data.get("meta")
        name = meta.get("government_ko") if isinstance(meta, dict) else None
        kind = infer_kind(name) if isinstance(name, str) else None
        data["government"] = {"kind": kind.value if kind else None, "population": None}
        instruments = data.get("instruments")
        if isinstance(instruments, list):  # each instrument's roles, from its kind
            data["instruments"] = [
                {**inst, "roles": _format1_roles(inst.get("kind"))}
                if isinstance(inst, dict)
                else inst
                for inst in instruments
            ]
        data["version"] = 2
    return data


def _format1_roles(kind: object) -> list[str]:
    if kind == InstrumentKind.ORDINANCE.value:
        return [Role.ORGANIZATION.value, Role.STAFFING.value]
    return [Role.DIVISIONS.value] if kind == InstrumentKind.RULE.value else []


def _government(r: _Reader, data: dict) -> Government:
    obj = r.obj(r.get(data, "government", dict, "", {}), "government")
    return Government(
        kind=r.enum(obj, "kind", GovernmentKind, "government", None),
        population=r.integer(obj, "population", "government", 0, MAX_NUMBER, None),
    )


def _conventions(r: _Reader, data: dict) -> DraftingOptions | None:
    """The project's drafting conventions (``drafting``), ``None`` when the file has none. An
    option the file leaves out is the house rule's; an unknown option is refused (a misspelt
    one would otherwise draft by the house rule unnoticed), as is a value not among the
    option's choices."""
    value = r.get(data, "drafting", dict, "", None)
    if value is None:
        return None
    obj = r.obj(value, "drafting")
    known = [f.name for f in dataclasses.fields(DraftingOptions)]
    for key in obj:
        if key not in known:
            raise r.fail(
                f"drafting.{key}",
                N_("unknown field {field!r} (allowed: {allowed})"),
                field=key,
                allowed=", ".join(known),
            )
    options: dict[str, Any] = {}
    if "max_replacements" in obj:
        low, high = MAX_REPLACEMENTS_RANGE
        options["max_replacements"] = r.integer(obj, "max_replacements", "drafting", low, high, 0)
    for name, allowed in DRAFTING_CHOICES.items():
        if name not in obj:
            continue
        text = r.get(obj, name, str, "drafting")
        if text not in allowed:
            raise r.unknown_value(f"drafting.{name}", text, allowed)
        options[name] = text
    return DraftingOptions(**options)


def from_json(data: Any, file: str = "<project>") -> Project:
    r = _Reader(file)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise r.fail("format", N_("this is not an OrgDraft project file"))
    version = r.get(data, "version", int, "")
    if version > VERSION:
        raise r.fail(
            "version",
            N_(
                "this file was saved by a newer OrgDraft (format {version}); this version reads "
                "format {supported} at most — please update"
            ),
            version=version,
            supported=VERSION,
        )
    if version < 1:
        raise r.fail("version", N_("invalid format version {version}"), version=version)
    data = migrate(data)
    grades = [
        Grade(
            r.get(r.obj(g, w), "code", str, w),
            r.text(g, "ko", w, ...),
            r.text(g, "en", w),
            r.text(g, "group", w),
        )
        for w, g in r.items(data, "grades", "")
    ]
    project = Project(
        meta=_meta(r, data),
        government=_government(r, data),
        org=_org(r, data),
        instruments=[_instrument(r, v, w) for w, v in r.items(data, "instruments", "")],
        changes=[_change(r, v, w) for w, v in r.items(data, "changes", "")],
        overrides=[
            Override(
                r.get(r.obj(v, w), "instrument", str, w),
                r.get(v, "path", str, w),
                r.text(v, "text", w, ...),
                r.text(v, "text_en", w),
            )
            for w, v in r.items(data, "overrides", "")
        ],
        press=_press(r, data),
        glossary=[
            GlossaryEntry(r.text(r.obj(v, w), "ko", w, ...), r.text(v, "en", w, ...))
            for w, v in r.items(data, "glossary", "")
        ],
        conventions=_conventions(r, data),
    )
    if grades:
        project.grades = grades
    return project


def _all_nfc(text: str) -> bool:
    """Whether every text in the JSON ``text`` is NFC already (so :func:`_nfc` would change
    nothing): true when ``text`` is NFC and has no ``\\u`` escape. Each string's characters
    are then the file's own, set off by quotation marks, and a quotation mark (like the other
    characters JSON writes around strings) never composes or reorders with a neighbour."""
    return "\\u" not in text and unicodedata.is_normalized("NFC", text)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


class _Unreadable:
    """A number json cannot hold: parsed into this marker, reported with its place."""

    def __init__(self, text: str) -> None:
        self.text = text


def _parse_int(text: str) -> int | _Unreadable:
    return _Unreadable(text) if len(text.lstrip("-")) > _MAX_DIGITS else int(text)


def _parse_float(text: str) -> float | _Unreadable:
    value = float(text) if len(text) <= 400 else math.inf
    return value if math.isfinite(value) else _Unreadable(text)


def _parse(text: str, file: str) -> Any:
    try:
        return json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_Unreadable
        )
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            file,
            f"{exc.lineno}:{exc.colno}",
            N_("not valid JSON (truncated or damaged file): {reason}"),
            reason=exc.msg,
        ) from None
    except RecursionError:
        line, column = _too_deep_at(text)
        raise ProjectFileError(
            file,
            f"{line}:{column}",
            N_("nested more than {limit} levels deep"),
            limit=MAX_DEPTH,
        ) from None


def _too_deep_at(text: str) -> tuple[int, int]:
    """Line and column where the nesting first passes :data:`MAX_DEPTH` (outside strings)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                start = match.start()
                line = text.count("\n", 0, start) + 1
                return line, start - (text.rfind("\n", 0, start) + 1) + 1
        elif token in "]}":
            depth -= 1
    return 1, 1


def _path(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def check_tree(data: Any, file: str = "<project>") -> None:
    """Refuse, with its JSON path, the first value no project can hold: nesting deeper than
    :data:`MAX_DEPTH`, a number that is not finite or beyond :data:`MAX_NUMBER`, a string with
    a lone surrogate, or a key with a character a document cannot hold."""
    if _nothing_to_refuse(data):  # the usual case, told without making every value's path
        return
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth >= MAX_DEPTH:
                raise ProjectFileError(
                    file, where, N_("nested more than {limit} levels deep"), limit=MAX_DEPTH
                )
            if isinstance(value, dict):
                items = list(value.items())
                for key, _item in items:
                    _check_text(key, where or "(top level)", file, BAD_CHAR)
            else:
                items = list(enumerate(value))
            for key, item in reversed(items):
                stack.append((item, _path(where, key), depth + 1))
        elif isinstance(value, _Unreadable):
            raise ProjectFileError(
                file,
                where,
                N_("{value} is not a number a project can hold"),
                value=value.text[:20] + ("…" if len(value.text) > 20 else ""),
            )
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if abs(value) > MAX_NUMBER:
                raise ProjectFileError(
                    file,
                    where,
                    N_("{value} is out of range (at most {limit:,} either way)"),
                    value=value,
                    limit=MAX_NUMBER,
                )
        elif isinstance(value, str):
            _check_text(value, where, file)


def _nothing_to_refuse(data: Any) -> bool:
    """True only when :func:`check_tree` refuses nothing in ``data``: the same tests, without
    the JSON paths, and the texts searched joined by newlines (a character neither pattern
    refuses, and each refuses single characters); on False, check_tree's own walk finds the
    first value refused and its path.

    The values json makes are told by their exact type, the texts gathered without a trip
    through the stack (a project file is mostly texts); anything else (a number json could
    not hold, a subclass) is judged by :func:`_nothing_to_refuse_any`."""
    keys: list[str] = []
    texts: list[str] = []
    # (a value that is not a container is looked at as the one item of a list)
    stack: list[tuple[Any, int]] = [(data, 0) if type(data) in (dict, list) else ([data], -1)]
    while stack:
        value, depth = stack.pop()
        if depth >= MAX_DEPTH:
            return False
        if type(value) is dict:
            keys.extend(value)
            value = value.values()
        depth += 1
        for item in value:
            kind = type(item)
            if kind is str:
                texts.append(item)
            elif kind is dict or kind is list:
                stack.append((item, depth))
            elif kind is int or kind is float:
                if abs(item) > MAX_NUMBER:
                    return False
            elif item is not None and kind is not bool:
                return _nothing_to_refuse_any(data)
    try:
        return (
            BAD_CHAR.search("\n".join(keys)) is None
            and _UNWRITABLE.search("\n".join(texts)) is None
        )
    except TypeError:  # a key that is not a text (not from JSON): check_tree's walk says
        return False


def _nothing_to_refuse_any(data: Any) -> bool:
    """:func:`_nothing_to_refuse` for any tree (subclasses and values json never makes
    included)."""
    keys: list[str] = []
    texts: list[str] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            if depth >= MAX_DEPTH:
                return False
            keys.extend(value)
            stack.extend([(item, depth + 1) for item in value.values()])
        elif isinstance(value, list):
            if depth >= MAX_DEPTH:
                return False
            stack.extend([(item, depth + 1) for item in value])
        elif isinstance(value, str):
            texts.append(value)
        elif isinstance(value, _Unreadable):
            return False
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if abs(value) > MAX_NUMBER:
                return False
    try:
        return (
            BAD_CHAR.search("\n".join(keys)) is None
            and _UNWRITABLE.search("\n".join(texts)) is None
        )
    except TypeError:  # a key that is not a text (not from JSON): check_tree's walk says
        return False


def _check_text(text: str, where: str, file: str, refused: re.Pattern[str] = _UNWRITABLE) -> None:
    bad = refused.search(text)
    if bad is not None:
        raise ProjectFileError(
            file,
            where,
            N_(
                "contains the character U+{code} (at position {position}), which a document "
                "cannot hold"
            ),
            code=f"{ord(bad.group()):04X}",
            position=bad.start() + 1,
        )


def loads(text: str, file: str = "<project>") -> Project:
    if not text.strip():
        raise ProjectFileError(file, "", N_("the file is empty"))
    data = _parse(text, file)
    check_tree(data, file)
    try:
        return from_json(data if _all_nfc(text) else _nfc(data), file)
    except ProjectFileError:
        raise
    except (ValueError, TypeError, AttributeError, KeyError, OverflowError, RecursionError) as exc:
        # A case the checks above missed: still a message, never a traceback (the fuzzer in
        # tests/core/test_hostile.py requires a located one, so it finds such cases).
        raise ProjectFileError(
            file, "", N_("cannot read the project: {reason}"), reason=str(exc)[:200]
        ) from None


def load(path: str | os.PathLike) -> Project:
    """Read a project file; :class:`ProjectFileError` says what is wrong and where."""
    file = str(path)
    remove_orphans(_real_target(Path(path)))  # what a killed save of this project left
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ProjectFileError(
                file,
                "",
                N_("the file is too large ({size:,} bytes, at most {limit:,})"),
                size=size,
                limit=MAX_BYTES,
            )
        raw = Path(path).read_bytes()
    except OSError as exc:
        reason = os_reason(exc)
        raise ProjectFileError(file, "", N_("cannot open: {reason}"), reason=reason) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(file, f"byte {exc.start}", N_("not UTF-8 text")) from None
    return loads(text, file)
