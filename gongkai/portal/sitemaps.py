"""The site map: every app names its public pages with
``gongkai.core.plugs.register_sitemap_section`` (in its plugs.py).

One call per app, ``register_sitemap_section(name, label=..., pages=[(label, url_name), ...],
sitemap=SomeSitemap)``:

- ``pages`` are the app's fixed public pages; they appear on the HTML 网站地图 page
  under ``label`` and in ``/sitemap.xml``;
- ``sitemap`` (optional) is a Django ``Sitemap`` class listing the app's public objects
  (documents, consultations, answered messages, published reports …) for
  ``/sitemap.xml`` only.

The XML site map is built from every registered section, so an app that registers is
listed without any change here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse

from gongkai.core import plugs


@dataclass(frozen=True)
class Section:
    name: str
    label: str
    pages: tuple | Callable[[], list] = ()
    sitemap: type[Sitemap] | None = None
    order: int = 100

    def links(self) -> list[Link]:
        """The section's pages, resolved; pages whose URL does not resolve are left out."""
        raw = self.pages() if callable(self.pages) else self.pages
        out = []
        for entry in raw:
            label, target = entry[0], entry[1]
            depth = entry[2] if len(entry) > 2 else 0
            url = page_url(target)
            if url:
                out.append(Link(label, url, depth))
        return out


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    depth: int = 0


# The registry itself lives in core.plugs (register_sitemap_section); kept for old imports.
register_section = plugs.register_sitemap_section


def sections() -> list[Section]:
    return [Section(**spec) for spec in plugs.sitemap_sections()]


def page_url(target: str) -> str | None:
    """A page given as a URL name ("app:name") or as a path ("/xxgk/")."""
    if target.startswith("/"):
        return target
    try:
        return reverse(target)
    except NoReverseMatch:
        return None


class _PagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def __init__(self, urls: list[str]):
        self.urls = urls

    def items(self):
        return self.urls

    def location(self, url):
        return url


def xml_sitemaps() -> dict[str, Sitemap]:
    """The ``sitemaps`` argument of Django's sitemap view: pages and objects of each app."""
    out: dict[str, Sitemap] = {}
    listed: set[str] = set()
    for s in sections():
        if s.pages:
            # a page two sections name (年度报告 is in the disclosure section's own
            # navigation and in the reports section) is listed once
            urls = [u for u in dict.fromkeys(link.url for link in s.links()) if u not in listed]
            listed.update(urls)
            out[f"{s.name}-pages"] = _PagesSitemap(urls)
        if s.sitemap is not None:
            out[s.name] = s.sitemap()
    return out
