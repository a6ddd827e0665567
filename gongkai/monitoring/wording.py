"""The wording check (错敏词) over crawled pages, reported as a security item (RULES §7).

A serious wording error (严重表述错误: a leader's wrong title or order, a fixed political
formulation misspelled) on any page fails the site outright. The crawl runs the same
check that holds an item at review before publication (``gongkai.privacy``'s word
lists, the office's edits included) over the text of every in-site page it reads.

- ``PageWording.start()`` is called by ``crawl.crawl`` on the caller's thread: it imports
  the checker (only when a crawl runs) and reads the lists there, where the database is.
- Calling the object with a page's HTML (on the fetcher's thread: pure, no database)
  returns the page's findings as small dicts.
- ``record`` adds them to ``run.discovery["wording"]``, one entry per distinct wording
  with the first pages it stands on and the number of pages (bounded: a site-wide footer
  is one entry, not one per page).
- ``wording_item(run)`` is the verdict's item. Leaders' titles and order, misspelled
  formulations and sensitive words fail it; an outdated formulation (国土资源部) is listed
  for checking but does not fail it, because an archived page rightly uses the name of
  its time.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

KEY = "wording"
MAX_ENTRIES = 200  # distinct wordings kept per run
MAX_PAGES = 5  # pages named per wording
# Finding types that are serious wording errors (a single veto); the rest are listed only.
SERIOUS = frozenset({"leader_title", "leader_order", "formulation", "sensitive"})
ORDER = ("leader_title", "leader_order", "formulation", "sensitive", "outdated")
TITLE = "严重表述错误（错敏词检查：领导人职务和排序、规范表述、敏感词）"


def page_text(html: str) -> str:
    """What a reader sees on the page: body text without scripts and styles."""
    from selectolax.lexbor import LexborHTMLParser  # imported where pages are read

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    parts = []
    title = tree.css_first("title")
    if title is not None:
        parts.append(title.text(strip=True))
    if tree.body is not None:
        parts.append(tree.body.text(separator="\n"))
    return "\n".join(parts)


class PageWording:
    """The checker of one crawl: built on the crawl's thread, called on the fetcher's."""

    def __init__(self, matcher):
        self._matcher = matcher

    @classmethod
    def start(cls) -> PageWording:
        from gongkai.privacy.expressions.lists import matcher  # only when a crawl runs

        return cls(matcher())

    def __call__(self, html: str) -> list[dict]:
        from gongkai.privacy.finding import TYPE_LABELS

        try:
            text = page_text(html)
            found = self._matcher.check(text)
        except Exception:  # a page the parser chokes on is not a wording error
            logger.exception("wording check failed on a crawled page")
            return []
        out = []
        for f in found:
            out.append(
                {
                    "type": f.type,
                    "label": TYPE_LABELS.get(f.type, f.type),
                    "text": f.text,
                    "suggestion": f.masked,
                    "note": f.note,
                }
            )
        return out


def record(discovery: dict, url: str, findings: list[dict]) -> None:
    """Add one page's findings to the run's record (``discovery`` is ``run.discovery``)."""
    if not findings:
        return
    store: dict = discovery.setdefault(KEY, {})
    seen_here: set[str] = set()
    for f in findings:
        key = f"{f['type']}|{f['text']}|{f['suggestion']}"
        if key in seen_here:
            continue
        seen_here.add(key)
        entry = store.get(key)
        if entry is None:
            if len(store) >= MAX_ENTRIES:
                discovery["wording_dropped"] = discovery.get("wording_dropped", 0) + 1
                continue
            entry = store[key] = {**f, "urls": [], "pages": 0}
        if url in entry["urls"]:
            continue
        entry["pages"] += 1
        if len(entry["urls"]) < MAX_PAGES:
            entry["urls"].append(url)


def findings(run) -> list[dict]:
    """The run's wording findings: leaders first, outdated formulations last."""
    entries = list(((run.discovery or {}).get(KEY) or {}).values())
    rank = {t: k for k, t in enumerate(ORDER)}
    entries.sort(key=lambda e: (rank.get(e["type"], len(ORDER)), -e["pages"], e["text"]))
    return entries


def describe(entry: dict) -> str:
    """One line of the item's details, in Chinese."""
    where = "、".join(entry["urls"])
    if entry["pages"] > len(entry["urls"]):
        where += f" 等 {entry['pages']} 个页面"
    fix = f"，建议改为“{entry['suggestion']}”" if entry["suggestion"] else ""
    check = "" if entry["type"] in SERIOUS else "（请结合页面发布时间核查）"
    return f"{entry['label']}：“{entry['text']}”{fix}{check}。页面：{where}。{entry['note']}"


def wording_item(run) -> dict:
    entries = findings(run)
    serious = [e for e in entries if e["type"] in SERIOUS]
    others = len(entries) - len(serious)
    if not entries:
        evidence = "抓取的页面中未发现错敏词"
    else:
        evidence = f"严重表述错误 {len(serious)} 处"
        if others:
            evidence += f"，另有过时表述 {others} 处待核查"
    dropped = (run.discovery or {}).get("wording_dropped")
    if dropped:
        evidence += f"（仅列出前 {MAX_ENTRIES} 种）"
    return {
        "code": "wording",
        "title": TITLE,
        "status": "fail" if serious else "pass",
        "evidence": evidence,
        "details": [describe(e) for e in entries],
    }
