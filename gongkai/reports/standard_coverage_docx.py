"""The 基层政务公开标准目录 coverage of one unit as a Word document to print (A4 landscape,
official styles from ``gongkai.core.docx_layout``; rows never break across pages and the
header row repeats on every page)."""

from __future__ import annotations

from gongkai.reports.standard_coverage import StandardReport

#: column titles and their share of the text width
COLUMNS = (
    ("公开事项", 0.19),
    ("公开主体", 0.11),
    ("目录栏目", 0.11),
    ("公开时限", 0.13),
    ("判定规则", 0.14),
    ("信息数", 0.06),
    ("结果", 0.10),
    ("说明", 0.16),
)


def summary(r: StandardReport) -> str:
    return (
        f"本单位为{r.level_label}，公开主体为本单位的标准目录事项{len(r.statuses)}项：符合{r.ok_count}项，"
        f"存在问题{len(r.gaps)}项，时限无法识别{r.unknown_count}项，依申请公开{r.on_request_count}项"
        f"（不计入缺项）；符合率{r.ratio}。另有{r.other_level}项公开层级不适用、"
        f"{r.other_subject}项公开主体为其他单位，未列入。"
    )


def render(r: StandardReport) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from gongkai.core import docx_layout as L

    doc = L.new_document(landscape=True)
    L.title(doc, f"{r.unit.name}基层政务公开标准目录落实情况")
    p = doc.add_paragraph(f"统计日期：{r.today.year}年{r.today.month}月{r.today.day}日")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.body(doc, summary(r))
    L.body(
        doc,
        "判定方法：按每项的公开层级和公开主体确定是否为本单位事项；公开方式为主动公开的事项，"
        "对应目录栏目（含下级栏目）内须有本单位发布的信息；再按公开时限逐项核对，所用规则列在"
        "“判定规则”一栏；时限文字无法识别的不作推测。",
    )
    if r.statuses:
        width = L.text_width_mm(doc)
        table = doc.add_table(rows=len(r.statuses) + 1, cols=len(COLUMNS))
        table.style = "Table Grid"
        L.set_col_widths(table, [width * share for _, share in COLUMNS])
        L.cell_margins(table)
        L.repeat_header([table.rows[0]])
        L.keep_rows_whole(table)
        centre = WD_ALIGN_PARAGRAPH.CENTER
        for j, (name, _) in enumerate(COLUMNS):
            L.cell_text(table.cell(0, j), name, align=centre, size_pt=10.5)
        for i, s in enumerate(r.statuses, 1):
            e = s.entry
            matter = f"{e.parent_matter}／{e.title}" if e.parent_matter else e.title
            values = (
                f"{matter}（{e.get_mode_display()}，{e.get_level_display()}）",
                e.subject,
                e.node.name if e.node else "—",
                e.time_limit,
                s.limit.label + (f"（依据原文“{s.limit.phrase}”）" if s.limit.phrase else ""),
                str(s.count),
                s.label,
                s.explanation,
            )
            for j, text in enumerate(values):
                L.cell_text(
                    table.cell(i, j), text, size_pt=10.5,
                    align=centre if j == 5 else WD_ALIGN_PARAGRAPH.LEFT,
                )  # fmt: skip
    return L.to_bytes(doc)
