"""The sample's amendment text, read sentence by sentence against the expected Korean."""

import pytest

from desktop import paths
from desktop.core.drafting import render_addenda
from desktop.core.drafting.project import addenda_of
from desktop.core.projectfile import load
from desktop.core.rules import DraftingOptions


@pytest.fixture(scope="module")
def inputs():
    return load(paths.sample_path()).draft_inputs()


def test_ordinance_amendment_sentence_by_sentence(inputs):
    text = inputs.draft["ordinance"].amendment("ko")
    assert text.opening == "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다."
    assert [s.text for s in text.sentences] == [
        '제5조의 제목 "(감사관)"을 "(감사위원회)"로 하고, 같은 조 각 호 외의 부분 중 '
        '"밑에 감사관을"을 "소속으로 감사위원회를"로 하며, 같은 조 제4호를 삭제한다.',
        "제5조의2를 다음과 같이 신설한다.",
        # the title quoted whole (house rule), the lead-in amended in its own clause
        '제8조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, 같은 조 각 호 외의 부분 중 '
        '"평생교육국"을 "미래평생교육국"으로 하며, 같은 조에 제3호를 다음과 같이 신설한다.',
        "제9조제2호를 삭제한다.",
        "제9조의2를 다음과 같이 신설한다.",
        "제10조의2를 다음과 같이 신설한다.",
        "제12조제3호 및 제4호를 각각 삭제한다.",
        "제12조의2를 다음과 같이 신설한다.",
        "제13조제3호를 삭제한다.",
        "제14조의2를 다음과 같이 신설한다.",
        '제20조제1항 중 "16,244명"을 "16,252명"으로 한다.',
        "별표 1을 별지와 같이 한다.",
    ]
    ai = text.sentences[9].body
    assert ai.splitlines()[0].startswith("제14조의2(AI국) 인공지능 산업 육성")
    assert "<" not in ai  # no history notes in inserted provisions


def test_rule_amendment_covers_the_division_changes(inputs):
    sentences = [s.text for s in inputs.draft["rule"].amendment("ko").sentences]
    assert sentences == [
        # title, ① and five more paragraphs change: rewritten whole (house rule)
        "제3조를 다음과 같이 한다.",
        # the list change is one span (drafting-ko.md §3a), so 제6조 is amended in part
        # the title quoted whole (house rule); ① keeps its two replacements together
        '제6조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, 같은 조 제1항 중 '
        '"평생교육국"을 "미래평생교육국"으로, "평생교육과 및 교육협력과"를 '
        '"평생교육과·교육협력과 및 청년기회과"로 하며, 같은 조에 제4항을 다음과 같이 신설한다.',
        "제7조의2를 다음과 같이 신설한다.",
        "제8조를 삭제한다.",
        "제9조의2를 다음과 같이 신설한다.",
        # deleted paragraphs never make an article rewritten (real bills delete them)
        "제10조제1항을 다음과 같이 하고, 같은 조 제4항 및 제5항을 각각 삭제한다.",
        "제10조의2를 다음과 같이 신설한다.",
        # one span for the list: not a rename of 청년기회과 into 공정경제과 (issue 16)
        '제11조제1항 중 "사회적경제과·공정경제과 및 청년기회과"를 "사회적경제과 및 공정경제과"로 '
        "하고, 같은 조 제4항을 삭제한다.",
        # after the last article (제12조): the next number, as real bills add one at the end
        "제13조를 다음과 같이 신설한다.",
    ]


def test_ordinance_addenda_with_the_later_date_for_the_audit_provisions(inputs):
    text = render_addenda(addenda_of(inputs, "ordinance"))
    assert (
        "제1조(시행일) 이 조례는 2024년 7월 15일부터 시행한다. 다만, 제5조 및 제5조의2의 "
        "개정규정은 2024년 9월 2일부터 시행한다."
    ) in text
    assert (
        "이 조례 시행 당시 종전의 평생교육국이 처리하던 사무는 미래평생교육국이 승계한다." in text
    )


def test_rule_addenda_say_rule(inputs):
    text = render_addenda(addenda_of(inputs, "rule"))
    assert "이 규칙은 2024년 7월 15일부터 시행한다." in text
    assert "이 조례" not in text


def test_the_title_setting_reaches_the_bill():
    """The office's form of article-title amendments (Settings, drafting/title)."""
    project = load(paths.sample_path())
    part = (
        project.draft_inputs(DraftingOptions(title="part"))
        .draft["ordinance"]
        .amendment("ko")
        .sentences
    )
    assert part[2].text.startswith(
        '제8조의 제목 중 "평생교육국"을 "미래평생교육국"으로 하고, 같은 조 각 호 외의 부분 중 '
    )
    gathered = project.draft_inputs(DraftingOptions(title="gather")).draft["ordinance"]
    assert (
        gathered.amendment("ko")
        .sentences[2]
        .text.startswith(
            '제8조의 제목 및 같은 조 각 호 외의 부분 중 "평생교육국"을 각각 "미래평생교육국"으로 '
        )
    )
    # the English bill is planned as the Korean one is
    assert gathered.amendment("en").sentences[2].text.startswith("In the title of Article 8 and ")
    whole = project.draft_inputs(DraftingOptions()).draft["ordinance"]  # house rule
    assert (
        whole.amendment("ko")
        .sentences[2]
        .text.startswith('제8조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, ')
    )
    assert whole.amendment("en").sentences[2].text.startswith("The title of Article 8 ")


def test_the_lead_setting_reaches_the_bill(monkeypatch):
    """The office's citing of a lead-in whose items change too (Settings, drafting/lead);
    the sample has no such lead-in, so the drafting call is watched."""
    import desktop.core.drafting.project as drafting_project

    seen = []
    render = drafting_project.render_amendment

    def watched(diff, **options):
        seen.append(options["lead"])
        return render(diff, **options)

    monkeypatch.setattr(drafting_project, "render_amendment", watched)
    project = load(paths.sample_path())
    for lead in ("gather", "apart"):
        assert (
            project.draft_inputs(DraftingOptions(lead=lead))
            .draft["ordinance"]
            .amendment("ko")
            .sentences
        )
    assert seen == ["gather", "apart"]
