# ruff: noqa: E501  (names and duties are kept whole)
"""Three projects for kinds of government the samples do not cover, read from their own
texts (tests/data/governments/, written for the tests in each government's article shape; the
names are real, the texts and figures illustrative), as File › New reads them:

- 부산광역시 해운대구 (자치구): bureau articles with the head's post and grade, divisions in the
  rule, a grade table of 1,052 posts;
- 강원특별자치도 (특별자치도, "Gangwon State"): two deputies set by ``도지사 밑에 행정부지사와
  경제부지사를 둔다``, a 기관별ㆍ직급별 table;
- 세종특별자치시 (특별자치시): duties by the head's title (``기획조정실장은 다음 사항을 분장한다``),
  a 담당관 and a bureau-level 관 under the 기획조정실.

Each has changes of several kinds (establish, rename, move or transfer, merge, abolish,
staffing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.core import changes as ch
from desktop.core.government import Government
from desktop.core.grades import DEFAULT_GRADES
from desktop.core.org import Duty, Unit, UnitKind
from desktop.core.orgread import read_organization
from desktop.core.project import Effective, EffectiveMode, InstrumentSource, Meta, Project, Role
from desktop.core.statute import InstrumentKind

DATA = Path(__file__).parent.parent / "data" / "governments"
K = UnitKind


def _read(
    name: str,
    meta: Meta,
    population: int,
    english: dict[str, str],
    division_grade: str = "g5",
    edit: Callable[[str, str], str] | None = None,
) -> Project:
    """The project File › New makes of a government's three texts (``edit``: each text
    changed, by its key, before it is read)."""
    texts = [(key, (DATA / f"{name}-{key}.txt").read_text(encoding="utf-8"))
             for key in ("ordinance", "rule", "staffing")]  # fmt: skip
    texts = [(key, edit(key, text) if edit else text) for key, text in texts]
    reading = read_organization(texts)
    org = reading.organization()
    for unit in org:
        unit.name_en = english.get(unit.name_ko, "")
        if unit.kind in (K.DIVISION, K.OFFICER) and not unit.head_grade:
            unit.head_grade = division_grade
    roles = {"ordinance": [Role.ORGANIZATION], "rule": [], "staffing": [Role.STAFFING]}
    kinds = {"rule": InstrumentKind.RULE}
    project = Project(meta=meta, government=Government(None, population), org=org)
    project.instruments = [
        InstrumentSource(key, kinds.get(key, InstrumentKind.ORDINANCE), text, roles=roles[key],
                         effective=Effective(EffectiveMode.PROMULGATION))
        for key, text in texts
    ]  # fmt: skip
    project.grades = list(reading.grades(DEFAULT_GRADES))
    return project


def _ids(project: Project) -> dict[str, str]:
    return {u.name_ko: u.id for u in project.org}


def _english_titles(place: str) -> dict[str, str]:
    """The English titles of a 시ㆍ군's three instruments (``Suwon-si``)."""
    ordinance = f"{place} Ordinance on the Establishment of Administrative Organizations"
    return {
        "ordinance": ordinance,
        "rule": f"Enforcement Rule of the {ordinance}",
        "staffing": f"{place} Ordinance on the Authorized Number of Local Public Officials",
    }


