"""The laws a reorganization rests on, named once in Korean and in English: 「지방자치법」, its
시행령 and 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」 (the regulation).

The standards' provisions (:mod:`desktop.core.standards`), the messages that cite a law, a new
project's 관계법령 and the English bill's 관계법령 read them here. english.md gives no official
(KLRI) name for the regulation; its English renders 정원 as english.md does (staffing).
"""

from __future__ import annotations

import re

from desktop.i18n import Pair

REGULATION = "regulation"
LAWS = {
    REGULATION: (
        "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」",
        "Regulation on the Administrative Organs and Staffing Standards of Local Governments",
    ),
    "act": ("「지방자치법」", "Local Autonomy Act"),
    "act_decree": ("「지방자치법 시행령」", "Enforcement Decree of the Local Autonomy Act"),
}


def law_words(law: str) -> Pair:
    """A law as a message names it: ``law_words("act")`` → ``「지방자치법」`` / ``Local
    Autonomy Act``."""
    return Pair(*LAWS[law])


def basis_laws() -> list[str]:
    """The laws every reorganization rests on, as a bill's 관계법령 cites them (documents.md
    §1): ``「지방자치법」``, ``「지방자치단체의 행정기구와 정원기준 등에 관한 규정」``."""
    return [law_words("act").ko, law_words(REGULATION).ko]


def cite(where: str, law: str = REGULATION) -> Pair:
    """A provision of a law: ``cite("제8조제4항")`` → ``「지방자치단체의 … 규정」 제8조제4항`` /
    ``Regulation on …, Article 8 (4)``."""
    ko, en = LAWS[law]
    return Pair(f"{ko} {where}", f"{en}, {provision_en(where)}")


def provision_en(provision: str) -> str:
    """``제14조, 별표 3`` → ``Article 14, Annex 3``; ``제71조제7항제1호`` → ``Article 71 (7) 1``."""
    text = re.sub(r"제(\d+)조의(\d+)", r"Article \1-\2", provision)
    text = re.sub(r"제(\d+)조", r"Article \1", text)
    text = re.sub(r"제(\d+)항", r" (\1)", text)
    text = re.sub(r"제(\d+)호", r" \1", text)
    text = re.sub(r"별표 (\d+)", r"Annex \1", text)
    return text
