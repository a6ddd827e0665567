"""Which published items a 政府公报 issue compiles besides the normative documents (pure:
facts in, the reason out; "" when the item is not gazette material).

An item published in the issue's period is compiled when all of these hold:

1. it is not a 行政规范性文件 (kind ``normative``): those come from the register of
   normative documents, the one source of truth for them;
2. its issuing unit is the gazette's government itself or that government's general
   office (``unit_role``: a unit directly under the government whose name ends with
   政府办公室 or 政府办公厅);
3. and either
   a. it is filed in one of the gazette columns (``GONGKAI_GAZETTE_COLUMNS``, by default
      the 县政府文件 and 县政府办公室文件 columns of ``publishing.section``), or
   b. its 信息类别 is one of ``GONGKAI_GAZETTE_KINDS`` (规章, 通知公告, 其他 by default)
      and its title ends with a 文种 of ``GONGKAI_GAZETTE_DOC_TYPES`` (命令, 决定, 通知,
      通告, 公告, 意见, 批复, 通报, 规定, 办法 …), read by ``doc_type``.

The reason names the rule (3a or 3b) that let the item in, so the office sees why an
entry is in the draft before it removes or keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GOVERNMENT, OFFICE = "government", "office"

#: the defaults of the three settings (gongkai.core.conf)
DEFAULT_COLUMNS = ("xzfwj", "xzfbwj")
DEFAULT_KINDS = ("rule", "notice", "other")
DEFAULT_DOC_TYPES = (
    "命令", "令", "决议", "决定", "公告", "通告", "意见", "通知", "通报", "批复", "规定", "办法",
    "细则", "规则",
)  # fmt: skip

_TAIL = re.compile(r"[\s。.]*(?:[（(][^（）()]*[）)])?[\s。.]*$")


@dataclass(frozen=True)
class GazetteConfig:
    columns: frozenset[str]
    kinds: frozenset[str]
    doc_types: tuple[str, ...]


def config(columns=DEFAULT_COLUMNS, kinds=DEFAULT_KINDS, doc_types=DEFAULT_DOC_TYPES):
    # the longest 文种 first, so that 命令 is not read as 令
    return GazetteConfig(
        frozenset(columns), frozenset(kinds), tuple(sorted(doc_types, key=len, reverse=True))
    )


def doc_type(title: str, cfg: GazetteConfig) -> str:
    """The 文种 a title ends with ("关于…的通知（试行）" → 通知), else ""."""
    text = _TAIL.sub("", title or "")
    return next((t for t in cfg.doc_types if text.endswith(t)), "")


def unit_role(*, is_gazette_unit: bool, parent_is_gazette_unit: bool, name: str) -> str:
    if is_gazette_unit:
        return GOVERNMENT
    if parent_is_gazette_unit and name.endswith(("政府办公室", "政府办公厅")):
        return OFFICE
    return ""


def reason(
    *,
    kind: str,
    kind_label: str,
    column_slug: str,
    column_name: str,
    role: str,
    title: str,
    cfg: GazetteConfig,
) -> str:
    """Why the item belongs in the issue ("" when it does not)."""
    if kind == "normative" or role not in (GOVERNMENT, OFFICE):
        return ""
    who = "本级政府" if role == GOVERNMENT else "政府办公室"
    if column_slug and column_slug in cfg.columns:
        return f"{who}发布，在“{column_name}”栏目"
    if kind in cfg.kinds and (t := doc_type(title, cfg)):
        return f"{who}发布的{kind_label}，文种为“{t}”"
    return ""
