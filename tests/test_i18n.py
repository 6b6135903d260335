"""Interface language: the catalogs cover the source, translations fit their msgids, Korean
particles follow the value, and messages of the core read in both languages."""

from __future__ import annotations

import ast
import copy
import importlib.util
import pickle
import re
import string
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from desktop import i18n, paths
from desktop.core.findings import Place, PlaceKind, error
from desktop.core.org import Organization, Unit, UnitKind
from desktop.core.project import Project
from desktop.core.validate import validate
from desktop.documents.errors import (
    ExportError,
    Severity,
    TemplateError,
    TemplateFinding,
    Where,
)
from desktop.i18n import N_, Message, Pair, format_message, split_particle

ROOT = Path(__file__).resolve().parent.parent
MARKERS = {"_", "N_", "gettext", "ngettext", "ngettext_noop"}


def _script():
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalog(lang: str):
    with i18n.catalog_path(lang, ROOT / "i18n").open("rb") as handle:
        return read_po(handle, locale=lang)


def _fields(text: str) -> dict[str, str]:
    """Placeholder name → format spec (``{n:,}`` → ``{"n": ","}``)."""
    return {
        name.split(".")[0].split("[")[0]: spec or ""
        for _lit, name, spec, _conv in string.Formatter().parse(text)
        if name is not None
    }


# -- (a) the catalogs cover the source ----------------------------------------------------


def test_every_message_has_a_korean_translation():
    """Fails when a ``_("…")`` is added without ``scripts/i18n.py extract``, ``update`` and a
    Korean msgstr, or when an entry is empty or fuzzy."""
    problems = _script().problems(ROOT / "desktop", "ko")
    assert problems == [], "\n".join(problems)


def test_no_message_is_marked_inside_an_f_string():
    """babel cannot see ``_("…")`` inside an f-string (Python 3.11): it would never be
    extracted, so never translated."""
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id in MARKERS
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert found == [], "move these calls out of the f-string: " + ", ".join(found)


def test_catalogs_are_found_where_the_package_looks():
    assert i18n.catalog_path("ko") == paths.i18n_dir() / "ko" / "LC_MESSAGES" / "messages.po"
    assert i18n.catalog_path("ko").is_file() and i18n.catalog_path("en").is_file()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert wheel["i18n"] == "desktop/_data/i18n"  # a wheel carries the .po files


# -- (b) translations fit their msgids ----------------------------------------------------


def _entries(lang: str):
    for message in _catalog(lang):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            for form in message.string:
                yield message.id[1], form, message
        else:
            yield message.id, message.string, message


def _dummy(spec: str) -> object:
    standard, _pair = split_particle(spec)
    return 16252 if standard else "기획조정실"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_translations_keep_the_placeholders_of_their_msgid(lang):
    wrong = []
    for msgid, msgstr, message in _entries(lang):
        if not msgstr:
            continue
        source, target = _fields(msgid), _fields(msgstr)
        if isinstance(message.id, tuple):  # a plural's forms may leave out nothing but {n}
            source = {**_fields(message.id[0]), **source}
        if set(target) != set(source):
            wrong.append(f"{msgid!r}: {sorted(target)} instead of {sorted(source)}")
            continue
        for name, spec in target.items():
            standard, _pair = split_particle(spec)
            if standard != source[name]:
                wrong.append(f"{msgid!r}: {{{name}:{spec}}} changes the format {source[name]!r}")
        values = {name: _dummy(spec) for name, spec in target.items()}
        try:
            format_message(msgstr, lang, **values)
        except (ValueError, KeyError, IndexError) as exc:
            wrong.append(f"{msgid!r}: {msgstr!r} does not format ({exc})")
    assert wrong == [], "\n".join(wrong)


def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_accelerators_are_kept():
    wrong = [
        f"{msgid!r} → {msgstr!r}"
        for msgid, msgstr, _m in _entries("ko")
        if _accelerator(msgid) and _accelerator(msgstr) != _accelerator(msgid)
    ]
    assert wrong == [], "\n".join(wrong)


# Both particles written out after a value (을(를), 이(가), …): the official reads a hedge where
# OrgDraft knows the value and can choose (``{name:을}``, see ParticleFormatter).
_HEDGED = re.compile(
    r"(?:을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로)"
)


def test_korean_particles_after_values_are_chosen_not_hedged():
    hedged = [
        f"{msgid!r} → {msgstr!r}" for msgid, msgstr, _m in _entries("ko") if _HEDGED.search(msgstr)
    ]
    assert hedged == [], "\n".join(hedged)


def test_korean_texts_without_placeholders_are_distinct():
    """A language switch finds each shown text's msgid by its translation (see
    ``desktop.i18n.retranslation``): two msgids must not share one Korean text."""
    seen: dict[str, str] = {}
    clashes = []
    for msgid, msgstr, message in _entries("ko"):
        if isinstance(message.id, tuple) or "{" in msgid or not msgstr:
            continue
        if msgstr in seen and _same_noun(seen[msgstr], msgid) is False:
            clashes.append(f"{msgstr!r}: {seen[msgstr]!r} and {msgid!r}")
        seen.setdefault(msgstr, msgid)
    assert clashes == [], "\n".join(clashes)