def gangwon_project(edit: Callable[[str, str], str] | None = None) -> Project:
    meta = Meta(government_ko="강원특별자치도", government_en="Gangwon State",
                bill_date=dt.date(2025, 8, 29), session_ko="제340회 강원특별자치도의회 임시회",
                session_en="340th extraordinary session of the Gangwon State Council",
                passed_date=dt.date(2025, 9, 19))  # fmt: skip
    english = {"도지사": "Governor", "행정부지사": "Vice Governor for Administrative Affairs",
               "경제부지사": "Vice Governor for Economic Affairs",
               "기획조정실": "Planning and Coordination Office", "경제국": "Economy Bureau",
               "경제정책과": "Economic Policy Division", "에너지과": "Energy Division",
               "관광국": "Tourism Bureau", "관광정책과": "Tourism Policy Division",
               "복지정책과": "Welfare Policy Division"}  # fmt: skip
    project = _read("gangwon", meta, 1_520_000, english, edit=edit)
    ids = _ids(project)
    bureau = Unit("sa", K.BUREAU, "특별자치국", "Special Autonomy Bureau", ids["행정부지사"], "g3",
                  [Duty("특별자치 권한 이양에 관한 사항", "")], {"g3": 1})  # fmt: skip
    division = Unit("sad", K.DIVISION, "특별자치과", "Special Autonomy Division", "sa", "g5",
                    [Duty("특별자치 제도 개선에 관한 사항", "")], {"g5": 1, "g6": 4, "g7": 3})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[division]),
        ch.Rename("c2", unit_id=ids["경제국"], name_ko="경제산업국", name_en="Economy and Industry Bureau"),
        ch.Abolish("c3", unit_id=ids["에너지과"], successor_id=ids["경제정책과"]),
        ch.ChangeStaffing("c4", unit_id=ids["복지정책과"], deltas={"g6": 1}),
    ]  # fmt: skip
    return project


def sejong_project() -> Project:
    meta = Meta(government_ko="세종특별자치시", government_en="Sejong Special Self-Governing City",
                bill_date=dt.date(2025, 10, 31), session_ko="제99회 세종특별자치시의회 제2차 정례회",
                passed_date=dt.date(2025, 12, 15))  # fmt: skip
    english = {"시장": "Mayor", "기획조정실": "Planning and Coordination Office",
               "예산담당관": "Budget Officer", "인사과": "Personnel Division",
               "정책기획관": "Policy Planning Officer", "도시성장본부": "Urban Growth Headquarters",
               "건축과": "Architecture Division", "주택과": "Housing Division"}  # fmt: skip
    project = _read("sejong", meta, 390_000, english)
    ids = _ids(project)
    merged = Unit("bh", K.DIVISION, "건축주택과", "Building and Housing Division",
                  ids["도시성장본부"], "g5")  # fmt: skip
    project.changes = [
        ch.Move("c1", unit_id=ids["인사과"], new_parent_id=ids["기획조정실"]),
        ch.Merge("c2", unit_ids=[ids["건축과"], ids["주택과"]], into=merged),
        ch.Abolish("c3", unit_id=ids["정책기획관"], successor_id=ids["예산담당관"]),
    ]
    return project


def haeundae_project() -> Project:
    meta = Meta(government_ko="부산광역시 해운대구", government_en="Haeundae-gu",
                bill_date=dt.date(2025, 5, 30), session_ko="제290회 부산광역시 해운대구의회 정례회",
                session_en="290th regular session of the Haeundae-gu Council",
                passed_date=dt.date(2025, 6, 24))  # fmt: skip
    english = {"구청장": "District Mayor", "부구청장": "Deputy District Mayor",
               "기획감사실": "Planning and Audit Office", "기획예산과": "Planning and Budget Division",
               "행정자치국": "Administration and Autonomy Bureau",
               "관광진흥과": "Tourism Promotion Division", "청소행정과": "Sanitation Division",
               "감사과": "Audit Division"}  # fmt: skip
    project = _read("haeundae", meta, 370_000, english)
    ids = _ids(project)
    bureau = Unit("tour", K.BUREAU, "관광문화국", "Tourism and Culture Bureau", ids["부구청장"], "g4",
                  [Duty("문화예술에 관한 사항", "")], {"g4": 1})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[]),
        ch.Move("c2", unit_id=ids["관광진흥과"], new_parent_id="tour"),
        ch.Rename("c3", unit_id=ids["청소행정과"], name_ko="자원순환과", name_en="Resource Circulation Division"),
        ch.Abolish("c4", unit_id=ids["감사과"], successor_id=ids["기획예산과"]),
    ]  # fmt: skip
    return project


