"""No silent loss: a change never removes statute text the official did not ask to remove."""

from desktop.core.changes import Rename
from desktop.core.orgsheet import read_csv_bytes
from desktop.core.project import InstrumentSource, Project
from desktop.core.statute import InstrumentKind
from desktop.core.statute_text import render_instrument

CSV = """id,parent_id,kind,name_ko,name_en,head_grade
mayor,,governor,시장,Mayor,political
deputy,mayor,vice_governor,부시장,Deputy Mayor,g3
admin,deputy,국,행정국,,g4
welfare,deputy,국,복지국,,g4
"""

ORDINANCE = """가온시 행정기구 설치 조례
제1조(목적) 이 조례는 가온시의 행정기구에 관한 사항을 규정함을 목적으로 한다.
제3조(행정국) 부시장 밑에 행정국을 두고, 다음 각 호의 사무를 분장한다.
1. 자치행정에 관한 사항
제4조(복지국) 시민의 복지 증진에 관한 사무를 처리하기 위하여 부시장 밑에 복지국을 두고, \
다음 각 호의 사무를 분장한다.
1. 사회복지에 관한 사항
2. 여성 및 가족에 관한 사항
"""


def csv_project() -> Project:
    org = read_csv_bytes(CSV.encode("cp949"))  # the old six columns: no duties, no staffing
    src = InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ORDINANCE)
    return Project(org=org, instruments=[src])


def test_renaming_a_bureau_of_a_csv_organization_keeps_its_duties():
    project = csv_project()
    project.changes = [Rename("c1", unit_id="welfare", name_ko="복지가족국")]
    inputs = project.draft_inputs()
    article = inputs.new_instruments["ordinance"].article_titled("복지가족국")
    text = render_instrument(inputs.new_instruments["ordinance"])
    assert article is not None
    assert (
        "시민의 복지 증진에 관한 사무를 처리하기 위하여 부시장 밑에 복지가족국을 두고, "
        "다음 각 호의 사무를 분장한다." in text
    )
    assert "1. 사회복지에 관한 사항" in text and "2. 여성 및 가족에 관한 사항" in text
    assert "그 사무를 분장한다" not in text


RULE = """가온시 행정기구 설치 조례 시행규칙
제1조(목적) 이 규칙은 가온시 행정기구 설치 조례의 시행에 필요한 사항을 규정함을 목적으로 한다.
제2조(행정국) ① 행정국에 총무과 및 세무과를 둔다.
② 총무과는 다음 사항을 분장한다.
1. 인사에 관한 사항
③ 세무과는 다음 사항을 분장한다.
1. 지방세에 관한 사항
"""


def test_a_list_article_never_drops_a_unit_the_data_lacks():
    """The CSV knows 총무과 but not 세무과; establishing 자치행정과 must not write 세무과 out
    of the list: the article stays as it was and an error names it."""
    from desktop.core.changes import Establish
    from desktop.core.org import Unit, UnitKind
    from desktop.core.validate import validate

    project = csv_project()
    project.org.add(Unit("gen", UnitKind.DIVISION, "총무과", parent_id="admin"))
    project.instruments.append(InstrumentSource("rule", InstrumentKind.RULE, RULE))
    new = Unit("auto", UnitKind.DIVISION, "자치행정과", parent_id="admin")
    project.changes = [Establish("c1", unit=new)]
    inputs = project.draft_inputs()
    rule = render_instrument(inputs.new_instruments["rule"])
    assert "① 행정국에 총무과 및 세무과를 둔다." in rule
    assert "1. 지방세에 관한 사항" in rule
    losses = inputs.statutes.losses
    assert [(loss.key, loss.article) for loss in losses] == [("rule", "제2조")] * len(losses)
    assert any("세무과" in loss.sentence for loss in losses)
    findings = [f for f in validate(project, inputs) if f.code == "E-TEXT-LOSS"]
    assert findings and findings[0].is_error
    assert "제2조" in findings[0].message("ko") and "세무과" in findings[0].message("ko")


