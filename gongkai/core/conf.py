"""Every ``GONGKAI_*`` setting, declared once with its default, type and meaning.

Code reads a setting with ``conf.get("GONGKAI_FOI_FEE_PAUSES_CLOCK")`` — never with a
scattered ``getattr(settings, ..., default)``. Installations override a setting in the file
named by ``GONGKAI_LOCAL_SETTINGS`` (or, for the identity and deployment ones, with the
environment variable shown). The README table is generated from this list by
``gongkai settings-doc --write``; a test fails when the two drift apart.

A default given as ``Ref("module:NAME")`` is a long built-in list that lives next to the
code using it; it is imported only when the setting is read.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Ref:
    """A default that lives in another module, imported on first read."""

    path: str  # "package.module:NAME"

    def resolve(self) -> Any:
        module, _, name = self.path.partition(":")
        return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    type: str
    meaning: str
    env: str = ""  # environment variable that sets it, if any


SETTINGS: tuple[Setting, ...] = (
    # --- identity and deployment (environment) ---------------------------------------
    Setting(
        "GONGKAI_ENV",
        "development",
        "str",
        "`production` turns on HTTPS-only cookies, HSTS, and requires SECRET_KEY and ALLOWED_HOSTS",
        env="GONGKAI_ENV",
    ),
    Setting(
        "GONGKAI_SITE",
        {},
        "dict",
        "site identity: name, 网站标识码, ICP and 公安备案 numbers, base URL "
        "(from GONGKAI_SITE_NAME, GONGKAI_SITE_ID_CODE, GONGKAI_ICP, GONGKAI_PSB, GONGKAI_BASE_URL), "
        "and the 党政机关网站标识 image and link shown in the footer "
        "(GONGKAI_SITE_MARK_IMAGE, GONGKAI_SITE_MARK_URL; nothing shown while empty)",
    ),
    Setting(
        "GONGKAI_SEEDS_DIR",
        "demo/seeds",
        "path",
        "folder of the real work plans loaded as demo content",
        env="GONGKAI_SEEDS_DIR",
    ),
    Setting(
        "GONGKAI_TRUSTED_PROXY_HOPS",
        0,
        "int",
        "proxies in front of gongkai, for the client address used by throttles",
        env="GONGKAI_TRUSTED_PROXY_HOPS",
    ),
    Setting(
        "GONGKAI_PUBLIC_MEDIA_PREFIXES",
        ["participation/consultations/"],
        "list[str]",
        "the only uploads served at `/media/`; every other file goes through a permission-checked view",
    ),
    Setting(
        "GONGKAI_MAX_ATTACHMENT_BYTES",
        50 * 1024 * 1024,
        "int",
        "largest attachment a staff member may upload to an item",
    ),
    # --- publishing -----------------------------------------------------------------
    Setting(
        "GONGKAI_INDEX_PATTERN",
        "{code}-{year}-{seq:06d}",
        "str",
        "index numbers (索引号); `code` is the unit's organisation code or USCC",
    ),
    # --- applications for disclosure (foi) ----------------------------------------------
    Setting(
        "GONGKAI_FOI_FEE_PAUSES_CLOCK",
        True,
        "bool",
        "whether a pending fee notice stops the reply period (RULES §5 leaves it open)",
    ),
    Setting(
        "GONGKAI_FOI_AUTO_CONFIRM",
        False,
        "bool",
        "online applications count as received on submission (Art. 31)",
    ),
    Setting(
        "GONGKAI_FOI_CORRECTION_DAYS",
        15,
        "int",
        "working days the applicant is given to correct an application",
    ),
    Setting(
        "GONGKAI_FOI_REMINDER_DAYS",
        3,
        "int",
        "working days before a reply is due when the to-do list starts warning",
    ),
    Setting(
        "GONGKAI_FOI_REPEAT_THRESHOLD",
        3,
        "int",
        "applications for the same information before proactive disclosure is suggested",
    ),
    Setting(
        "GONGKAI_FOI_REMEDIES",
        {},
        "dict",
        "review body, court and their addresses printed in every reply letter; keys "
        "`review_body`, `review_address`, `court`, `court_address`, or a dict of those per unit "
        "code or name; what is missing is derived from the unit tree (foi README)",
    ),
    Setting(
        "GONGKAI_FOI_LETTER_NUMBER",
        "{unit}依申{kind}〔{year}〕{n}号",
        "str",
        "pattern of letter numbers (文书编号), numbered per unit, kind and year; `unit` is "
        "the unit's short name, `kind` 复/补/延/费",
    ),
    Setting(
        "GONGKAI_FOI_DOWNLOAD_HOURS",
        24,
        "int",
        "hours a signed download link on the tracking page and in the API stays valid",
    ),
    Setting(
        "GONGKAI_FOI_EMAIL_LINK_DAYS",
        7,
        "int",
        "days a download link sent by e-mail stays valid (when the files are too large to attach)",
    ),
    Setting(
        "GONGKAI_FOI_EMAIL_MAX_BYTES",
        10 * 1024 * 1024,
        "int",
        "largest total of letter and files attached to a reply e-mail; above it a link is sent",
    ),
    Setting(
        "GONGKAI_FOI_FEE_PAYMENT",
        "持缴费通知到本机关指定账户或窗口缴纳",
        "str",
        "how to pay an information processing fee, printed in the fee notice",
    ),
    # --- participation ----------------------------------------------------------------
    Setting(
        "GONGKAI_PARTICIPATION_BANNED_WORDS",
        [],
        "list[str]",
        "words (beyond a short built-in list) that hold a public comment for moderation",
    ),
    Setting(
        "GONGKAI_ZHAOCUO_ANSWER_DAYS",
        3,
        "int",
        "working days to answer a 我为政府网站找错 report (1–30)",
    ),
    # --- responding to the public (response) ---------------------------------------
    Setting(
        "GONGKAI_RESPONSE_RELEASE_HOURS",
        5,
        "int",
        "clock hours from finding a 特别重大/重大 opinion incident to the first authoritative release "
        "(national rule 5; a locality may set 4 as seed 000 does)",
    ),
    Setting(
        "GONGKAI_RESPONSE_PRESS_HOURS",
        24,
        "int",
        "clock hours from finding a 特别重大/重大 incident to the press event",
    ),
    Setting(
        "GONGKAI_RESPONSE_OTHER_HOURS",
        48,
        "int",
        "clock hours for the first release on other (较大/一般) hot topics",
    ),
    Setting(
        "GONGKAI_RESPONSE_FOLLOWUP_HOURS",
        24,
        "int",
        "clock hours a follow-up release is due after it is scheduled",
    ),
    Setting(
        "GONGKAI_RESPONSE_LEVEL_HOURS",
        {},
        "dict",
        'per-level overrides, e.g. `{"major": {"release": 4, "press": 24}}`',
    ),
    Setting(
        "GONGKAI_RESPONSE_HOTLINE_DAYS",
        5,
        "int",
        "working days a 12345 work order is answered in when the order gives no limit",
    ),
    Setting(
        "GONGKAI_RESPONSE_NEW_MEDIA_IDLE_DAYS",
        14,
        "int",
        "days without an update after which a new-media account is flagged as inactive",
    ),
    # --- privacy ----------------------------------------------------------------------
    Setting(
        "GONGKAI_PRIVACY_ALLOW",
        Ref("gongkai.privacy.allow:DEFAULT_ALLOW"),
        "list[str]",
        "numbers never flagged (public hotlines such as 12345)",
    ),
    Setting(
        "GONGKAI_PRIVACY_MASK", {}, "dict", "masking rule per finding type, over the built-in ones"
    ),
    Setting(
        "GONGKAI_PRIVACY_PUBLIC_MAIL_DOMAINS",
        Ref("gongkai.privacy.allow:DEFAULT_PUBLIC_MAIL_DOMAINS"),
        "list[str]",
        "mail domains of offices, whose addresses are not personal data",
    ),
    # --- search, reports, monitoring -------------------------------------------------
    Setting(
        "GONGKAI_SEARCH_ANALYZER",
        "bigram",
        "str",
        "how Chinese text is segmented for the index: `bigram`, `jieba` or `both`",
    ),
    Setting(
        "GONGKAI_SEARCH_PREPARE",
        True,
        "bool",
        "PostgreSQL search statements prepared once per connection; off behind a pooler "
        "that does not keep them (PgBouncer in transaction mode)",
    ),
    Setting(
        "GONGKAI_REPORT_DUE_DEPARTMENT",
        (1, 31),
        "tuple[int, int]",
        "(month, day) a department's annual report is due (Art. 49)",
    ),
    Setting(
        "GONGKAI_REPORT_DUE_GOVERNMENT",
        (3, 31),
        "tuple[int, int]",
        "(month, day) a government's annual report is due (Art. 49)",
    ),
    Setting(
        "GONGKAI_ASSESSMENT_NO_DATA",
        "prorate",
        "str",
        "assessment indicators a unit has no data for (无数据): `prorate` leaves them out and "
        "scales the total over the indicators with data, `zero` counts them as 0 points",
    ),
    Setting(
        "GONGKAI_MONITORING",
        {},
        "dict",
        "crawler concurrency (16), per-host limit (4), rate per second per host (10; a site's "
        "own rate in the workspace wins; 0 = unlimited) and timeout (15 s)",
    ),
    Setting(
        "GONGKAI_MONITOR_ALLOW_INTERNAL",
        [],
        "list[str]",
        "CIDR ranges of internal addresses the workspace may still add as monitored sites "
        "(loopback, private, link-local and metadata addresses are refused otherwise; "
        "comma-separated in the environment)",
        env="GONGKAI_MONITOR_ALLOW_INTERNAL",
    ),
    Setting(
        "GONGKAI_MONITOR_SCORE_TABLE",
        "",
        "path",
        "JSON table of the website deduction indicators, weights and points with their source "
        "(default gongkai/monitoring/data/score_table.json)",
    ),
    # --- registers (公开清单) ------------------------------------------------------------
    Setting(
        "GONGKAI_GAZETTE_COLUMNS",
        Ref("gongkai.registers.gazette_rule:DEFAULT_COLUMNS"),
        "list[str]",
        "catalogue columns (by slug) whose items of the government and its office a 政府公报 "
        "issue compiles (default: 县政府文件, 县政府办公室文件)",
    ),
    Setting(
        "GONGKAI_GAZETTE_KINDS",
        Ref("gongkai.registers.gazette_rule:DEFAULT_KINDS"),
        "list[str]",
        "信息类别 whose items of the government and its office a 政府公报 issue compiles when "
        "the title ends with one of GONGKAI_GAZETTE_DOC_TYPES (default: 规章, 通知公告, 其他)",
    ),
    Setting(
        "GONGKAI_GAZETTE_DOC_TYPES",
        Ref("gongkai.registers.gazette_rule:DEFAULT_DOC_TYPES"),
        "list[str]",
        "the 文种 (命令, 决定, 通知, 通告, 公告, 意见 …) that make such an item gazette material",
    ),
    # --- hardening: audit key, limits, worker, web server ----------------------------
    Setting(
        "GONGKAI_AUDIT_KEY",
        "",
        "str",
        "the audit chain's HMAC key itself (else read from GONGKAI_AUDIT_KEY_FILE)",
        env="GONGKAI_AUDIT_KEY",
    ),
    Setting(
        "GONGKAI_AUDIT_KEY_FILE",
        "",
        "path",
        "file holding the audit chain's HMAC key, outside the database (var/audit_key; production /etc/gongkai/audit_key)",
        env="GONGKAI_AUDIT_KEY_FILE",
    ),
    Setting(
        "GONGKAI_AUDIT_ANCHOR_FILE",
        "",
        "path",
        "append-only file of the chain's anchors (var/audit_anchors.log; production /var/log/gongkai/)",
        env="GONGKAI_AUDIT_ANCHOR_FILE",
    ),
    Setting(
        "GONGKAI_RATE_LIMITS",
        {},
        "dict",
        'per-door overrides of the rate-limit table, e.g. {"applications": {"address": (20, 3600)}}',
    ),
    Setting(
        "GONGKAI_RATE_LIMITS_ENABLED",
        True,
        "bool",
        "`0` switches off every rate limit (load tests only)",
        env="GONGKAI_RATE_LIMITS_ENABLED",
    ),
    Setting(
        "GONGKAI_UPLOAD_MAX_BYTES",
        Ref("gongkai.core.ratelimit:UPLOAD_MAX_BYTES"),
        "int",
        "largest public upload in one request",
    ),
    Setting(
        "GONGKAI_UPLOAD_QUOTA_BYTES",
        Ref("gongkai.core.ratelimit:UPLOAD_QUOTA_BYTES"),
        "int",
        "total public uploads per address per day",
    ),
    Setting(
        "GONGKAI_WORKER_DEAD_AFTER",
        60,
        "int",
        "seconds without a heartbeat after which a worker's running tasks are run again",
        env="GONGKAI_WORKER_DEAD_AFTER",
    ),
    Setting(
        "GONGKAI_REPLICA_STICKY_SECONDS",
        10,
        "int",
        "after a visitor writes (a form sent), seconds during which their reads go to the primary "
        "database, not a replica of `DATABASE_REPLICA_URLS` (read-your-writes across the lag)",
    ),
    Setting(
        "GONGKAI_REPLICA_RETRY_SECONDS",
        5,
        "int",
        "a replica that could not be reached is left aside this long (its reads go to the primary)",
    ),
    # --- static publishing ------------------------------------------------------------
    Setting(
        "GONGKAI_STATIC_ROOT",
        "",
        "path",
        "folder the web server serves the static public site from; empty: no static publishing",
    ),
    Setting(
        "GONGKAI_STATIC_STATE_DIR",
        "",
        "path",
        "manifest, signature and untouched copies, outside the web root (default var/static-state)",
    ),
    Setting(
        "GONGKAI_STATIC_KEY_FILE",
        "",
        "path",
        "HMAC key that signs the manifest, outside the web root (default var/static.key)",
    ),
    Setting(
        "GONGKAI_STATIC_RESTORE",
        False,
        "bool",
        "put back altered, added or deleted files automatically when the check finds them",
    ),
    Setting(
        "GONGKAI_STATIC_VERIFY_MINUTES",
        5,
        "int",
        "minutes between two tamper checks of the static tree",
    ),
    Setting(
        "GONGKAI_SUGGESTION_REPLY_MONTHS",
        3,
        "int",
        "months from assignment within which a 人大代表建议 or 政协提案 must be answered",
    ),
    # --- people and duties --------------------------------------------------------------
    Setting(
        "GONGKAI_SEPARATION_OF_DUTIES",
        True,
        "bool",
        "whoever drafted an item, a reply or an answer may not approve it themselves",
    ),
    Setting(
        "GONGKAI_FOI_REPLY_REVIEW",
        True,
        "bool",
        "a reply to a disclosure application is sent only after someone with review rights "
        "over the application's unit approves the draft (the reply date is the day it is sent)",
    ),
    Setting(
        "GONGKAI_LEADER_NEAR_DUE_WORKDAYS",
        5,
        "int",
        "the leader view lists open applications due within this many working days",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def declared(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"{name} is not declared in gongkai.core.conf.SETTINGS") from None


def default(name: str) -> Any:
    value = declared(name).default
    return value.resolve() if isinstance(value, Ref) else value


def get(name: str) -> Any:
    """The installation's value of a declared setting, else its default."""
    from django.conf import settings

    setting = declared(name)
    value = getattr(settings, name, None)
    if value is None:
        return default(name)
    return value if setting.type != "int" else int(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _show(setting: Setting) -> str:
    value = setting.default
    if isinstance(value, Ref):
        return "built-in list"
    if value in ({}, [], ""):
        return "—"
    return f"`{value!r}`" if not isinstance(value, str) else f"`{value}`"


def markdown_table() -> str:
    """The README table of every setting, generated so that it cannot drift."""
    rows = ["| setting | default | meaning |", "|---|---|---|"]
    for s in SETTINGS:
        name = f"`{s.name}`" + (" (env)" if s.env else "")
        rows.append(f"| {name} | {_cell(_show(s))} | {_cell(s.meaning)} |")
    return "\n".join(rows) + "\n"