def seoul_project() -> Project:
    meta = Meta(government_ko="서울특별시", government_en="Seoul Metropolitan Government",
                bill_date=dt.date(2025, 9, 30), session_ko="제332회 서울특별시의회 임시회",
                session_en="332nd extraordinary session of the Seoul Metropolitan Council",
                passed_date=dt.date(2025, 10, 24))  # fmt: skip
    english = {"시장": "Mayor", "행정1부시장": "First Vice Mayor for Administrative Affairs",
               "행정2부시장": "Second Vice Mayor for Administrative Affairs",
               "정무부시장": "Vice Mayor for Political Affairs",
               "기획조정실": "Planning and Coordination Office", "기획담당관": "Planning Officer",
               "예산담당관": "Budget Officer", "경제정책실": "Economic Policy Office",
               "경제정책과": "Economic Policy Division",
               "소상공인정책과": "Small Business Policy Division",
               "행정국": "Administration Bureau", "총무과": "General Affairs Division",
               "인사과": "Personnel Division", "자치행정과": "Autonomous Administration Division",
               "복지정책실": "Welfare Policy Office", "복지정책과": "Welfare Policy Division",
               "돌봄고독정책과": "Care and Loneliness Policy Division",
               "도시계획국": "Urban Planning Bureau", "도시계획과": "Urban Planning Division",
               "시설계획과": "Facility Planning Division", "교통실": "Transportation Office",
               "교통정책과": "Transportation Policy Division",
               "버스정책과": "Bus Policy Division"}  # fmt: skip
    project = _read("seoul", meta, 9_330_000, english, division_grade="g4")
    ids = _ids(project)
    bureau = Unit("ce", K.HEADQUARTERS, "기후환경본부", "Climate and Environment Headquarters",
                  ids["행정2부시장"], "g2", [Duty("기후변화 대응에 관한 사항", ""),
                                            Duty("대기질 개선에 관한 사항", "")], {"g2": 1})  # fmt: skip
    climate = Unit("cep", K.DIVISION, "기후환경정책과", "Climate and Environment Policy Division",
                   "ce", "g4", [Duty("기후변화 대응에 관한 사항", "")],
                   {"g4": 1, "g5": 2, "g6": 4, "g7": 3})  # fmt: skip
    air = Unit("air", K.DIVISION, "대기정책과", "Air Quality Policy Division", "ce", "g4",
               [Duty("대기질 개선에 관한 사항", "")], {"g4": 1, "g5": 2, "g6": 3, "g7": 3})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[climate, air]),
        ch.Rename("c2", unit_id=ids["도시계획국"], name_ko="도시공간국", name_en="Urban Space Bureau"),
        ch.Move("c3", unit_id=ids["시설계획과"], new_parent_id=ids["교통실"]),
        ch.Abolish("c4", unit_id=ids["돌봄고독정책과"], successor_id=ids["복지정책과"]),
        ch.ChangeStaffing("c5", unit_id=ids["인사과"], deltas={"g6": 1, "g7": 1}),
        ch.ChangeHeadGrade("c6", unit_id=ids["도시계획국"], grade="g2"),
    ]  # fmt: skip
    return project


