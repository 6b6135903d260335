# ruff: noqa: E501  (statute lines are kept whole, as published)
"""A small city project for the tests (오산시-like, illustrative): bureau articles in the pattern
``○○국에 국장 1명을 두되, 국장은 지방서기관으로 보한다.`` / ``② 국장은 다음 사항을 분장한다.``,
a list article under the 부시장, the divisions and their duties in the rule."""

from __future__ import annotations

import datetime as dt

from desktop.core import changes as ch
from desktop.core.government import Government, GovernmentKind
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.core.project import (
    Effective,
    EffectiveMode,
    InstrumentSource,
    Meta,
    Project,
    References,
)
from desktop.core.statute import InstrumentKind

K = UnitKind

ORDINANCE = """오산시 행정기구 설치 조례
[시행 2024. 1. 1.] [오산시조례 제2000호, 2023. 12. 29., 일부개정]

제1조(목적) 이 조례는 「지방자치법」 제125조에 따라 오산시의 행정기구 설치와 그 사무분장에 관한 사항을 규정함을 목적으로 한다.

제2조(부시장) 부시장은 시장을 보좌하여 사무를 총괄하고, 소속직원을 지휘ㆍ감독한다.

제3조(국의 설치) 부시장 밑에 행정국ㆍ복지국 및 도시국을 둔다.

제4조(행정국) ① 행정국에 국장 1명을 두되, 국장은 지방서기관으로 보한다.
② 국장은 다음 사항을 분장한다.
1. 자치행정에 관한 사항
2. 인사 및 조직에 관한 사항

제5조(복지국) ① 복지국에 국장 1명을 두되, 국장은 지방서기관으로 보한다.
② 국장은 다음 사항을 분장한다.
1. 사회복지에 관한 사항
2. 보건위생에 관한 사항

제6조(도시국) ① 도시국에 국장 1명을 두되, 국장은 지방서기관 또는 지방기술서기관으로 보한다.
② 국장은 다음 사항을 분장한다.
1. 도시계획에 관한 사항
2. 건축 및 주택에 관한 사항

제7조(과ㆍ담당관의 설치) 국에 두는 과와 담당관의 설치 및 분장사무는 규칙으로 정한다.
"""

RULE = """오산시 행정기구 설치 조례 시행규칙
[시행 2024. 1. 1.] [오산시규칙 제900호, 2023. 12. 29., 일부개정]

제1조(목적) 이 규칙은 「오산시 행정기구 설치 조례」에서 위임된 사항을 규정함을 목적으로 한다.

제2조(행정국) ① 행정국에 총무과 및 자치행정과를 둔다.
② 총무과장은 다음 사항을 분장한다.
1. 인사 및 조직에 관한 사항
③ 자치행정과장은 다음 사항을 분장한다.
1. 자치행정에 관한 사항

제3조(복지국) ① 복지국에 사회복지과를 둔다.
② 사회복지과장은 다음 사항을 분장한다.
1. 사회복지에 관한 사항

제4조(도시국) ① 도시국에 도시과를 둔다.
② 도시과장은 다음 사항을 분장한다.
1. 도시계획에 관한 사항
"""


def _unit(uid, kind, ko, en, parent, grade="", staff=None, duties=()) -> Unit:
    return Unit(
        uid, kind, ko, en, parent, grade, [Duty(k, e) for k, e in duties], dict(staff or {})
    )


def city_org() -> Organization:
    return Organization(
        [
            _unit("mayor", K.GOVERNOR, "시장", "Mayor", None, "political", {"political": 1}),
            _unit("deputy", K.VICE_GOVERNOR, "부시장", "Deputy Mayor", "mayor", "g3", {"g3": 1}),
            _unit("adm", K.BUREAU, "행정국", "Administration Bureau", "deputy", "g4", {"g4": 1},
                  [("자치행정에 관한 사항", "Matters concerning local autonomy"),
                   ("인사 및 조직에 관한 사항", "Matters concerning personnel and organization")]),
            _unit("adm-gen", K.DIVISION, "총무과", "General Affairs Division", "adm", "g5",
                  {"g5": 1, "g6": 8}, [("인사 및 조직에 관한 사항", "")]),
            _unit("adm-loc", K.DIVISION, "자치행정과", "Local Administration Division", "adm",
                  "g5", {"g5": 1, "g6": 6}, [("자치행정에 관한 사항", "")]),
            _unit("wel", K.BUREAU, "복지국", "Welfare Bureau", "deputy", "g4", {"g4": 1},
                  [("사회복지에 관한 사항", ""), ("보건위생에 관한 사항", "")]),
            _unit("wel-soc", K.DIVISION, "사회복지과", "Social Welfare Division", "wel", "g5",
                  {"g5": 1, "g6": 7}, [("사회복지에 관한 사항", "")]),
            _unit("urb", K.BUREAU, "도시국", "Urban Bureau", "deputy", "g4", {"g4": 1},
                  [("도시계획에 관한 사항", ""), ("건축 및 주택에 관한 사항", "")]),
            _unit("urb-plan", K.DIVISION, "도시과", "Urban Planning Division", "urb", "g5",
                  {"g5": 1, "g6": 6}, [("도시계획에 관한 사항", "")]),
        ]
    )  # fmt: skip


def city_changes() -> list[ch.Change]:
    return [
        ch.Establish(
            "c1",
            unit=_unit(
                "fut",
                K.BUREAU,
                "미래전략국",
                "Future Strategy Bureau",
                "deputy",
                "g4",
                {"g4": 1},
                [
                    ("미래전략 수립에 관한 사항", "Matters concerning future strategies"),
                    ("투자유치에 관한 사항", "Matters concerning attracting investment"),
                ],
            ),
            children=[
                _unit(
                    "fut-inv",
                    K.DIVISION,
                    "투자유치과",
                    "Investment Division",
                    "fut",
                    "g5",
                    {"g5": 1, "g6": 5},
                    [("투자유치에 관한 사항", "")],
                ),
            ],
        ),
        ch.Rename("c2", unit_id="urb", name_ko="도시개발국", name_en="Urban Development Bureau"),
        ch.ChangeStaffing("c3", unit_id="wel-soc", deltas={"g6": 2}),
    ]


def city_project() -> Project:
    meta = Meta(
        government_ko="오산시",
        government_en="Osan City",
        bill_date=dt.date(2024, 5, 31),
        session_ko="제280회 오산시의회 정례회",
        session_en="280th regular session of the Osan City Council",
        passed_date=dt.date(2024, 6, 20),
        reasons_ko="미래 성장 동력을 확보하기 위하여 미래전략국을 신설하려는 것임.",
        reasons_en="To establish the Future Strategy Bureau.",
        references=References(
            laws=["「지방자치법」", "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」"]
        ),
    )
    effective = Effective(EffectiveMode.PROMULGATION)
    return Project(
        meta=meta,
        government=Government(None, 230_000),
        org=city_org(),
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ORDINANCE,
                             "Osan City Ordinance on the Establishment of Administrative "
                             "Organizations", effective=effective),
            InstrumentSource("rule", InstrumentKind.RULE, RULE, "Enforcement Rule of the Osan "
                             "City Ordinance on the Establishment of Administrative Organizations",
                             effective=effective),
        ],
        changes=city_changes(),
    )  # fmt: skip


__all__ = ["GovernmentKind", "city_project"]
