"""The XLSX report of one run (openpyxl): verdict, columns, broken links."""

from __future__ import annotations

import io

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

from gongkai.monitoring.models import CrawlRun

STATUS = {"pass": "通过", "fail": "不通过", "not_measured": "未检测"}


def _sheet(wb, title, header, rows, widths):
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    return ws


def _safe(value):
    # A cell starting with "=" would be read as a formula by spreadsheet programs.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def run_xlsx(run: CrawlRun) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    finished = (
        timezone.localtime(run.finished_at).strftime("%Y-%m-%d %H:%M") if run.finished_at else ""
    )
    _sheet(
        wb,
        "单项否决",
        ["检查项", "结果", "依据", "明细"],
        [
            [
                v["title"],
                STATUS.get(v["status"], v["status"]),
                _safe(v["evidence"]),
                _safe("\n".join(v["details"])),
            ]
            for v in run.verdict
        ]
        + [
            [],
            ["网站", run.site.name],
            ["地址", run.site.url],
            ["完成时间", finished],
            ["抓取页面", run.pages],
            ["检查链接", run.links],
            ["失效链接", run.broken],
            ["新增失效", run.broken_new],
            ["仍然失效", run.broken_still],
            ["已修复", run.broken_fixed],
        ],
        [50, 10, 50, 80],
    )
    score = run.score or {}
    _sheet(
        wb,
        "扣分指标",
        ["扣分项", "扣分", "依据"],
        [
            [_safe(d["item"]), d["points"], _safe("\n".join(d["evidence"]))]
            for d in score.get("deductions", [])
        ]
        + [[], ["得分", score.get("total", "")], ["说明", _safe(score.get("source", ""))]]
        + [["未核查", _safe(item)] for item in score.get("not_measured", [])],
        [60, 10, 80],
    )
    _sheet(
        wb,
        "栏目更新",
        ["栏目", "地址", "类型", "最新日期", "条目数", "未按时更新", "空白", "说明"],
        [
            [
                _safe(c.name),
                _safe(c.url),
                c.get_kind_display() if not c.is_homepage else "首页",
                c.latest_date,
                c.entries,
                "是" if c.stale else "否",
                "是" if c.empty else "否",
                _safe(c.note),
            ]
            for c in run.column_checks.all()
        ],
        [20, 50, 20, 12, 8, 10, 8, 40],
    )
    _sheet(
        wb,
        "失效链接",
        ["所在页面", "链接文字", "元素", "链接地址", "问题", "站内", "新增"],
        (
            [
                _safe(b.page) or "（直接访问）",
                _safe(b.text),
                b.tag,
                _safe(b.url),
                b.problem,
                "是" if b.internal else "否",
                "是" if b.is_new else "否",
            ]
            for b in run.broken_links.all().iterator()
        ),
        [50, 30, 8, 60, 20, 6, 6],
    )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