def incheon_project() -> Project:
    meta = Meta(government_ko="인천광역시", government_en="Incheon Metropolitan City",
                bill_date=dt.date(2025, 11, 14), session_ko="제305회 인천광역시의회 정례회",
                session_en="305th regular session of the Incheon Metropolitan Council",
                passed_date=dt.date(2025, 12, 12))  # fmt: skip
    english = {"시장": "Mayor", "행정부시장": "Vice Mayor for Administrative Affairs",
               "경제부시장": "Vice Mayor for Economic Affairs",
               "기획조정실": "Planning and Coordination Office",
               "기획예산과": "Planning and Budget Division", "법무담당관": "Legal Affairs Officer",
               "행정국": "Administration Bureau", "총무과": "General Affairs Division",
               "인사과": "Personnel Division", "자치행정과": "Autonomous Administration Division",
               "해양항공국": "Maritime and Aviation Bureau",
               "해양정책과": "Maritime Policy Division", "항만과": "Port Division",
               "항공과": "Aviation Division", "경제산업국": "Economy and Industry Bureau",
               "경제정책과": "Economic Policy Division",
               "투자유치과": "Investment Promotion Division",
               "도시계획국": "Urban Planning Bureau", "도시계획과": "Urban Planning Division",
               "건축과": "Architecture Division"}  # fmt: skip
    project = _read("incheon", meta, 3_020_000, english, division_grade="g4")
    ids = _ids(project)
    bureau = Unit("gc", K.BUREAU, "글로벌도시국", "Global City Bureau", ids["경제부시장"], "g3",
                  [Duty("국제교류 및 협력에 관한 사항", "")], {"g3": 1})  # fmt: skip
    children = [
        Unit("ic", K.DIVISION, "국제협력과", "International Cooperation Division", "gc", "g4",
             [Duty("국제교류 및 협력에 관한 사항", "")], {"g4": 1, "g5": 1, "g6": 4, "g7": 3}),
        Unit("ok", K.DIVISION, "재외동포과", "Overseas Koreans Division", "gc", "g4",
             [Duty("재외동포 지원에 관한 사항", "")], {"g4": 1, "g5": 1, "g6": 3, "g7": 2}),
    ]  # fmt: skip
    merged = Unit("mp", K.DIVISION, "해양항만과", "Maritime and Port Division",
                  ids["해양항공국"], "g4")  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=children),
        ch.Merge("c2", unit_ids=[ids["해양정책과"], ids["항만과"]], into=merged),
        ch.Rename("c3", unit_id=ids["도시계획국"], name_ko="도시균형국", name_en="Urban Balance Bureau"),
        ch.Abolish("c4", unit_id=ids["법무담당관"], successor_id=ids["기획예산과"]),
        ch.ChangeStaffing("c5", unit_id=ids["인사과"], deltas={"g6": 2}),
        ch.ChangeHeadGrade("c6", unit_id=ids["해양항공국"], grade="g3"),
    ]  # fmt: skip
    return project


def suncheon_project() -> Project:
    """전라남도 순천시 (시): a list article of bureaus under the 부시장, bureau articles with the
    head's post and grade, divisions listed in the rule's bureau articles — and, unlike the
    others, the texts' English beside them (as an official enters it on the statute page), so
    that the English bills follow the Korean: a bureau added to the ordinance's list, a
    division moved into the new bureau's rule article, a division renamed."""
    meta = Meta(government_ko="순천시", government_en="Suncheon City",
                bill_date=dt.date(2025, 5, 30), session_ko="제283회 순천시의회 임시회",
                session_en="283rd extraordinary session of the Suncheon City Council",
                passed_date=dt.date(2025, 6, 20))  # fmt: skip
    english = {"시장": "Mayor", "부시장": "Deputy Mayor",
               "기획행정국": "Planning and Administration Bureau", "복지문화국": "Welfare and Culture Bureau",
               "경제농업국": "Economy and Agriculture Bureau", "도시건설국": "Urban Construction Bureau",
               "기획예산과": "Planning and Budget Division", "총무과": "General Affairs Division",
               "세정과": "Tax Division", "사회복지과": "Social Welfare Division",
               "문화예술과": "Culture and Arts Division", "관광진흥과": "Tourism Promotion Division",
               "일자리경제과": "Jobs and Economy Division", "농업정책과": "Agricultural Policy Division",
               "환경보호과": "Environmental Protection Division", "도시과": "Urban Division",
               "건설과": "Construction Division", "교통과": "Transportation Division"}  # fmt: skip
    project = _read("suncheon", meta, 275_000, english)
    titles = _english_titles("Suncheon-si")
    heads = "The Head of the {} shall take charge of the following affairs:"
    texts = {
        "ordinance": {
            "3/title": "Establishment of Bureaus",
            "3/0": "The Planning and Administration Bureau, the Welfare and Culture Bureau, the Economy and Agriculture Bureau and the Urban Construction Bureau shall be established under the Deputy Mayor.",
        },
        "rule": {
            "2/title": "Planning and Administration Bureau",
            "2/1": "The Planning and Budget Division, the General Affairs Division and the Tax Division shall be established in the Planning and Administration Bureau.",
            "2/2": heads.format("Planning and Budget Division"),
            "2/3": heads.format("General Affairs Division"),
            "2/4": heads.format("Tax Division"),
            "4/title": "Economy and Agriculture Bureau",
            "4/1": "The Jobs and Economy Division, the Agricultural Policy Division and the Environmental Protection Division shall be established in the Economy and Agriculture Bureau.",
            "4/2": heads.format("Jobs and Economy Division"),
            "4/3": heads.format("Agricultural Policy Division"),
            "4/4": heads.format("Environmental Protection Division"),
            "4/4/1": "Matters concerning environmental conservation plans",
            "4/4/2": "Matters concerning the management of air and water quality",
            "4/4/3": "Matters concerning the reduction of greenhouse gas emissions",
            "5/title": "Urban Construction Bureau",
            "5/1": "The Urban Division, the Construction Division and the Transportation Division shall be established in the Urban Construction Bureau.",
            "5/2": heads.format("Urban Division"),
        },
        "staffing": {
            "2/title": "Authorized Number",
            "2/1": "The authorized number of local public officials of Suncheon City shall be 1,286.",
        },
    }  # fmt: skip
    for inst in project.instruments:
        inst.title_en = titles[inst.key]
        inst.english.update(texts[inst.key])
    ids = _ids(project)
    mayor = project.org.get(ids["시장"])  # the staffing ordinance's posts, given to the units
    for unit in project.org:
        if unit.kind is K.DIVISION:
            unit.staffing = {"g5": 1, "g6": 5, "g7": 5, "g8": 2, "g9": 1}
        elif unit.kind is K.BUREAU:
            unit.staffing = {"g4": 1}
        if unit is not mayor:
            for grade, count in unit.staffing.items():
                mayor.staffing[grade] -= count
    bureau = Unit("clim", K.BUREAU, "기후환경국", "Climate and Environment Bureau", ids["부시장"], "g4",
                  [Duty("탄소중립 정책에 관한 사항", "Matters concerning carbon neutrality policies")],
                  {"g4": 1})  # fmt: skip
    division = Unit("energy", K.DIVISION, "기후에너지과", "Climate and Energy Division", "clim", "g5",
                    [Duty("기후위기 대응 계획의 수립에 관한 사항",
                          "Matters concerning climate crisis response plans")],
                    {"g5": 1, "g6": 3, "g7": 3, "g8": 1})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[division]),
        ch.Move("c2", unit_id=ids["환경보호과"], new_parent_id="clim"),
        ch.Rename("c3", unit_id=ids["도시과"], name_ko="도시계획과", name_en="Urban Planning Division"),
        ch.ChangeStaffing("c4", unit_id=ids["총무과"], deltas={"g6": 1, "g7": 1}),
    ]  # fmt: skip
    return project


