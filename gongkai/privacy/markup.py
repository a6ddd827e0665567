"""Scanning and masking inside HTML without touching the markup.

The HTML is cut into tags and text. The text pieces are joined into one flat text —
cells joined by a tab and block elements by a newline, so table columns and
"姓名：<b>张三</b>" are seen as a person reads them — and scanned once. Because every
mask keeps the length of what it hides, the masked flat text maps back character by
character onto the original text pieces; tags, attributes and entities stay as they
were. Script, style and comments are not text and are left alone. Attribute values a
reader sees (title, alt, value, placeholder, content, mailto:/tel: links) are masked too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .finding import Finding
from .htmlgrid import Grid, Rows, grid_separator
from .scanner import mask_text, scan_text

_TOKENS = re.compile(
    # a tag starts with a letter or "/" after "<": in "年龄<60岁" the "<" is text
    r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<![^>]*>|<\?[^>]*>"
    r"|</?[a-zA-Z][^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_CELL_TAGS = frozenset({"td", "th"})
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul "
    "caption option".split()
)
_SILENT_CLOSE = frozenset({"tr", "table", "thead", "tbody", "tfoot"})
_ATTRS = re.compile(
    r"""(\s(?:title|alt|value|content|placeholder|href|data-[\w-]+)\s*=\s*)(["'])(.*?)\2""",
    re.IGNORECASE | re.DOTALL,
)


def _separator(tag: str) -> str:
    m = _TAG_NAME.match(tag)
    if not m:
        return ""
    name = m.group(1).lower()
    closing = tag.startswith("</")
    if name in _CELL_TAGS:
        return "" if closing else "\t"
    if closing and name in _SILENT_CLOSE:
        return ""
    if name in _BLOCK_TAGS:
        return "\n"
    return ""


_TERM_TAG = re.compile(r"</?(?:dt|dd|dl)\b", re.IGNORECASE)


def _term_separator(tag: str, term_end: bool, parts: list[str]) -> str:
    """What a tag of a list of terms adds to the flat text: "：" between a term and its
    value, a line end before a term or a value of its own (one, not one a tag)."""
    if tag.startswith("<dd") and term_end:
        return "："
    if tag.startswith("</dt"):
        return ""
    return "" if parts and parts[-1].endswith("\n") else "\n"


def _flatten(html: str) -> tuple[str, list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Flat text, its (flat_start, raw_start, length) pieces, and the tags' raw spans."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    tags: list[tuple[int, int]] = []
    flat_len = 0
    pos = 0
    rows = Rows(parts) if "<t" in html or "<T" in html else None  # a table's row: one line

    def text_piece(raw_start: int, raw_end: int) -> None:
        nonlocal flat_len
        if raw_end <= raw_start:
            return
        chunk = _ENTITY.sub(lambda m: " " * len(m.group()), html[raw_start:raw_end])
        if rows is not None and rows.in_table and (chunk[:1].isspace() or chunk[-1:].isspace()):
            # in a table the source's indentation and line ends around a cell's text and
            # between rows are no text: the piece is the text alone (its raw start moves)
            stripped = chunk.lstrip()
            raw_start += len(chunk) - len(stripped)
            chunk = stripped.rstrip()
            if not chunk:
                return
        pieces.append((flat_len, raw_start, len(chunk)))
        parts.append(chunk)
        flat_len += len(chunk)

    grid = Grid() if "span" in html else None  # colspan / rowspan: rows keep their columns
    terms = "<dt" in html or "<DT" in html  # a list of terms: "<dt>姓名</dt><dd>张三</dd>"
    term_end = False
    for m in _TOKENS.finditer(html):
        tag = m.group()
        if terms and _TERM_TAG.match(tag):
            # a term and its value make one line ("姓名：张三"): the source's lines and
            # indentation between the list's tags are no text
            if html[pos : m.start()].strip():
                text_piece(pos, m.start())
            tags.append(m.span())
            sep = _term_separator(tag.lower(), term_end, parts)
            term_end = tag[:4].lower() == "</dt"
            parts.append(sep)
            flat_len += len(sep)
            pos = m.end()
            continue
        if term_end:
            parts.append("\n")  # (a term without its value: the </dt>'s line end)
            flat_len += 1
            term_end = False
        text_piece(pos, m.start())
        tags.append(m.span())
        sep = _separator(tag) if not m.group(1) else "\n"
        if grid is not None and not m.group(1):
            sep = grid_separator(grid, tag, sep)
        if sep:
            parts.append(sep)
            flat_len += len(sep)
        if rows is not None and not m.group(1) and tag[1:2] in "tT/":
            name = _TAG_NAME.match(tag)
            if name:
                rows.tag(name.group(1).lower(), tag.startswith("</"))
        pos = m.end()
    text_piece(pos, len(html))
    return "".join(parts), pieces, tags


def _raw_offset(
    pieces: list[tuple[int, int, int]], starts: list[int], flat_pos: int, *, end: bool
) -> int:
    """Offset in the HTML of a flat-text position (a finding's start or end)."""
    k = bisect.bisect_right(starts, flat_pos - 1 if end else flat_pos) - 1
    if k < 0:
        return pieces[0][1] if pieces else 0
    flat_start, raw_start, length = pieces[k]
    return raw_start + min(flat_pos - flat_start, length)


def flatten_html(html: str) -> str:
    """The visible text of ``html`` as the scanner reads it (cells joined by tabs)."""
    return _flatten(html)[0]


def scan_html(html: str, **kwargs) -> list[Finding]:
    """Findings in the visible text of ``html``; ``start``/``end`` are offsets in ``html``."""
    flat, pieces, _tags = _flatten(html)
    starts = [p[0] for p in pieces]
    out = []
    for f in scan_text(flat, **kwargs):
        start = _raw_offset(pieces, starts, f.start, end=False)
        end = _raw_offset(pieces, starts, f.end, end=True)
        out.append(replace(f, start=start, end=end))
    return out


def _mask_attributes(tag: str, **kwargs) -> str:
    def repl(m: re.Match) -> str:
        value = m.group(3)
        name = m.group(1).strip().lower()
        if name.startswith("href") and not value.lower().startswith(("mailto:", "tel:")):
            return m.group(0)
        return m.group(1) + m.group(2) + mask_text(value, **kwargs) + m.group(2)

    return _ATTRS.sub(repl, tag)


def mask_html(html: str, **kwargs) -> str:
    """``html`` with personal data in its text (and visible attributes) masked."""
    if not html:
        return html
    flat, pieces, tags = _flatten(html)
    masked = mask_text(flat, **kwargs)
    chars = list(html)
    if masked != flat:
        for flat_start, raw_start, length in pieces:
            if masked[flat_start : flat_start + length] == flat[flat_start : flat_start + length]:
                continue
            for k in range(length):
                new = masked[flat_start + k]
                if new != flat[flat_start + k]:
                    chars[raw_start + k] = new
    out = "".join(chars)
    # attribute values: rebuild the tags that carry a visible attribute
    result = []
    pos = 0
    for start, end in tags:
        tag = out[start:end]
        if tag.startswith("<") and not tag.startswith(("<!--", "<script", "<style")) and "=" in tag:
            new_tag = _mask_attributes(tag, **kwargs)
            if new_tag != tag:
                result.append(out[pos:start])
                result.append(new_tag)
                pos = end
    result.append(out[pos:])
    return "".join(result)
