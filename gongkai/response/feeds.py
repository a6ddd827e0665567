"""Reading the date of an account's latest post from the feed its platform offers
(RSS or Atom). The body is parsed as markup by selectolax, which never expands XML
entities, and is capped in size; only http(s) addresses are read."""

from __future__ import annotations

import datetime as dt
import email.utils
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

MAX_BYTES = 2 * 1024 * 1024
TIMEOUT = 10
USER_AGENT = "gongkai-feed/1.0"


class FeedError(Exception):
    """A feed that cannot be read; the message is Chinese and shown to staff."""


def _parse_date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)  # RSS: RFC 822
    except (TypeError, ValueError):
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))  # Atom
        except ValueError:
            return None
    if moment.tzinfo is not None:
        from django.utils import timezone

        return timezone.localdate(moment)
    return moment.date()


def latest_post_date(body: bytes) -> dt.date | None:
    """The newest item date in an RSS or Atom document."""
    tree = LexborHTMLParser(body.decode("utf-8", errors="replace"))
    dates = [
        _parse_date(node.text())
        for node in tree.css("item pubdate, item dc\\:date, entry updated, entry published")
    ]
    dates = [d for d in dates if d is not None]
    return max(dates) if dates else None


def fetch(url: str) -> bytes:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError("订阅地址应为以超文本传输协议开头的网址")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310 - scheme checked above
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as resp:  # noqa: S310
            body = resp.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FeedError(f"订阅地址无法访问（网站返回状态码 {exc.code}）") from None
    except (OSError, ValueError):
        raise FeedError("订阅地址无法访问（连接失败或超时）") from None
    if len(body) > MAX_BYTES:
        raise FeedError("订阅内容过大")
    return body
