"""The tables of the annual report as data (RULES §8; 国办公开办函〔2021〕30号 format).

A table is a list of rows and a list of columns. Each row and column carries the path of
its labels from the outermost header to its own label, so that one writer (HTML, DOCX,
XLSX, PDF, JSON) can draw the national layout with its merged header cells: adjacent
equal labels on the same level are merged, a shorter path spans the remaining levels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from gongkai.foi.codes import APPLICANT_COLUMNS, OUTCOME_GROUPS, CaseKind, CaseResult

Number = int | Decimal


@dataclass(frozen=True)
class Line:
    """A row or a column: ``key`` for the data, ``path`` for the labels (outer to leaf)."""

    key: str
    path: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class Table:
    key: str
    title: str  # printed as the first, fully merged row (二) or as a caption
    corner: str  # header of the row-label column(s); "" when the table has none
    rows: list[Line]
    columns: list[Line]
    values: dict[str, dict[str, Number]] = field(default_factory=dict)
    unit_note: str = ""

    @property
    def label_depth(self) -> int:
        return max((len(r.path) for r in self.rows), default=0)

    @property
    def header_depth(self) -> int:
        return max((len(c.path) for c in self.columns), default=1)

    def cell(self, row: str, col: str) -> Number:
        return self.values.get(row, {}).get(col, 0)

    def as_json(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "corner": self.corner,
            "unit_note": self.unit_note,
            "columns": [
                {"key": c.key, "label": c.label, "path": list(c.path)} for c in self.columns
            ],
            "rows": [
                {
                    "key": r.key,
                    "label": r.label,
                    "path": list(r.path),
                    "values": {c.key: _json_number(self.cell(r.key, c.key)) for c in self.columns},
                }
                for r in self.rows
            ],
        }

    def header_grid(self) -> list[list[tuple[str, int, int] | None]]:
        """Header cells as ``(label, rowspan, colspan)``; ``None`` where a merge covers it.

        The row-label columns come first (the corner, merged over them and every header
        level), then one grid column per data column.
        """
        depth = self.header_depth
        lab = self.label_depth
        width = lab + len(self.columns)
        grid: list[list[tuple[str, int, int] | None]] = [[None] * width for _ in range(depth)]
        if lab:
            grid[0][0] = (self.corner, depth, lab)
        for level in range(depth):
            i = 0
            while i < len(self.columns):
                col = self.columns[i]
                if level >= len(col.path):
                    i += 1
                    continue
                label = col.path[level]
                span = 1
                while (
                    i + span < len(self.columns)
                    and len(self.columns[i + span].path) > level
                    and self.columns[i + span].path[: level + 1] == col.path[: level + 1]
                ):
                    span += 1
                rowspan = depth - level if level == len(col.path) - 1 else 1
                grid[level][lab + i] = (label, rowspan, span)
                i += span
        return grid

    def label_grid(self) -> list[list[tuple[str, int, int] | None]]:
        """Row-label cells per data row as ``(label, rowspan, colspan)`` or ``None``."""
        lab = self.label_depth
        out: list[list[tuple[str, int, int] | None]] = [[None] * lab for _ in self.rows]
        for level in range(lab):
            i = 0
            while i < len(self.rows):
                row = self.rows[i]
                if level >= len(row.path):
                    i += 1
                    continue
                span = 1
                if level < len(row.path) - 1:
                    while (
                        i + span < len(self.rows)
                        and len(self.rows[i + span].path) > level + 1
                        and self.rows[i + span].path[: level + 1] == row.path[: level + 1]
                    ):
                        span += 1
                colspan = lab - level if level == len(row.path) - 1 else 1
                out[i][level] = (row.path[level], span, colspan)
                i += span if level < len(row.path) - 1 else 1
        return out


def _json_number(value: Number):
    if isinstance(value, Decimal):
        return str(value)
    return value


# --- section 二 -------------------------------------------------------------------

SECTION2_TABLES = [
    (
        "s2_rules",
        "第二十条第（一）项",
        [("rule", "规章"), ("normative", "行政规范性文件")],
        [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("valid", "现行有效件数")],
    ),
    (
        "s2_licensing",
        "第二十条第（五）项",
        [("licensing", "行政许可")],
        [("decisions", "本年处理决定数量")],
    ),
    (
        "s2_penalty",
        "第二十条第（六）项",
        [("penalty", "行政处罚"), ("enforcement", "行政强制")],
        [("decisions", "本年处理决定数量")],
    ),
    (
        "s2_fees",
        "第二十条第（八）项",
        [("fees", "行政事业性收费")],
        [("amount", "本年收费金额（单位：万元）")],
    ),
]


def section2_tables() -> list[Table]:
    return [
        Table(
            key=key,
            title=title,
            corner="信息内容",
            rows=[Line(k, (label,)) for k, label in rows],
            columns=[Line(k, (label,)) for k, label in cols],
        )
        for key, title, rows, cols in SECTION2_TABLES
    ]


# --- section 三 -------------------------------------------------------------------

S3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
S3_APPLICANT = "申请人情况"
S3_RESULTS = "三、本年度办理结果"
S3_NEW = "new"
S3_CARRIED_OVER = "carried_over"
S3_TOTAL = "total"
S3_FORWARD = "carried_forward"


def section3_columns() -> list[Line]:
    cols: list[Line] = []
    for _key, label, types in APPLICANT_COLUMNS:
        if len(types) == 1:
            cols.append(Line(str(types[0]), (S3_APPLICANT, label)))
        else:
            for t in types:
                cols.append(Line(str(t), (S3_APPLICANT, label, str(t.label))))
    cols.append(Line("total", (S3_APPLICANT, "总计")))
    return cols


def section3_rows() -> list[Line]:
    rows = [
        Line(S3_NEW, ("一、本年新收政府信息公开申请数量",)),
        Line(S3_CARRIED_OVER, ("二、上年结转政府信息公开申请数量",)),
    ]
    for group_label, outcomes in OUTCOME_GROUPS:
        if len(outcomes) == 1:
            rows.append(Line(str(outcomes[0]), (S3_RESULTS, str(outcomes[0].label))))
        else:
            for o in outcomes:
                rows.append(Line(str(o), (S3_RESULTS, group_label, str(o.label))))
    rows.append(Line(S3_TOTAL, (S3_RESULTS, "（七）总计")))
    rows.append(Line(S3_FORWARD, ("四、结转下年度继续办理",)))
    return rows


def outcome_keys() -> list[str]:
    return [str(o) for _g, outcomes in OUTCOME_GROUPS for o in outcomes]


def applicant_keys() -> list[str]:
    return [str(t) for _k, _l, types in APPLICANT_COLUMNS for t in types]


def section3_table() -> Table:
    return Table(
        key="s3",
        title="三、收到和处理政府信息公开申请情况",
        corner=S3_CORNER,
        rows=section3_rows(),
        columns=section3_columns(),
    )


# --- section 四 -------------------------------------------------------------------

S4_RESULTS = [
    (str(CaseResult.UPHELD), str(CaseResult.UPHELD.label)),
    (str(CaseResult.CORRECTED), str(CaseResult.CORRECTED.label)),
    (str(CaseResult.OTHER), str(CaseResult.OTHER.label)),
    (str(CaseResult.PENDING), str(CaseResult.PENDING.label)),
    ("total", "总计"),
]
S4_KINDS = [
    (str(CaseKind.REVIEW), ("行政复议",)),
    (str(CaseKind.LITIGATION_DIRECT), ("行政诉讼", "未经复议直接起诉")),
    (str(CaseKind.LITIGATION_AFTER_REVIEW), ("行政诉讼", "复议后起诉")),
]
S4_ROW = "cases"


def section4_table() -> Table:
    cols = [
        Line(f"{kind}.{res}", (*path, label))
        for kind, path in S4_KINDS
        for res, label in S4_RESULTS
    ]
    return Table(
        key="s4",
        title="四、政府信息公开行政复议、行政诉讼情况",
        corner="",
        rows=[Line(S4_ROW, ())],
        columns=cols,
    )
