"""Reading a 基层政务公开标准目录 spreadsheet in the standard layout (pure: bytes in, rows
out). The layout: a header row with 序号, 公开事项 (一级事项/二级事项), 公开内容（要素）,
公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级; the last three
split in a second header row into 全社会/特定群体, 主动/依申请, 县级/乡级, marked with √.
Merged cells (一级事项 spanning rows) carry down."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

COLUMNS = {
    "parent_matter": ("一级事项",),
    "title": ("二级事项", "公开事项"),
    "content": ("公开内容",),
    "basis": ("公开依据",),
    "time_limit": ("公开时限",),
    "subject": ("公开主体",),
    "channels": ("公开渠道",),
}
MARKS = {
    "audience": (("全社会", "all"), ("特定群体", "specific")),
    "mode": (("主动", "proactive"), ("依申请", "request")),
    "level": (("县级", "county"), ("乡级", "township")),
}
TICKS = {"√", "✓", "✔", "是", "1", "Y", "y", "●"}


@dataclass
class StandardRow:
    line: int
    values: dict
    problems: list[str] = field(default_factory=list)


def _text(v) -> str:
    return "" if v is None else str(v).strip().replace("\u3000", " ")


def _combine(found: list[str], key: str) -> str:
    if len(found) == 2:
        return "both"
    return found[0] if found else ""


def read(data: bytes) -> tuple[str, list[StandardRow]]:
    """The area (领域, from a title row such as "城乡规划领域基层政务公开标准目录") and the rows."""
    try:
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # a broken or non-xlsx file raises many kinds
        raise ValueError("电子表格无法读取，请上传 .xlsx 格式的标准目录") from exc
    ws = wb.worksheets[0]
    grid = [[_text(c) for c in row] for row in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:  # carry merged values into every cell they cover
        value = grid[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if not grid[r - 1][c - 1]:
                    grid[r - 1][c - 1] = value
    header_at = next((i for i, row in enumerate(grid) if any("公开内容" in c for c in row)), None)
    if header_at is None:
        raise ValueError("未找到表头：标准目录应有“公开内容（要素）”等列")
    area = next((c for row in grid[:header_at] for c in row if "目录" in c), "")
    area = area.split("基层政务公开标准目录")[0].removesuffix("领域").strip()
    head = grid[header_at]
    sub = grid[header_at + 1] if header_at + 1 < len(grid) else []
    cols: dict[str, int] = {}
    for key, names in COLUMNS.items():
        for i, h in enumerate(head):
            cell = h + (sub[i] if i < len(sub) else "")
            if any(n in cell for n in names) and key not in cols:
                if key == "title" and "一级事项" in cell and "二级事项" not in cell:
                    continue
                cols[key] = i
    marks: dict[str, list[tuple[int, str]]] = {}
    for key, options in MARKS.items():
        for label, value in options:
            for i, h in enumerate(sub):
                if h.startswith(label):
                    marks.setdefault(key, []).append((i, value))
    missing = [n for n in ("content", "basis") if n not in cols] + [
        k for k in MARKS if k not in marks
    ]
    if missing:
        raise ValueError("表头不完整，缺少：" + "、".join(missing))
    start = header_at + (2 if marks else 1)
    rows: list[StandardRow] = []
    for n, row in enumerate(grid[start:], start=start + 1):
        if not any(row) or not row[cols["content"]]:
            continue
        values = {k: row[i] if i < len(row) else "" for k, i in cols.items()}
        if not values.get("title"):
            values["title"] = values.get("parent_matter", "")
        for key, positions in marks.items():
            values[key] = _combine(
                [v for i, v in positions if i < len(row) and row[i] in TICKS], key
            )
        problems = [
            f"第{n}行缺少{label}"
            for key, label in (
                ("title", "公开事项"), ("basis", "公开依据"), ("time_limit", "公开时限"),
                ("subject", "公开主体"), ("channels", "公开渠道和载体"), ("audience", "公开对象"),
                ("mode", "公开方式"), ("level", "公开层级"),
            )
            if not values.get(key)
        ]  # fmt: skip
        rows.append(StandardRow(n, values, problems))
    return area, rows
