"""What every change kind is made of: the change, the action it records, the record.

A change *kind* (:class:`Change` subclass, one module each in this package) states what the
program needs to know about it: its fields (the dataclass) and the ones a saved file must
have (``required``), its label (a message id), the units it refers to, creates and removes,
how it applies to the organization (:meth:`Change.apply`), the findings on its own data
(:meth:`Change.findings`) and how the change list describes it.

Applying a change writes one :class:`ChangeRecord` per effect: a small record (the unit, its
names and superior after the change, the date) with the :class:`Action` that happened and a
typed payload of what that action needs (the old name, the old superior, the merged units …).
An :class:`Action` states how its records read everywhere: its mark (a message id whose
Korean is the document term, ``신설``), the interface colour and the chart fill, the line of
the 주요내용, the remark of the organization table and the sentence of the press release.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.core.findings import Finding, Place, PlaceKind, error, warning
from desktop.core.grades import DEFAULT_GRADES, Grade, grade_words
from desktop.core.org import Level, Organization, Unit, UnitKind
from desktop.i18n import N_, Pair, language, translate

if TYPE_CHECKING:
    from desktop.core.kinds.staffing import ChangeStaffing
    from desktop.core.project import Project


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Renamed:
    """The names a unit had before the change."""

    old_name_ko: str
    old_name_en: str = ""


@dataclass(frozen=True)
class Regraded(Renamed):
    """An upgrade or downgrade: the old names, the old kind and the head's old grades."""

    old_kind: UnitKind = UnitKind.DIVISION
    old_grades: tuple[str, ...] = ()


@dataclass(frozen=True)
class Moved:
    """The superior a moved unit had before."""

    from_ko: str
    from_en: str = ""


@dataclass(frozen=True)
class Sources:
    """The units (Korean, English names) that a merge or split made the unit from."""

    units: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DutiesMoved:
    """Duties that came to the unit from ``source`` (Korean texts and their English); the
    source's id, whose provisions lose the duties."""

    source_ko: str
    source_en: str
    duties: tuple[str, ...] = ()
    duties_en: tuple[str, ...] = ()
    source_id: str = ""


@dataclass(frozen=True)
class Deltas:
    """Head counts by grade code that the change adds (negative: removes)."""

    deltas: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeRecord:
    """One effect of one change on one unit, with the unit's names and superior as the change
    left them, and what the action needs in ``payload``."""

    change_id: str
    action: Action
    unit_id: str
    name_ko: str
    name_en: str
    level: Level
    parent_ko: str = ""
    parent_en: str = ""
    effective: dt.date | None = None
    payload: Any = None

    @property
    def renamed(self) -> Renamed | None:
        """The old names when the change gave the unit a new Korean name."""
        payload = self.payload
        if isinstance(payload, Renamed) and payload.old_name_ko != self.name_ko:
            return payload if payload.old_name_ko else None
        return None

    @property
    def unit_ids(self) -> tuple[str, ...]:
        """The units whose provisions the change touches: its unit, and the unit its duties
        came from (a transfer's source, whose article loses them)."""
        source = getattr(self.payload, "source_id", "")
        return (self.unit_id, source) if source and source != self.unit_id else (self.unit_id,)

    @property
    def old_level(self) -> Level | None:
        """The level before an upgrade or downgrade."""
        return self.payload.old_kind.level if isinstance(self.payload, Regraded) else None


# -- actions ---------------------------------------------------------------------------------

_ACTIONS: dict[str, Action] = {}


def action_named(name: str) -> Action:
    return _ACTIONS[name]


