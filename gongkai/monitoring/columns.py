"""Columns (栏目): which navigation links are columns, what kind each is, the columns file.

Pure rules, no database. A column's kind sets its time limit (RULES §7):
``news`` (动态、要闻) 2 weeks, ``notice`` (通知公告) and ``policy`` (政策文件、规划计划 …)
6 months, ``other`` (机构职能、领导信息 and the like) no limit — an ``other`` column is
still judged empty when it has no content.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

NEWS, NOTICE, POLICY, OTHER = "news", "notice", "policy", "other"
KINDS = (NEWS, NOTICE, POLICY, OTHER)
DEFAULT_LIMIT_DAYS = {NEWS: 14, NOTICE: 183, POLICY: 183, OTHER: None}

# Checked in this order; the first list whose word is in the name decides.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Fixed, not time-limited pages, even when their name has a word of a list below.
    (OTHER, ("指南", "制度", "年度报告", "年报", "机构职能", "机构设置", "领导", "概况", "简介")),
    (NOTICE, ("通知公告", "公告", "公示", "通告", "通知", "人事", "招聘", "任免")),
    (POLICY, ("政策", "文件", "规划", "计划", "解读", "法规", "规章", "决策", "预决算", "财政")),
    (NEWS, ("动态", "要闻", "新闻", "图片", "热点", "媒体", "工作信息", "政务信息")),
    (OTHER, ("机构", "职能", "职责", "联系", "历史", "沿革", "专题", "专项", "服务", "办事")),
)
# Navigation entries that are never columns.
_NOT_COLUMNS = (
    "首页", "网站地图", "无障碍", "English", "登录", "注册", "搜索", "返回", "更多",
    "关于我们", "设为", "收藏", "长者", "关怀", "简体", "繁體", "繁体", "RSS",
)  # fmt: skip
SECTION_WORDS = ("政府信息公开", "信息公开")  # the 政府信息公开 section's own link
MAX_CANDIDATES = 300


def classify(name: str) -> str | None:
    """The kind a column's name says, or None when the name says nothing."""
    name = "".join(name.split())
    for kind, words in _RULES:
        if any(w in name for w in words):
            return kind
    return None


def is_navigation_noise(name: str) -> bool:
    name = "".join(name.split())
    return not name or len(name) > 16 or any(w.lower() in name.lower() for w in _NOT_COLUMNS)


def is_section(name: str) -> bool:
    name = "".join(name.split())
    return any(w in name for w in SECTION_WORDS) and len(name) <= 10 and classify(name) is None


def looks_like_list(entries: int, latest, paged: bool, empty_marker: bool) -> bool:
    """A page whose name says nothing is a column when it reads like one."""
    return empty_marker or paged or (entries >= 3 and latest is not None)


@dataclass
class ColumnJudgement:
    stale: bool
    empty: bool
    undated: bool
    note: str


def judge(
    *,
    kind: str,
    limit_days: int | None,
    latest,
    entries: int,
    empty_marker: bool,
    today,
    content: bool = False,
) -> ColumnJudgement:
    """Stale, empty or undated (RULES §7: a page without a date counts as not updated).

    Empty: the page says so (暂无信息), or has no entries, no date and no text of its own.
    """
    if empty_marker or (entries == 0 and latest is None and not content):
        return ColumnJudgement(False, True, latest is None, "空白栏目：页面上没有任何条目")
    if latest is None:
        if limit_days is None:
            return ColumnJudgement(False, False, True, "页面上没有日期（该类栏目不限更新时间）")
        return ColumnJudgement(True, False, True, "页面上没有日期，视为未更新")
    age = (today - latest).days
    if limit_days is not None and age > limit_days:
        note = f"最新日期 {latest:%Y-%m-%d}，已超过 {limit_days} 天未更新"
        return ColumnJudgement(True, False, False, note)
    return ColumnJudgement(False, False, False, f"最新日期 {latest:%Y-%m-%d}")


# --- the columns file (``gongkai monitor --columns FILE``) ---------------------------


@dataclass
class ColumnSpec:
    url: str
    kind: str
    name: str
    limit_days: int | None = None


class ColumnsFileError(ValueError):
    pass


def _spec(row: dict, where: str) -> ColumnSpec:
    url = str(row.get("url") or "").strip()
    kind = str(row.get("kind") or "").strip().lower()
    name = str(row.get("name") or "").strip()
    if not url:
        raise ColumnsFileError(f"{where}：缺少栏目地址（url）")
    if kind not in KINDS:
        raise ColumnsFileError(f"{where}：栏目类型（kind）应为 news、notice、policy 或 other")
    if not name:
        raise ColumnsFileError(f"{where}：缺少栏目名称（name）")
    raw = row.get("limit_days")
    limit: int | None = None
    if raw not in (None, ""):
        try:
            limit = int(str(raw).strip())
        except ValueError:
            raise ColumnsFileError(f"{where}：更新时限（limit_days）应为天数") from None
        if limit <= 0:
            raise ColumnsFileError(f"{where}：更新时限（limit_days）应为正整数")
    return ColumnSpec(url=url, kind=kind, name=name[:100], limit_days=limit)


def parse_columns_file(text: str) -> list[ColumnSpec]:
    """A CSV with a header row ``url,kind,name[,limit_days]`` or a JSON list of objects."""
    text = text.lstrip("\ufeff")
    if text.lstrip().startswith("["):
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ColumnsFileError(f"栏目文件不是有效的 JSON：第 {exc.lineno} 行") from None
        if not all(isinstance(r, dict) for r in rows):
            raise ColumnsFileError("栏目文件应为对象列表，每个对象含 url、kind、name")
        return [_spec(r, f"第 {i} 项") for i, r in enumerate(rows, 1)]
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    if header[:3] != ["url", "kind", "name"] or not set(header) <= {
        "url",
        "kind",
        "name",
        "limit_days",
    }:
        raise ColumnsFileError("栏目文件首行应为 url,kind,name 或 url,kind,name,limit_days")
    reader.fieldnames = header
    return [_spec(r, f"第 {i} 行") for i, r in enumerate(reader, 2)]


def limit_for(kind: str, limit_days: int | None) -> int | None:
    return limit_days if limit_days else DEFAULT_LIMIT_DAYS.get(kind)


def timedelta_or_none(days: int | None) -> dt.timedelta | None:
    return dt.timedelta(days=days) if days else None
