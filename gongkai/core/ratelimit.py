"""Rate limits on every public door, driven by one table of paths (a middleware).

Each rule names the requests it covers (method and path pattern, pages and API alike)
and two limits in a fixed time window: per client address (the real one behind
``GONGKAI_TRUSTED_PROXY_HOPS``) and for everyone together, so that neither one address
nor a crowd of addresses can flood the office. A request over a limit gets 429 with a
Chinese message (JSON under ``/api/``) and a ``Retry-After`` header.

Uploads through these doors also have a size limit per request and a daily quota of
bytes per address.

Counters (a sliding window over two fixed ones) live in the shared cache (``CACHES["default"]``: a file cache that every worker
process on the machine sees). An installation changes a limit with
``GONGKAI_RATE_LIMITS = {"applications": {"address": (20, 3600)}}`` in its local
settings, or switches the whole table off with ``GONGKAI_RATE_LIMITS_ENABLED = False``.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, replace

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render

from gongkai.core import conf
from gongkai.core.clientaddr import client_address

MB = 1024 * 1024


@dataclass(frozen=True)
class Rule:
    name: str
    label: str  # what is limited, in Chinese: 「申请」「查询」…
    methods: tuple[str, ...]
    pattern: str
    address: tuple[int, int]  # (requests, seconds) per client address
    everyone: tuple[int, int]  # (requests, seconds) for all addresses together


HOUR = 3600
RULES: tuple[Rule, ...] = (
    Rule(
        "applications",
        "政府信息公开申请",
        ("POST",),
        r"^/(ysqgk/|api/v1/applications/?)$",
        (10, HOUR),
        (600, HOUR),
    ),
    Rule(
        "code_checks",
        "查询",
        ("POST", "GET"),
        r"^/(ysqgk/track/|hudong/xinxiang/track/|api/v1/applications/track|api/v1/messages/track"
        r"|api/v1/applications/[^/]+)$",
        (20, 15 * 60),
        (1200, 15 * 60),
    ),
    Rule(
        "messages",
        "留言",
        ("POST",),
        r"^/(hudong/xinxiang/write/|api/v1/messages/?)$",
        (10, HOUR),
        (600, HOUR),
    ),
    Rule(
        "message_followups",
        "评价或追问",
        ("POST",),
        r"^/hudong/xinxiang/track/\d+/(rate|reopen)/$",
        (20, HOUR),
        (1200, HOUR),
    ),
    Rule(
        "comments",
        "意见",
        ("POST",),
        r"^/(hudong/zhengji/\d+/|api/v1/consultations/\d+/comments)$",
        (20, HOUR),
        (2000, HOUR),
    ),
    Rule(
        "survey_answers",
        "答卷",
        ("POST",),
        r"^/(hudong/diaocha/\d+/|api/v1/surveys/\d+/responses)$",
        (20, HOUR),
        (5000, HOUR),
    ),
)

#: per request, and per address per day, for uploads through the doors above
UPLOAD_MAX_BYTES = 12 * MB
UPLOAD_QUOTA_BYTES = 60 * MB
DAY = 24 * HOUR


def rules() -> list[tuple[Rule, re.Pattern]]:
    overrides = conf.get("GONGKAI_RATE_LIMITS") or {}
    key = repr(sorted(overrides.items()))
    if _compiled.get("key") != key:
        table = []
        for rule in RULES:
            change = overrides.get(rule.name, {})
            rule = replace(
                rule,
                address=tuple(change.get("address", rule.address)),
                everyone=tuple(change.get("everyone", rule.everyone)),
            )
            table.append((rule, re.compile(rule.pattern)))
        _compiled.update(key=key, table=table)
    return _compiled["table"]


_compiled: dict = {}


def _slot(key: str, window: int, slot: int) -> str:
    return f"rl:{key}:{window}:{slot}"


def _estimate(key: str, window: int, current: int) -> float:
    """A sliding window: this window's count plus the previous window's share of the
    time still covered, so a burst across a window boundary is not counted twice as
    generously."""
    now = time.time()
    slot = int(now // window)
    previous = cache.get(_slot(key, window, slot - 1)) or 0
    elapsed = (now - slot * window) / window
    return current + previous * (1 - elapsed)


def _hit(key: str, window: int, amount: int = 1) -> float:
    """Count ``amount`` now and return the sliding total."""
    full = _slot(key, window, int(time.time() // window))
    if cache.add(full, amount, 2 * window + 5):
        current = amount
    else:
        try:
            current = cache.incr(full, amount)
        except ValueError:  # expired between add and incr
            cache.set(full, amount, 2 * window + 5)
            current = amount
    return _estimate(key, window, current)


def _peek(key: str, window: int) -> float:
    current = cache.get(_slot(key, window, int(time.time() // window))) or 0
    return _estimate(key, window, current)


def _address_key(request) -> str:
    address = client_address(request)
    return hashlib.sha256(f"{settings.SECRET_KEY}|{address}".encode()).hexdigest()[:24]


def _minutes(seconds: int) -> str:
    return f"{seconds // 3600} 小时" if seconds % 3600 == 0 else f"{max(1, seconds // 60)} 分钟"


def _refuse(request, message: str, status: int, retry_after: int):
    if request.path.startswith("/api/"):
        response = JsonResponse({"message": message, "errors": []}, status=status)
    else:
        response = render(request, "core/rate_limited.html", {"message": message}, status=status)
    response["Retry-After"] = str(retry_after)
    return response


def check(request):
    """The refusal for this request, or None when it may go on (and is now counted)."""
    if not conf.get("GONGKAI_RATE_LIMITS_ENABLED"):
        return None
    matched = [
        rule
        for rule, pattern in rules()
        if request.method in rule.methods and pattern.match(request.path)
    ]
    if not matched:
        return None
    who = _address_key(request)
    size = int(request.META.get("CONTENT_LENGTH") or 0)
    if request.content_type == "multipart/form-data" and size:
        limit = int(conf.get("GONGKAI_UPLOAD_MAX_BYTES"))
        if size > limit:
            return _refuse(request, f"上传内容过大：每次不能超过 {limit // MB} MB", 413, 0)
        quota = int(conf.get("GONGKAI_UPLOAD_QUOTA_BYTES"))
        if _peek(f"upload:{who}", DAY) + size > quota:
            return _refuse(
                request,
                f"今日上传总量已达上限（同一网络地址每天 {quota // MB} MB），请明天再试",
                429,
                DAY,
            )
        _hit(f"upload:{who}", DAY, size)
    for rule in matched:
        count, window = rule.address
        if _hit(f"{rule.name}:{who}", window) > count:
            return _refuse(
                request,
                f"提交过于频繁：同一网络地址 {_minutes(window)}内最多 {count} 次{rule.label}，"
                "请稍后再试",
                429,
                window,
            )
        count, window = rule.everyone
        if _hit(f"{rule.name}:*", window) > count:
            return _refuse(
                request, f"当前{rule.label}过多，系统繁忙，请 {_minutes(window)}后再试", 429, window
            )
    return None


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return check(request) or self.get_response(request)
