"""The one home of the application's settings (QSettings, INI format).

Every setting is declared once in :data:`SETTINGS` — key, type, default, label, and what a
valid value is — like qutebrowser's configuration schema: :class:`AppSettings` reads and
writes them (a stored value of the wrong type or out of range reads as the default) and the
Settings dialog (:mod:`desktop.ui.settingsdialog`) is generated from the same table. Values
leave this module as plain Python (``Fonts``, ``FileNames``, dicts) so the core stays Qt-free.

Tests and the benchmark point the settings and the recovery folder elsewhere, either by
passing paths or with ``ORGDRAFT_CONFIG_DIR`` — never the real user profile.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QStandardPaths

from desktop.core.rules import (
    ARTICLES_APART,
    ARTICLES_JOINED,
    BODY_PART,
    BODY_SAME,
    CHAIN_COMMA,
    CHAIN_HAGO,
    CITE_BARE,
    CITE_NAMED,
    CITE_WHOLE,
    DEFAULT_ARTICLES,
    DEFAULT_BODY,
    DEFAULT_CHAIN,
    DEFAULT_CITE,
    DEFAULT_LEAD,
    DEFAULT_LISTS,
    DEFAULT_MAX_REPLACEMENTS,
    DEFAULT_SHORT,
    DEFAULT_TITLE,
    LEAD_APART,
    LEAD_GATHER,
    LISTS_AND,
    LISTS_COMMAS,
    MAX_REPLACEMENTS_RANGE,
    SHORT_AMEND,
    SHORT_REWRITE,
    SHORT_WHOLE,
    TITLE_GATHER,
    TITLE_PART,
    TITLE_WHOLE,
    DraftingOptions,
)
from desktop.documents.names import PATTERN_FIELDS, FileNames, with_pattern
from desktop.documents.schema import DOCUMENTS
from desktop.ui.tr import N_, _

if TYPE_CHECKING:  # python-docx loads only when a document is written
    from desktop.documents.typography import Fonts

MAX_RECENT = 8

PRESS, DOCUMENTS_SECTION, DRAFTING, APPLICATION = (
    N_("Press release"),
    N_("Documents"),
    N_("Drafting"),
    N_("Application"),
)
KOREAN_FONTS = ("바탕", "맑은 고딕", "돋움", "굴림", "함초롬바탕", "함초롬돋움")
LATIN_FONTS = ("Times New Roman", "Arial", "Calibri", "Cambria")


def _email(value: str) -> str:
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        return _("Not an e-mail address (name@gg.go.kr).")
    return ""


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if value and (not re.fullmatch(r"[0-9+()\-. ]+", value) or len(digits) < 7):
        return _("Not a telephone number (031-8008-2114).")
    return ""


def _pattern(value: str) -> str:
    fields = re.findall(r"\{(\w*)\}", value)
    unknown = [f for f in fields if f not in PATTERN_FIELDS]
    if "{name}" not in value:
        return _("The pattern must contain {name}, or two files would get the same name.")
    if unknown:
        return _("Unknown field {{{field}}}.").format(field=unknown[0])
    if "/" in value or "\\" in value:
        return _("A file name cannot contain / or \\.")
    return ""


def _folder(value: str) -> str:
    return _("No such folder.") if value and not Path(value).is_dir() else ""


def _subset(allowed: tuple[str, ...]) -> Callable[[list], str]:
    def check(value: list) -> str:
        if not value or any(item not in allowed for item in value):
            return _("Choose from: {items}.").format(items=", ".join(allowed))
        return ""

    return check


@dataclass(frozen=True)
class Setting:
    """One setting: ``label`` empty keeps it out of the Settings dialog (remembered state)."""

    key: str
    type: type  # str, int, bool or list (of str)
    default: Any
    label: str = ""  # N_()
    section: str = ""  # N_()
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) — labels marked with N_()
    minimum: int = 0
    maximum: int = 0
    kind: str = ""  # a widget hint: "folder"
    check: Callable[[Any], str] | None = None  # why a value is refused ("" when it is fine)
    tip: str = ""  # N_()
    hint: bool = False  # show the tip under the field, not only as a tooltip

    def problem(self, value: Any) -> str:
        """Why ``value`` cannot be stored (translated), or ``""``."""
        if type(value) is not self.type or (
            self.type is list and not all(isinstance(v, str) for v in value)
        ):
            return _("Wrong type of value.")
        if self.choices and value not in [c for c, _label in self.choices]:
            return _("Not one of the choices.")
        if self.type is int and not self.minimum <= value <= self.maximum:
            return _("Between {low} and {high}.").format(low=self.minimum, high=self.maximum)
        return self.check(value) if self.check else ""


def _text(key: str, label: str, section: str, **more: Any) -> Setting:
    return Setting(key, str, "", label, section, **more)


SETTINGS: tuple[Setting, ...] = (
    _text("press/officer_ko", N_("Your name (Korean)"), PRESS, tip=N_("담당자 — e.g. 홍길동")),
    _text("press/officer_en", N_("Your name (English)"), PRESS),
    _text("press/department_ko", N_("Department (Korean)"), PRESS, tip=N_("e.g. 조직담당관")),
    _text("press/department_en", N_("Department (English)"), PRESS),
    _text("press/phone", N_("Telephone"), PRESS, check=_phone),
    _text("press/email", N_("E-mail"), PRESS, check=_email),
    _text(
        "documents/font_ko",
        N_("Korean font"),
        DOCUMENTS_SECTION,
        choices=(("", N_("As in the templates")), *((f, f) for f in KOREAN_FONTS)),
        tip=N_("Replaces the fonts of every template (bills use 바탕, the others 맑은 고딕)."),
    ),
    _text(
        "documents/font_latin",
        N_("Latin font"),
        DOCUMENTS_SECTION,
        choices=(("", N_("Same as the Korean font")), *((f, f) for f in LATIN_FONTS)),
        tip=N_("Used with the Korean font chosen above."),
    ),
    _text(
        "documents/template_folder",
        N_("Template folder"),
        DOCUMENTS_SECTION,
        kind="folder",
        check=_folder,
        tip=N_("Your office's own templates (ko/bill.docx …); the built-in ones fill the gaps."),
        hint=True,
    ),
    Setting(
        "documents/file_pattern",
        str,
        "{name}",
        N_("File names"),
        DOCUMENTS_SECTION,
        check=_pattern,
        tip=N_("{name} is the usual name; also {date}, {lang}, {doc}, {government}, {short}."),
        hint=True,
    ),
    Setting(
        "drafting/hyphens",
        bool,
        True,
        N_("Abbreviate unchanged text with hyphens in comparison tables"),
        DRAFTING,
    ),
    Setting(
        "drafting/max_replacements",
        int,
        DEFAULT_MAX_REPLACEMENTS,
        N_("Rewrite whole after (replacements)"),
        DRAFTING,
        minimum=MAX_REPLACEMENTS_RANGE[0],
        maximum=MAX_REPLACEMENTS_RANGE[1],
        tip=N_(
            "A provision (or an article's paragraphs) needing more replacements than this is "
            "rewritten whole in the bill; a subparagraph (호) needing more than two is "
            "rewritten whole too, as published bills do."
        ),
        hint=True,
    ),
    Setting(
        "drafting/chain",
        str,
        DEFAULT_CHAIN,
        N_("Several replacements in one provision"),
        DRAFTING,
        choices=(
            (CHAIN_COMMA, N_("With commas (…로, …로 한다)")),
            (CHAIN_HAGO, N_("With 하고/하며 (…로 하고, …로 한다)")),
        ),
        tip=N_(
            "How an amendment sentence chains several replacements inside one provision; "
            "both forms occur in published bills."
        ),
    ),
    Setting(
        "drafting/title",
        str,
        DEFAULT_TITLE,
        N_("Changed article titles"),
        DRAFTING,
        choices=(
            (TITLE_WHOLE, N_('Always the whole title (제목 "(…)"를 "(…)"로)')),
            (TITLE_GATHER, N_("Whole, or with the body when the same words change")),
            (TITLE_PART, N_('Only the changed words (제목 중 "…"를 "…"로)')),
        ),
        tip=N_(
            "How an amendment sentence changes an article title; all three forms occur in "
            "published bills."
        ),
    ),
    Setting(
        "drafting/lead",
        str,
        DEFAULT_LEAD,
        N_("Lead-ins whose items change too"),
        DRAFTING,
        choices=(
            (LEAD_GATHER, N_("With the provisions before them (… 각 호 외의 부분 중 각각)")),
            (LEAD_APART, N_("On their own (… 각 호 외의 부분 중 …, 같은 항 제3호 중)")),
        ),
        tip=N_(
            "When the same words change in a provision and in the lead-in (각 호 외의 부분) "
            "after it, whose items change too: one clause with 각각, or the lead-in cited on "
            "its own so that the 같은 항 that follows means it alone; both forms occur in "
            "published bills."
        ),
    ),
    Setting(
        "drafting/short",
        str,
        DEFAULT_SHORT,
        N_("Changed subparagraphs and items"),
        DRAFTING,
        choices=(
            (
                SHORT_REWRITE,
                N_("Rewritten whole when quoted almost whole (제3호를 다음과 같이 한다)"),
            ),
            (SHORT_AMEND, N_('Amended by their words (제3호 중 "…"를 "…"로 한다)')),
            (SHORT_WHOLE, N_("Always rewritten whole, however little changes")),
        ),
        tip=N_(
            "How a subparagraph (호) or an item (목) whose words change is amended: rewritten "
            "whole when its changed words would take most of its text, only its changed words "
            "replaced, or always rewritten whole; a word changed across the bill is replaced "
            "with 각각 in every form. All three forms occur in published bills."
        ),
    ),
    Setting(
        "drafting/cite",
        str,
        DEFAULT_CITE,
        N_("Citations of another statute"),
        DRAFTING,
        choices=(
            (
                CITE_NAMED,
                N_('With the name when a number changes ("「○○법」 제5조"를 "「○○법」 제6조"로)'),
            ),
            (CITE_BARE, N_('Without the name when a number changes ("제5조"를 "제6조"로)')),
            (
                CITE_WHOLE,
                N_('Always whole, a renamed law too ("「○○법」 제5조"를 "「△△법」 제5조"로)'),
            ),
        ),
        tip=N_(
            "How a changed citation of another statute is quoted: when only the article or annex "
            "number changes, with the statute's name or without it; when only the statute is "
            "renamed, its name alone or with the provision cited after it. All three forms "
            "occur in published bills."
        ),
    ),
    Setting(
        "drafting/articles",
        str,
        DEFAULT_ARTICLES,
        N_("Changes of several articles"),
        DRAFTING,
        choices=(
            (ARTICLES_APART, N_("One sentence per article (…로 한다. 제5조 중 …)")),
            (ARTICLES_JOINED, N_("Joined in one sentence (…로 하고, 제5조 중 …로 한다)")),
        ),
        tip=N_(
            "How an amendment sentence writes the changes of several articles: one sentence "
            "for each article, as the bills of local governments do, or one sentence joining "
            "them with 하고/하며, as many bills amending another statute in their addenda do; "
            "both forms occur in published bills."
        ),
    ),
    Setting(
        "drafting/lists",
        str,
        DEFAULT_LISTS,
        N_("Lists over several articles"),
        DRAFTING,
        choices=(
            (LISTS_AND, N_("및 before the last article (제3조제1항ㆍ제2항 및 제5조)")),
            (LISTS_COMMAS, N_("Commas between articles (제3조제1항 및 제2항, 제5조)")),
        ),
        tip=N_(
            "How an amendment sentence lists provisions of several articles: 및 before the "
            "last article and ㆍ within one, or commas between the articles and 및 before the "
            "last provision of each; both forms occur in published bills."
        ),
    ),
    Setting(
        "drafting/body",
        str,
        DEFAULT_BODY,
        N_("An article's text after its title"),
        DRAFTING,
        choices=(
            (BODY_SAME, N_("The article (제5조의 제목 및 같은 조 중)")),
            (
                BODY_PART,
                N_("Text other than the title (제5조의 제목 및 같은 조 제목 외의 부분 중)"),
            ),
        ),
        tip=N_(
            "How an amendment sentence cites the single unnumbered paragraph of an article "
            "after the article's title: as the article itself (같은 조 중) or as its text other "
            "than the title (같은 조 제목 외의 부분 중); both forms occur in published bills."
        ),
    ),
    Setting(
        "autosave_minutes",
        int,
        1,
        N_("Save a recovery copy every (minutes)"),
        APPLICATION,
        minimum=1,
        maximum=60,
    ),
    _text(
        "interface/language",
        N_("Interface language"),
        APPLICATION,
        choices=(("", N_("As the system")), ("ko", "한국어"), ("en", "English")),
    ),
    Setting("recent_files", list, []),
    Setting("last_project", str, ""),
    Setting("export/folder", str, ""),
    Setting("export/docs", list, list(DOCUMENTS), check=_subset(DOCUMENTS)),
    Setting("export/langs", list, ["ko", "en"], check=_subset(("ko", "en"))),
    Setting("export/pdf", bool, False),
    # Word (DOCX) by default; 한/글 (HWPX) beside it when chosen
    Setting("export/formats", list, ["docx"], check=_subset(("docx", "hwpx"))),
)
BY_KEY = {s.key: s for s in SETTINGS}


def config_dir_override() -> Path | None:
    value = os.environ.get("ORGDRAFT_CONFIG_DIR", "")
    return Path(value) if value else None


def default_recovery_dir() -> Path:
    override = config_dir_override()
    if override is not None:
        return override / "recovery"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery"


def default_log_dir() -> Path:
    """Where crash details are written for the help desk (beside the recovery folder)."""
    return default_recovery_dir().parent / "logs"


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        override = config_dir_override()
        if path is None and override is not None:
            path = override / "orgdraft.ini"
        if path is not None:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "OrgDraft", "OrgDraft"
            )

    # -- declared settings -----------------------------------------------------------------
    def get(self, key: str) -> Any:
        """The stored value of ``key``, or its default when absent or not valid."""
        setting = BY_KEY[key]
        raw = self._qs.value(key, "")
        try:
            value = json.loads(raw) if isinstance(raw, str) and raw else setting.default
        except ValueError:
            return setting.default
        return setting.default if setting.problem(value) else value

    def set(self, key: str, value: Any) -> None:
        """Store ``value``; ``ValueError`` (with the reason) when it is not valid."""
        problem = BY_KEY[key].problem(value)
        if problem:
            raise ValueError(problem)
        self._qs.setValue(key, json.dumps(value, ensure_ascii=False))
        self._qs.sync()

    def reset(self, key: str) -> None:
        self._qs.remove(key)
        self._qs.sync()

    def drafting_options(self) -> DraftingOptions:
        """The drafting options chosen in Settings (``drafting/…``)."""
        return DraftingOptions(
            max_replacements=self.get("drafting/max_replacements"),
            chain=self.get("drafting/chain"),
            title=self.get("drafting/title"),
            lead=self.get("drafting/lead"),
            short=self.get("drafting/short"),
            cite=self.get("drafting/cite"),
            articles=self.get("drafting/articles"),
            lists=self.get("drafting/lists"),
            body=self.get("drafting/body"),
        )

    def press_defaults(self) -> dict[str, str]:
        """The official's details for the press header (keys of ``project.press``)."""
        keys = ("officer_ko", "officer_en", "department_ko", "department_en", "email")
        values = {key: self.get(f"press/{key}") for key in keys}
        values["officer_phone"] = self.get("press/phone")
        return {key: value for key, value in values.items() if value}

    def fonts(self) -> Fonts | None:
        """The fonts that replace the templates' own, or ``None`` to keep them."""
        from desktop.documents.typography import Fonts

        korean = self.get("documents/font_ko")
        return Fonts(korean, self.get("documents/font_latin") or korean) if korean else None

    def file_names(self, today: dt.date | None = None, pattern: str | None = None) -> FileNames:
        pattern = self.get("documents/file_pattern") if pattern is None else pattern
        return with_pattern(pattern, (today or dt.date.today()).strftime("%Y%m%d"))

    def template_folder(self) -> Path | None:
        folder = self.get("documents/template_folder")
        return Path(folder) if folder else None

    # -- what the window remembers ---------------------------------------------------------
    def recent_files(self) -> list[str]:
        return self.get("recent_files")

    def add_recent(self, path: Path) -> None:
        text = str(path)
        files = [text, *(f for f in self.recent_files() if f != text)]
        self.set("recent_files", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.set("recent_files", [])

    def last_project(self) -> str:
        return self.get("last_project")

    def set_last_project(self, path: Path | None) -> None:
        self.set("last_project", str(path) if path else "")

    def autosave_minutes(self) -> int:
        return self.get("autosave_minutes")

    def set_autosave_minutes(self, minutes: int) -> None:
        setting = BY_KEY["autosave_minutes"]
        self.set("autosave_minutes", min(setting.maximum, max(setting.minimum, int(minutes))))