# -- the property: every sentence of the old text survives or a change names it ------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from desktop.core import articles, textkeep  # noqa: E402
from desktop.core.changes import Abolish, Establish, Move, TransferDuties  # noqa: E402
from desktop.core.kinds.base import DutiesMoved, Moved, Renamed  # noqa: E402
from desktop.core.org import Duty, Organization, Unit, UnitKind  # noqa: E402
from desktop.core.statute import Instrument, Num  # noqa: E402

BUREAUS = ["행정국", "복지국", "도시국", "경제국"]
TOPICS = ["총무", "세무", "복지", "건축", "교통", "환경", "문화", "체육"]


@st.composite
def reorganizations(draw):
    n_bureaus = draw(st.integers(1, 3))
    org = Organization()
    org.add(Unit("mayor", UnitKind.GOVERNOR, "시장"))
    org.add(Unit("deputy", UnitKind.VICE_GOVERNOR, "부시장", parent_id="mayor"))
    topics = iter(draw(st.permutations(TOPICS)))
    divisions: list[str] = []
    for b in range(n_bureaus):
        duties = [
            Duty(f"{BUREAUS[b][:-1]} 업무 {i}에 관한 사항") for i in range(draw(st.integers(0, 2)))
        ]
        org.add(Unit(f"b{b}", UnitKind.BUREAU, BUREAUS[b], parent_id="deputy", duties=duties))
        for _d in range(draw(st.integers(1, 2))):
            topic = next(topics)
            duties = [Duty(f"{topic} 사무 {i}에 관한 사항") for i in range(draw(st.integers(0, 2)))]
            org.add(
                Unit(
                    f"d-{topic}", UnitKind.DIVISION, f"{topic}과", parent_id=f"b{b}", duties=duties
                )
            )
            divisions.append(f"d-{topic}")
    ordinance = Instrument("가온시 행정기구 설치 조례", InstrumentKind.ORDINANCE)
    rule = Instrument("가온시 행정기구 설치 조례 시행규칙", InstrumentKind.RULE)
    for n, bureau in enumerate(org.children("deputy"), start=2):
        ordinance.articles.append(articles.ordinance_article(org, bureau, Num(n)))
        rule.articles.append(articles.rule_article(org, bureau, Num(n)))
    model = org.copy()
    if draw(st.booleans()):  # imported from a spreadsheet: the data has no duties at all
        for unit in model:
            unit.duties = []
    bureaus = [u.id for u in model.children("deputy")]
    changes = []
    for n in range(draw(st.integers(1, 3))):
        what = draw(st.sampled_from(["rename", "move", "abolish", "transfer", "establish"]))
        cid = f"c{n}"
        if what == "rename":
            target = draw(st.sampled_from(bureaus + divisions))
            name = model.get(target).name_ko
            changes.append(Rename(cid, unit_id=target, name_ko=f"새{name}"))
        elif what == "move" and len(bureaus) > 1:
            changes.append(
                Move(
                    cid,
                    unit_id=draw(st.sampled_from(divisions)),
                    new_parent_id=draw(st.sampled_from(bureaus)),
                )
            )
        elif what == "abolish":
            changes.append(Abolish(cid, unit_id=draw(st.sampled_from(divisions))))
        elif what == "transfer":
            source = model.get(draw(st.sampled_from(divisions)))
            if source.duties:
                target = draw(
                    st.sampled_from([d for d in divisions if d != source.id] or [source.id])
                )
                changes.append(
                    TransferDuties(
                        cid, from_id=source.id, to_id=target, duties=[source.duties[0].ko]
                    )
                )
        else:
            parent = draw(st.sampled_from(bureaus))
            unit = Unit(
                f"new{n}",
                UnitKind.DIVISION,
                f"신설{n}과",
                parent_id=parent,
                duties=[Duty(f"신규 사무 {n}에 관한 사항")],
            )
            changes.append(Establish(cid, unit=unit))
    project = Project(
        org=model,
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, render_instrument(ordinance)),
            InstrumentSource("rule", InstrumentKind.RULE, render_instrument(rule)),
        ],
        changes=changes,
    )
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reorganizations())
def test_every_old_sentence_survives_or_is_removed_by_a_change_that_names_it(project):
    inputs = project.draft_inputs()
    applied = inputs.applied
    renames = [(r.renamed.old_name_ko, r.name_ko) for r in applied.records if r.renamed]
    named = set()
    ended = set()
    for r in applied.records:
        named |= {r.name_ko, r.parent_ko}
        if isinstance(r.payload, Renamed):
            named.add(r.payload.old_name_ko)
        if isinstance(r.payload, Moved):
            named.add(r.payload.from_ko)
        if isinstance(r.payload, DutiesMoved):
            named.add(r.payload.source_ko)
            ended |= set(r.payload.duties)
    named.discard("")
    # A unit's duties are those its data holds, or else those its article states.
    old_org, _ = textkeep.with_text_duties(project.org, applied, inputs.old_instruments)
    for r in applied.records:
        if r.action.value in ("abolish", "move", "merge", "split", "upgrade", "downgrade"):
            unit = old_org.find(r.unit_id)
            ended |= {d.ko for d in unit.duties} if unit else set()
    for key, old in inputs.old_instruments.items():
        new = inputs.new_instruments[key]
        new_sentences = {s for art in new.articles for s in textkeep.sentences(art)}
        for art in old.articles:
            for sentence in textkeep.sentences(art):
                renamed = sentence
                for old_name, new_name in renames:
                    renamed = renamed.replace(old_name, new_name)
                if sentence in new_sentences or renamed in new_sentences:
                    continue
                assert sentence in ended or any(n in sentence for n in named), (
                    f"{key} {art.label}: {sentence!r} was removed by no change"
                )


