"""A rule that sets up every bureau's divisions in one article, a paragraph per bureau
(대구광역시 수성구's ``제2조(과의 설치)``): a new bureau gets its paragraph there, or its
divisions would be set up nowhere."""

from __future__ import annotations

from tests.core.government_projects import suseong_project


def sentences(project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def test_a_new_bureau_gets_its_paragraph_in_the_article_of_the_divisions():
    project = suseong_project()
    article = project.draft_inputs().new_instruments["rule"].article_titled("과의 설치")
    assert [(p.number, p.text) for p in article.paragraphs] == [
        (1, "행정국에 기획예산과ㆍ총무과 및 세무과를 둔다."),
        (2, "복지국에 복지정책과 및 위생과를 둔다."),
        (3, "도시국에 도시계획과ㆍ건설과 및 교통과를 둔다."),
        (4, "안전도시국에 재난대응과 및 안전정책과를 둔다."),
    ]
    assert sentences(project, "rule")[0] == (
        "제2조제3항을 다음과 같이 하고, 같은 조에 제4항을 다음과 같이 신설한다."
    )


def test_the_paragraph_of_a_new_bureau_follows_its_siblings_english():
    project = suseong_project()
    rule = next(i for i in project.instruments if i.key == "rule")
    rule.english["2/3"] = (
        "The Urban Design Division, the Construction Division, the Transportation Division and "
        "the Safety Policy Division shall be established in the Urban Bureau."
    )
    article = project.draft_inputs().new_instruments["rule"].article_titled("과의 설치")
    assert article.paragraphs[3].text_en == (
        "The Disaster Response Division and the Safety Policy Division shall be established in "
        "the Safe City Bureau."
    )


def test_the_main_points_cite_the_paragraph_for_the_units_not_for_their_duties():
    inputs = suseong_project().draft_inputs()
    cited = inputs.statutes.cited(["c1", "c2"], "rule")
    assert "제2조" in cited
    assert "제2조" not in inputs.statutes.cited(["c5"], "rule")


def test_duties_moved_to_a_new_bureau_are_cited_where_they_go_not_at_the_list():
    inputs = suseong_project().draft_inputs()
    assert "제3조" in inputs.statutes.cited(["c1"], "ordinance")  # the bureau: in the list
    # its duties: the article they leave (도시국, 제6조) and the one they go to, not the list
    assert inputs.statutes.cited(["c4"], "ordinance") == ["제6조", "제7조"]
