"""Pure rules of 网站找错: the answer limit and what a valid contact looks like."""

from __future__ import annotations

import re

from gongkai.core import conf

#: Default answer limit in working days (national website guideline: 3 working days).
DEFAULT_ANSWER_DAYS = 3
RULE = "zhaocuo.answer"

_PHONE_RE = re.compile(r"^\+?[\d\- ]{7,20}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def answer_days() -> int:
    """``GONGKAI_ZHAOCUO_ANSWER_DAYS``: working days to answer a report (1–30)."""
    days = conf.get("GONGKAI_ZHAOCUO_ANSWER_DAYS")
    try:
        days = int(days)
    except (TypeError, ValueError):
        return DEFAULT_ANSWER_DAYS
    return min(max(days, 1), 30)


def contact_error(contact: str) -> str:
    """A Chinese message when ``contact`` is neither a phone number nor an e-mail."""
    contact = (contact or "").strip()
    if not contact:
        return "请填写联系方式（手机、电话或电子邮箱），以便答复您"
    if _PHONE_RE.match(contact) and sum(c.isdigit() for c in contact) >= 7:
        return ""
    if _EMAIL_RE.match(contact):
        return ""
    return "联系方式应为手机号码、固定电话或电子邮箱"


def page_error(page_url: str) -> str:
    """A page of this site is given as a path (``/xxgk/``) or a full address."""
    page_url = (page_url or "").strip()
    if not page_url:
        return ""
    if len(page_url) > 500:
        return "页面地址过长"
    if page_url.startswith("/") or re.match(r"^https?://", page_url):
        return ""
    return "页面地址应以“/”或“http”开头，可从浏览器地址栏复制"
