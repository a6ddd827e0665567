"""The 政府网站工作年度报表 as a Word document (python-docx).

A4 with GB/T 9704 margins and the official styles (``gongkai.core.docx_layout``): black
黑体 section headings, 仿宋 text, two-column tables with fixed widths (item wide, figure
narrow) whose rows do not break across pages.
"""

from __future__ import annotations

from gongkai.reports.models import WebsiteReport
from gongkai.reports.website_selectors import sections

#: Share of the text width taken by the item column.
LABEL_SHARE = 0.62


def render_website_docx(report: WebsiteReport) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from gongkai.core import docx_layout as L

    doc = L.new_document()
    L.title(doc, report.title)
    width = L.text_width_mm(doc)
    widths = [width * LABEL_SHARE, width * (1 - LABEL_SHARE)]
    for section, rows in sections(report, with_notes=False):
        L.heading(doc, section)
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        L.set_col_widths(table, widths)
        L.keep_rows_whole(table)
        for i, row in enumerate(rows):
            L.cell_text(table.cell(i, 0), row.label, align=WD_ALIGN_PARAGRAPH.LEFT)
            L.cell_text(table.cell(i, 1), row.value, align=WD_ALIGN_PARAGRAPH.CENTER)
    if report.published_at:
        from django.utils import timezone

        day = timezone.localdate(report.published_at)
        p = doc.add_paragraph(f"发布日期：{day.year}年{day.month}月{day.day}日")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return L.to_bytes(doc)
