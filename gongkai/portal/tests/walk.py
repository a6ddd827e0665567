"""Walk a site the way a reader does and list the English words and internal codes it shows.

Used by the word test (Django test client, every role) and by the phone browser test.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

# Codes and units a Chinese reader meets on any government site.
ALLOWED = {
    "API",
    "ICP",
    "PDF",
    "DOC",
    "DOCX",
    "XLSX",
    "CSV",
    "HTML",
    "JSON",
    "XML",
    "RSS",
    "URL",
    "OFD",
    "WPS",
    "TXT",
    "ZIP",
    "PNG",
    "JPG",
    "JPEG",
    "OpenAPI",
    "Bearer",
    "Word",
    "Excel",
    "Email",
    "APP",
    "GDP",
    "CPI",
    "KB",
    "MB",
    "GB",
    "IP",
    "ID",
    "QQ",
    "WiFi",
    "PPP",
    "UTF",
    "Atom",
    "gongkai",
}

# Links a walker must not follow: downloads, feeds, the admin, actions with side effects.
SKIP = re.compile(
    r"^/(api|static|media|admin)/|/logout/|\.(xml|rss|atom|docx?|pdf|xlsx?|csv|txt|png|jpe?g|zip)$"
    r"|/(export|download|print|feed|letter|pdf|docx|xlsx|csv)(/|$)"
)

_HIDDEN = re.compile(r"(?is)<(script|style|head|code|pre|template)\b[^>]*>.*?</\1\s*>")
_TAG = re.compile(r"(?s)<[^>]+>")
_RUN = re.compile(r"[A-Za-z0-9_.\-@/:+#%&=?~]+")
_WORD = re.compile(r"[A-Za-z]{2,}")
_CODE = re.compile(r"[A-Z0-9\-]+")
_HREF = re.compile(r'href="([^"#]+)')
# Attributes a person hears or sees: tooltips, spoken labels, placeholders, button values.
_ATTR = re.compile(r'\b(?:title|aria-label|placeholder|alt)="([^"]*)"')


def visible_text(doc: str) -> str:
    attrs = " ".join(html.unescape(a) for a in _ATTR.findall(_HIDDEN.sub(" ", doc)))
    body = _TAG.sub(" ", _HIDDEN.sub(" ", doc))
    return html.unescape(body) + " " + attrs


def english_words(text: str) -> list[str]:
    """The runs of Latin text a reader would see as English or as an internal code."""
    found = []
    for run in _RUN.findall(text):
        if "://" in run or run.startswith("www.") or "@" in run:
            continue  # an address shown as such
        if _CODE.fullmatch(run) and any(ch.isdigit() for ch in run):
            continue  # a tracking or index number (YSQ2026…, LY2026…), read as a code
        words = _WORD.findall(run)
        if any(w not in ALLOWED and w.upper() not in ALLOWED for w in words):
            found.append(run)
    return found


def same_site_links(doc: str, base_path: str) -> list[str]:
    out = []
    for href in _HREF.findall(doc):
        href = html.unescape(href)
        parts = urlsplit(urljoin("http://testserver" + base_path, href))
        if parts.netloc != "testserver":
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if not SKIP.search(parts.path):
            out.append(path)
    return out


def _shape(path: str) -> str:
    """Collapse ids and page numbers so that a walk visits each kind of page a few times."""
    path = re.sub(r"page=\d+", "page=N", path)
    return re.sub(r"/\d+(?=/|$)", "/N", path)


def crawl(
    client, starts: list[str], limit: int = 400, per_shape: int = 2, only_prefix: str = ""
) -> Iterator[tuple]:
    """Yield (path, response) for each HTML page reachable from ``starts`` (staying under
    ``only_prefix`` when given)."""
    queue, seen, shapes = list(starts), set(), {}
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        shape = _shape(path)
        if shapes.get(shape, 0) >= per_shape:
            continue
        seen.add(path)
        shapes[shape] = shapes.get(shape, 0) + 1
        response = client.get(path)
        yield path, response
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        doc = response.content.decode("utf-8", "replace")
        queue.extend(
            p for p in same_site_links(doc, path) if p not in seen and p.startswith(only_prefix)
        )
