"""Build the built-in sample project: Gyeonggi Province's July 2024 reorganization.

Run ``python scripts/build_sample.py`` to rewrite ``resources/samples/gyeonggi-2024.orgdraft``.
The facts come from ``shared/domain/gyeonggi-2024.md`` and the English news article; what no
source gives (the bureau articles after 제4조, division duties, the enforcement rule's text and
all staffing figures) is reconstructed in the pattern of the known articles and says so in the
project's description. The statute texts are produced from the organization with the same
article builders the change engine uses, so that the current texts and the current
organization agree.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core import articles, provisions  # noqa: E402
from desktop.core import changes as ch  # noqa: E402
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
    default_roles,
)
from desktop.core.projectfile import save  # noqa: E402
from desktop.core.statute import (  # noqa: E402
    Article,
    Instrument,
    InstrumentKind,
    Num,
    Paragraph,
)
from desktop.core.statute_text import render_instrument  # noqa: E402

K = UnitKind
D = dt.date


def duties(*pairs: tuple[str, str]) -> list[Duty]:
    return [Duty(ko, en) for ko, en in pairs]


def unit(uid, kind, ko, en, parent, grade="", staff=None, dl=(), purpose=("", "")) -> Unit:
    return Unit(
        uid, kind, ko, en, parent, grade, duties(*dl), dict(staff or {}), purpose[0], purpose[1]
    )


def current_org() -> Organization:
    u = [
        unit("gov", K.GOVERNOR, "도지사", "Governor", None, "political", {"political": 1}),
        unit(
            "pr",
            K.BUREAU_OFFICER,
            "홍보기획관",
            "Public Relations Office",
            "gov",
            "g3",
            {"g3": 1, "g5": 6, "g6": 14},
            [
                (
                    "도민소통정책 기획 및 추진에 관한 사항",
                    "Matters concerning planning and promotion of policies for communication with residents",
                ),
                (
                    "도정홍보 계획 수립 및 추진에 관한 사항",
                    "Matters concerning planning and promotion of public relations for provincial affairs",
                ),
            ],
            (
                '경기도민(이하 "도민"이라 한다)과의 소통 및 도정홍보 등',
                "communication with residents of Gyeonggi-do (hereinafter referred to as "
                '"residents") and public relations for provincial affairs',
            ),
        ),
        unit(
            "audit",
            K.BUREAU_OFFICER,
            "감사관",
            "Auditor",
            "gov",
            "g3",
            {"g3": 1},
            [
                (
                    "자체감사 계획 수립 및 시행에 관한 사항",
                    "Matters concerning planning and conducting internal audits",
                ),
                (
                    "공직자 비위 조사 및 처분에 관한 사항",
                    "Matters concerning investigations and measures on misconduct of public officials",
                ),
                (
                    "계약심사 및 일상감사에 관한 사항",
                    "Matters concerning contract review and routine audits",
                ),
                (
                    "도민 고충민원 조사 및 처리에 관한 사항",
                    "Matters concerning investigation and handling of residents' grievances",
                ),
            ],
        ),
        unit(
            "audit-gen",
            K.OFFICER,
            "감사총괄담당관",
            "Audit General Officer",
            "audit",
            "g4",
            {"g4": 1, "g5": 4, "g6": 12},
            [
                (
                    "자체감사 계획의 수립 및 총괄에 관한 사항",
                    "Matters concerning planning and general management of internal audits",
                )
            ],
        ),
        unit(
            "audit-inv",
            K.OFFICER,
            "조사담당관",
            "Investigation Officer",
            "audit",
            "g4",
            {"g4": 1, "g5": 4, "g6": 10},
            [
                (
                    "공직자 비위 조사에 관한 사항",
                    "Matters concerning investigations of misconduct of public officials",
                )
            ],
        ),
        unit(
            "audit-aud",
            K.OFFICER,
            "감사담당관",
            "Audit Officer",
            "audit",
            "g4",
            {"g4": 1, "g5": 4, "g6": 12},
            [
                (
                    "시·군 및 공공기관 감사에 관한 사항",
                    "Matters concerning audits of cities, counties and public institutions",
                )
            ],
        ),
        unit(
            "audit-con",
            K.OFFICER,
            "계약심사담당관",
            "Contract Review Officer",
            "audit",
            "g4",
            {"g4": 1, "g5": 3, "g6": 9},
            [
                (
                    "계약심사 및 원가 검토에 관한 사항",
                    "Matters concerning contract review and cost examination",
                )
            ],
        ),
        unit(
            "ombuds",
            K.TEAM,
            "옴부즈만",
            "Ombudsman",
            "audit",
            "g5",
            {"g5": 1, "g6": 4},
            [
                (
                    "도민 고충민원 조사에 관한 사항",
                    "Matters concerning investigation of residents' grievances",
                )
            ],
        ),
        unit(
            "vg1",
            K.VICE_GOVERNOR,
            "행정1부지사",
            "Vice Governor for Administration 1",
            "gov",
            "g1",
            {"g1": 1},
        ),
        unit(
            "plan",
            K.OFFICE,
            "기획조정실",
            "Planning and Coordination Office",
            "vg1",
            "g2",
            {"g2": 1},
            [
                (
                    "도정 주요 정책의 기획 및 조정에 관한 사항",
                    "Matters concerning planning and coordination of major provincial policies",
                ),
                (
                    "예산의 편성 및 집행 관리에 관한 사항",
                    "Matters concerning budget formulation and execution",
                ),
                (
                    "인구정책의 수립 및 조정에 관한 사항",
                    "Matters concerning establishment and coordination of population policies",
                ),
            ],
        ),
        unit(
            "plan-pol",
            K.OFFICER,
            "정책기획담당관",
            "Policy Planning Officer",
            "plan",
            "g4",
            {"g4": 1, "g5": 5, "g6": 14},
            [
                (
                    "도정 중장기 발전계획에 관한 사항",
                    "Matters concerning mid- to long-term provincial development plans",
                )
            ],
        ),
        unit(
            "plan-bud",
            K.OFFICER,
            "예산담당관",
            "Budget Officer",
            "plan",
            "g4",
            {"g4": 1, "g5": 5, "g6": 16},
            [
                (
                    "예산 편성 및 결산에 관한 사항",
                    "Matters concerning budget formulation and settlement of accounts",
                )
            ],
        ),
        unit(
            "plan-pop",
            K.OFFICER,
            "인구정책담당관",
            "Population Policy Officer",
            "plan",
            "g4",
            {"g4": 1, "g5": 3, "g6": 8},
            [
                (
                    "저출생·고령화 대응 정책에 관한 사항",
                    "Matters concerning policies responding to low birth rates and population aging",
                )
            ],
        ),
        unit(
            "admin",
            K.BUREAU,
            "자치행정국",
            "Autonomous Administration Bureau",
            "vg1",
            "g3",
            {"g3": 1},
            [
                (
                    "지방자치 및 행정제도에 관한 사항",
                    "Matters concerning local autonomy and administrative systems",
                ),
                (
                    "조직 및 정원 관리에 관한 사항",
                    "Matters concerning organization and staffing management",
                ),
            ],
        ),
        unit(
            "admin-aut",
            K.DIVISION,
            "자치행정과",
            "Autonomous Administration Division",
            "admin",
            "g4",
            {"g4": 1, "g5": 6, "g6": 20},
            [
                (
                    "지방자치제도 운영에 관한 사항",
                    "Matters concerning operation of the local autonomy system",
                )
            ],
        ),
        unit(
            "admin-org",
            K.DIVISION,
            "조직관리과",
            "Organization Management Division",
            "admin",
            "g4",
            {"g4": 1, "g5": 4, "g6": 10},
            [
                (
                    "행정기구 및 정원 관리에 관한 사항",
                    "Matters concerning administrative organization and staffing",
                )
            ],
        ),
        unit(
            "edu",
            K.BUREAU,
            "평생교육국",
            "Lifelong Education Bureau",
            "vg1",
            "g3",
            {"g3": 1},
            [
                (
                    "평생교육 진흥 정책의 수립 및 추진에 관한 사항",
                    "Matters concerning planning and promotion of lifelong education policies",
                ),
                (
                    "교육협력 및 학교 지원에 관한 사항",
                    "Matters concerning educational cooperation and support for schools",
                ),
            ],
            ("도민의 평생교육 및 교육협력", "lifelong education and educational cooperation"),
        ),
        unit(
            "edu-life",
            K.DIVISION,
            "평생교육과",
            "Lifelong Education Division",
            "edu",
            "g4",
            {"g4": 1, "g5": 4, "g6": 12},
            [
                (
                    "평생교육기관 지원에 관한 사항",
                    "Matters concerning support for lifelong education institutions",
                )
            ],
        ),
        unit(
            "edu-coop",
            K.DIVISION,
            "교육협력과",
            "Education Cooperation Division",
            "edu",
            "g4",
            {"g4": 1, "g5": 4, "g6": 11},
            [
                (
                    "교육청 및 학교와의 협력에 관한 사항",
                    "Matters concerning cooperation with the office of education and schools",
                )
            ],
        ),
        unit(
            "welfare",
            K.BUREAU,
            "복지국",
            "Welfare Bureau",
            "vg1",
            "g3",
            {"g3": 1},
            [
                (
                    "사회복지 정책의 수립 및 조정에 관한 사항",
                    "Matters concerning establishment and coordination of social welfare policies",
                ),
                (
                    "외국인주민 및 다문화가족 지원에 관한 사항",
                    "Matters concerning support for foreign residents and multicultural families",
                ),
            ],
        ),
        unit(
            "welfare-pol",
            K.DIVISION,
            "복지정책과",
            "Welfare Policy Division",
            "welfare",
            "g4",
            {"g4": 1, "g5": 5, "g6": 15},
            [
                (
                    "사회복지 정책 총괄에 관한 사항",
                    "Matters concerning general management of social welfare policies",
                )
            ],
        ),
        unit(
            "vg2",
            K.VICE_GOVERNOR,
            "행정2부지사",
            "Vice Governor for Administration 2",
            "gov",
            "g1",
            {"g1": 1},
        ),
        unit(
            "bal",
            K.OFFICE,
            "균형발전기획실",
            "Balanced Development Planning Office",
            "vg2",
            "g2",
            {"g2": 1},
            [
                (
                    "지역 균형발전 정책의 수립에 관한 사항",
                    "Matters concerning regional balanced development policies",
                ),
                (
                    "북부지역 개발 및 지원에 관한 사항",
                    "Matters concerning development of and support for the northern region",
                ),
            ],
        ),
        unit(
            "bal-pol",
            K.DIVISION,
            "균형발전정책과",
            "Balanced Development Policy Division",
            "bal",
            "g4",
            {"g4": 1, "g5": 4, "g6": 12},
            [
                (
                    "균형발전 정책 총괄에 관한 사항",
                    "Matters concerning general management of balanced development policies",
                )
            ],
        ),
        unit(
            "north",
            K.OFFICER,
            "경기북부특별자치도추진단",
            "Gyeonggi Northern Special Autonomous Province Promotion Team",
            "vg2",
            "g3",
            {"g3": 1, "g5": 4, "g6": 9},
            [
                (
                    "경기북부특별자치도 설치 추진에 관한 사항",
                    "Matters concerning the establishment of the Gyeonggi Northern Special "
                    "Autonomous Province",
                ),
                (
                    "경기북부 특례 발굴 및 제도 개선에 관한 사항",
                    "Matters concerning special exceptions and institutional improvement for "
                    "northern Gyeonggi",
                ),
            ],
        ),
        unit(
            "vge",
            K.VICE_GOVERNOR,
            "경제부지사",
            "Vice Governor for Economic Affairs",
            "gov",
            "political",
            {"political": 1},
        ),
        unit(
            "econ",
            K.OFFICE,
            "경제투자실",
            "Economic Investment Office",
            "vge",
            "g2",
            {"g2": 1},
            [
                (
                    "경제정책의 수립 및 조정에 관한 사항",
                    "Matters concerning establishment and coordination of economic policies",
                ),
                (
                    "기업 투자유치 및 지원에 관한 사항",
                    "Matters concerning attraction of and support for corporate investment",
                ),
                (
                    "국제교류 및 협력에 관한 사항",
                    "Matters concerning international exchange and cooperation",
                ),
                (
                    "수출기업 지원 및 통상에 관한 사항",
                    "Matters concerning support for exporting companies and trade",
                ),
            ],
        ),
        unit(
            "econ-pol",
            K.DIVISION,
            "경제정책과",
            "Economic Policy Division",
            "econ",
            "g4",
            {"g4": 1, "g5": 5, "g6": 14},
            [
                (
                    "경제정책 총괄에 관한 사항",
                    "Matters concerning general management of economic policies",
                )
            ],
        ),
        unit(
            "econ-inv",
            K.DIVISION,
            "투자진흥과",
            "Investment Promotion Division",
            "econ",
            "g4",
            {"g4": 1, "g5": 4, "g6": 12},
            [
                (
                    "국내외 투자유치에 관한 사항",
                    "Matters concerning attraction of domestic and foreign investment",
                )
            ],
        ),
        unit(
            "econ-trade",
            K.DIVISION,
            "국제통상과",
            "International Trade Division",
            "econ",
            "g4",
            {"g4": 1, "g5": 4, "g6": 11},
            [
                (
                    "수출기업 지원 및 통상협력에 관한 사항",
                    "Matters concerning support for exporting companies and trade cooperation",
                )
            ],
        ),
        unit(
            "econ-dipl",
            K.DIVISION,
            "외교정책과",
            "Diplomacy Policy Division",
            "econ",
            "g4",
            {"g4": 1, "g5": 4, "g6": 10},
            [
                (
                    "국제교류 및 자매결연에 관한 사항",
                    "Matters concerning international exchange and sister relationships",
                )
            ],
        ),
        unit(
            "social",
            K.BUREAU,
            "사회적경제국",
            "Social Economy Bureau",
            "vge",
            "g3",
            {"g3": 1},
            [
                ("사회적경제 육성에 관한 사항", "Matters concerning fostering the social economy"),
                (
                    "공정경제 및 소상공인 지원에 관한 사항",
                    "Matters concerning fair economy and support for small business owners",
                ),
                (
                    "청년 기회 확대에 관한 사항",
                    "Matters concerning expanding opportunities for youth",
                ),
            ],
        ),
        unit(
            "social-se",
            K.DIVISION,
            "사회적경제과",
            "Social Economy Division",
            "social",
            "g4",
            {"g4": 1, "g5": 4, "g6": 11},
            [
                (
                    "사회적기업 및 협동조합 육성에 관한 사항",
                    "Matters concerning fostering social enterprises and cooperatives",
                )
            ],
        ),
        unit(
            "social-fair",
            K.DIVISION,
            "공정경제과",
            "Fair Economy Division",
            "social",
            "g4",
            {"g4": 1, "g5": 4, "g6": 10},
            [
                (
                    "공정거래 및 불공정 피해 구제에 관한 사항",
                    "Matters concerning fair trade and relief from unfair practices",
                )
            ],
        ),
        unit(
            "youth",
            K.DIVISION,
            "청년기회과",
            "Youth Opportunity Division",
            "social",
            "g4",
            {"g4": 1, "g5": 4, "g6": 10},
            [
                (
                    "청년 정책 및 청년 기회 확대에 관한 사항",
                    "Matters concerning youth policies and expanding opportunities for youth",
                )
            ],
        ),
        unit(
            "future",
            K.BUREAU_OFFICER,
            "미래성장정책관",
            "Future Growth Policy Office",
            "vge",
            "g3",
            {"g3": 1},
            [
                (
                    "미래 성장산업 발굴 및 육성에 관한 사항",
                    "Matters concerning discovering and fostering future growth industries",
                ),
                (
                    "정보통신 및 데이터 정책에 관한 사항",
                    "Matters concerning information, communications and data policies",
                ),
            ],
        ),
        unit(
            "future-ind",
            K.DIVISION,
            "미래산업과",
            "Future Industry Division",
            "future",
            "g4",
            {"g4": 1, "g5": 4, "g6": 10},
            [
                (
                    "미래 성장산업 육성에 관한 사항",
                    "Matters concerning fostering future growth industries",
                )
            ],
        ),
        unit(
            "fire",
            K.HEADQUARTERS,
            "소방재난본부",
            "Fire and Disaster Headquarters",
            "gov",
            "fire-2",
            {
                "fire-2": 1,
                "fire-3": 3,
                "fire-4": 38,
                "fire-5": 260,
                "fire-6": 820,
                "fire-7": 2350,
                "fire-8": 3100,
                "fire-9": 2900,
                "fire-10": 2023,
            },
            [
                (
                    "소방행정 및 재난 대응에 관한 사항",
                    "Matters concerning fire administration and disaster response",
                )
            ],
        ),
        unit(
            "hrd",
            K.AGENCY,
            "경기도인재개발원",
            "Gyeonggi Provincial Human Resources Development Institute",
            "gov",
            "g3",
            {"g3": 1, "g4": 3, "g5": 12, "g6": 25, "g7": 14},
            [
                (
                    "공무원 교육훈련에 관한 사항",
                    "Matters concerning education and training of public officials",
                )
            ],
        ),
        unit(
            "agri",
            K.AGENCY,
            "농업기술원",
            "Agricultural Research and Extension Services",
            "gov",
            "research",
            {"research": 142, "guidance": 188, "g5": 6, "g6": 30},
            [
                (
                    "농업기술 연구 및 보급에 관한 사항",
                    "Matters concerning research on and extension of agricultural technology",
                )
            ],
        ),
        unit(
            "health",
            K.AGENCY,
            "보건환경연구원",
            "Institute of Health and Environment",
            "gov",
            "research",
            {"research": 236, "g5": 4, "g6": 22, "g7": 12},
            [
                (
                    "보건 및 환경 시험·연구에 관한 사항",
                    "Matters concerning health and environment testing and research",
                )
            ],
        ),
        unit(
            "council",
            K.COUNCIL_SECRETARIAT,
            "의회사무처",
            "Council Secretariat",
            "gov",
            "g1",
            {
                "g1": 1,
                "g3": 2,
                "g4": 14,
                "g5": 70,
                "g6": 120,
                "g7": 80,
                "g8": 20,
                "specialist": 8,
                "special": 40,
            },
            [
                (
                    "도의회 의정활동 지원에 관한 사항",
                    "Matters concerning support for activities of the Provincial Council",
                )
            ],
        ),
        unit(
            "field",
            K.FIELD_OFFICE,
            "도로사업소",
            "Road Management Office",
            "vg2",
            "g4",
            {"g4": 4, "g5": 30, "g6": 220, "g7": 380, "g8": 290, "g9": 172},
            [
                (
                    "도로의 건설 및 유지관리에 관한 사항",
                    "Matters concerning road construction and maintenance",
                )
            ],
        ),
    ]
    return Organization(u)


def general_pool_fill(org: Organization) -> None:
    """Bring the general-service total to the May 2024 figure (4,749) on the pool unit."""
    totals = org.total_staffing()
    general = sum(v for k, v in totals.items() if k.startswith("g"))
    other = sum(v for k, v in totals.items() if not k.startswith("g") and not k.startswith("fire"))
    pool = org.get("hrd")
    missing = 4749 - general - other
    pool.staffing["g7"] = pool.staffing.get("g7", 0) + missing
    assert sum(v for k, v in org.total_staffing().items() if k.startswith("fire")) == 11495


JULY = D(2024, 7, 15)
SEPT = D(2024, 9, 2)


def sample_changes() -> list[ch.Change]:
    n = 0

    def cid() -> str:
        nonlocal n
        n += 1
        return f"c{n:02d}"

    ai = unit(
        "ai",
        K.BUREAU,
        "AI국",
        "AI Bureau",
        "vge",
        "g3",
        {"g3": 1},
        [
            (
                "인공지능 산업 육성 정책의 수립 및 추진에 관한 사항",
                "Matters concerning establishment and promotion of AI industry policies",
            ),
            (
                "인공지능 클러스터 조성 및 전문인력 양성에 관한 사항",
                "Matters concerning creating AI clusters and nurturing AI professionals",
            ),
            (
                "데이터 축적·개방 및 데이터센터·클라우드 기반 구축에 관한 사항",
                "Matters concerning accumulating and opening data and building data centers "
                "and cloud infrastructure",
            ),
            (
                "인공지능 기반 행정서비스 발굴에 관한 사항",
                "Matters concerning discovering AI-based citizen services",
            ),
        ],
        (
            "인공지능 산업 육성 및 인공지능 기반 행정 혁신",
            "fostering the AI industry and AI-based administrative innovation",
        ),
    )
    ai.open_position = True
    ai_divisions = [
        unit(
            "ai-frontier",
            K.DIVISION,
            "AI프론티어사업과",
            "AI Frontier Project Division",
            "ai",
            "g4",
            {"g4": 1, "g5": 3, "g6": 6},
            [
                (
                    "인공지능 선도사업 발굴 및 추진에 관한 사항",
                    "Matters concerning discovering and promoting leading AI projects",
                )
            ],
        ),
        unit(
            "ai-industry",
            K.DIVISION,
            "AI산업육성과",
            "AI Industry Promotion Division",
            "ai",
            "g4",
            {"g4": 1, "g5": 3, "g6": 6},
            [
                (
                    "인공지능 클러스터 조성 및 기업 지원에 관한 사항",
                    "Matters concerning creating AI clusters and supporting companies",
                )
            ],
        ),
        unit(
            "ai-admin",
            K.DIVISION,
            "AI미래행정과",
            "AI Future Administration Division",
            "ai",
            "g4",
            {"g4": 1, "g5": 3, "g6": 5},
            [
                (
                    "인공지능 기반 행정서비스 발굴에 관한 사항",
                    "Matters concerning discovering AI-based citizen services",
                )
            ],
        ),
        unit(
            "ai-data",
            K.DIVISION,
            "AI데이터인프라과",
            "AI Data Infrastructure Division",
            "ai",
            "g4",
            {"g4": 1, "g5": 3, "g6": 6},
            [
                (
                    "데이터 축적·개방 및 데이터센터 구축에 관한 사항",
                    "Matters concerning accumulating and opening data and building data centers",
                )
            ],
        ),
    ]
    intl = unit(
        "intl",
        K.BUREAU,
        "국제협력국",
        "International Cooperation Bureau",
        "vge",
        "g3",
        {"g3": 1},
        [],
        (
            "청년·문화 분야 국제협력 강화 및 투자유치",
            "strengthening international cooperation and attracting investment",
        ),
    )
    imm = unit(
        "imm",
        K.BUREAU,
        "이민사회국",
        "Immigration and Society Bureau",
        "vg1",
        "g3",
        {"g3": 1},
        [
            (
                "이민사회 통합 정책의 수립 및 추진에 관한 사항",
                "Matters concerning establishment and promotion of immigrant society "
                "integration policies",
            ),
            (
                "외국인주민의 주거·교육·복지·고용 지원에 관한 사항",
                "Matters concerning housing, education, welfare and employment support for "
                "foreign residents",
            ),
        ],
        (
            "이민사회 통합 및 외국인주민 지원",
            "integration of the immigrant society and support for foreign residents",
        ),
    )
    imm.open_position = True
    imm_divisions = [
        unit(
            "imm-pol",
            K.DIVISION,
            "이민사회정책과",
            "Immigration and Society Policy Division",
            "imm",
            "g4",
            {"g4": 1, "g5": 3, "g6": 6},
            [
                (
                    "이민사회 통합 정책의 수립에 관한 사항",
                    "Matters concerning immigrant society integration policies",
                )
            ],
        ),
        unit(
            "imm-sup",
            K.DIVISION,
            "이민사회지원과",
            "Immigration and Society Support Division",
            "imm",
            "g4",
            {"g4": 1, "g5": 3, "g6": 6},
            [
                (
                    "외국인주민 생활 지원에 관한 사항",
                    "Matters concerning support for the daily life of foreign residents",
                )
            ],
        ),
    ]
    north_divisions = [
        unit(
            "north-plan",
            K.DIVISION,
            "기획총괄과",
            "Planning General Division",
            "north",
            "g4",
            {"g4": 1, "g5": 2, "g6": 4},
            [
                (
                    "경기북부특별자치도 설치 기획 및 총괄에 관한 사항",
                    "Matters concerning planning and general management of the establishment of the "
                    "Gyeonggi Northern Special Autonomous Province",
                )
            ],
        ),
        unit(
            "north-special",
            K.DIVISION,
            "특례정책과",
            "Special Policy Division",
            "north",
            "g4",
            {"g4": 1, "g5": 2, "g6": 4},
            [
                (
                    "행정·재정·규제 특례 발굴에 관한 사항",
                    "Matters concerning special exceptions in administration, finance and "
                    "regulation",
                )
            ],
        ),
    ]
    return [
        ch.Establish(cid(), unit=ai, index=3, children=ai_divisions, note="AI국 신설(개방형 직위)"),
        ch.Establish(cid(), unit=intl, index=1, note="경제투자실에서 국제협력 기능 분리"),
        ch.Move(cid(), unit_id="econ-trade", new_parent_id="intl"),
        ch.Move(cid(), unit_id="econ-dipl", new_parent_id="intl"),
        ch.TransferDuties(
            cid(),
            from_id="econ",
            to_id="intl",
            duties=["국제교류 및 협력에 관한 사항", "수출기업 지원 및 통상에 관한 사항"],
        ),
        ch.Establish(
            cid(), unit=imm, index=4, children=imm_divisions, note="이민사회국 신설(개방형 직위)"
        ),
        ch.TransferDuties(
            cid(),
            from_id="welfare",
            to_id="imm",
            duties=["외국인주민 및 다문화가족 지원에 관한 사항"],
        ),
        ch.Rename(
            cid(),
            unit_id="edu",
            name_ko="미래평생교육국",
            name_en="Future Lifelong Education Bureau",
            note="도의회 의견 반영",
        ),
        ch.Move(cid(), unit_id="youth", new_parent_id="edu"),
        ch.TransferDuties(
            cid(), from_id="social", to_id="edu", duties=["청년 기회 확대에 관한 사항"]
        ),
        ch.ChangeKind(
            cid(),
            unit_id="north",
            kind=K.TASK_FORCE,
            head_grade="g3",
            note="3급 담당관 → 국(局) 격상",
        ),
        ch.Establish(cid(), unit=north_divisions[0]),
        ch.Establish(cid(), unit=north_divisions[1]),
        ch.ChangeKind(
            cid(),
            effective=SEPT,
            unit_id="audit",
            kind=K.COMMITTEE,
            name_ko="감사위원회",
            name_en="Audit Committee",
            head_grade="g3",
            note="독임제 감사관 → 합의제 감사위원회",
        ),
        ch.ChangeKind(
            cid(),
            effective=SEPT,
            unit_id="audit-gen",
            kind=K.DIVISION,
            name_ko="감사총괄과",
            name_en="Audit General Division",
        ),
        ch.ChangeKind(
            cid(),
            effective=SEPT,
            unit_id="audit-inv",
            kind=K.DIVISION,
            name_ko="감사1과",
            name_en="Audit Division 1",
        ),
        ch.ChangeKind(
            cid(),
            effective=SEPT,
            unit_id="audit-aud",
            kind=K.DIVISION,
            name_ko="감사2과",
            name_en="Audit Division 2",
        ),
        ch.ChangeKind(
            cid(),
            effective=SEPT,
            unit_id="audit-con",
            kind=K.DIVISION,
            name_ko="계약심사과",
            name_en="Contract Review Division",
        ),
        ch.Move(cid(), effective=SEPT, unit_id="ombuds", new_parent_id="gov", index=2),
        ch.ChangeKind(
            cid(),
            effective=SEPT,
            unit_id="ombuds",
            kind=K.COMMITTEE,
            name_ko="도민권익위원회",
            name_en="Citizen Rights Committee",
            head_grade="g4",
            note="옴부즈만을 감사기구에서 분리",
        ),
        ch.TransferDuties(
            cid(),
            effective=SEPT,
            from_id="audit",
            to_id="ombuds",
            duties=["도민 고충민원 조사 및 처리에 관한 사항"],
        ),
        ch.ChangeStaffing(
            cid(),
            unit_id="hrd",
            deltas={"g7": -64, "g6": -4},
            note="신설 기구 정원을 위한 재배치(예시)",
        ),
    ]


ORD_TITLE = "경기도 행정기구 및 정원 조례"
ORD_EN = "Gyeonggi-do Ordinance on Administrative Organization and Staffing"
RULE_TITLE = "경기도 행정기구 및 정원 조례 시행규칙"
RULE_EN = (
    "Enforcement Rule of the Gyeonggi-do Ordinance on Administrative Organization and Staffing"
)


def known_articles() -> list[Article]:
    """제1조–제3조의2 as published (3조의2 completed in the same style)."""
    a1 = Article(
        Num(1),
        "목적",
        title_en="Purpose",
        paragraphs=[
            Paragraph(
                0,
                (
                    "이 조례는 「지방자치법」 제123조, 제125조부터 제129조까지 및 「지방자치단체의 "
                    "행정기구와 정원기준 등에 관한 규정」, 「지방자치단체에 두는 소방공무원 정원에 관한 "
                    "규정」, 「지방자치단체에 두는 소방공무원 정원에 관한 규정 시행규칙」 에 따라 경기도의 "
                    "본청 및 소속기관의 기구와 직무범위 및 경기도에 두는 공무원의 정원에 관한 사항을 "
                    "규정함을 목적으로 한다."
                ),
                text_en=(
                    "The purpose of this Ordinance is to prescribe the organization and "
                    "scope of duties of the main office and affiliated agencies of "
                    "Gyeonggi-do and the staffing of public officials of Gyeonggi-do "
                    "under Articles 123 and 125 through 129 of the Local Autonomy Act "
                    "and related regulations."
                ),
            )
        ],
    )
    a2 = Article(
        Num(2),
        "보조·보좌기관의 직급 등",
        title_en="Grades of Assistant Agencies",
        paragraphs=[
            Paragraph(
                0,
                (
                    '경기도(이하 "도"라 한다) 본청의 실장·국장·본부장·과장·담당관 등의 직급과 '
                    "소속기관의 장의 직급 등은 규칙으로 정한다."
                ),
                text_en=(
                    "The grades of directors of offices, bureaus, headquarters, "
                    "divisions and officers of the main office of Gyeonggi-do "
                    '(hereinafter referred to as the "Province") and of heads of '
                    "affiliated agencies shall be prescribed by rule."
                ),
            )
        ],
    )
    a3 = Article(
        Num(3),
        "과·담당관 등의 설치",
        title_en="Establishment of Divisions and Officers",
        paragraphs=[
            Paragraph(
                0,
                (
                    "도 본청, 소속기관 및 합의제 행정기관의 과·담당관 등의 설치와 그 분장 사무 등에 "
                    "관한 사항은 규칙으로 정한다."
                ),
                text_en=(
                    "Matters concerning the establishment of divisions and officers of "
                    "the main office, affiliated agencies and collegial administrative "
                    "agencies of the Province and their duties shall be prescribed by "
                    "rule."
                ),
            )
        ],
    )
    a32 = Article(
        Num(3, 2),
        "자율신설기구의 성과평가",
        title_en="Performance Evaluation of Autonomously Established Organizations",
        annotations=["[본조신설 2020.03.16.]"],
        paragraphs=[
            Paragraph(
                1,
                (
                    "도지사는 자율적으로 신설한 실·국·본부 및 과·담당관에 대하여 "
                    "설치 후 2년이 지난 때에 성과평가를 실시하여야 하며, 평가 대상 "
                    "기구는 별표 4와 같다."
                ),
                text_en=(
                    "The Governor shall evaluate the performance of "
                    "autonomously established offices, bureaus, headquarters, "
                    "divisions and officers two years after their "
                    "establishment; the organizations subject to evaluation "
                    "are as shown in Annex 4."
                ),
            ),
            Paragraph(
                2,
                ("제1항에 따른 성과평가의 방법 및 절차 등에 필요한 사항은 규칙으로 정한다."),
                notes=["<개정 2022.12.30.>"],
                text_en=(
                    "Matters necessary for the methods and procedures of the "
                    "performance evaluation under paragraph (1) shall be "
                    "prescribed by rule."
                ),
            ),
        ],
    )
    a1.paragraphs[0].notes = ["<개정 2020.3.16., 2021.5.20., 2021.10.6.>"]
    a3.paragraphs[0].notes = ["<개정 2021.5.20.>"]
    return [a1, a2, a3, a32]


def ordinance(org: Organization) -> Instrument:
    arts = known_articles()
    number = 4
    for u in org:
        if articles.governs_ordinance(u):
            art = articles.ordinance_article(org, u, Num(number))
            if u.id == "pr":
                art.paragraphs[0].notes = ["<개정 2018.10.1., 2022.12.30.>"]
                art.annotations = ["[제목변경 2018.10.1.]"]
            arts.append(art)
            number += 1
    total = sum(org.total_staffing().values())
    arts.append(
        Article(
            Num(number),
            "정원",
            title_en="Staffing",
            paragraphs=[
                Paragraph(
                    1,
                    f"도에 두는 공무원의 정원은 {total:,}명으로 한다.",
                    text_en=f"The staffing of public officials of the Province shall be {total:,}.",
                ),
                Paragraph(
                    2,
                    "기관별·직급별 정원은 별표 1과 같다.",
                    text_en="The staffing by agency and grade shall be as shown in Annex 1.",
                ),
            ],
        )
    )
    arts[4].chapter = "제2장 본청"
    arts[0].chapter = "제1장 총칙"
    annex = annex_for_staffing(Num(1), f"기관별·직급별 정원표(제{number}조제2항 관련)", org)
    annex.title_en = f"Staffing by Agency and Grade (Related to Article {number} (2))"
    return Instrument(
        ORD_TITLE,
        InstrumentKind.ORDINANCE,
        header="[시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]",
        articles=arts,
        annexes=[annex],
        title_en=ORD_EN,
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
                    (
                        "이 규칙은 「경기도 행정기구 및 정원 조례」에서 위임된 사항과 그 시행에 필요한 사항을 "
                        "규정함을 목적으로 한다."
                    ),
                    text_en=(
                        "The purpose of this Rule is to prescribe matters delegated by the "
                        "Gyeonggi-do Ordinance on Administrative Organization and Staffing and "
                        "matters necessary for its enforcement."
                    ),
                )
            ],
        ),
        Article(
            Num(2),
            "하부조직",
            title_en="Subsidiary Organizations",
            paragraphs=[
                Paragraph(
                    0,
                    (
                        "도 본청의 실·국·본부 및 부지사 밑에 두는 과·담당관과 그 분장 사무는 이 규칙에서 "
                        "정하는 바에 따른다."
                    ),
                    text_en=(
                        "Divisions and officers under the offices, bureaus and headquarters of the "
                        "main office and under the vice governors, and their duties, shall be as "
                        "prescribed by this Rule."
                    ),
                )
            ],
        ),
    ]
    number = 3
    for u in org:
        if articles.governs_rule(org, u):
            arts.append(articles.rule_article(org, u, Num(number)))
            number += 1
    return Instrument(
        RULE_TITLE,
        InstrumentKind.RULE,
        header="[시행 2024. 5. 17.] [경기도규칙 제4321호, 2024. 5. 17., 일부개정]",
        articles=arts,
        title_en=RULE_EN,
    )


def source(key: str, inst: Instrument, effective: Effective) -> InstrumentSource:
    return InstrumentSource(
        key,
        inst.kind,
        render_instrument(inst),
        inst.title_en,
        provisions.english_map(inst),
        effective,
        default_roles(inst.kind),
    )


DESCRIPTION = (
    "경기도 2024년 7월 조직개편(제375회 정례회 2024. 6. 27. 의결)을 재현한 예시 프로젝트입니다. "
    "조례 제1조부터 제4조까지는 공포된 조문이며, 제5조 이후의 실·국 조문, 시행규칙 본문, "
    "과 단위 분장사무와 모든 정원 수치는 공개 자료와 보도 내용을 바탕으로 같은 형식으로 "
    "재구성한 것입니다(정원은 2024년 5월 총정원 16,244명을 기준으로 한 예시). 감사위원회와 "
    "도민권익위원회는 별도 조례(「경기도 감사위원회와 도민권익위원회 설치 및 운영을 위한 조례」)로 "
    "2024. 9. 2. 시행되며, 이 예시에서는 해당 조문의 시행일을 따로 둡니다. / "
    "A sample reproducing Gyeonggi Province's July 2024 reorganization. Articles 1 to 4 of the "
    "ordinance are as published; the later bureau articles, the enforcement rule, division "
    "duties and all staffing figures are reconstructed in the same pattern and illustrative."
)


def build() -> Project:
    org = current_org()
    general_pool_fill(org)
    meta = Meta(
        government_ko="경기도",
        government_en="Gyeonggi Province",
        proposer_ko="경기도지사",
        proposer_en="Governor of Gyeonggi Province",
        bill_date=D(2024, 5, 31),
        session_ko="제375회 경기도의회 정례회",
        session_en="375th regular session of the Gyeonggi Provincial Council",
        passed_date=D(2024, 6, 27),
        notice_from=D(2024, 5, 10),
        notice_to=D(2024, 5, 30),
        reasons_ko=(
            "민선 8기 후반기 미래 성장산업 발굴, 기후위기 대응 등 공약 추진체계를 확립하고 "
            "시대 변화에 따른 새롭고 중요한 행정수요에 선제적으로 대응하기 위하여 AI국, "
            "국제협력국 및 이민사회국을 신설하는 등 기구와 정원을 조정하려는 것임."
        ),
        reasons_en=(
            "To establish a system to promote campaign promises such as discovering future "
            "growth industries and responding to the climate crisis, and to respond "
            "proactively to new and important administrative demands, the AI Bureau, the "
            "International Cooperation Bureau and the Immigration and Society Bureau are "
            "established and the organization and staffing are adjusted."
        ),
        references=References(
            laws=["「지방자치법」", "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」"],
            budget="별도조치 필요 없음",
            other=["입법예고(2024. 5. 10. ~ 5. 30.) 결과 제출된 의견 없음", "신구조문대비표: 붙임"],
        ),
        description=DESCRIPTION,
    )
    effective = Effective(EffectiveMode.DATE, JULY)
    project = Project(
        meta=meta,
        government=Government(GovernmentKind.PROVINCE),
        org=org,
        instruments=[
            source("ordinance", ordinance(org), effective),
            source("rule", rule(org), effective),
        ],
        changes=sample_changes(),
        press={
            "department_ko": "조직담당관",
            "department_en": "Organization Division",
            "release_ko": "2024. 6. 28.(금) 조간",
            "release_en": "For immediate release",
        },
        glossary=[
            GlossaryEntry("개방형 직위", "open position"),
            GlossaryEntry("외국인주민", "foreign residents"),
            GlossaryEntry(
                "기관별·직급별 정원표(제20조제2항 관련)",
                "Authorized Staffing by Agency and Grade (related to Article 20 (2))",
            ),
        ],
    )
    return project


def main() -> None:
    target = ROOT / "resources" / "samples" / "gyeonggi-2024.orgdraft"
    target.parent.mkdir(parents=True, exist_ok=True)
    save(build(), target)
    print(target)


if __name__ == "__main__":
    main()
