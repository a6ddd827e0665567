"""``parse_page``: the fields and body of a saved government page.

The core does not know any site. It reads lines (from HTML or text), strips widgets,
finds label/value pairs on every line (``labels.find_pairs``), marks chrome lines, finds
the title, and then decides: a line of pairs is metadata when it carries a strong label
or sits between the title and the first line of the document; the footer starts at a
footer marker after which no sentence of the document follows; the body is what is left
between the title and the footer. Fields the page does not state stay empty
(``decide.py``), and ``missing`` lists them.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from dataclasses import asdict, dataclass, field

from gongkai.publishing.importing import chrome, decide
from gongkai.publishing.importing.htmlpage import read_html
from gongkai.publishing.importing.labels import STRONG, Pair, find_pairs, label_only
from gongkai.publishing.importing.textutil import (
    date_only,
    doc_number_only,
    looks_html,
    norm,
    parse_date,
    squash,
)

FIELD_LABELS = {
    "title": "标题",
    "organ": "发文机构",
    "doc_number": "文号",
    "index_number": "索引号",
    "written_on": "成文日期",
    "published_at": "发布日期",
    "topic": "主题分类",
}


@dataclass
class ParsedPage:
    title: str = ""
    organ: str = ""
    doc_number: str = ""
    index_number: str = ""
    topic: str = ""
    catalogue: str = ""
    written_on: dt.date | None = None
    published_at: dt.datetime | None = None
    validity: str = ""
    attribute: str = ""
    kind: str = ""
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def body_text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def body_html(self) -> str:
        out, rows = [], []

        def flush():
            if rows:
                cells = "".join(
                    "<tr>" + "".join(f"<td>{htmllib.escape(c)}</td>" for c in r) + "</tr>"
                    for r in rows
                )
                out.append(f"<table><tbody>{cells}</tbody></table>")
                rows.clear()

        for p in self.paragraphs:
            if "\t" in p:
                rows.append(p.split("\t"))
                continue
            flush()
            out.append(f"<p>{htmllib.escape(p)}</p>")
        flush()
        return "".join(out)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["written_on"] = self.written_on.isoformat() if self.written_on else None
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        data["paragraphs"] = len(self.paragraphs)
        data["body"] = self.body_text
        data["removed"] = self.removed[:80]
        return data


@dataclass
class Line:
    text: str
    kind: str = "text"  # blank, chrome, crumb, meta, text
    pairs: list[Pair] = field(default_factory=list)
    candidate: bool = False  # a line of label/value pairs
    strong: bool = False


def _classify(raw_lines: list[str], removed: list[str]) -> list[Line]:
    lines = []
    for raw in raw_lines:
        text = norm(raw)
        cleaned = chrome.strip_inline(text)
        if cleaned != text:
            removed.append(text)
        line = Line(cleaned)
        if not cleaned.strip("\t "):
            line.kind = "blank"
        elif chrome.BREADCRUMB.search(cleaned) and len(cleaned) < 200:
            line.kind = "crumb"
        else:
            pairs = find_pairs(cleaned) if len(cleaned) < 300 else []
            if pairs:
                prefix = cleaned[: pairs[0].start].strip(" 【[（(·•|｜\t")
                colons = sum(p.colon for p in pairs)
                if not prefix or (colons >= 2 and len(prefix) <= 4):
                    line.pairs = pairs
                    line.candidate = True
                    line.strong = any(p.label in STRONG for p in pairs) or colons >= 2
            if not line.candidate and (
                chrome.is_chrome_line(cleaned.replace("\t", " ")) or chrome.is_nav_line(cleaned)
            ):
                line.kind = "chrome"
        lines.append(line)
    _attach_next_line_values(lines)
    return lines


def _attach_next_line_values(lines: list[Line]) -> None:
    """A label alone on its line (a list item, a table cell saved as text) takes the next
    line as its value, unless that line is itself a label: then the value is empty."""
    i = 0
    while i < len(lines):
        line = lines[i]
        only = label_only(line.text) if line.candidate and len(line.pairs) == 1 else None
        if only is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind == "blank":
            j += 1
        if j < len(lines):
            nxt = lines[j]
            value_like = (
                nxt.kind == "text"
                and not nxt.candidate
                and len(nxt.text) <= 80
                and not re.search(r"[。！？]", nxt.text)
                and _fits(only.key, nxt.text)
            )
            if value_like:
                only.value = decide.clean_value(nxt.text)
                nxt.kind = "meta"
                nxt.candidate = True
                nxt.pairs = []
                nxt.strong = line.strong
                line.pairs = [only]
                i = j + 1
                continue
        i += 1


def _fits(key: str, value: str) -> bool:
    """Whether a line can be the value of a label on the line before it."""
    if key in ("written", "published", "archived"):
        return parse_date(value) is not None
    if key in ("index_number", "doc_number"):
        return bool(re.search(r"\d", value)) and len(value) <= 60
    if key in ("organ", "source", "topic", "catalogue", "validity", "attribute", "noise"):
        return len(squash(value)) <= 40
    return True


def _is_title_like(line: Line) -> bool:
    text = line.text
    if line.kind != "text" or line.candidate or "\t" in text:
        return False
    s = squash(text)
    if not (5 <= len(s) <= 160) or not re.search(r"[\u4e00-\u9fa5]", s):
        return False
    if re.search(r"[。，；：:、,]$", s) or chrome.ENUMERATED.match(s):
        return False
    if doc_number_only(s) or date_only(s) or chrome.is_nav_line(text):
        return False
    words = text.split()
    if len(words) >= 3 and all(re.fullmatch(r"[\u4e00-\u9fa5]{2,12}", w) for w in words):
        return False  # a row of site names or menu words
    return len(re.findall(r"[。！？]", s)) == 0


def _find_title(lines: list[Line], meta: dict, headings: list[str], labelled: str):
    """(title, index of its first line or None, index of its last line)."""
    if meta.get("articletitle"):
        return meta["articletitle"].strip(), None, None
    if labelled:
        return labelled, None, None
    wanted = decide.title_from_tag(meta.get("<title>", ""))
    wants = [squash(w) for w in ([wanted] if wanted else []) + decide.real_headings(headings)]
    order = [i for i, line in enumerate(lines) if _is_title_like(line)]
    for want in wants:
        if len(want) < 5:
            continue
        for i in order:
            s = squash(lines[i].text)
            if s == want or (len(s) >= 8 and (want.startswith(s) or s.startswith(want))):
                title, last = _join_wrapped(lines, i, want)
                return title, i, last
    if wanted:
        return wanted, None, None
    first_sentence = next(
        (i for i, ln in enumerate(lines) if ln.kind == "text" and chrome.is_sentence(ln.text)),
        len(lines),
    )
    before = [i for i in order if i < first_sentence] or order[:1]
    titled = [
        i
        for i in before
        if len(squash(lines[i].text)) >= 10
        and ("关于" in lines[i].text or decide.TITLE_END.search(squash(lines[i].text)))
    ]
    for i in titled[:1] or before[:1]:
        title, last = _join_wrapped(lines, i, "")
        return title, i, last
    return "", None, None


def _join_wrapped(lines: list[Line], i: int, want: str) -> tuple[str, int]:
    title = lines[i].text
    if decide.TITLE_END.search(squash(title)) and not (want and len(squash(title)) < len(want)):
        return title, i
    j = i + 1
    while j < len(lines) and lines[j].kind == "blank":
        j += 1
    if j < len(lines) and _is_title_like(lines[j]) and len(squash(lines[j].text)) <= 60:
        joined = squash(title) + squash(lines[j].text)
        if (want and want.startswith(joined)) or (
            not want and decide.TITLE_END.search(squash(lines[j].text))
        ):
            return title + lines[j].text, j
    return title, i


def parse_page(raw: str, is_html: bool | None = None) -> ParsedPage:
    """Extract an item's fields from the text or HTML of a saved page."""
    page = ParsedPage()
    if is_html is None:
        is_html = looks_html(raw)
    meta: dict[str, str] = {}
    headings: list[str] = []
    if is_html:
        hp = read_html(raw)
        raw_lines, meta, headings = hp.lines, hp.meta, hp.headings
        page.removed.extend(hp.removed)
    else:
        raw_lines = raw.splitlines()
    lines = _classify(raw_lines, page.removed)

    # Everything up to a breadcrumb near the top is navigation.
    start = 0
    filled = [i for i, ln in enumerate(lines) if ln.kind != "blank"]
    half = filled[len(filled) // 2] if filled else 0
    crumb = next(
        (i for i, ln in enumerate(lines[: min(400, half + 1)]) if ln.kind == "crumb"), None
    )
    if crumb is not None:
        before = [ln for ln in lines[:crumb] if ln.kind == "text"]
        if not any(ln.strong for ln in lines[:crumb]) or len(before) > 3:
            start = crumb + 1
    labelled_title = next(
        (p.value for ln in lines[start:] if ln.strong for p in ln.pairs if p.key == "title"), ""
    )
    title, t_first, t_last = _find_title(lines[start:], meta, headings, labelled_title)
    if t_first is not None:
        t_first += start
        t_last += start

    # The head: from the start to the first line of the document after the title.
    body_from = (t_last + 1) if t_last is not None else start
    if t_first is None and title:
        same = next(
            (i for i in range(start, len(lines)) if squash(lines[i].text) == squash(title)), None
        )
        if same is not None:
            body_from = same + 1
            lines[same].kind = "title"
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.candidate and (ln.strong or i < body_from):
            ln.kind = "meta"
    first_text = body_from
    while first_text < len(lines) and (
        lines[first_text].kind != "text" or lines[first_text].candidate
    ):
        if lines[first_text].candidate:
            lines[first_text].kind = "meta"
        first_text += 1

    # The footer: the first footer marker after which no sentence of the document follows.
    end = len(lines)
    has_sentence_after = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        has_sentence_after[i] = has_sentence_after[i + 1] or (
            ln.kind == "text" and not ln.candidate and chrome.is_sentence(ln.text)
        )
    for i in range(first_text, len(lines)):
        ln = lines[i]
        if ln.kind in ("blank",) or has_sentence_after[i + 1]:
            continue
        if chrome.FOOTER.search(ln.text) and (ln.kind == "chrome" or len(ln.text) < 80):
            end = i
            break
    if end < len(lines):
        j = end - 1
        while j >= first_text and (
            lines[j].kind == "blank"
            or lines[j].kind == "chrome"
            or (
                len(chrome.FOOTER_WEAK.findall(lines[j].text)) >= 2
                and not chrome.is_sentence(lines[j].text)
                and not date_only(lines[j].text)
            )
        ):
            if lines[j].kind != "blank":
                end = j
            j -= 1
    # Pairs after the last sentence ("来源：统计局" under the text) are metadata too.
    for i in range(first_text, end):
        if lines[i].candidate and lines[i].kind == "text" and not has_sentence_after[i + 1]:
            lines[i].kind = "meta"
    footer = [ln.text for ln in lines[end:] if ln.kind != "blank"]
    page.removed.extend(footer)

    # Metadata pairs, in page order (the block near the title first).
    fields: dict[str, str] = {}
    for ln in lines[:end]:
        if ln.kind != "meta":
            continue
        for p in ln.pairs:
            if p.value and p.key not in fields:
                fields[p.key] = p.value
    for ln in lines:
        if ln.kind in ("meta", "chrome", "crumb") and ln.text:
            page.removed.append(ln.text)
    head = [ln.text for ln in lines[start : t_first if t_first is not None else start]]
    body = [
        ln.text
        for ln in lines[(t_last + 1 if t_last is not None else body_from) : end]
        if ln.kind == "text"
    ]
    page.removed.extend(x for x in head if x)
    decide.fill(page, title=title, fields=fields, meta=meta, head=head, body=body, footer=footer)
    page.missing = [label for key, label in FIELD_LABELS.items() if not getattr(page, key)]
    if not page.paragraphs:
        page.missing.append("正文")
    return page