@dataclass(frozen=True, eq=False)
class Action:
    """What happened to a unit, and how a record of it reads.

    ``label`` is a message id (``N_("new")``) whose Korean translation is the term of the
    documents (``신설``); ``colour`` marks the unit in the interface; a ``fill`` makes it a
    structural change, marked in the chart (that colour), the organization table and the
    주요내용's 기구 조정 (headed ``heading_en`` in English). ``new_unit``: the record's unit is
    newly established (the release's headline and lead name it). ``press``: the release
    gives the bureau it touches a paragraph. ``press_rank``: which action's sentence opens a
    unit's paragraph (lowest first; ``None``: none). ``adjective``: the English word is an
    adjective (``new``, ``temporary``), written before a name in the remarks (``new Special
    Autonomy Division``), where a participle follows it (``Energy Division abolished``).
    """

    name: str
    label: str
    colour: str
    fill: str = ""
    heading_en: str = ""
    new_unit: bool = False
    press: bool = False
    press_rank: int | None = None
    adjective: bool = False

    def __post_init__(self) -> None:
        if _ACTIONS.setdefault(self.name, self) is not self:
            raise ValueError(f"two actions named {self.name!r}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Action) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"Action({self.name!r})"

    def __reduce__(self) -> tuple:
        return action_named, (self.name,)

    def __deepcopy__(self, memo: dict) -> Action:
        return self

    @property
    def value(self) -> str:
        return self.name

    def word(self, lang: str | None = None) -> str:
        """The mark in ``lang`` (the interface language by default): ``신설`` / ``new``."""
        return str(translate(self.label, {}, lang or language()))

    @property
    def ko(self) -> str:
        """The Korean term: ``신설``, ``명칭변경`` …"""
        return self.word("ko")

    @property
    def structural(self) -> bool:
        return bool(self.fill)

    def heading(self, lang: str) -> str:
        """The head of its line in the 주요내용: ``신설`` / ``Established``."""
        if lang == "ko":
            return self.ko
        return self.heading_en or self.word("en").capitalize()

    def summary_item(self, rec: ChangeRecord) -> tuple[str, str]:
        """The record in a line of the 주요내용 (Korean, English): ``AI국`` / ``AI Bureau``."""
        return rec.name_ko, english_name(rec)

    def remark(self, rec: ChangeRecord, own: bool, lang: str) -> str:
        """The record in the remarks of a bureau's row of the organization table; ``own``:
        the row is the record's unit."""
        word = self.word(lang)
        if own:
            return word
        if lang == "ko":
            return f"{rec.name_ko} {word}"
        name = english_name(rec)
        return f"{word} {name}" if self.adjective else f"{name} {word}"

    def press_sentence(self, unit: Unit, own: list[ChangeRecord]) -> tuple[str, str] | None:
        """The sentence that opens the release's paragraph on ``unit`` (its own records)."""
        return None

    def press_notes(self, records: list[ChangeRecord]) -> list[tuple[str, str]]:
        """Sentences the release adds to the paragraph of the bureau that these records of
        this action touch (the bureau's own records too, unless ``notes_own`` is false)."""
        return []

    notes_own = True  # press_notes is given the paragraph's own unit's records as well

    def expires(self, rec: ChangeRecord) -> dt.date | None:
        """The date until which the record's unit exists (a 한시기구): the 부칙 states it."""
        return None


def english_of(name_ko: str, name_en: str) -> str:
    """A unit's English name as the documents print it: when it is missing, a marker that
    names the unit (``[자치행정국: English name missing]``; validate warns of it,
    W-NAME-EN-MISSING), never an empty phrase ("moves from the ."); empty only when there is
    no unit either."""
    return name_en or (f"[{name_ko}: English name missing]" if name_ko else "")


def english_name(rec: ChangeRecord) -> str:
    return english_of(rec.name_ko, rec.name_en)


# -- changes ---------------------------------------------------------------------------------


@dataclass
class Change:
    """Fields every change has; a kind adds its own and states the rest as class attributes.

    ``type_name``: its name in the project file; ``label``: a message id (``N_("Establish")``);
    ``required``: the fields a saved change of this kind must have; ``actions``: the actions
    its records can carry.
    """

    id: str
    effective: dt.date | None = None
    note: str = ""

    type_name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    required: ClassVar[tuple[str, ...]] = ()
    actions: ClassVar[tuple[Action, ...]] = ()

    @classmethod
    def title(cls, lang: str | None = None) -> str:
        """The kind's name in ``lang`` (the interface language by default)."""
        return str(translate(cls.label, {}, lang or language()))

    def unit_refs(self) -> list[str]:
        """Ids of the existing units this change refers to (must exist when it applies)."""
        return []

    def created_units(self) -> list[Unit]:
        """The units this change creates."""
        return []

    def removed_ids(self) -> list[str]:
        """Ids of the existing units this change removes."""
        return []

    def apply(self, state: ApplyState, index: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        """What the change does, in a few words of the interface language (``names``: unit
        id → name; ``grades``: grade code → label, the project's grades, else the default
        ones by :func:`grade_label`)."""
        return self.id

    def findings(self, project: Project, index: int, today: dt.date) -> list[Finding]:
        """Findings on the change's own data (the engine reports what fails to apply)."""
        return []

    def place(self, index: int, field: str = "") -> Place:
        return Place(PlaceKind.CHANGE, self.id, line=index + 1, field=field)


def grade_label(grades: Mapping[str, str] | None, code: str) -> str:
    """A grade as the official reads it in the interface language (``g6`` → 6급 / Grade 6):
    from ``grades`` (the project's), else from the default grades."""
    return (grades or {}).get(code) or grade_words(code).pick(language())


def name_of(names: Mapping[str, str], unit_id: str | None) -> str:
    return names.get(unit_id or "", unit_id or "—")


def shown(ko: str, en: str) -> str:
    """A pair of data in the interface language (the Korean when the English is empty)."""
    return Pair(ko, en).pick(language())


@dataclass(frozen=True)
class PostMove:
    """A head's post that a change counted at the head's new grade
    (:func:`~desktop.core.kinds.head_grade.move_head_post`): one post of the staffing of
    ``holder_id`` (the unit, or the pool it takes the post from) moved from grade code ``old``
    to ``new`` for the head of ``unit`` by ``change``, the ``index``-th of the list; the
    names as that change left them."""

    change: Change
    index: int
    unit: Pair
    holder_id: str
    holder: Pair
    old: str
    new: str


class ApplyState:
    """The organization while the changes apply, and what they recorded and found.

    ``post_moves``: the heads' posts the changes have moved so far; ``staffed``: the staffing
    changes applied so far, with their index. A head's post that one of each moves is told
    at the staffing change (:func:`desktop.core.kinds.staffing.tell_moved_twice`)."""

    def __init__(self, org: Organization, grades: Iterable[Grade] = ()) -> None:
        self.org = org
        self.grades = tuple(grades) or DEFAULT_GRADES  # for the messages
        self.records: list[ChangeRecord] = []
        self.findings: list[Finding] = []
        self.applied: list[str] = []
        self.post_moves: list[PostMove] = []
        self.staffed: list[tuple[ChangeStaffing, int]] = []

    def record(self, change: Change, action: Action, unit: Unit, payload: Any = None) -> None:
        parent = self.org.find(unit.parent_id)
        self.records.append(
            ChangeRecord(
                change_id=change.id,
                action=action,
                unit_id=unit.id,
                name_ko=unit.name_ko,
                name_en=unit.name_en,
                level=unit.kind.level,
                parent_ko=parent.name_ko if parent else "",
                parent_en=parent.name_en if parent else "",
                effective=change.effective,
                payload=payload,
            )
        )

    def fail(self, change: Change, index: int, code: str, message_id: str, **params) -> None:
        self.findings.append(error(code, change.place(index), message_id, **params))

    def warn(self, change: Change, index: int, code: str, message_id: str, **params) -> None:
        self.findings.append(warning(code, change.place(index), message_id, **params))

    def refuses_admin_city(
        self, change: Change, index: int, unit: Unit, parent_id: str | None
    ) -> bool:
        """Whether placing ``unit`` under ``parent_id`` is refused (with the finding) for a
        행정시: one stays directly under the head of government, who directs it
        (「제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법」 제11조); the units inside
        one are set by an instrument of their own, so none is placed in a 행정시 the
        organization holds no unit in (its instrument is not among the texts)."""
        parent = self.org.find(parent_id)
        head = self.org.head()
        if (
            unit.kind is UnitKind.ADMIN_CITY
            and head is not None
            and (parent is None or parent.id != head.id)
        ):
            self.fail(
                change,
                index,
                "E-ADMIN-CITY-PLACE",
                N_(
                    "{unit} is an administrative city, directed by the {head}: it stays "
                    "directly under the {head}, not under the {parent}."
                ),
                unit=Pair(unit.name_ko, unit.name_en),
                head=Pair(head.name_ko, head.name_en),
                parent=Pair(parent.name_ko, parent.name_en) if parent else Pair("—", "—"),
            )
            return True
        chain = [parent, *self.org.ancestors(parent.id)] if parent is not None else []
        city = next((u for u in chain if u.kind is UnitKind.ADMIN_CITY), None)
        if city is not None and not any(u.id != unit.id for u in self.org.walk(city.id)):
            self.fail(
                change,
                index,
                "E-ADMIN-CITY-INSIDE",
                N_(
                    "{unit} cannot be placed in {city}: the units inside an administrative "
                    "city are set by an instrument of their own, which is not among the "
                    "project's texts."
                ),
                unit=Pair(unit.name_ko, unit.name_en),
                city=Pair(city.name_ko, city.name_en),
            )
            return True
        return False
