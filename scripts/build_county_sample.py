# ruff: noqa: E501  (the sample's units are kept one to a line)
"""Build the second built-in sample: a county (군) reorganization, illustrative.

Run ``python scripts/build_county_sample.py`` to rewrite
``resources/samples/yangpyeong-2025.orgdraft``. A county of about 125,000 inhabitants with no
국: the 실·과 sit directly under the 부군수 in the ordinance's list article, their duties are
in the enforcement rule (``행정과장은 다음 사항을 분장한다.``) and the staffing is in a separate
정원 조례. The reorganization is realistic but invented — a 과 established (인구정책과), one
renamed (건설과 → 건설교통과), one abolished with its duties transferred (재무과 → 기획감사실),
staffing changed — and the project's description says so. Every text is written here in the
county's own pattern, not with the province's article builders.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core import changes as ch  # noqa: E402
from desktop.core import provisions  # noqa: E402
from desktop.core.effects import annex_for_staffing  # noqa: E402
from desktop.core.government import Government, GovernmentKind  # noqa: E402
from desktop.core.org import Duty, Organization, Unit, UnitKind  # noqa: E402
from desktop.core.project import (  # noqa: E402
    Effective,
    EffectiveMode,
    GlossaryEntry,
    InstrumentSource,
    Meta,
    Project,
    References,
    Role,
)
from desktop.core.projectfile import save  # noqa: E402
from desktop.core.statute import (  # noqa: E402
    Article,
    Instrument,
    InstrumentKind,
    Num,
    Paragraph,
    Subparagraph,
)
from desktop.core.statute_text import render_instrument  # noqa: E402

K = UnitKind
NAME, NAME_EN = "양평군", "Yangpyeong County"
ORD_TITLE = "양평군 행정기구 설치 조례"
ORD_EN = "Yangpyeong-gun Ordinance on the Establishment of Administrative Organizations"
RULE_TITLE = "양평군 행정기구 설치 조례 시행규칙"
RULE_EN = f"Enforcement Rule of the {ORD_EN}"
STAFF_TITLE = "양평군 지방공무원 정원 조례"
STAFF_EN = "Yangpyeong-gun Ordinance on the Authorized Number of Local Public Officials"
EFFECTIVE = dt.date(2025, 7, 1)


def unit(uid, kind, ko, en, parent, grade="", staff=None, dl=()) -> Unit:
    return Unit(uid, kind, ko, en, parent, grade, [Duty(k, e) for k, e in dl], dict(staff or {}))


def current_org() -> Organization:
    return Organization(
        [
            unit("head", K.GOVERNOR, "군수", "County Governor", None, "political", {"political": 1}),
            unit("deputy", K.VICE_GOVERNOR, "부군수", "Deputy County Governor", "head", "g3", {"g3": 1}),
            unit("plan", K.OFFICE, "기획감사실", "Planning and Audit Office", "deputy", "g5",
                 {"g5": 1, "g6": 6, "g7": 5, "g8": 3}, [
                     ("군정 주요업무의 기획 및 조정에 관한 사항",
                      "Matters concerning planning and coordination of major county affairs"),
                     ("예산의 편성 및 집행에 관한 사항",
                      "Matters concerning drawing up and executing the budget"),
                     ("자체감사 및 공직기강에 관한 사항",
                      "Matters concerning internal audits and public service discipline"),
                 ]),
            unit("adm", K.DIVISION, "행정과", "Administration Division", "deputy", "g5",
                 {"g5": 1, "g6": 6, "g7": 6, "g8": 4}, [
                     ("조직 및 인사에 관한 사항", "Matters concerning organization and personnel"),
                     ("읍ㆍ면 행정 지원에 관한 사항",
                      "Matters concerning support for the administration of eup and myeon"),
                 ]),
            unit("fin", K.DIVISION, "재무과", "Finance Division", "deputy", "g5",
                 {"g5": 1, "g6": 5, "g7": 5, "g8": 3}, [
                     ("세입 및 세출 관리에 관한 사항",
                      "Matters concerning the management of revenue and expenditure"),
                     ("회계 및 계약에 관한 사항", "Matters concerning accounting and contracts"),
                 ]),
            unit("wel", K.DIVISION, "주민복지과", "Resident Welfare Division", "deputy", "g5",
                 {"g5": 1, "g6": 6, "g7": 7, "g8": 4}, [
                     ("사회복지 정책의 수립 및 조정에 관한 사항",
                      "Matters concerning establishment and coordination of social welfare policies"),
                     ("노인ㆍ장애인 복지에 관한 사항",
                      "Matters concerning welfare for senior citizens and persons with disabilities"),
                 ]),
            unit("con", K.DIVISION, "건설과", "Construction Division", "deputy", "g5",
                 {"g5": 1, "g6": 5, "g7": 6, "g8": 3}, [
                     ("도로의 건설 및 유지관리에 관한 사항",
                      "Matters concerning the construction and maintenance of roads"),
                     ("하천 관리에 관한 사항", "Matters concerning the management of rivers"),
                 ]),
            unit("agri", K.DIVISION, "농업정책과", "Agricultural Policy Division", "deputy", "g5",
                 {"g5": 1, "g6": 5, "g7": 5, "g8": 2}, [
                     ("농업정책의 수립 및 추진에 관한 사항",
                      "Matters concerning establishment and promotion of agricultural policies"),
                     ("친환경농업 육성에 관한 사항",
                      "Matters concerning fostering environmentally friendly agriculture"),
                 ]),
            unit("health", K.AGENCY, "보건소", "Public Health Center", "head", "g4",
                 {"g4": 1, "g5": 3, "g6": 12, "g7": 15, "g8": 8}),
            unit("atc", K.AGENCY, "농업기술센터", "Agricultural Technology Center", "head", "g4",
                 {"g4": 1, "g5": 3, "g6": 10, "g7": 9, "research": 12, "guidance": 18}),
            unit("council", K.COUNCIL_SECRETARIAT, "의회사무과", "Council Secretariat", "head",
                 "g5", {"g5": 1, "g6": 3, "g7": 4, "g8": 2}),
        ]
    )  # fmt: skip


DIVISION_ORDER = ("plan", "adm", "fin", "wel", "con", "agri")


def _join(names: list[str]) -> str:
    return "ㆍ".join(names[:-1]) + " 및 " + names[-1] if len(names) > 1 else "".join(names)


def _join_en(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def ordinance(org: Organization) -> Instrument:
    divisions = [org.get(uid) for uid in DIVISION_ORDER]
    listing = _join([u.name_ko for u in divisions])
    listing_en = _join_en([f"the {u.name_en}" for u in divisions])
    arts = [
        Article(
            Num(1),
            "목적",
            title_en="Purpose",
            paragraphs=[
                Paragraph(
                    0,
                    "이 조례는 「지방자치법」 제125조 및 「지방자치단체의 행정기구와 정원기준 "
                    "등에 관한 규정」에 따라 양평군의 행정기구 설치와 그 사무분장에 관한 사항을 "
                    "규정함을 목적으로 한다.",
                    text_en="The purpose of this Ordinance is to prescribe matters concerning "
                    "the establishment of the administrative organizations of Yangpyeong County "
                    "and their duties pursuant to Article 125 of the Local Autonomy Act and the "
                    "Regulations on the Standards for Administrative Organizations and "
                    "Authorized Number of Personnel of Local Governments.",
                )
            ],
        ),
        Article(
            Num(2),
            "부군수",
            title_en="Deputy County Governor",
            paragraphs=[
                Paragraph(
                    0,
                    "부군수는 군수를 보좌하여 군정을 총괄하고, 소속 공무원을 지휘ㆍ감독한다.",
                    text_en="The Deputy County Governor shall assist the County Governor, "
                    "oversee county affairs and direct and supervise the public officials "
                    "under his or her control.",
                )
            ],
        ),
        Article(
            Num(3),
            "실ㆍ과의 설치",
            title_en="Establishment of Offices and Divisions",
            paragraphs=[
                Paragraph(
                    0,
                    f"부군수 밑에 {listing}를 둔다.",
                    text_en=f"{listing_en[0].upper()}{listing_en[1:]} shall be established "
                    "under the Deputy County Governor.",
                )
            ],
        ),
        Article(
            Num(4),
            "분장사무",
            title_en="Duties",
            paragraphs=[
                Paragraph(
                    0,
                    "실ㆍ과의 분장사무는 규칙으로 정한다.",
                    text_en="The duties of the offices and divisions shall be prescribed by Rule.",
                )
            ],
        ),
        Article(
            Num(5),
            "직속기관",
            title_en="Agencies under the County Governor",
            paragraphs=[
                Paragraph(
                    0,
                    "군수 밑에 보건소 및 농업기술센터를 둔다.",
                    text_en="The Public Health Center and the Agricultural Technology Center "
                    "shall be established under the County Governor.",
                )
            ],
        ),
    ]
    return Instrument(
        ORD_TITLE,
        InstrumentKind.ORDINANCE,
        header="[시행 2024. 1. 1.] [양평군조례 제3100호, 2023. 12. 28., 일부개정]",
        articles=arts,
        title_en=ORD_EN,
    )


def division_article(unit_: Unit, num: Num) -> Article:
    """``제2조(기획감사실) 기획감사실장은 다음 사항을 분장한다.`` with the duties."""
    return Article(
        num,
        unit_.name_ko,
        title_en=unit_.name_en,
        paragraphs=[
            Paragraph(
                0,
                f"{unit_.name_ko}장은 다음 사항을 분장한다.",
                [
                    Subparagraph(Num(n), d.ko, text_en=d.en)
                    for n, d in enumerate(unit_.duties, start=1)
                ],
                text_en=f"The Head of the {unit_.name_en} shall take charge of the following "
                "affairs:",
            )
        ],
    )


def rule(org: Organization) -> Instrument:
    arts = [
        Article(
            Num(1),
            "목적",
            title_en="Purpose",
            paragraphs=[
                Paragraph(
                    0,
                    f"이 규칙은 「{ORD_TITLE}」에서 위임된 사항과 그 시행에 필요한 사항을 "
                    "규정함을 목적으로 한다.",
                    text_en=f"The purpose of this Rule is to prescribe matters delegated by the "
                    f"{ORD_EN} and matters necessary for its enforcement.",
                )
            ],
        )
    ]
    for number, uid in enumerate(DIVISION_ORDER, start=2):
        arts.append(division_article(org.get(uid), Num(number)))
    return Instrument(
        RULE_TITLE,
        InstrumentKind.RULE,
        header="[시행 2024. 1. 1.] [양평군규칙 제1500호, 2024. 1. 1., 일부개정]",
        articles=arts,
        title_en=RULE_EN,
    )


def staffing(org: Organization) -> Instrument:
    total = sum(org.total_staffing().values())
    annex = annex_for_staffing(Num(1), "기관별ㆍ직급별 정원표(제2조제2항 관련)", org)
    annex.title_en = "Authorized Number by Agency and Grade (Related to Article 2 (2))"
    arts = [
        Article(
            Num(1),
            "목적",
            title_en="Purpose",
            paragraphs=[
                Paragraph(
                    0,
                    "이 조례는 「지방자치법」 제125조에 따라 양평군에 두는 지방공무원의 정원에 "
                    "관한 사항을 규정함을 목적으로 한다.",
                    text_en="The purpose of this Ordinance is to prescribe matters concerning "
                    "the authorized number of local public officials of Yangpyeong County "
                    "pursuant to Article 125 of the Local Autonomy Act.",
                )
            ],
        ),
        Article(
            Num(2),
            "정원",
            title_en="Authorized Number",
            paragraphs=[
                Paragraph(
                    1,
                    f"양평군에 두는 지방공무원의 정원은 {total:,}명으로 한다.",
                    text_en="The authorized number of local public officials of Yangpyeong "
                    f"County shall be {total:,}.",
                ),
                Paragraph(
                    2,
                    "기관별ㆍ직급별 정원은 별표 1과 같다.",
                    text_en="The authorized number by agency and grade shall be as shown in "
                    "Annex 1.",
                ),
            ],
        ),
    ]
    return Instrument(
        STAFF_TITLE,
        InstrumentKind.ORDINANCE,
        header="[시행 2024. 1. 1.] [양평군조례 제3101호, 2023. 12. 28., 일부개정]",
        articles=arts,
        annexes=[annex],
        title_en=STAFF_EN,
    )


def county_changes() -> list[ch.Change]:
    population = unit(
        "pop",
        K.DIVISION,
        "인구정책과",
        "Population Policy Division",
        "deputy",
        "g5",
        {"g5": 1, "g6": 4, "g7": 4, "g8": 1},
        [
            (
                "인구정책의 수립 및 추진에 관한 사항",
                "Matters concerning establishment and promotion of population policies",
            ),
            (
                "저출생 대응 및 청년 정착 지원에 관한 사항",
                "Matters concerning responses to the low birth rate and support for young "
                "people settling in the county",
            ),
            ("귀농ㆍ귀촌 지원에 관한 사항", "Matters concerning support for people moving to farming villages"),
        ],
    )  # fmt: skip
    return [
        ch.Establish("c01", note="인구감소 대응 전담 부서", unit=population, index=4),
        ch.Rename(
            "c02",
            unit_id="con",
            name_ko="건설교통과",
            name_en="Construction and Transportation Division",
            note="대중교통 업무 통합",
        ),
        ch.TransferDuties(
            "c03",
            from_id="fin",
            to_id="plan",
            duties=["세입 및 세출 관리에 관한 사항", "회계 및 계약에 관한 사항"],
            note="재정 기능을 기획감사실로 일원화",
        ),
        ch.Abolish("c04", unit_id="fin", successor_id="plan", note="재무과 폐지"),
        ch.ChangeStaffing("c05", unit_id="plan", deltas={"g6": 2, "g7": 2}),
        ch.ChangeStaffing("c06", unit_id="adm", deltas={"g6": 1, "g7": 1}),
    ]


DESCRIPTION = (
    "군(郡)의 조직개편을 보여 주는 예시 프로젝트입니다. 양평군의 이름을 빌렸으나 조례ㆍ규칙의 "
    "본문, 분장사무, 개편 내용과 모든 정원 수치는 설명을 위하여 만든 것이며 실제 양평군의 "
    "법규나 조직개편이 아닙니다. 국을 두지 않고 부군수 밑에 실ㆍ과를 두는 군의 조례 형식, "
    "분장사무를 규칙에 두는 형식, 별도의 정원 조례를 보여 줍니다. / An illustrative sample of "
    "a county reorganization. It borrows Yangpyeong County's name, but the texts of the "
    "ordinances and the rule, the duties, the changes and all staffing figures are invented "
    "for illustration; they are not Yangpyeong County's legislation or reorganization."
)


def build() -> Project:
    org = current_org()
    meta = Meta(
        government_ko=NAME,
        government_en=NAME_EN,
        proposer_ko="양평군수",
        proposer_en="Yangpyeong County Governor",
        bill_date=dt.date(2025, 5, 30),
        session_ko="제305회 양평군의회 임시회",
        session_en="305th extraordinary session of the Yangpyeong County Council",
        passed_date=dt.date(2025, 6, 20),
        notice_from=dt.date(2025, 5, 7),
        notice_to=dt.date(2025, 5, 27),
        reasons_ko=(
            "인구감소에 대응하는 전담 부서를 두고, 재정 기능을 기획감사실로 일원화하며, "
            "대중교통 업무를 건설 부서에 통합하기 위하여 기구와 정원을 조정하려는 것임."
        ),
        reasons_en=(
            "To set up a division dedicated to population decline, to bring the financial "
            "functions together in the Planning and Audit Office and to merge public "
            "transportation into the construction division, the organization and staffing are "
            "adjusted."
        ),
        references=References(
            laws=["「지방자치법」", "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」"],
            budget="별도조치 필요 없음",
            other=["입법예고(2025. 5. 7. ~ 5. 27.) 결과 제출된 의견 없음"],
        ),
        description=DESCRIPTION,
    )
    effective = Effective(EffectiveMode.DATE, EFFECTIVE)

    def source(key: str, inst: Instrument, roles: list[Role]) -> InstrumentSource:
        return InstrumentSource(
            key,
            inst.kind,
            render_instrument(inst),
            inst.title_en,
            provisions.english_map(inst),
            effective,
            roles,
        )

    return Project(
        meta=meta,
        government=Government(GovernmentKind.COUNTY, 125_000),
        org=org,
        instruments=[
            source("ordinance", ordinance(org), [Role.ORGANIZATION]),
            source("rule", rule(org), [Role.DIVISIONS]),
            source("staffing", staffing(org), [Role.STAFFING]),
        ],
        changes=county_changes(),
        press={
            "department_ko": "기획감사실",
            "department_en": "Planning and Audit Office",
            "release_ko": "2025. 6. 23.(월) 조간",
            "release_en": "For immediate release",
        },
        glossary=[
            GlossaryEntry("귀농ㆍ귀촌", "moving to farming villages"),
            GlossaryEntry(
                "기관별ㆍ직급별 정원표(제2조제2항 관련)",
                "Authorized Staffing by Agency and Grade (related to Article 2 (2))",
            ),
        ],
    )


def main() -> None:
    target = ROOT / "resources" / "samples" / "yangpyeong-2025.orgdraft"
    target.parent.mkdir(parents=True, exist_ok=True)
    save(build(), target)
    print(target)


if __name__ == "__main__":
    main()