def suseong_project() -> Project:
    """대구광역시 수성구 (자치구): bureau articles by the head's title (``행정국장은 다음 사항을
    분장한다``) and, unlike 해운대구, a rule that sets up every bureau's divisions in one
    article, a paragraph per bureau (``제2조(과의 설치) ① 행정국에 …를 둔다. ② 복지국에 …``),
    with an article per division titled by its head (``제9조(건설과장)``): a new bureau with a
    new division and a division moved into it, a rename, duties moved, staffing."""
    meta = Meta(government_ko="대구광역시 수성구", government_en="Suseong-gu",
                bill_date=dt.date(2025, 8, 29), session_ko="제271회 대구광역시 수성구의회 임시회",
                session_en="271st extraordinary session of the Suseong-gu Council",
                passed_date=dt.date(2025, 9, 16))  # fmt: skip
    english = {"구청장": "District Mayor", "부구청장": "Deputy District Mayor",
               "행정국": "Administration Bureau", "복지국": "Welfare Bureau", "도시국": "Urban Bureau",
               "도시디자인과": "Urban Design Division", "건설과": "Construction Division",
               "교통과": "Transportation Division", "안전정책과": "Safety Policy Division",
               "세무과": "Tax Division", "기획예산과": "Planning and Budget Division",
               "총무과": "General Affairs Division", "복지정책과": "Welfare Policy Division",
               "위생과": "Sanitation Division"}  # fmt: skip
    project = _read("suseong", meta, 410_000, english)
    ids = _ids(project)
    bureau = Unit("safe", K.BUREAU, "안전도시국", "Safe City Bureau", ids["부구청장"], "g4", [],
                  {"g4": 1})  # fmt: skip
    division = Unit("resp", K.DIVISION, "재난대응과", "Disaster Response Division", "safe", "g5",
                    [Duty("재난 상황관리에 관한 사항", "")], {"g5": 1, "g6": 3, "g7": 3, "g8": 1})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[division]),
        ch.Move("c2", unit_id=ids["안전정책과"], new_parent_id="safe"),
        ch.Rename("c3", unit_id=ids["도시디자인과"], name_ko="도시계획과", name_en="Urban Planning Division"),
        ch.TransferDuties("c4", from_id=ids["도시국"], to_id="safe", duties=["재난안전에 관한 사항"]),
        ch.TransferDuties("c5", from_id=ids["안전정책과"], to_id="resp",
                          duties=["재난 예방 및 복구에 관한 사항"]),
        ch.ChangeStaffing("c6", unit_id=ids["세무과"], deltas={"g7": 2}),
    ]  # fmt: skip
    return project


