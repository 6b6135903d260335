"""What each document's template may use: its variables (the context schema) and the named
styles that the generated parts need.

A template that uses a variable not declared here is refused before rendering (the variable
would be missing); a template that lacks a style listed here is refused too (the generated
tables and paragraphs would lose their look). ``DOCUMENTS`` is the document set.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Variable:
    """A variable a document's template may use, with its description in Korean and
    English."""

    name: str
    ko: str
    en: str
    part: bool = False  # a generated sub-document: use as ``{{p name }}`` in its own paragraph


@dataclass(frozen=True)
class DocumentSchema:
    """A document's template variables, with its title in Korean and English."""

    doc: str
    ko: str
    en: str
    variables: tuple[Variable, ...]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(v.name for v in self.variables)

    @property
    def parts(self) -> frozenset[str]:
        return frozenset(v.name for v in self.variables if v.part)


# Styles every template defines; the generated parts are written with them.
PARAGRAPH_STYLES = (
    "OD Body",
    "OD Title",
    "OD Heading",
    "OD Point 1",
    "OD Point 2",
    "OD Point 3",
    "OD Point 4",
    "OD Statute",
    "OD Statute Title",
    "OD Table Text",
    "OD Table Head",
    "OD Caption",
    "OD Press Point",
    "OD Press Detail",
    "OD Note",
)
CHARACTER_STYLES = ("OD Underline", "OD Strong", "OD Mark")
TABLE_STYLES = ("OD Table",)
STYLES = PARAGRAPH_STYLES + CHARACTER_STYLES + TABLE_STYLES

_COMMON = (
    Variable("government", "지방자치단체 이름", "name of the local government"),
    Variable("today", "작성일", "date of drafting"),
)

BILL = DocumentSchema(
    "bill",
    "조례안·규칙안",
    "bill",
    (
        *_COMMON,
        Variable("bill_no", "의안번호(빈칸)", "bill number (left blank)"),
        Variable("title", "의안 제목", "title of the bill"),
        Variable("submitted", "제출연월일", "date of submission"),
        Variable("proposer", "제출자", "proposer"),
        Variable("reasons", "제안이유(문단 목록)", "reasons (list of paragraphs)"),
        Variable("summary", "주요내용", "main contents", part=True),
        Variable("references", "참고사항", "references", part=True),
        Variable("bill_text", "개정문과 부칙", "amendment text and addenda", part=True),
        Variable("comparison", "신구조문대비표", "comparison table", part=True),
        Variable("annexes", "바뀌는 별표", "replaced annexes", part=True),
    ),
)

TABLE = DocumentSchema(
    "table",
    "신구조문대비표",
    "comparison table",
    (
        *_COMMON,
        Variable("title", "제목", "title"),
        Variable("instrument", "자치법규 제목", "title of the instrument"),
        Variable("comparison", "신구조문대비표", "comparison table", part=True),
    ),
)

PRESS = DocumentSchema(
    "press",
    "보도자료",
    "press release",
    (
        *_COMMON,
        Variable("release", "보도일시", "release time"),
        Variable("distributed", "배포일시", "time of distribution"),
        Variable("department", "담당부서", "department"),
        Variable("director", "담당과장(전화)", "director (telephone)"),
        Variable("officer", "담당자(전화)", "officer (telephone)"),
        Variable("email", "전자우편", "e-mail"),
        Variable("extras", "사진·자료 여부", "photos and attachments"),
        Variable("embargo", "엠바고 안내", "embargo line"),
        Variable("headline", "제목", "headline"),
        Variable("sublines", "부제 목록", "sub-lines (list)"),
        Variable("dateline", "발신지·날짜", "dateline"),
        Variable("lead", "첫 문단", "lead paragraph"),
        Variable("body", "본문", "body", part=True),
        Variable("quote", "인용문", "quotation"),
        Variable("attachments", "붙임 목록", "attachments (list)"),
    ),
)

ORG = DocumentSchema(
    "org",
    "기구표·정원표·조직도",
    "organization tables and charts",
    (
        *_COMMON,
        Variable("title", "제목", "title"),
        Variable("headline", "총정원 요약", "headline staffing figures"),
        Variable("units_table", "기구 신구 대비표", "units before and after", part=True),
        Variable("staffing_table", "정원표", "staffing by grade", part=True),
        Variable("charts", "조직도", "organization charts", part=True),
    ),
)

REVIEW = DocumentSchema(
    "review",
    "국영 대조 검토표",
    "bilingual review sheet",
    (
        *_COMMON,
        Variable("title", "제목", "title"),
        Variable("rows", "대조표", "side-by-side table", part=True),
    ),
)

SCHEMAS: dict[str, DocumentSchema] = {s.doc: s for s in (BILL, TABLE, PRESS, ORG, REVIEW)}
DOCUMENTS = tuple(SCHEMAS)
