"""Where each public URL lives in the static tree, and which URLs stay dynamic.

The tree keeps the dynamic site's URLs: ``/xxgk/`` is ``xxgk/index.html``, a feed at
``/xxgk/rss/`` is ``xxgk/rss/index.xml``, ``/sitemap.xml`` is ``sitemap.xml`` and page N of
a paginated column ``/xxgk/fdzdgknr/?page=2`` is ``xxgk/fdzdgknr/index-page=2.html`` — the
web server finds each with one ``try_files`` line (``deploy/nginx.conf``). Pure functions.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

#: Path prefixes that are never rendered to files: staff pages, the API, sign-in.
NEVER_STATIC = ("/workspace/", "/api/", "/admin/", "/accounts/", "/media/")

#: Query strings a static file can stand for: pagination only.
_PAGE_QUERY = re.compile(r"^page=([1-9][0-9]{0,5})$")

_EXTENSIONS = {
    "text/html": "html",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/rss+xml": "xml",
    "application/atom+xml": "xml",
    "application/json": "json",
    "text/plain": "txt",
}


def normalise(url: str) -> str | None:
    """The in-site path (with a pagination query) a link points at, or None."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = parts.path
    if not path.startswith("/") or "/../" in path or path.endswith("/.."):
        return None
    if parts.query:
        match = _PAGE_QUERY.match(parts.query)
        if match is None:
            return None  # filters and searches stay dynamic
        if match.group(1) == "1":
            return path
        return f"{path}?{parts.query}"
    return path


def may_be_static(path: str) -> bool:
    bare = path.split("?", 1)[0]
    return not any(bare.startswith(p) for p in NEVER_STATIC)


def extension_for(content_type: str) -> str | None:
    return _EXTENSIONS.get(content_type.split(";", 1)[0].strip().lower())


def file_for(path: str, content_type: str) -> str | None:
    """The relative file name of ``path`` in the tree, or None when it cannot be a file."""
    bare, _, query = path.partition("?")
    ext = extension_for(content_type)
    if ext is None:
        return None
    rel = bare.lstrip("/")
    if query:
        page = dict(parse_qsl(query)).get("page")
        if not bare.endswith("/") or page is None:
            return None
        return f"{rel}index-page={page}.{ext}"
    if bare.endswith("/"):
        return f"{rel}index.{ext}"
    if "." in rel.rsplit("/", 1)[-1]:
        return rel  # /sitemap.xml, /robots.txt
    return None


def path_for(rel: str) -> str:
    """The URL a file of the tree stands for (the inverse of ``file_for``)."""
    head, _, name = rel.rpartition("/")
    prefix = f"/{head}/" if head else "/"
    match = re.fullmatch(r"index-page=(\d+)\.\w+", name)
    if match:
        return f"{prefix}?page={match.group(1)}"
    if re.fullmatch(r"index\.\w+", name):
        return prefix
    return f"{prefix}{name}"