def ulleung_project() -> Project:
    """경상북도 울릉군 (a small 군 without 국): the ordinance lists every 실ㆍ과 in one article under
    the 부군수 (``제3조(실ㆍ과의 설치) 부군수 밑에 기획감사실ㆍ행정과ㆍ재무과ㆍ해양수산과 및 건설과를
    둔다``) and sets up the 읍ㆍ면, the rule gives each 실ㆍ과 an article by its head's title: a new
    과, a renamed 과, duties moved between 과, staffing."""
    meta = Meta(government_ko="경상북도 울릉군", government_en="Ulleung-gun",
                bill_date=dt.date(2025, 8, 29), session_ko="제290회 울릉군의회 임시회",
                session_en="290th extraordinary session of the Ulleung-gun Council",
                passed_date=dt.date(2025, 9, 16))  # fmt: skip
    english = {"군수": "County Governor", "부군수": "Deputy County Governor",
               "기획감사실": "Planning and Audit Office", "행정과": "Administration Division",
               "재무과": "Finance Division", "해양수산과": "Maritime and Fisheries Division",
               "건설과": "Construction Division", "울릉읍": "Ulleung-eup", "서면": "Seo-myeon",
               "북면": "Buk-myeon"}  # fmt: skip
    project = _read("ulleung", meta, 9_000, english)
    titles = _english_titles("Ulleung-gun")
    for inst in project.instruments:
        inst.title_en = titles[inst.key]
    ids = _ids(project)
    division = Unit("tour", K.DIVISION, "관광문화과", "Tourism and Culture Division", ids["부군수"], "g5",
                    [Duty("문화예술 진흥에 관한 사항", "Matters concerning the promotion of culture and arts")],
                    {"g5": 1, "g6": 2, "g7": 2})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=division, children=[]),
        ch.Rename("c2", unit_id=ids["해양수산과"], name_ko="해양수산정책과",
                  name_en="Maritime and Fisheries Policy Division"),
        ch.TransferDuties("c3", from_id=ids["행정과"], to_id="tour", duties=["관광 진흥에 관한 사항"]),
        ch.ChangeStaffing("c4", unit_id=ids["재무과"], deltas={"g7": 1}),
    ]  # fmt: skip
    return project