def test_a_city_rename_reaches_the_list_article_and_list_placed_units_get_no_new_articles():
    """``행정국ㆍ복지국 및 도시국``: ㆍ separates names (str.isalnum calls it a letter); units
    that a list article sets up (제7조(직속기관) …) are not new units needing articles."""
    from pathlib import Path

    from desktop.core.orgread import read_organization

    data = Path(__file__).resolve().parents[1] / "data" / "orgread"
    texts = {k: (data / f"city-{k}.txt").read_text(encoding="utf-8") for k in ("ordinance", "rule")}
    org = read_organization(texts.items()).organization()
    project = Project(
        org=org,
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, texts["ordinance"]),
            InstrumentSource("rule", InstrumentKind.RULE, texts["rule"]),
        ],
        changes=[Rename("c1", unit_id=org.by_name("복지국")[0].id, name_ko="복지가족국")],
    )
    inputs = project.draft_inputs()
    sentences = [str(s) for s in inputs.draft["ordinance"].amendment("ko").sentences]
    assert sentences == [
        '제3조 중 "복지국"을 "복지가족국"으로 한다.',
        '제5조의 제목 "(복지국)"을 "(복지가족국)"으로 하고, 같은 조 제1항 중 "복지국"을 '
        '"복지가족국"으로 한다.',
    ]
    rule_sentences = [str(s) for s in inputs.draft["rule"].amendment("ko").sentences]
    assert rule_sentences == ['제2조 중 "복지국"을 "복지가족국"으로 한다.']
    new = render_instrument(inputs.new_instruments["ordinance"])
    assert "부시장 밑에 행정국ㆍ복지가족국 및 도시국을 둔다." in new
    assert "신설" not in "\n".join(sentences) and "제6조의2" not in new
    rule = render_instrument(inputs.new_instruments["rule"])
    assert "복지가족국에 사회복지과 및 여성가족과를 두며" in rule
