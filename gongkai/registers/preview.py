"""The first rows of an open-data file (CSV, XLSX or JSON) as a table for the preview
(pure: bytes in, rows out; a file that cannot be read raises ValueError in Chinese)."""

from __future__ import annotations

import csv
import io
import json

PREVIEW_ROWS = 20


def _text(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("文件编码无法识别，请使用 UTF-8 或 GB18030 编码")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def preview(data: bytes, fmt: str) -> dict:
    """``{"header": [...], "rows": [[...]], "total": n}``."""
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(_text(data))))
    elif fmt == "xlsx":
        try:
            from openpyxl import load_workbook

            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise ValueError("电子表格无法读取，请确认是 .xlsx 文件") from exc
        ws = wb.worksheets[0]
        rows = [[_cell(c) for c in row] for row in ws.iter_rows(values_only=True)]
        wb.close()
    elif fmt == "json":
        try:
            value = json.loads(_text(data))
        except json.JSONDecodeError as exc:
            raise ValueError(f"数据格式有误（第{exc.lineno}行）") from exc
        if isinstance(value, dict):
            value = next((v for v in value.values() if isinstance(v, list)), [value])
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            raise ValueError("数据应为对象数组")
        header: list[str] = []
        for r in value:
            header += [k for k in r if k not in header]
        rows = [header] + [[_cell(r.get(k)) for k in header] for r in value]
    else:
        raise ValueError("只支持 CSV、XLSX 和 JSON 文件")
    rows = [r for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        raise ValueError("文件中没有数据")
    return {"header": rows[0], "rows": rows[1 : PREVIEW_ROWS + 1], "total": len(rows) - 1}