def suwon_project() -> Project:
    """경기도 수원시 (a large 시, 특례시): two numbered deputies set by ``시에 제1부시장과
    제2부시장을 둔다``, the 실ㆍ국 split between them in the paragraphs of one list article
    (``① 제1부시장 밑에 …를 둔다. ② 제2부시장 밑에 …``), 실 headed by a 지방부이사관 and the
    일반구 as 하부행정기관: a new 국 under the 제2부시장 with a new 과, a 과 moved between 국
    and a renamed 국."""
    meta = Meta(government_ko="경기도 수원시", government_en="Suwon Special City",
                bill_date=dt.date(2025, 8, 29), session_ko="제390회 수원시의회 임시회",
                session_en="390th extraordinary session of the Suwon City Council",
                passed_date=dt.date(2025, 9, 16))  # fmt: skip
    english = {"시장": "Mayor", "제1부시장": "First Deputy Mayor", "제2부시장": "Second Deputy Mayor",
               "기획조정실": "Planning and Coordination Office", "행정국": "Administration Bureau",
               "복지국": "Welfare Bureau", "경제정책국": "Economic Policy Bureau",
               "도시정책실": "Urban Policy Office", "기획예산과": "Planning and Budget Division",
               "법무과": "Legal Affairs Division", "총무과": "General Affairs Division",
               "세정과": "Tax Division", "정보통신과": "Information and Communications Division",
               "복지정책과": "Welfare Policy Division", "노인복지과": "Senior Welfare Division",
               "경제정책과": "Economic Policy Division", "일자리정책과": "Jobs Policy Division",
               "기업지원과": "Business Support Division", "도시계획과": "Urban Planning Division",
               "주택정책과": "Housing Policy Division", "장안구": "Jangan-gu",
               "권선구": "Gwonseon-gu", "팔달구": "Paldal-gu", "영통구": "Yeongtong-gu"}  # fmt: skip
    project = _read("suwon", meta, 1_190_000, english)
    titles = _english_titles("Suwon-si")
    for inst in project.instruments:
        inst.title_en = titles[inst.key]
    ids = _ids(project)
    bureau = Unit("carbon", K.BUREAU, "기후환경국", "Climate and Environment Bureau", ids["제2부시장"],
                  "g4", [Duty("탄소중립에 관한 사항", "Matters concerning carbon neutrality")],
                  {"g4": 1})  # fmt: skip
    division = Unit("air", K.DIVISION, "기후대기과", "Climate and Air Division", "carbon", "g5",
                    [Duty("대기질 관리에 관한 사항", "Matters concerning air quality")],
                    {"g5": 1, "g6": 3, "g7": 3})  # fmt: skip
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[division]),
        ch.Move("c2", unit_id=ids["기업지원과"], new_parent_id=ids["행정국"]),
        ch.Rename("c3", unit_id=ids["복지국"], name_ko="복지여성국", name_en="Welfare and Women Bureau"),
    ]  # fmt: skip
    return project


