"""HTML of a saved page to lines of text, with the page's chrome elements dropped.

Elements are dropped by what they are (script, nav, form…), by their class or id
(nav, footer, share, crumb…) and by what they hold: a block that is mostly links
(menus, portal link rows, 相关链接) goes, unless it holds the document or its
attachment list. Table cells of one row stay on one line, separated by tabs, so that
a metadata table reads as label/value pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "dd", "dt", "dl", "blockquote", "pre", "hr", "center", "header",
    "footer", "main", "aside", "tbody", "thead", "caption", "figure", "figcaption", "address",
}  # fmt: skip
CELL_TAGS = {"td", "th"}
CHROME_TAGS = (
    "script, style, noscript, nav, form, iframe, select, button, input, textarea, object, "
    "svg, template, map, audio, video"
)
CHROME_ATTR = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|footer|foot|top|topbar|search|breadcrumb|crumbs?|"
    r"position|location|share|toolbar|tools|print|pager|prevnext|prev|next|sidebar|side|"
    r"copyright|links?|friendlink|yqlj|xglj|qrcode|ewm|hot|hotsearch|related|fontsize|"
    r"zh_choose|jft|lang|bdsharebuttonbox|wza|banner|logo|dh|bq|gotop|backtop|topnav)"
    r"([-_\s\d]|$)",
    re.IGNORECASE,
)
CONTENT_ATTR = re.compile(
    r"content|article|zoom|detail|text|main|body|zw|xxgk|meta|info|title|biaoti", re.I
)
ATTACHMENT = re.compile(r"附件|\.(?:pdf|docx?|xlsx?|wps|zip|rar|ofd)\b", re.I)


@dataclass
class HtmlPage:
    lines: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _attrs(node) -> str:
    a = node.attributes
    return f"{a.get('class') or ''} {a.get('id') or ''}"


def _link_heavy(node) -> bool:
    links = node.css("a")
    if len(links) < 3:
        return False
    text = re.sub(r"\s+", "", node.text() or "")
    if not text:
        return True
    linked = sum(len(re.sub(r"\s+", "", a.text() or "")) for a in links)
    if ATTACHMENT.search(" ".join(a.text() or "" for a in links)):
        return False
    return linked / len(text) > 0.6 and len(text) < 3000


def _holds_document(node) -> bool:
    return node.css_first("h1") is not None or len(re.sub(r"\s+", "", node.text() or "")) > 1500


def read_html(html: str) -> HtmlPage:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    page = HtmlPage(lines=[])
    for node in tree.css("meta[name]"):
        name = (node.attributes.get("name") or "").strip()
        content = (node.attributes.get("content") or "").strip()
        if name and content:
            page.meta[name.lower()] = content
    title = tree.css_first("title")
    if title is not None:
        page.meta["<title>"] = re.sub(r"\s+", " ", title.text()).strip()
    for node in tree.css(CHROME_TAGS):
        node.decompose()
    for node in tree.css("header, footer"):
        if node.css_first("h1") is None:
            _drop(page, node)
    for node in tree.css("[class], [id]"):
        if node.parent is None:
            continue
        attrs = _attrs(node)
        if CHROME_ATTR.search(attrs) and not CONTENT_ATTR.search(attrs):
            if not _holds_document(node):
                _drop(page, node)
    for node in tree.css("ul, ol, div, p, table, td, dl, section, span"):
        if node.parent is not None and _link_heavy(node) and not _holds_document(node):
            _drop(page, node)
    for level in ("h1", "h2", "h3"):
        for node in tree.css(level):
            text = re.sub(r"\s+", " ", node.text() or "").strip()
            if text:
                page.headings.append(text)
    root = tree.body or tree.root
    if root is None:
        return page
    parts: list[str] = []

    def walk(node):
        tag = node.tag
        if tag == "-text":
            parts.append((node.text_content or "").replace("\n", " ").replace("\r", " "))
            return
        if tag in ("-comment", "head", "title"):
            return
        if tag in BLOCK_TAGS:
            parts.append("\n")
        elif tag in CELL_TAGS:
            parts.append("\t")
        child = node.child
        while child is not None:
            walk(child)
            child = child.next
        if tag in BLOCK_TAGS:
            parts.append("\n")
        elif tag in CELL_TAGS:
            parts.append("\t")

    walk(root)
    for raw in "".join(parts).split("\n"):
        cells = [c.strip(" \u3000\xa0\r") for c in raw.split("\t")]
        cells = [c for c in cells]
        line = "\t".join(cells).strip("\t ")
        page.lines.append(re.sub(r"\t{2,}", "\t\t", line))
    return page


def _drop(page: HtmlPage, node) -> None:
    text = re.sub(r"\s+", " ", node.text() or "").strip()
    if text:
        page.removed.append(text[:200])
    node.decompose()
