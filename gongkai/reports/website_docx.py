"""The 政府网站工作年度报表 as a Word document (python-docx)."""

from __future__ import annotations

import io

from gongkai.reports.models import WebsiteReport
from gongkai.reports.website_selectors import sections


def render_website_docx(report: WebsiteReport) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(report.title, level=1)
    for section, rows in sections(report, with_notes=False):
        doc.add_heading(section, level=2)
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            table.cell(i, 0).text = row.label
            table.cell(i, 1).text = row.value
    if report.published_at:
        from django.utils import timezone

        doc.add_paragraph(f"发布日期：{timezone.localdate(report.published_at):%Y年%m月%d日}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
