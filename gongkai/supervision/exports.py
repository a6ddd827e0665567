"""Exports: the task table with progress (XLSX, DOCX) and the 督办单 (DOCX, PDF)."""

from __future__ import annotations

import io

from gongkai.supervision import selectors
from gongkai.supervision.models import Notice, Plan, Progress

HEADER = ["工作任务", "具体要求", "牵头单位", "配合单位", "完成时限", "进展情况"]


def _progress_text(p: Progress | None) -> str:
    if p is None:
        return "未报送"
    return f"{p.get_status_display()}：{p.text}"


def table_rows(plan: Plan) -> list[list[str]]:
    latest = selectors.latest_progress(plan)
    rows = []
    for t in selectors.plan_table(plan):
        rows.append(
            [
                " › ".join(t.category) + (f"（{t.number}）" if t.number else ""),
                t.requirement,
                "、".join(u.name for u in t.lead_units.all()) or "、".join(t.lead_names),
                "、".join(u.name for u in t.partner_units.all()) or "、".join(t.partner_names),
                t.deadline_text or (t.due.isoformat() if t.due else ""),
                _progress_text(latest.get(t.pk)),
            ]
        )
    return rows


def plan_xlsx(plan: Plan) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    ws.append([plan.title])
    ws.append(HEADER)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in table_rows(plan):
        ws.append(row)
    for col, width in zip("ABCDEF", (30, 60, 20, 24, 14, 40), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


#: Shares of the text width per column of the task table (as the XLSX widths).
PLAN_WIDTHS = (30, 60, 20, 24, 14, 40)


def plan_docx(plan: Plan) -> bytes:
    """The task table: A4 landscape, fixed column widths, the header row on every page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from gongkai.core import docx_layout as L

    doc = L.new_document(landscape=True)
    L.title(doc, plan.title)
    rows = table_rows(plan)
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        L.cell_text(cell, text, style=L.TABLE_HEAD_STYLE)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            L.cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.LEFT)
    width = L.text_width_mm(doc)
    L.set_col_widths(table, [width * w / sum(PLAN_WIDTHS) for w in PLAN_WIDTHS])
    L.repeat_header(table.rows[:1])
    return L.to_bytes(doc)


def _notice_lines(notice: Notice) -> list[str]:
    task = notice.task
    return [
        f"{notice.unit.name}：",
        f"根据《{task.plan.title}》任务分工，你单位承担的以下任务需加快推进：",
        f"任务{task.number or ''}：{task.requirement}",
        f"完成时限：{task.deadline_text or (task.due.isoformat() if task.due else '无')}",
        f"督办事项：{notice.body}",
        f"请于{notice.due.isoformat() if notice.due else ''}前书面回复办理情况。",
    ]


def notice_docx(notice: Notice) -> bytes:
    """The 督办单: A4, GB/T 9704 margins, 小标宋 title, 仿宋 text, black 黑体 heading."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from gongkai.core import docx_layout as L

    doc = L.new_document()
    L.title(doc, "政务公开工作督办单")
    doc.add_paragraph(notice.number).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, line in enumerate(_notice_lines(notice)):
        L.body(doc, line, indent=bool(k))
    doc.add_paragraph(notice.task.plan.unit.name).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(f"{notice.issued_at:%Y年%m月%d日}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if notice.answer:
        L.heading(doc, "办理回复")
        L.body(doc, notice.answer)
    return L.to_bytes(doc)


def notice_pdf(notice: Notice) -> bytes:
    from gongkai.core.pdf import Para, render_pdf

    blocks: list = [Para(line) for line in _notice_lines(notice)]
    blocks += [
        Para(notice.task.plan.unit.name, align="right"),
        Para(f"{notice.issued_at:%Y年%m月%d日}", align="right"),
    ]
    if notice.answer:
        blocks += [Para("办理回复："), Para(notice.answer)]
    return render_pdf(title="政务公开工作督办单", subtitle=notice.number, blocks=blocks)
