"""受理回执 as a Word document (the printable page's content, for offices that file or
edit it): A4, GB/T 9704 margins, 小标宋 title, 仿宋 text, a two-column table with fixed
widths (``gongkai.core.docx_layout``)."""

from __future__ import annotations

import datetime as dt

#: Width of the label column, in millimetres (the text block is 156 mm).
LABEL_MM = 40.0


def _cn(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def rows(app, code: str = "") -> list[tuple[str, str]]:
    """What the 受理回执 says, as (label, text) rows; the code only when given."""
    out = [("申请人", app.applicant_name), ("申请编号", app.tracking_number)]
    if code:
        out.append(
            ("查询码", f"{code}（请妥善保管，凭申请编号和查询码在网站查询办理进度、下载答复书）")
        )
    out += [
        ("申请内容", (app.title or app.description)[:200]),
        ("提交方式", app.get_channel_display()),
        ("收到申请日期", _cn(app.received_on) or "待确认"),
    ]
    if app.due:
        note = "（暂定，以当年节假日安排为准）" if app.due_provisional else ""
        out.append(
            (
                "答复期限",
                f"{_cn(app.due)}前{note}；如需补正、征求第三方意见或延长期限，将另行告知",
            )
        )
    phone = getattr(app.unit, "phone", "")
    out.append(("受理机关", app.unit.name + (f"（电话 {phone}）" if phone else "")))
    out.append(("经办人", "（印章）\n　　　　年　　月　　日"))
    return out


def render(app, code: str = "") -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from gongkai.core import docx_layout as L

    doc = L.new_document()
    L.title(doc, "政府信息公开申请受理回执")
    lines = rows(app, code)
    table = doc.add_table(rows=len(lines), cols=2)
    table.style = "Table Grid"
    L.set_col_widths(table, [LABEL_MM, L.text_width_mm(doc) - LABEL_MM])
    L.keep_rows_whole(table)
    for i, (label, text) in enumerate(lines):
        L.cell_text(table.cell(i, 0), label, align=WD_ALIGN_PARAGRAPH.CENTER, size_pt=L.SIZE_4)
        L.cell_text(table.cell(i, 1), text, align=WD_ALIGN_PARAGRAPH.LEFT, size_pt=L.SIZE_4)
    return L.to_bytes(doc)
