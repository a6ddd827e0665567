"""Pure reading of a hotline export (CSV or XLSX): rows into checked values, with every
problem reported by its line number. No database access here."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass

COLUMNS = {
    "number": ("工单编号", "工单号", "编号"),
    "received_at": ("受理时间", "来电时间", "时间"),
    "content": ("诉求内容", "内容", "来电内容"),
    "category": ("诉求类别", "类别", "分类"),
    "unit": ("承办单位", "转办单位", "责任单位"),
    "limit": ("办理时限", "时限"),
}
REQUIRED = ("number", "received_at", "content", "category")
MAX_ROWS = 5000
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")
_LIMIT = re.compile(r"^\s*(\d{1,2})\s*(个工作日|工作日|天)?\s*$")


@dataclass
class Row:
    line: int
    number: str
    received_at: dt.datetime  # naive, local
    content: str
    category: str
    unit: str
    limit_days: int | None


def _table(data: bytes, filename: str) -> list[list[str]]:
    if filename.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = []
        for r in wb.worksheets[0].iter_rows(values_only=True):
            rows.append(
                [
                    v.strftime("%Y-%m-%d %H:%M:%S")
                    if isinstance(v, dt.datetime)
                    else str(v or "").strip()
                    for v in r
                ]
            )
        return rows
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError("无法识别文件编码，请另存为通用编码的逗号分隔表格后重试")
    return [[c.strip() for c in r] for r in csv.reader(io.StringIO(text))]


def _header_map(header: list[str]) -> dict[str, int]:
    found = {}
    for key, names in COLUMNS.items():
        for i, cell in enumerate(header):
            if cell in names:
                found[key] = i
                break
    return found


def parse_orders(data: bytes, filename: str) -> tuple[list[Row], list[tuple[int, str]]]:
    """The rows and the problems as ``(line, text)``; callers import nothing when any."""
    try:
        table = _table(data, filename)
    except Exception as exc:  # noqa: BLE001 - a broken upload is the user's to fix
        return [], [
            f"文件无法读取：{exc}" if isinstance(exc, ValueError) else "文件无法读取，请检查格式"
        ]
    if not table:
        return [], [(0, "文件为空")]
    cols = _header_map(table[0])
    missing = [COLUMNS[k][0] for k in REQUIRED if k not in cols]
    if missing:
        return [], [(1, f"缺少列“{'”“'.join(missing)}”")]
    if len(table) - 1 > MAX_ROWS:
        return [], [(0, f"一次最多导入 {MAX_ROWS} 行")]
    rows, errors, seen = [], [], {}

    def cell(r, key):
        i = cols.get(key)
        return r[i].strip() if i is not None and i < len(r) else ""

    for line, r in enumerate(table[1:], start=2):
        if not any(c.strip() for c in r):
            continue
        problems = [f"缺少{COLUMNS[k][0]}" for k in REQUIRED if not cell(r, k)]
        when = None
        if cell(r, "received_at"):
            for fmt in _TIME_FORMATS:
                try:
                    when = dt.datetime.strptime(cell(r, "received_at"), fmt)  # noqa: DTZ007 - local wall time, made aware by the service
                    break
                except ValueError:
                    continue
            if when is None:
                problems.append("受理时间格式应为 2026-11-27 09:30")
        limit = None
        if cell(r, "limit"):
            m = _LIMIT.match(cell(r, "limit"))
            if m is None or not 1 <= int(m.group(1)) <= 60:
                problems.append("办理时限应为 1 至 60 个工作日，如“5个工作日”")
            else:
                limit = int(m.group(1))
        number = cell(r, "number")
        if number in seen:
            problems.append(f"工单编号与第{seen[number]}行重复")
        seen.setdefault(number, line)
        if problems:
            errors.append((line, "；".join(problems)))
            continue
        rows.append(
            Row(line, number, when, cell(r, "content"), cell(r, "category"), cell(r, "unit"), limit)
        )
    return rows, errors
