"""The press release documents (보도자료 / press release) laid out from
:mod:`desktop.core.press`, which drafts them."""

from __future__ import annotations

import datetime as dt

from desktop.core.press import PressParagraph, dateline, release_line_en
from desktop.core.project import DraftInputs
from desktop.documents import layout
from desktop.documents.content import Content, common, missing
from desktop.documents.layout import Part
from desktop.documents.text import unbroken_phone
from desktop.i18n import pick


def _field(press: dict, key: str, lang: str, ko: str, en: str) -> str:
    value = press.get(f"{key}_{lang}") or press.get(key)
    return str(value) if value else missing(lang, ko, en)


def _person(press: dict, key: str, lang: str, ko: str, en: str) -> str:
    name = press.get(f"{key}_{lang}") or press.get(key)
    phone = press.get(f"{key}_phone")
    if not name:
        return missing(lang, ko, en)
    if not phone:
        return str(name)
    phone = unbroken_phone(str(phone))
    return pick(f"{name}({phone})", f"{name}, Tel. {phone}", lang)


def _body(paragraphs: list[PressParagraph], lang: str) -> Part:
    out: Part = []
    for para in paragraphs:
        text = para.text(lang)
        if lang == "en":
            out.append(layout.para(text, "OD Body"))
        elif para.kind == "detail":
            out.append(layout.para(f"○ {text}", "OD Press Detail"))
        else:
            out.append(layout.para(f"□ {text}", "OD Press Point"))
    return out


def press_release(inputs: DraftInputs, lang: str, today: dt.date) -> Content:
    press = inputs.project.press
    paragraphs = inputs.draft.press_paragraphs
    by_kind = {
        kind: [p for p in paragraphs if p.kind == kind]
        for kind in ("headline", "subline", "lead", "quote", "attachment")
    }
    body = [p for p in paragraphs if p.kind in ("point", "detail", "own")]  # own: □
    body = [p for p in body if p.text(lang).strip()]  # an emptied paragraph is left out
    if lang == "ko":
        release = _field(press, "release", lang, "보도일시", "release time")
    else:
        release = release_line_en(inputs)
    values = {
        **common(inputs, lang, today),
        "release": release,
        "distributed": _field(press, "distributed", lang, "배포일시", "distribution time"),
        "department": _field(press, "department", lang, "담당부서", "department"),
        "director": _person(press, "director", lang, "담당과장", "director"),
        "officer": _person(press, "officer", lang, "담당자", "officer"),
        "email": str(press.get("email") or missing(lang, "전자우편", "e-mail")),
        "extras": press.get(f"extras_{lang}") or pick("사진 없음, 붙임 2건", "2 attachments", lang),
        "embargo": press.get(f"embargo_{lang}") or "",
        "headline": by_kind["headline"][0].text(lang),
        "sublines": [p.text(lang) for p in by_kind["subline"]],
        "dateline": dateline(inputs),
        "lead": by_kind["lead"][0].text(lang),
        "quote": by_kind["quote"][0].text(lang),
        "attachments": [p.text(lang) for p in by_kind["attachment"]],
    }
    return Content(values, {"body": _body(body, lang)})
