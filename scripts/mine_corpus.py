"""Mine real amendment sentences (개정문) with their old and new provisions.

Source: a local git mirror of legalize-kr (consolidated Korean national statutes, one commit
per revision, files ``kr/<name without spaces>/{법률,시행령,대통령령,시행규칙}.md``)::

    python scripts/mine_corpus.py /path/to/legalize-kr [-o tests/data/corpus/cases.jsonl]

How it works:

1. ``git log`` gives every revision: the instrument's name, its promulgation number and date
   (공포번호, 공포일자) and the file it changed.
2. The 부칙 of the amending acts (in each instrument's current file) hold items such as
   ``⑤ 국가공무원법 일부를 다음과 같이 개정한다.`` followed by real amendment sentences; the
   부칙 heading (``부칙 <제10465호,2011.3.29>``) names the amending act's number and date.
3. The target instrument's revision with that number and date is the text *after* the act;
   its previous revision is the text *before*. For each sentence, the articles it touches are
   taken from both versions (converted from the mirror's Markdown to the pasted law.go.kr
   layout), and the case is kept only when the sentence, applied to the old articles by
   OrgDraft's applier, gives exactly the new articles (a revision may carry other changes, or
   a staged date; such cases are dropped and counted).
4. Amendments of the instruments in ``shared/domain/corpus-exclusions.txt`` (names compared
   without spaces) are never read.

Cases are picked deterministically (sorted by a hash of the sentence), organization-related
instruments first, with a quota per sentence form so that every form of drafting-ko.md §3
found in the mirror is covered; a time budget bounds the run.

A held-out set (``--disjoint-from tests/data/corpus/cases.jsonl -o
tests/data/corpus/holdout.jsonl --salt holdout``) is mined the same way from the amending acts
that the main corpus does not use at all (no shared act, so no shared drafter's habits), in a
different order: the drafting rules are tuned on the main corpus, and the held-out rate shows
whether they hold on sentences nobody looked at while writing them.

A development set (``--disjoint-from tests/data/corpus/cases.jsonl --disjoint-from
tests/data/corpus/holdout.jsonl -o tests/data/corpus/dev.jsonl --salt dev``) is mined from the
acts neither of the others uses: more real sentences to find drafting conventions in (a form
seen in one act of the main corpus may be seen in several there), without touching the
held-out set. The issue's rate is the main corpus's.

``--refused FILE`` writes the sentences the applier refused (jsonl, sorted by the kind of
refusal: the sentence, its new texts, the reason in English, the old and new texts), to tell
the sentence forms the applier should read from texts the mirror does not give as the act
amended them (a previous revision of another date, a typo of the bill).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pickle
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.amendment_grammar import (  # noqa: E402
    AnnexOp,
    AnnexRenumber,
    AnnexWords,
    Delete,
    Insert,
    Rename,
    Renumber,
    Replace,
    Rewrite,
    SentenceSyntax,
    parse_sentence,
)
from desktop.core.drafting.applier import AmendmentError, apply_amendment  # noqa: E402
from desktop.core.drafting.applier.verify import same_text  # noqa: E402
from desktop.core.statute_parse import StatuteParseError, parse_instrument  # noqa: E402

DEFAULT_EXCLUSIONS = Path("/work/shared/domain/corpus-exclusions.txt")
ITEM_START = re.compile(
    r"^(?:제\d+조(?:의\d+)?\s*\([^)]*\)\s*)?(?:[①-⑳㉑-㉟]|<\d+>)?\s*(?P<name>\S.*?)\s*일부를\s*다음과\s*같이\s*개정한다\.?\s*(?:<[^<>]*>\s*)?$"
)
ADDENDA_HEAD = re.compile(
    r"^부칙\s*<\s*(?:[^<>]*?)제\s*(\d+)\s*호\s*,\s*(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})"
)
# The mirror prints some titles in doubled brackets (``제6조 ((전염병환자 등에 대한 조치))``)
# where law.go.kr shows one pair: the title is read without the extra pair.
ARTICLE_HEAD = re.compile(r"^#####\s*제(\d+)조(?:의(\d+))?\s*(?:\((?:\((.*)\)|(.*))\))?\s*$")
STOP = re.compile(r"^(?:##\s*부칙|#{1,4}\s*\[?별표|<별표|\[별표)")
CHAPTER = re.compile(r"^#{2,4}\s")
SUBJECT = re.compile(r"^[^:]+:\s*(.*?)\s*\(([^()]*)\)\s*$")
ORG_WORDS = ("직제", "정원", "조직", "행정기구", "지방자치", "지방공무원", "국가공무원")
FILES = ("법률.md", "시행령.md", "대통령령.md", "시행규칙.md")
MAX_CASE_CHARS = 9000  # old + new text of one case


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def read_exclusions(path: Path) -> set[str]:
    """The instruments named in ``path`` (one a line, ``#`` comments), without spaces."""
    return {
        squash(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def git(repo: Path, *args: str, text: bool = True) -> str:
    out = subprocess.run(
        ["git", "-C", str(repo), "-c", "core.quotepath=false", *args],
        check=True,
        capture_output=True,
    ).stdout
    return out.decode("utf-8", "replace") if text else out  # type: ignore[return-value]


class Blobs:
    """``git cat-file --batch`` for reading many files at many commits."""

    def __init__(self, repo: Path) -> None:
        self.proc = subprocess.Popen(
            ["git", "-C", str(repo), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.cache: dict[str, str | None] = {}

    def read(self, commit: str, path: str) -> str | None:
        key = f"{commit}:{path}"
        if key in self.cache:
            return self.cache[key]
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(key.encode() + b"\n")
        self.proc.stdin.flush()
        header = self.proc.stdout.readline().split()
        if len(header) < 3 or header[1] != b"blob":
            self.cache[key] = None
            return None
        size = int(header[2])
        data = self.proc.stdout.read(size)
        self.proc.stdout.read(1)
        text = data.decode("utf-8", "replace")
        if len(self.cache) > 400:
            self.cache.clear()
        self.cache[key] = text
        return text

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait()


@dataclass
class Revision:
    commit: str
    name: str
    kind: str
    number: int
    date: str
    path: str


def read_log(
    repo: Path,
) -> tuple[dict[str, list[Revision]], dict[tuple[str, int, str], list[Revision]]]:
    """Every revision of every instrument file, newest first per file, and an index by
    (name without spaces, 공포번호, 공포일자)."""
    raw = git(repo, "log", "--format=%x00%H%x01%s%x01%b", "--name-only", "--no-renames")
    by_file: dict[str, list[Revision]] = collections.defaultdict(list)
    by_key: dict[tuple[str, int, str], list[Revision]] = collections.defaultdict(list)
    for record in raw.split("\x00")[1:]:
        parts = record.split("\x01", 2)
        if len(parts) < 3:
            continue
        commit, subject, rest = parts
        m = SUBJECT.match(subject)
        number = re.search(r"공포번호:\s*(\d+)", rest)
        date = re.search(r"공포일자:\s*(\d{4}-\d{2}-\d{2})", rest)
        paths = [p for p in rest.split("\n") if p.startswith("kr/") and p.endswith(".md")]
        if not m or not number or not date or len(paths) != 1:
            continue
        rev = Revision(
            commit, m.group(1), m.group(2), int(number.group(1)), date.group(1), paths[0]
        )
        by_file[rev.path].append(rev)
        by_key[(squash(rev.name), rev.number, rev.date)].append(rev)
    return by_file, by_key


# --- Markdown of the mirror -> the pasted law.go.kr layout -------------------------------


def articles_of(markdown: str) -> tuple[str, dict[tuple[int, int], list[str]]]:
    """The title and each article's lines in the pasted layout, by (number, branch)."""
    title = ""
    articles: dict[tuple[int, int], list[str]] = {}
    current: list[str] | None = None
    joined = False
    in_front = markdown.startswith("---")
    for raw in markdown.split("\n"):
        if in_front:
            if raw.startswith("제목:"):
                title = raw.split(":", 1)[1].strip().strip("'\"")
            if raw.strip() == "---" and title:
                in_front = False
            continue
        line = raw.rstrip()
        if STOP.match(line.strip()):
            break
        if m := ARTICLE_HEAD.match(line.strip()):
            head = f"제{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else "")
            heading = m.group(3) if m.group(3) is not None else m.group(4)
            head += f"({heading})" if heading is not None else ""
            current = [head]
            joined = False
            articles[(int(m.group(1)), int(m.group(2) or 0))] = current
            continue
        if CHAPTER.match(line) or line.startswith("# "):
            current = None
            continue
        if current is None or not line.strip():
            continue
        body = line.strip().replace("\\.", ".")
        body = re.sub(r"^\*\*([①-⑳㉑-㉟])\*\*\s*", r"\1 ", body)
        if not joined:
            current[0] = f"{current[0]} {body}"
            joined = True
        else:
            current.append(body)
    return title, articles


# --- The items of the amending acts ------------------------------------------------------


@dataclass
class Item:
    target: str  # as the item names it
    act: str  # the amending act (the file's instrument)
    act_path: str
    number: int
    date: str  # YYYY-MM-DD
    lines: list[str]


def items_of(text: str, act: str, act_path: str) -> list[Item]:
    out: list[Item] = []
    number, date = 0, ""
    item: Item | None = None
    for raw in text.split("\n"):
        line = raw.strip().replace("\\.", ".")
        if not line:
            continue
        if m := ADDENDA_HEAD.match(line):
            number = int(m.group(1))
            date = f"{int(m.group(2)):04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
            item = None
            continue
        if line.startswith("#"):
            item = None
            continue
        if m := ITEM_START.match(line):
            item = None
            if number:
                item = Item(m.group("name").strip(), act, act_path, number, date, [])
                out.append(item)
            continue
        if item is not None:
            item.lines.append(line)
    return out


def sentences_of(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The item's sentences with the body lines their ``다음과 같이`` clauses announce; stops
    at the first line that is neither (the next addenda provision, ``⑥ 생략`` …)."""
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        parsed = None
        if not re.match(r"^제\d+조(?:의\d+)?\(", line):
            try:
                parsed = parse_sentence(line)
            except (SentenceSyntax, ValueError):
                parsed = None
        if parsed is not None and parsed.clauses:
            out.append((line, []))
        elif out and _wants_body(out[-1][0]) and not _addenda_line(line):
            out[-1][1].append(line)
        else:
            break
    return out


def _addenda_line(line: str) -> bool:
    """A line after the last new text of an item: ``⑥ 생략``, ``⑧부터 ⑩까지 생략``,
    ``제3조(시행일) …`` (the amending act's own 부칙), the next item (``⑨ … 일부를 다음과 같이
    개정한다. <신설 2023.10.31>``), an item the consolidation shows deleted (``② 삭제
    <2018.1.22>``), the next 부칙's heading (``부칙(국토의 계획 및 이용에 관한 법률) <제10599호,
    2011.4.14>``), or a sentence on an annex or a form that the applier does not read
    (``별표 2에 제62호를 다음과 같이 신설한다.``)."""
    if line.endswith("생략") or line.endswith("생략)") or ITEM_START.match(line):
        return True
    if re.match(r"^[①-⑳㉑-㉟]\s*삭제\s*<[^<>]*>$", line) or re.match(r"^부\s?칙\s*[(<]", line):
        return True
    if re.match(r"^(?:별표|별지)", line) and line.endswith("한다."):
        return True
    return bool(re.match(r"^제\d+조(?:의\d+)?\s*\((?:시행일|다른|경과|적용|유효)", line))


def _wants_body(sentence: str) -> bool:
    try:
        return parse_sentence(sentence).wants_body
    except (SentenceSyntax, ValueError):
        return False


Key = tuple[int, int]


def touched(sentence: str) -> tuple[set[Key], list[tuple[Key, Key]], bool, bool]:
    """(articles, ranges of articles, title touched, annex touched) of a sentence."""
    parsed = parse_sentence(sentence)
    arts: set[Key] = set()
    spans: list[tuple[Key, Key]] = []
    title = annex = False

    def add(ref: object) -> None:
        num = ref.article  # type: ignore[attr-defined]
        arts.add((num.main, num.branch))

    for clause in parsed.clauses:
        if isinstance(clause, Replace | Rewrite | Delete):
            for first, last in clause.targets:
                add(first)
                add(last)
                if first.article != last.article:
                    spans.append(
                        (
                            (first.article.main, first.article.branch),
                            (last.article.main, last.article.branch),
                        )
                    )
        elif isinstance(clause, Insert):
            if clause.container is not None:
                add(clause.container)
            for first, last in clause.targets:
                add(first)
                add(last)
        elif isinstance(clause, Renumber):
            for source, target in [(clause.source, clause.target), *clause.others]:
                add(source)
                add(target)
        elif isinstance(clause, Rename):
            title = True
        elif isinstance(clause, AnnexOp | AnnexWords | AnnexRenumber):
            annex = True
    return arts, spans, title, annex


# --- Sentence forms (drafting-ko.md §3 rows) ---------------------------------------------

FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("제명", re.compile(r"^제명")),
    ("별표", re.compile(r"별표")),
    ("제목", re.compile(r"의 제목")),
    ("각 호 외의 부분", re.compile(r"각 [호목] 외의 부분")),
    ("본문/단서", re.compile(r" (?:본문|단서|전단|후단)[ 을를]")),
    ("각각", re.compile(r"각각 \"")),
    ("하고/하며 chain", re.compile(r"(?:하고|하며), ")),
    ("comma chain", re.compile(r"\"(?:으로|로), \"")),
    ("다음과 같이 한다", re.compile(r"다음과 같이 한다\.")),
    ("신설 with branch", re.compile(r"의\d+(?:을|를|및).*신설한다\.")),
    ("신설", re.compile(r"신설한다\.")),
    ("삭제 range", re.compile(r"부터 .*까지.*삭제한다\.")),
    ("삭제", re.compile(r"삭제한다\.")),
    ("replace", re.compile(r"중 \".*\"(?:을|를) \".*\"(?:으로|로) 한다\.$")),
]


def forms_of(sentence: str) -> list[str]:
    return [name for name, pattern in FORMS if pattern.search(sentence)] or ["other"]


def org_related(name: str) -> bool:
    return any(word in name for word in ORG_WORDS)


# --- Mining ------------------------------------------------------------------------------


def case_text(title: str, articles: dict[tuple[int, int], list[str]], keys: set) -> str:
    lines = [title, ""]
    for key in sorted(keys):
        if key in articles:
            lines.extend(articles[key])
    return "\n".join(lines) + "\n"


def collect(repo: Path, excluded: set[str]) -> tuple[dict, dict, list]:
    """The revisions and every candidate sentence: (not organization-related, hash, item,
    index in the item, sentence, body lines)."""
    print("reading the log …", file=sys.stderr)
    by_file, by_key = read_log(repo)
    print(f"{len(by_file)} files, {sum(map(len, by_file.values()))} revisions", file=sys.stderr)
    listing = git(repo, "grep", "-l", "일부를 다음과 같이 개정한다", "HEAD", "--", "kr")
    act_files = [line.split(":", 1)[1] for line in listing.splitlines() if ":" in line]
    blobs = Blobs(repo)
    candidates = []
    for act_path in act_files:
        if squash(act_path.split("/")[1]) in excluded:
            continue
        text = blobs.read("HEAD", act_path) or ""
        act_title = re.search(r"^제목:\s*(.*)$", text, re.M)
        act = act_title.group(1).strip().strip("'\"") if act_title else act_path
        if squash(act) in excluded:
            continue
        for item in items_of(text, act, act_path):
            if squash(item.target) in excluded:
                continue
            for index, (sentence, body) in enumerate(sentences_of(item.lines)):
                digest = hashlib.sha1(f"{item.target}|{sentence}".encode()).hexdigest()
                key = (not org_related(item.target), digest)
                candidates.append((*key, item, index, sentence, body))
    blobs.close()
    return dict(by_file), dict(by_key), candidates


def _problem(exc: AmendmentError) -> str:
    """The kind of an applier's refusal: its message without the sentence number."""
    return exc.problem.msgid if exc.sentence else exc.message_id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repo", type=Path, help="legalize-kr git directory")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "tests/data/corpus/cases.jsonl")
    ap.add_argument("--exclusions", type=Path, default=DEFAULT_EXCLUSIONS)
    ap.add_argument("--per-form", type=int, default=60, help="cases wanted per sentence form")
    ap.add_argument("--org", type=int, default=150, help="organization-related cases wanted")
    ap.add_argument("--total", type=int, default=700)
    ap.add_argument("--budget", type=float, default=600.0, help="seconds for checking cases")
    ap.add_argument("--cache", type=Path, help="pickle the log and the candidates here")
    ap.add_argument(
        "--disjoint-from",
        type=Path,
        action="append",
        default=[],
        help="a corpus file whose amending acts (and sentences) are left out of this one "
        "(may be given more than once)",
    )
    ap.add_argument("--salt", default="", help="a word that changes the order cases are picked in")
    ap.add_argument(
        "--refused",
        type=Path,
        help="write the sentences the applier refuses here (jsonl: the sentence, its body, "
        "the applier's reason in English, the old and new texts), to be read by reason",
    )
    args = ap.parse_args(argv)
    started = time.monotonic()
    excluded = read_exclusions(args.exclusions)
    if args.cache and args.cache.exists():
        with args.cache.open("rb") as fh:
            by_file, by_key, candidates = pickle.load(fh)
    else:
        by_file, by_key, candidates = collect(args.repo, excluded)
        if args.cache:
            with args.cache.open("wb") as fh:
                pickle.dump((by_file, by_key, candidates), fh)
    if args.disjoint_from:
        used = []
        for path in args.disjoint_from:
            with path.open(encoding="utf-8") as fh:
                used += [json.loads(line) for line in fh if line.strip()]
        used_acts = {(c["act_number"], c["act_date"]) for c in used}
        used_sentences = {c["sentence"] for c in used}
        candidates = [
            c
            for c in candidates
            if (c[2].number, c[2].date) not in used_acts and c[4] not in used_sentences
        ]
    blobs = Blobs(args.repo)
    if args.salt:
        salted = args.salt.encode()
        candidates.sort(key=lambda c: (c[0], hashlib.sha1(salted + c[1].encode()).hexdigest()))
    else:
        candidates.sort(key=lambda c: (c[0], c[1]))
    print(f"{len(candidates)} candidate sentences", file=sys.stderr)
    loop_started = time.monotonic()

    stats: collections.Counter[str] = collections.Counter()
    per_form: collections.Counter[str] = collections.Counter()
    cases: list[dict] = []
    refused: list[dict] = []
    seen: set[str] = set()
    org_count = 0
    for _, _, item, index, sentence, body in candidates:
        if len(cases) >= args.total or time.monotonic() - loop_started > args.budget:
            break
        forms = forms_of(sentence)
        org = org_related(item.target)
        want = any(per_form[f] < args.per_form for f in forms) or (org and org_count < args.org)
        if not want or sentence in seen:
            stats["skipped (quota)"] += 1
            continue
        stats["tried"] += 1
        try:
            arts, spans, title_touched, annex = touched(sentence)
        except (SentenceSyntax, ValueError):
            stats["unreadable"] += 1
            continue
        if annex:
            stats["annex (not in the mirror's text)"] += 1
            continue
        revs = by_key.get((squash(item.target), item.number, item.date), [])
        if not revs:
            stats["no revision of the target with the act's number and date"] += 1
            continue
        rev = revs[0]
        history = by_file[rev.path]
        position = next(i for i, r in enumerate(history) if r.commit == rev.commit)
        if position + 1 >= len(history):
            stats["no earlier revision"] += 1
            continue
        before = history[position + 1]
        old_md = blobs.read(before.commit, rev.path)
        if old_md is None:
            stats["unreadable file"] += 1
            continue
        old_title, old_articles = articles_of(old_md)
        # every article of a range (제26조의2부터 제26조의12까지), branches included
        arts |= {k for k in old_articles if any(a <= k <= b for a, b in spans)}
        old_text = case_text(old_title, old_articles, arts)
        # The act's revision, or (staged dates) one of the next two revisions of the target.
        new_text = old_text
        for later in history[max(0, position - 2) : position + 1][::-1]:
            new_md = blobs.read(later.commit, rev.path) or ""
            new_title, new_articles = articles_of(new_md)
            new_text = case_text(new_title if title_touched else old_title, new_articles, arts)
            if new_text != old_text:
                rev = later
                break
        if len(old_text) + len(new_text) > MAX_CASE_CHARS:
            stats["too long"] += 1
            continue
        amendment = "\n".join([sentence, *body])
        try:
            old_inst, messages = parse_instrument(old_text)
            new_inst, messages2 = parse_instrument(new_text)
            if any(m.severity == "error" for m in messages + messages2):
                stats["old or new text unreadable"] += 1
                continue
            applied = apply_amendment(old_inst, amendment)
        except AmendmentError as exc:
            stats[f"applier refused: {exc.messages[0].message_id[:60]}"] += 1
            refused.append(
                {
                    "id": f"{squash(item.target)}-{item.number}-{index + 1}",
                    "target": item.target,
                    "act": item.act,
                    "act_number": item.number,
                    "act_date": item.date,
                    "sentence": sentence,
                    "body": "\n".join(body),
                    "problem": _problem(exc),
                    "reason": exc.message("en"),
                    "old": old_text,
                    "new": new_text,
                }
            )
            continue
        except (StatuteParseError, ValueError):
            stats["old or new text unreadable"] += 1
            continue
        if same_text(old_inst, new_inst):
            stats["no change in the target's revision"] += 1
            continue
        if not same_text(applied, new_inst):
            stats["revision differs from the sentence (other changes, staged date)"] += 1
            continue
        seen.add(sentence)
        for f in forms:
            per_form[f] += 1
        org_count += org
        stats["kept"] += 1
        cases.append(
            {
                "id": f"{squash(item.target)}-{item.number}-{index + 1}",
                "target": item.target,
                "target_path": rev.path,
                "provisions": [f"제{a}조" + (f"의{b}" if b else "") for a, b in sorted(arts)],
                "act": item.act,
                "act_number": item.number,
                "act_date": item.date,
                "act_path": item.act_path,
                "commit_before": before.commit,
                "commit_after": rev.commit,
                "forms": forms,
                "organization": org,
                "sentence": sentence,
                "body": "\n".join(body),
                "old": old_text,
                "new": new_text,
            }
        )
    blobs.close()
    cases.sort(key=lambda c: c["id"])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    summary = {
        "cases": len(cases),
        "organization_related": org_count,
        "per_form": dict(sorted(per_form.items())),
        "stats": dict(sorted(stats.items())),
        "excluded_instruments": sorted(excluded),
        "seconds": round(time.monotonic() - started, 1),
    }
    if args.refused:
        refused.sort(key=lambda c: (c["problem"], c["id"]))
        with args.refused.open("w", encoding="utf-8") as fh:
            for case in refused:
                fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    summary_name = (
        "summary.json" if args.output.stem == "cases" else f"{args.output.stem}-summary.json"
    )
    (args.output.parent / summary_name).write_text(
        json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps(summary, ensure_ascii=False, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
