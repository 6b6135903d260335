"""A synthetic proposal ``factor`` times the size of the built-in sample, for scaling benchmarks.

The sample's 22 changes are kept; for every extra tenth of the factor a bureau (국) is
established under the vice governor for administration, with two divisions established with
it and two more established separately, each with duties and staffing — so the ordinance gets
branch articles, the rule gets division articles, the release gets unit paragraphs and the
charts get boxes, all in proportion.
"""

from __future__ import annotations

from desktop import paths
from desktop.core import changes as ch
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.project import Project
from desktop.core.projectfile import load

_DIGITS = "영일이삼사오육칠팔구"


def _word(n: int) -> str:
    """``n`` in Sino-Korean syllables (``12`` → ``일이``), so names stay Hangul words."""
    return "".join(_DIGITS[int(d)] for d in str(n))


def _division(uid: str, parent: str, ko: str, en: str) -> Unit:
    return Unit(
        uid,
        UnitKind.DIVISION,
        ko,
        en,
        parent,
        "g4",
        [Duty(f"{ko} 소관 정책의 수립 및 추진에 관한 사항", f"Matters concerning {en} policies")],
        {"g4": 1, "g5": 3, "g6": 5},
    )


def scaled_sample(factor: int) -> Project:
    """The sample with ``(factor - 1) * 22 / 5`` extra bureaus: about ``factor`` × its changes."""
    project = load(paths.sample_path())
    extra = round((factor - 1) * len(project.changes) / 5)
    parent = project.org.get("gov").id
    vice = [u.id for u in project.org if u.kind is UnitKind.VICE_GOVERNOR]
    if vice:
        parent = vice[0]
    for n in range(1, extra + 1):
        word = _word(n)
        bid = f"syn{n}"
        bureau = Unit(
            bid,
            UnitKind.BUREAU,
            f"미래{word}국",
            f"Future Bureau {n}",
            parent,
            "g3",
            [Duty(f"미래{word} 전략의 수립에 관한 사항", f"Matters of future strategy {n}")],
            {"g3": 1},
        )
        kids = [
            _division(f"{bid}-d{k}", bid, f"미래{word}제{_word(k)}과", f"Future {n}-{k} Division")
            for k in range(1, 5)
        ]
        project.changes += [
            ch.Establish(f"{bid}-c0", unit=bureau, children=kids[:2]),
            ch.Establish(f"{bid}-c3", unit=kids[2]),
            ch.Establish(f"{bid}-c4", unit=kids[3]),
            ch.Rename(
                f"{bid}-c5",
                unit_id=f"{bid}-d1",
                name_ko=f"미래{word}정책과",
                name_en=f"Future {n} Policy Division",
            ),
            ch.TransferDuties(
                f"{bid}-c6",
                from_id=f"{bid}-d2",
                to_id=f"{bid}-d3",
                duties=[f"미래{word}제{_word(2)}과 소관 정책의 수립 및 추진에 관한 사항"],
            ),
        ]
    return project