def _same_noun(first: str, second: str) -> bool:
    """``Comparison table``/``Comparison tables``: one Korean word serves both."""
    return first.lower().removesuffix("s") == second.lower().removesuffix("s")


# -- (c) particles -------------------------------------------------------------------------

SYLLABLES = st.integers(0xAC00, 0xD7A3).map(chr)
PREFIX = st.text(alphabet=st.integers(0xAC00, 0xD7A3).map(chr), max_size=4)


def _final(syllable: str) -> int:
    return (ord(syllable) - 0xAC00) % 28  # 0: no final consonant; 8: ㄹ


@given(PREFIX, SYLLABLES)
def test_object_particle_follows_the_final_consonant(prefix, last):
    word = prefix + last
    expected = "을" if _final(last) else "를"
    assert format_message("{x:을}", "ko", x=word) == word + expected
    assert format_message("{x:를}", "ko", x=word) == word + expected


@given(PREFIX, SYLLABLES)
def test_euro_ro_treats_a_final_lieul_as_open(prefix, last):
    word = prefix + last
    expected = "로" if _final(last) in (0, 8) else "으로"
    assert format_message("{x:으로}", "ko", x=word) == word + expected
    assert format_message("{x:로}", "ko", x=word) == word + expected


@given(SYLLABLES)
def test_subject_topic_and_and_particles(last):
    closed = bool(_final(last))
    assert format_message("{x:이}", "ko", x=last) == last + ("이" if closed else "가")
    assert format_message("{x:은}", "ko", x=last) == last + ("은" if closed else "는")
    assert format_message("{x:과}", "ko", x=last) == last + ("과" if closed else "와")


def test_particles_after_numbers_pairs_and_unreadable_values():
    assert format_message("{n:,을}", "ko", n=16252) == "16,252를"  # 만육천이백오십이
    assert format_message("{n:이}", "ko", n=10) == "10이"  # 십
    assert format_message("{u:으로}", "ko", u=Pair("서울", "Seoul")) == "서울로"
    assert format_message("{u:으로}", "en", u=Pair("서울", "Seoul")) == "Seoul로"
    assert format_message("{x:을}", "ko", x="!!") == "!!을(를)"
    assert format_message("{x}", "ko", x='"AI국"') == '"AI국"'


# -- (d) messages in both languages ---------------------------------------------------------


def _project() -> Project:
    org = Organization()
    org.add(Unit("b1", UnitKind.BUREAU, "기획조정실", "Planning Office"))
    org.add(Unit("d1", UnitKind.DIVISION, "정책기획관", "", parent_id="b1"))
    org.add(Unit("d2", UnitKind.DIVISION, "정책기획관", "Policy", parent_id="b1"))
    return Project(org=org)


def test_a_finding_reads_in_both_languages():
    findings = {f.code: f for f in validate(_project())}
    dup = findings["E-DUP-NAME"]
    assert dup.message("ko") == "같은 상위 기구 아래에 정책기획관이 2개 있습니다."
    assert dup.message("en") == "2 units named 정책기획관 under the same parent."
    assert dup.format("ko").startswith("오류 E-DUP-NAME unit:d1.name_ko: 같은 상위")
    assert dup.format("en").startswith("error E-DUP-NAME unit:d1.name_ko: 2 units")
    missing = findings["W-NAME-EN-MISSING"]
    assert missing.message("ko").startswith("정책기획관의 영문 명칭이 없습니다.")
    assert missing.message("en").startswith("정책기획관 has no English name;")


def test_plural_findings_and_unit_names_follow_the_language():
    one, many = i18n.ngettext_noop(
        "Abolishing {unit} leaves {n} sub-unit with nowhere to go; name a successor unit.",
        "Abolishing {unit} leaves {n} sub-units with nowhere to go; name a successor unit.",
    )
    place = Place(PlaceKind.CHANGE, "c1", line=1)
    unit = Pair("기획조정실", "Planning Office")
    single = error("E", place, one, many, unit=unit, n=1)
    several = error("E", place, one, many, unit=unit, n=3)
    assert single.message("en").startswith("Abolishing Planning Office leaves 1 sub-unit ")
    assert "leaves 3 sub-units" in several.message("en")
    assert several.message("ko") == (
        "기획조정실을 폐지하면 하위 기구 3개가 갈 곳이 없습니다. 승계 기구를 지정하세요."
    )


