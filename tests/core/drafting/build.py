"""Small statutes for the drafting tests, written in the pasted law.go.kr layout."""

from desktop.core.statute import Instrument
from desktop.core.statute_text import parse_instrument

TITLE = "경기도 행정기구 및 정원 조례"

# The current text most tests amend; each test edits a copy with str.replace.
BASE = """\
제1조(목적) 이 조례는 경기도의 행정기구와 정원에 관한 사항을 규정함을 목적으로 한다.
제3조(기구) ① 도에 기획조정실, 평생교육국 및 AI국을 둔다.
② 도지사는 필요한 경우 기구의 명칭을 조정할 수 있다.
③ 평생교육국장은 평생교육 정책에 관하여 도지사를 보좌한다.
제4조(홍보기획관) 도민과의 소통 및 도정홍보 등에 관한 사무를 처리하기 위하여 도지사 밑에 홍보기획관을 두고, 다음 각 호의 사무를 분장한다.
1. 도민소통정책 기획 및 추진에 관한 사항
2. 도정홍보 계획 수립 및 추진에 관한 사항
3. 언론 보도 분석 및 대응에 관한 사항
제5조(분장사무) ① 기획조정실장은 도정 전반의 기획과 조정에 관한 사무를 분장한다.
② 평생교육국장은 다음 각 호의 사무를 분장한다.
1. 평생교육 진흥 계획 수립에 관한 사항
2. 도서관 운영 지원에 관한 사항
3. 평생학습 도시 지원에 관한 사항
  가. 평생학습 도시 지정 및 평가에 관한 사항
  나. 평생학습 축제 개최 및 운영에 관한 사항
4. 장학 사업 운영에 관한 사항
③ AI국장은 인공지능 산업 육성에 관한 사무를 분장한다.
제6조(정원) ① 도에 두는 공무원의 정원은 16,244명으로 한다.
② 기관별 정원은 별표 1에 따른다.
제7조(직급) 실장과 국장은 지방이사관 또는 지방부이사관으로 보한다. 다만, 평생교육국장은 지방서기관으로 보할 수 있다.
제9조(평생교육국) 평생교육국장은 평생교육 정책을 총괄하고 소속 공무원을 지휘ㆍ감독한다.
제11조(위원회) ① 도지사는 다음 각 호의 위원회를 둔다. 다만, 필요한 경우 두 위원회를 통합하여 운영할 수 있다.
1. 조직관리위원회
2. 정원심의위원회
② 위원회의 구성과 운영에 필요한 사항은 규칙으로 정한다.
제12조(AI국) AI국장은 인공지능 정책 수립과 데이터 행정에 관한 사무를 분장한다.
제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.
[별표 1] 정원표(제6조 관련)
| 구분 | 정원 |
| 본청 | 4,000 |
| 사업소 | 1,200 |
"""  # noqa: E501

UNITS = frozenset({"평생교육국", "미래평생교육국", "AI국", "AI산업국", "기획조정실", "홍보기획관"})


def parse(body: str, title: str = TITLE) -> Instrument:
    """An instrument from its articles in the pasted layout; fails on any parse message."""
    inst, messages = parse_instrument(f"{title}\n{body}")
    assert messages == [], messages
    return inst


def amend(*replacements: tuple[str, str], base: str = BASE) -> tuple[Instrument, Instrument]:
    """(current, amended): the base text and a copy with each (old, new) replaced once."""
    new = base
    for old, repl in replacements:
        assert new.count(old) == 1, f"{old!r} must occur exactly once"
        new = new.replace(old, repl)
    return parse(base), parse(new)
