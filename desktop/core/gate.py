"""The export gate ("ready to submit"): what would leave in a document that must not.

Validation checks the proposal; the gate checks the documents drafted from it, per document and
language, before they are exported (the export dialog, ``orgdraft generate``) or printed
(``orgdraft validate``):

- errors (nothing is exported): an empty government name, an amended instrument without a
  title in the document's language (file names like ``Bill -  (EN).docx``), an organization
  whose staffing totals zero (``총 정원 0명 → 0명``);
- warnings (the export goes ahead when the official confirms): every placeholder still in the
  text (``[English text missing: …]``, ``[인용문 입력 필요]``, ``[Quotation to be written]``),
  every provision without English in an English document, an unwritten quotation or contact
  in the release, a phrase broken by a missing value ("the passed the plenary session", two
  spaces, empty brackets), and a total stated in the amended text that differs from the units
  after the changes (by other than what it differed before them).

Whether each drafted bill gives the new text (the amendment applier's round trip) is part of
validation (``E-AMEND-APPLY``/``E-AMEND-DIFFERS``), which runs before the gate.
Every finding has a place to click: the field, the press paragraph, the instrument's line or
article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from desktop.core.findings import Finding, Place, PlaceKind, error, warning
from desktop.core.project import DraftInputs
from desktop.i18n import N_, Message, Pair

if TYPE_CHECKING:
    from desktop.core.drafting.cells import ComparisonTable
    from desktop.core.statute import Article

DOCUMENTS = ("bill", "table", "press", "org", "review")
LANGS = ("ko", "en")
_LANGUAGE = {"ko": Pair("국문", "Korean"), "en": Pair("영문", "English")}
_DOCUMENT = {"bill": Pair("개정안", "bill"), "table": Pair("신구조문대비표", "comparison table")}

# A placeholder the drafting leaves where the official has to write something.
PLACEHOLDER = re.compile(
    r"\[(?:[^\[\]\n]{0,80}(?:입력 필요|to be written|text missing|English title)[^\[\]\n]{0,120}"
    r"|기관|Government)\]"
)
# Phrases that only appear when a value is missing from a sentence.
_BROKEN_EN = re.compile(
    r"\bthe\s+(?:the|passed|of|and|on|in|to)\b|\b(?:to|of|the)\s*[,.]|\S {2,}\S|\(\s*\)|\s[,.]"
)
_BROKEN_KO = re.compile(r"「\s*」|\S {2,}\S|\(\s*\)|\s[,.]")
_CONTACT = (
    ("department", N_("Department")),
    ("officer", N_("Officer")),
    ("officer_phone", N_("Officer's telephone")),
)


def gate_findings(
    inputs: DraftInputs, docs: Sequence[str] = DOCUMENTS, langs: Sequence[str] = LANGS
) -> list[Finding]:
    """The gate's findings for the documents ``docs`` in ``langs`` (errors first); none for
    an instrument whose text waits to be corrected (validation's parse error stands for it)."""
    findings: list[Finding] = []
    findings += _names(inputs, docs, langs)
    if {"bill", "table", "org", "press"} & set(docs):
        findings += _staffing(inputs)
    if {"bill", "table", "review"} & set(docs):
        for key in _amended(inputs):
            for lang in langs:
                findings += _instrument_texts(inputs, key, lang, docs)
    if "press" in docs:
        findings += _press(inputs, langs)
    seen, unique = set(), []
    for finding in findings:
        identity = (finding.code, finding.place, finding.message("en"))
        if identity not in seen:
            seen.add(identity)
            unique.append(finding)
    return sorted(unique, key=lambda f: 0 if f.is_error else 1)


def _amended(inputs: DraftInputs) -> list[str]:
    """The instruments the changes amend, but those whose text waits to be corrected
    (:attr:`DraftInputs.waiting`)."""
    return [key for key in inputs.draft.amended_keys if key not in inputs.waiting]


def is_gate(finding: Finding) -> bool:
    """Whether ``finding`` is the gate's: it depends on the documents and languages chosen for
    an export, so an export of others is not blocked by it."""
    return finding.code.startswith(("E-GATE-", "W-GATE-"))


def _names(inputs: DraftInputs, docs: Sequence[str], langs: Sequence[str]) -> list[Finding]:
    meta = inputs.project.meta
    findings = []
    for lang in langs:
        if not getattr(meta, f"government_{lang}").strip():
            findings.append(
                error(
                    "E-GATE-GOVERNMENT",
                    Place(PlaceKind.FIELD, "meta", field=f"government_{lang}"),
                    N_(
                        "The name of the government ({language}) is empty: the documents and "
                        "their file names would have a gap where it belongs."
                    ),
                    language=_LANGUAGE[lang],
                )
            )
    if not {"bill", "table"} & set(docs):
        return findings
    from desktop.core.validate import instrument_words

    for key in _amended(inputs):
        old = inputs.old_instruments[key]
        words = instrument_words(inputs.project, key)  # its kind where it has no title
        named = Pair(words.ko, words.en if old.title_en.strip() else words.ko)
        for lang in langs:
            title = old.title if lang == "ko" else old.title_en
            if not title.strip():
                findings.append(
                    error(
                        "E-GATE-TITLE",
                        Place(PlaceKind.STATUTE_LINE, key, line=1),
                        N_(
                            "The instrument {instrument} has no title in {language}: its bill "
                            "and comparison table would be named without it."
                        ),
                        instrument=named,
                        language=_LANGUAGE[lang],
                    )
                )
    return findings


def _staffing(inputs: DraftInputs) -> list[Finding]:
    before = sum(inputs.project.org.total_staffing().values())
    after = sum(inputs.applied.org.total_staffing().values())
    if before > 0 and after > 0:
        return _stated_totals(inputs, before, after)
    return [
        error(
            "E-GATE-STAFF-ZERO",
            Place(PlaceKind.FIELD, "org", field="staffing"),
            N_(
                "The total staffing is {before} before and {after} after the changes: enter "
                "the organization with its staffing before exporting."
            ),
            before=before,
            after=after,
        )
    ]


def _stated_totals(inputs: DraftInputs, before: int, after: int) -> list[Finding]:
    """A total stated in an amended instrument that differs from the units after the changes
    otherwise than it did before them. A total that counts posts the tree leaves out (제주's
    행정시) differs from the units before and after by as much, since the changes move it
    with the units (validation's W-STAFF-TOTAL tells of that gap): the bill is consistent."""
    findings = []
    for key in _amended(inputs):
        new = inputs.draft.instrument(key).new
        old = inputs.old_instruments[key]
        for art in new.articles:
            gaps = {0} | {stated - before for stated in _stated(old.article(art.num))}
            for stated in _stated(art):
                if stated - after not in gaps:
                    findings.append(
                        warning(
                            "W-GATE-TOTAL",
                            Place(PlaceKind.ARTICLE, key, field=art.label),
                            N_(
                                "After the changes, {article} states a total staffing of "
                                "{stated:,}, but the units add up to {total:,}."
                            ),
                            article=Pair(art.label, art.label_en),
                            stated=stated,
                            total=after,
                        )
                    )
    return findings


def _stated(art: Article | None) -> list[int]:
    """The totals an article states (``정원은 1,975명``)."""
    return art.stated_totals() if art is not None else []


def _instrument_texts(
    inputs: DraftInputs, key: str, lang: str, docs: Sequence[str]
) -> list[Finding]:
    from desktop.core.summary import render

    drafted = inputs.draft.instrument(key)
    old = drafted.old
    title = Pair(old.title or key, old.title_en or old.title or key)
    texts: list[tuple[str, str]] = []
    if "bill" in docs:
        texts.append(("bill", str(drafted.amendment(lang))))
        texts.append(("bill", drafted.addenda_text(lang)))
        texts.append(("bill", render(drafted.summary, lang)))
    if "table" in docs or "review" in docs:
        texts.append(("table", _table_text(drafted.table(lang))))
    findings = []
    for doc, text in texts:
        for placeholder in _placeholders(text):
            findings.append(
                warning(
                    "W-GATE-PLACEHOLDER",
                    Place(PlaceKind.ARTICLE, key, field=_article_of(placeholder)),
                    N_(
                        "The {document} ({language}) of the {instrument} still reads {placeholder}."
                    ),
                    document=_DOCUMENT[doc],
                    language=_LANGUAGE[lang],
                    instrument=title,
                    placeholder=placeholder,
                )
            )
    return findings


def _table_text(table: ComparisonTable) -> str:
    """The words of a comparison table, one cell line a line: unwrapped and without the
    underline marks of the printed table, so that a placeholder is found whole wherever the
    printed table would wrap it or a changed run begins inside it."""
    from desktop.core.drafting.cells import entry_lines

    lines = [table.title, *table.headers]
    for row in table.rows:
        for cell in (row.current, row.amended):
            for entry in cell:  # a line, or an annex's table one row a line
                lines.extend("".join(run.text for run in line) for line in entry_lines(entry))
    return "\n".join(lines)


def _article_of(placeholder: str) -> str:
    """The article a placeholder of the English text names, as the place of a finding names
    an article in either language and the statute page finds it: ``[English text missing:
    Article 20 (1)]`` → ``제20조``, ``Article 3-2`` → ``제3조의2``; empty when none."""
    match = re.search(r"Article (\d+)(?:-(\d+))?", placeholder)
    if match is None:
        return ""
    main, branch = match.groups()
    return f"제{main}조" + (f"의{branch}" if branch else "")


def _placeholders(text: str) -> Iterable[str]:
    seen = set()
    for match in PLACEHOLDER.finditer(text):
        if match.group(0) not in seen:
            seen.add(match.group(0))
            yield match.group(0)


def _no_telephone(key: str, what: str) -> Finding:
    """A telephone of the release's contact not given: one field, printed in the Korean and
    the English release alike, so the message names no language."""
    return warning(
        "W-GATE-CONTACT",
        Place(PlaceKind.FIELD, "press", field=key),
        N_(
            "The releases' contact: '{what}', one number for the Korean and the English "
            "release, is not filled in."
        ),
        what=Message(what, {}),
    )


def _press(inputs: DraftInputs, langs: Sequence[str]) -> list[Finding]:
    press = inputs.project.press
    findings = []
    for lang in langs:
        for key, what in _CONTACT:
            if key.endswith("_phone"):
                if lang == langs[0] and not str(press.get(key) or "").strip():
                    findings.append(_no_telephone(key, what))
                continue
            if not str(press.get(f"{key}_{lang}") or press.get(key) or "").strip():
                findings.append(
                    warning(
                        "W-GATE-CONTACT",
                        Place(PlaceKind.FIELD, "press", field=f"{key}_{lang}"),
                        N_("The release's contact ({language}): '{what}' is not filled in."),
                        language=_LANGUAGE[lang],
                        what=Message(what, {}),
                    )
                )
    for para in inputs.draft.press_paragraphs:
        for lang in langs:
            text = para.text(lang)
            for placeholder in _placeholders(text):
                if para.key == "quote":  # the quotation as drafted, or as edited
                    findings.append(
                        warning(
                            "W-GATE-QUOTE",
                            Place(PlaceKind.PRESS, "quote", field=lang),
                            N_("The release's quotation ({language}) is not written yet."),
                            language=_LANGUAGE[lang],
                        )
                    )
                    continue
                findings.append(
                    warning(
                        "W-GATE-PLACEHOLDER",
                        Place(PlaceKind.PRESS, para.key, field=lang),
                        N_("The press release ({language}) still reads {placeholder}."),
                        language=_LANGUAGE[lang],
                        placeholder=placeholder,
                    )
                )
            broken = (_BROKEN_EN if lang == "en" else _BROKEN_KO).search(text)
            if broken and not PLACEHOLDER.search(text):
                start, end = max(broken.start() - 25, 0), min(broken.end() + 25, len(text))
                findings.append(
                    warning(
                        "W-GATE-PHRASE",
                        Place(PlaceKind.PRESS, para.key, field=lang),
                        N_(
                            "A phrase of the press release ({language}) looks broken, as if a "
                            "value were missing: “{excerpt}”"
                        ),
                        language=_LANGUAGE[lang],
                        excerpt=text[start:end].strip(),
                    )
                )
    return findings