def test_document_errors_read_in_both_languages(tmp_path):
    target = tmp_path / "bill.docx"
    exc = ExportError(target, N_("Could not save {name}: {reason}"), name="bill.docx", reason="x")
    assert exc.message("ko") == "bill.docx 파일을 저장하지 못했습니다: x"
    assert exc.message("en") == str(exc) == "Could not save bill.docx: x"
    where = Where(table=1, row=2, column=3)
    message = N_("{tag} only works inside a table.")
    finding = TemplateFinding(Severity.ERROR, "E", target, where, message, {"tag": "{%tr x %}"})
    failed = TemplateError(target, [finding])
    assert failed.message("ko") == (
        "오류 E bill.docx (표 1, 2행 3열): {%tr x %}는 표 안에서만 쓸 수 있습니다."
    )
    assert failed.message("en") == (
        "error E bill.docx (table 1, row 2, column 3): {%tr x %} only works inside a table."
    )


def test_an_untranslated_message_shows_the_english():
    assert i18n.gettext("Nobody translated this {x}.", "ko").format(x=1) == (
        "Nobody translated this 1."
    )
    assert Message(N_("A unit has no Korean name.")).text("ko") == "기구 명칭이 비어 있습니다."
    broken = i18n.Text("{missing} 번역", "English {x}", "ko")  # a translation that does not fit
    assert broken.format(x=2) == "English 2"


def test_a_translated_text_survives_copies_into_project_data():
    text = i18n.gettext("New unit", "ko")  # becomes a unit's name, which is deep-copied
    for copied in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert copied == "새 기구" and copied.source == "New unit" and copied.lang == "ko"


def test_nested_messages_are_translated_in_the_same_language():
    inner = Message(N_("the sheet is empty"))
    outer = Message(N_("row {row}: {problem}"), {"row": 3, "problem": inner})
    assert outer.text("ko") == "3행: 시트가 비어 있습니다."
    assert outer.text("en") == "row 3: the sheet is empty"


TRICKY_PO = r"""# a translator's comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=1; plural=0;\n"

#: a.py:1
msgid "Plain"
msgstr "평문"

msgid ""
"Split over "
"two lines"
msgstr "두 줄에 \"나뉜\" 글\n다음 줄\\끝"

#, fuzzy
msgid "Fuzzy"
msgstr "흐릿함"

msgid "Untranslated"
msgstr ""

msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "파일 {n}개"

#~ msgid "Obsolete"
#~ msgstr "폐기"
"""


@pytest.mark.parametrize("text", ["shipped-ko", "shipped-en", "tricky"])
def test_the_po_reader_reads_what_babel_reads(tmp_path, text):
    """The window reads catalogs with its own small reader (babel's costs the start-up more
    than all of OrgDraft's modules); it must agree with babel entry for entry."""
    if text == "tricky":
        path = tmp_path / "messages.po"
        path.write_text(TRICKY_PO, encoding="utf-8")
    else:
        path = i18n.catalog_path(text.removeprefix("shipped-"))
    ours = i18n.read_catalog(path, "ko")
    with path.open("rb") as handle:
        theirs = read_po(handle, locale="ko")
    expected_messages, expected_plurals = {}, {}
    for message in theirs:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            if all(message.string):
                expected_plurals[message.id[0]] = tuple(message.string)
        elif message.string:
            expected_messages[message.id] = message.string
    assert dict(ours.messages) == expected_messages
    assert dict(ours.plurals) == expected_plurals
    if text == "tricky":
        assert ours.gettext("Split over two lines") == '두 줄에 "나뉜" 글\n다음 줄\\끝'
        assert ours.gettext("Fuzzy") == "Fuzzy" and ours.gettext("Obsolete") == "Obsolete"
        assert ours.ngettext("{n} file", "{n} files", 5) == "파일 {n}개"


def test_one_pick_chooses_between_two_texts():
    assert i18n.pick("조례", "Ordinance", "ko") == "조례"
    assert i18n.pick("조례", "Ordinance", "en") == "Ordinance"
    assert i18n.pick("조례", "", "en") == "조례"  # a missing English falls back
    assert i18n.pick("조례", "", "en", fallback=False) == ""  # or stays missing (documents)
    assert i18n.pick(["가"], ["A"], "en") == ["A"]  # any two values, not only strings
    before = i18n.language()
    i18n.set_language("en")
    try:
        assert i18n.pick("조례", "Ordinance") == "Ordinance"  # the interface language
        assert str(Pair("조례", "Ordinance")) == "Ordinance"
    finally:
        i18n.set_language(before)


def test_a_pair_is_read_from_the_fields_of_an_object():
    project = Project()
    project.meta.reasons_ko, project.meta.reasons_en = "이유", "Reasons"
    assert Pair.of(project.meta, "reasons") == Pair("이유", "Reasons")
    unit = Unit("u", UnitKind.DIVISION, "기획과", "")
    assert Pair.of(unit, "name").pick("en") == "기획과"
    assert Pair.of(unit, "name").pick("en", fallback=False) == ""


def test_pick_is_defined_once():
    import desktop.documents.content
    import desktop.ui.tr

    assert desktop.ui.tr.pick is i18n.pick is desktop.documents.content.pick
