"""Pure rules of the participation app: no database, testable on their own.

Client keys and banned words for public submissions, the consultation period (Decree 713
Art. 15), attachment checks, satisfaction labels and the cleaning of replies to deputies'
suggestions (RULES §4, §6).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError

from gongkai.core import conf
from gongkai.participation.models import MIN_PERIOD_DAYS
from gongkai.privacy import mask_text

# --- public submissions ------------------------------------------------------------------

#: Words that hold a comment for closer moderation (abuse, advertising, spam).
#: Installations extend it with GONGKAI_PARTICIPATION_BANNED_WORDS.
BANNED_WORDS = (
    "代开发票",
    "办证",
    "刷单",
    "博彩",
    "赌博",
    "六合彩",
    "贷款无抵押",
    "加微信",
    "色情",
    "傻逼",
    "法轮",
)


def client_hash(ip: str | None, extra: str = "") -> str:
    """A keyed hash of the client address: enough to throttle, never the address itself."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{ip or ''}|{extra}".encode(), hashlib.sha256).hexdigest()


def banned_words_in(text: str) -> list[str]:
    """The banned words (built-in and installation's) that occur in ``text``."""
    words = list(BANNED_WORDS) + list(conf.get("GONGKAI_PARTICIPATION_BANNED_WORDS"))
    return [w for w in words if w and w in text]


# --- consultations -----------------------------------------------------------------------


def validate_period(starts_at: dt.datetime, ends_at: dt.datetime, reason: str) -> None:
    """Decree 713 Art. 15: generally ≥ 30 days; a shorter period needs a public reason."""
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "征集截止时间应晚于开始时间"})
    if ends_at - starts_at < dt.timedelta(days=MIN_PERIOD_DAYS) and len(reason.strip()) < 5:
        raise ValidationError(
            {
                "short_period_reason": (
                    f"征集期不足 {MIN_PERIOD_DAYS} 日，须填写缩短征集期的理由（至少 5 个字），"
                    "理由将向社会公开（《重大行政决策程序暂行条例》第十五条）"
                )
            }
        )


ATTACHMENT_TYPES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".ofd", ".txt", ".zip")
ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024


def check_attachment(file) -> None:
    name = (getattr(file, "name", "") or "").lower()
    if not name.endswith(ATTACHMENT_TYPES):
        raise ValidationError(
            {"attachment": f"附件类型应为：{'、'.join(t[1:] for t in ATTACHMENT_TYPES)}"}
        )
    if (getattr(file, "size", 0) or 0) > ATTACHMENT_MAX_BYTES:
        raise ValidationError({"attachment": "附件不能超过 50 MB"})


# --- mailbox -----------------------------------------------------------------------------

RATINGS = {3: "满意", 2: "基本满意", 1: "不满意"}


def rating_label(rating: int | None) -> str:
    return RATINGS.get(rating or 0, "")


# --- deputies' suggestions and proposals ---------------------------------------------------

_DISTRIBUTION_LINE = re.compile(
    r"^\s*(抄\s*送|抄\s*报|分\s*送|送\s*达|联\s*系\s*人|联系电话|联系方式|电\s*话|手\s*机)\s*[:：].*$",
    re.MULTILINE,
)


def deputy_clean_text(text: str, *, names: Iterable[str], contacts: Iterable[str]) -> str:
    """Remove the deputy's name, contacts and distribution list (RULES §4), then mask."""
    cleaned = _DISTRIBUTION_LINE.sub("", text)
    for value in sorted({v.strip() for v in contacts if v and v.strip()}, key=len, reverse=True):
        cleaned = cleaned.replace(value, "")
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        cleaned = cleaned.replace(name, "×××")
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned).strip()
    return mask_text(cleaned)


def split_contacts(contact: str) -> list[str]:
    return [c for c in re.split(r"[\s,，;；/、]+", contact or "") if c]