def jeju_project() -> Project:
    """제주특별자치도 (특별자치도 without autonomous 시ㆍ군): a 행정부지사 and a 정무부지사
    (``도지사 밑에 행정부지사와 정무부지사를 둔다``), the 실ㆍ국 split between them in the
    paragraphs of one list article, the 행정시 (제주시, 서귀포시) set up by the ordinance
    (``「…특별법」 제10조에 따라 도에 제주시와 서귀포시를 둔다``: units under the 도지사, their
    국ㆍ과 left to a rule not among the texts), 과 headed by a 지방서기관 and a rule whose 국
    articles list their 과 and each 과's duties: a new 국 with a new 과, a renamed 과, a 과
    moved between 국 with the bureau's duty, staffing."""
    meta = Meta(
        government_ko="제주특별자치도",
        government_en="Jeju Special Self-Governing Province",
        bill_date=dt.date(2025, 9, 5),
        session_ko="제441회 제주특별자치도의회 임시회",
        session_en="441st extraordinary session of the Jeju Special Self-Governing Provincial Council",
        passed_date=dt.date(2025, 9, 24),
    )
    english = {
        "도지사": "Governor",
        "행정부지사": "Vice Governor for Administrative Affairs",
        "정무부지사": "Vice Governor for Political Affairs",
        "기획조정실": "Planning and Coordination Office",
        "정책기획과": "Policy Planning Division",
        "예산담당관": "Budget Officer",
        "법무과": "Legal Affairs Division",
        "특별자치행정국": "Special Self-Governance Administration Bureau",
        "총무과": "General Affairs Division",
        "자치행정과": "Local Administration Division",
        "특별자치제도과": "Special Self-Governance System Division",
        "복지가족국": "Welfare and Family Bureau",
        "복지정책과": "Welfare Policy Division",
        "여성가족과": "Women and Family Division",
        "문화정책과": "Culture Policy Division",
        "기후환경국": "Climate and Environment Bureau",
        "환경정책과": "Environmental Policy Division",
        "탄소중립과": "Carbon Neutrality Division",
        "농축산식품국": "Agriculture, Livestock and Food Bureau",
        "농업정책과": "Agricultural Policy Division",
        "감귤축산과": "Citrus and Livestock Division",
        "관광교류국": "Tourism and Exchange Bureau",
        "관광정책과": "Tourism Policy Division",
        "국제교류과": "International Exchange Division",
        "제주시": "Jeju City",
        "서귀포시": "Seogwipo City",
    }
    project = _read("jeju", meta, 675_000, english, division_grade="g4")
    titles = {
        "ordinance": "Jeju Special Self-Governing Province Ordinance on the Establishment of Administrative Organizations",
        "rule": "Enforcement Rule of the Jeju Special Self-Governing Province Ordinance on the Establishment of Administrative Organizations",
        "staffing": "Jeju Special Self-Governing Province Ordinance on the Authorized Number of Local Public Officials",
    }
    for inst in project.instruments:
        inst.title_en = titles[inst.key]
    ids = _ids(project)
    bureau = Unit(
        "future",
        K.BUREAU,
        "미래전략국",
        "Future Strategy Bureau",
        ids["행정부지사"],
        "g3",
        [
            Duty(
                "미래전략 수립 및 디지털 혁신에 관한 사항",
                "Matters concerning future strategies and digital innovation",
            )
        ],
        {"g3": 1},
    )
    division = Unit(
        "digital",
        K.DIVISION,
        "디지털혁신과",
        "Digital Innovation Division",
        "future",
        "g4",
        [
            Duty(
                "디지털 행정 혁신에 관한 사항",
                "Matters concerning digital innovation in administration",
            )
        ],
        {"g4": 1, "g5": 1, "g6": 3, "g7": 3},
    )
    project.changes = [
        ch.Establish("c1", unit=bureau, children=[division]),
        ch.Rename(
            "c2",
            unit_id=ids["환경정책과"],
            name_ko="기후환경정책과",
            name_en="Climate and Environmental Policy Division",
        ),
        ch.Move("c3", unit_id=ids["문화정책과"], new_parent_id=ids["관광교류국"]),
        ch.TransferDuties(
            "c4",
            from_id=ids["복지가족국"],
            to_id=ids["관광교류국"],
            duties=["문화예술 진흥에 관한 사항"],
        ),
        ch.ChangeStaffing("c5", unit_id=ids["총무과"], deltas={"g6": 1, "g7": 1}),
    ]
    return project


__all__ = [
    "gangwon_project",
    "haeundae_project",
    "incheon_project",
    "jeju_project",
    "sejong_project",
    "seoul_project",
    "suncheon_project",
    "suseong_project",
    "suwon_project",
    "ulleung_project",
]


def goyang_project(edit: Callable[[str, str], str] | None = None) -> Project:
    """경기도 고양시 (특례시, 1,070,000 inhabitants) as File › New reads its three texts
    (``edit``: as :func:`_read`)."""
    meta = Meta(government_ko="경기도 고양시", government_en="Goyang Special City",
                bill_date=dt.date(2025, 8, 29), session_ko="제290회 고양시의회 임시회",
                session_en="290th extraordinary session of the Goyang City Council",
                passed_date=dt.date(2025, 9, 16))  # fmt: skip
    english = {"시장": "Mayor", "부시장": "Deputy Mayor",
               "기획조정실": "Planning and Coordination Office",
               "자치행정국": "Autonomous Administration Bureau",
               "도시교통국": "Urban Transport Bureau"}  # fmt: skip
    return _read("goyang", meta, 1_070_000, english, edit=edit)


def county_as_district(**meta: str) -> Project:
    """The county sample renamed 부산광역시 해운대구 (kind district), as an official who starts
    from another government's project does, with the meta fields ``meta`` as entered (the
    proposer or session lines left from the county, or mended)."""
    from desktop.core.government import GovernmentKind
    from desktop.core.projectfile import load
    from desktop.paths import sample_path

    project = load(sample_path("county"))
    project.meta.government_ko = "부산광역시 해운대구"
    project.meta.government_en = "Haeundae-gu"
    project.government.kind = GovernmentKind.DISTRICT
    for name, value in meta.items():
        setattr(project.meta, name, value)
    return project
