"""What one fetched page says: its links, its freshness, its navigation and its footer.

Pure (no network, no Django, no aiohttp), so importing it is cheap: the HTTP side in
``fetcher.py`` is imported only by the code that crawls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from gongkai.monitoring.dates import latest_date

USER_AGENT = "gongkai-monitor/1.0 (+政府网站监测)"

# Element -> attribute that holds a URL to check. Frames and anchors are pages.
_URL_ATTRS = {
    "a": "href",
    "area": "href",
    "img": "src",
    "script": "src",
    "link": "href",
    "iframe": "src",
    "frame": "src",
}
MIN_CONTENT = 10  # characters of text that make a page without a list not empty
MAX_URL = 2000  # longer addresses are not checked (the queue column's size)
PAGE_TAGS = frozenset({"a", "area", "iframe", "frame"})
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#", "about:", "sms:")
_SKIP_RELS = frozenset({"preconnect", "dns-prefetch", "alternate"})
_EMPTY_MARKERS = ("暂无信息", "暂无数据", "暂无内容", "暂无记录", "没有相关信息", "暂无相关信息")
# Where a site keeps its navigation: the links in these are column candidates.
_NAV_SELECTOR = ", ".join(
    f"{scope} a[href]"
    for scope in (
        "nav",
        "header",
        "aside",
        "[class*=nav]",
        "[id*=nav]",
        "[class*=menu]",
        "[id*=menu]",
        "[class*=lanmu]",
        "[class*=column]",
        "[class*=side]",
        "[class*=tree]",
    )
)
_PAGER_WORDS = ("下一页", "下页", "尾页", "末页", "上一页")
_PAGER_TEXT = re.compile(r"共\s*\d+\s*页|第\s*\d+\s*/\s*\d+\s*页|\d+\s*/\s*\d+\s*页")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


@dataclass
class Link:
    url: str
    text: str
    tag: str


@dataclass
class PageText:
    """What a list (column or home) page says about its own freshness."""

    latest: object | None  # datetime.date
    entries: int
    empty_marker: bool
    paged: bool = False
    content: bool = False  # text of its own (an article-like page such as 机构职能)


@dataclass
class Footer:
    """The four identity marks RULES §7 expects in a homepage footer."""

    site_code: bool = False  # 网站标识码
    party_mark: bool = False  # 党政机关网站标识
    icp: bool = False  # ICP 备案编号
    psb: bool = False  # 公安机关备案号

    def missing(self) -> list[str]:
        names = {
            "site_code": "网站标识码",
            "party_mark": "党政机关网站标识",
            "icp": "ICP备案编号",
            "psb": "公安机关备案号",
        }
        return [label for key, label in names.items() if not getattr(self, key)]


@dataclass
class FetchResult:
    url: str
    status: int | None = None
    error: str = ""  # "" or one of BrokenLink.Error values
    detail: str = ""
    final_url: str = ""
    html: bool = False
    skipped: bool = False  # robots.txt forbids it
    links: list[Link] = field(default_factory=list)
    page_text: PageText | None = None
    nav: list[Link] = field(default_factory=list)  # column candidates (when asked)
    footer: Footer | None = None
    wording: list[dict] = field(default_factory=list)  # 错敏词 findings (wording.py)

    @property
    def broken(self) -> bool:
        return bool(self.error) or (self.status is not None and self.status >= 400)


def normalise(url: str) -> str | None:
    """Absolute http(s) URL without fragment, or None for anything not checkable."""
    url, _frag = urldefrag(url.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if not parts.path:
        url = url.replace(parts.netloc, parts.netloc + "/", 1) if not parts.query else url
    return url


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def decode(body: bytes, charset: str | None) -> str:
    """The page's text: the header's charset, else its <meta charset>, else UTF-8, else
    GB18030 (a superset of GBK and GB2312, which many government sites still use)."""
    meta = _META_CHARSET.search(body[:4096])
    declared = meta.group(1).decode("ascii", "ignore").lower() if meta else None
    if declared in ("gbk", "gb2312", "gb_2312-80", "x-gbk"):
        declared = "gb18030"
    if charset and charset.lower() in ("gbk", "gb2312"):
        charset = "gb18030"
    for enc in (charset, declared, "utf-8", "gb18030"):
        if not enc:
            continue
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _link_text(node, tag: str) -> str:
    if tag in ("a", "area"):
        text = node.text(strip=True) or (node.attributes.get("title") or "")
    elif tag == "img":
        text = node.attributes.get("alt") or ""
    else:
        text = ""
    return " ".join(text.split())[:200]


def _says_empty(tree) -> bool:
    """A list element that says only 暂无信息 (a chart's "按主题分类：暂无数据" on a page
    full of figures does not make the page empty)."""
    if not any(m in (tree.body.text() if tree.body is not None else "") for m in _EMPTY_MARKERS):
        return False
    for node in tree.css("li, td, div, p, span, dd"):
        own = "".join(node.text(strip=True).split()).strip("。.！!…")
        if own in _EMPTY_MARKERS:
            return True
    return False


def _footer(tree, text: str) -> Footer:
    marks = Footer()
    marks.site_code = bool(re.search(r"网站标识码\s*[:：]?\s*[0-9A-Za-z]{6,}", text)) or (
        tree.css_first("meta[name=SiteIDCode]") is not None and "网站标识码" in text
    )
    marks.icp = bool(re.search(r"ICP\s*[备证]", text, re.I))
    marks.psb = "公网安备" in text or "公安备案" in text
    for node in tree.css("img, a[href]"):
        attrs = " ".join(str(v) for v in node.attributes.values() if v)
        if "conac" in attrs.lower() or "dzjg" in attrs.lower() or "党政机关" in attrs:
            marks.party_mark = True
            break
    return marks


def parse_page(
    html: str, base_url: str, *, want_text: bool, today, want_nav: bool = False
) -> tuple[list[Link], PageText | None]:
    result = FetchResult(url=base_url)
    parse_into(result, html, base_url, want_text=want_text, today=today, want_nav=want_nav)
    return result.links, result.page_text


def parse_into(
    result: FetchResult,
    html: str,
    base_url: str,
    *,
    want_text: bool,
    today,
    want_nav: bool = False,
) -> None:
    """Fill ``result`` with the links of ``html``; with ``want_text`` also the freshness
    of the page; with ``want_nav`` its navigation links and footer marks."""
    from selectolax.lexbor import LexborHTMLParser  # imported where pages are read

    tree = LexborHTMLParser(html)
    base = tree.css_first("base[href]")
    if base is not None:
        base_url = urljoin(base_url, base.attributes.get("href") or "")
    links: list[Link] = []
    for tag, attr in _URL_ATTRS.items():
        for node in tree.css(f"{tag}[{attr}]"):
            raw = (node.attributes.get(attr) or "").strip()
            if not raw or raw.lower().startswith(_SKIP_SCHEMES):
                continue
            if tag == "link":
                rels = set((node.attributes.get("rel") or "").lower().split())
                if rels & _SKIP_RELS:
                    continue
            url = normalise(urljoin(base_url, raw))
            if url is None or len(url) > MAX_URL:
                continue
            links.append(Link(url, _link_text(node, tag), tag))
    result.links = links
    if want_nav:
        seen: set[str] = set()
        nav_nodes = list(tree.css(_NAV_SELECTOR))
        for node in nav_nodes:
            url = normalise(urljoin(base_url, (node.attributes.get("href") or "").strip()))
            text = _link_text(node, "a")
            if url and text and url not in seen:
                seen.add(url)
                result.nav.append(Link(url, text, "a"))
        body_text = tree.body.text(separator=" ") if tree.body is not None else ""
        result.footer = _footer(tree, body_text)
    if want_text:
        pager_links = [n.text(strip=True) for n in tree.css("a")]
        paged = any(w in t for t in pager_links for w in _PAGER_WORDS)
        for node in tree.css("nav, header, footer, script, style, noscript"):
            node.decompose()
        body = tree.body
        text = body.text(separator=" ") if body is not None else ""
        entries = len(tree.css("li a[href], tr a[href], dd a[href]"))
        result.page_text = PageText(
            latest=latest_date(text, today),
            entries=entries,
            empty_marker=entries == 0 and _says_empty(tree),
            paged=paged or bool(_PAGER_TEXT.search(text)),
            content=len("".join(text.split())) >= MIN_CONTENT,
        )
