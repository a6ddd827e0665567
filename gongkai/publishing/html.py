"""Rich text as the public sees it: the allowed HTML and the plain text of a body."""

from __future__ import annotations

import nh3
from django.utils.html import strip_tags

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4",
    "table", "thead", "tbody", "tr", "th", "td", "a", "img", "blockquote", "span", "div",
}  # fmt: skip


def sanitize_html(html: str) -> str:
    """Rich text as the public will see it: no scripts, styles or event handlers."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes={
            "a": {"href", "title"},
            "img": {"src", "alt"},
            "td": {"colspan", "rowspan"},
            "th": {"colspan", "rowspan"},
        },
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def body_text(item) -> str:
    return strip_tags(item.body or "")
