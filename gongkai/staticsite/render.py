"""Render one public URL in-process, as an anonymous visitor would get it.

Django's test client runs the whole request stack (middleware, templates, CSP) without a
socket. A page that holds a POST form (a CSRF token) is personal to the visitor and stays
dynamic: it is not written, but its links are followed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from gongkai.staticsite.paths import normalise


@dataclass
class Page:
    path: str
    status: int
    content_type: str
    body: bytes
    links: set[str] = field(default_factory=set)
    dynamic: bool = False


def _client(host: str):
    from django.test import Client

    return Client(HTTP_HOST=host, raise_request_exception=False)


class Renderer:
    """Renders paths for one site host; reuse one per build."""

    def __init__(self, host: str):
        self.host = host
        self.client = _client(host)

    def render(self, path: str) -> Page:
        response = self.client.get(path, follow=False)
        content_type = response.get("Content-Type", "")
        body = b"" if getattr(response, "streaming", False) else response.content
        page = Page(path, response.status_code, content_type, body)
        if response.status_code == 200 and content_type.startswith("text/html"):
            page.links, page.dynamic = html_links(path, body)
        elif response.status_code == 200 and "xml" in content_type:
            page.links = xml_links(body, self.host)
        return page


def html_links(base: str, body: bytes) -> tuple[set[str], bool]:
    """In-site links of an HTML page, and whether it holds a POST form."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(body.decode("utf-8", errors="replace"))
    links: set[str] = set()
    for node in tree.css("a[href], link[href]"):
        rel = (node.attributes.get("rel") or "").lower()
        if node.tag == "link" and rel not in ("alternate", ""):
            continue
        target = normalise(urljoin(base, node.attributes.get("href") or ""))
        if target:
            links.add(target)
    dynamic = any(
        (form.attributes.get("method") or "get").lower() == "post" for form in tree.css("form")
    )
    return links, dynamic


def xml_links(body: bytes, host: str) -> set[str]:
    """The site's own URLs listed in a sitemap or feed (<loc>, <link>)."""
    import re

    links = set()
    for raw in re.findall(rb"<(?:loc|link)[^>]*>\s*([^<\s]+)\s*<", body):
        url = raw.decode("utf-8", errors="replace")
        parts = urlsplit(url)
        if parts.netloc and parts.netloc.split(":")[0] != host.split(":")[0]:
            continue
        target = normalise(parts.path + (f"?{parts.query}" if parts.query else ""))
        if target:
            links.add(target)
    return links
