"""The report as DOCX (national table layout), PDF and XLSX.

All three draw the same ``Table`` objects: header cells and row labels are merged where
the national format merges them (``Table.header_grid`` / ``Table.label_grid``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from gongkai.reports import tables as T

SECTION_TITLES = {
    "one": "一、总体情况",
    "two": "二、主动公开政府信息情况",
    "three": "三、收到和处理政府信息公开申请情况",
    "four": "四、政府信息公开行政复议、行政诉讼情况",
    "five": "五、存在的主要问题及改进情况",
    "six": "六、其他需要报告的事项",
}


@dataclass
class ReportView:
    """What every writer needs: title, texts, tables and the fee figure."""

    title: str
    unit_name: str
    overview: str
    problems: str
    other_matters: str
    section2: list[T.Table]
    section3: T.Table
    section4: T.Table
    fees_yuan: str
    status_label: str = ""


def fmt(value) -> str:
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    return str(value)


def grid_rows(table: T.Table, with_title: bool) -> list[list[tuple[str, int, int] | None]]:
    """The whole table as a grid of ``(text, rowspan, colspan)`` or ``None`` (covered)."""
    width = table.label_depth + len(table.columns)
    rows: list[list[tuple[str, int, int] | None]] = []
    if with_title:
        rows.append([(table.title, 1, width)] + [None] * (width - 1))
    rows.extend(table.header_grid())
    labels = table.label_grid()
    for i, row in enumerate(table.rows):
        cells: list[tuple[str, int, int] | None] = list(labels[i])
        cells.extend((fmt(table.cell(row.key, c.key)), 1, 1) for c in table.columns)
        rows.append(cells)
    return rows


def html_grid(table: T.Table, with_title: bool) -> dict:
    """The grid split into header and body rows for the HTML template."""
    grid = grid_rows(table, with_title)
    head_n = len(grid) - len(table.rows)

    def cells(row, header_row):
        out = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            out.append(
                {
                    "text": cell[0],
                    "rowspan": cell[1],
                    "colspan": cell[2],
                    "header": header_row or c < table.label_depth,
                }
            )
        return out

    return {
        "key": table.key,
        "title": table.title,
        "head": [cells(r, True) for r in grid[:head_n]],
        "body": [cells(r, False) for r in grid[head_n:]],
    }


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in (text or "").splitlines() if p.strip()]


# --- DOCX ---------------------------------------------------------------------------


def docx_col_widths(table: T.Table, avail_mm: float) -> list[float]:
    """Column widths in mm: number columns narrow, the row labels take the rest.

    The outer label levels (merged down many rows, e.g. 三、本年度办理结果 and （三）不予公开)
    are narrow; the leaf label column is as wide as what remains, so that a label such as
    「1.属于国家秘密」 prints on one line and the longest on two.
    """
    lab = table.label_depth
    n = len(table.columns)
    if not lab:
        return [avail_mm / n] * n
    number = min(22.0, max(9.5, avail_mm * 0.4 / n))
    outer = [11.0, 14.0][: lab - 1] + [14.0] * max(0, lab - 3)
    leaf = avail_mm - number * n - sum(outer)
    return outer + [leaf] + [number] * n


def _docx_table(doc, table: T.Table, with_title: bool):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from gongkai.core import docx_layout as L

    grid = grid_rows(table, with_title)
    width = len(grid[0])
    head_n = len(grid) - len(table.rows)
    out = doc.add_table(rows=len(grid), cols=width)
    out.style = "Table Grid"
    L.set_col_widths(out, docx_col_widths(table, L.text_width_mm(doc)))
    L.cell_margins(out, left_mm=0.6, right_mm=0.6)
    size = L.SIZE_SMALL_5 if len(table.columns) > 4 else L.SIZE_5
    L.repeat_header(out.rows[:head_n])
    L.keep_rows_whole(out)
    # Table.cell() re-reads the whole grid on every call; take the cells once, before
    # any merge, and merge disjoint ranges by their corner cells.
    cells = out._cells
    leaf = table.label_depth - 1
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            text, rowspan, colspan = cell
            target = cells[r * width + c]
            if rowspan > 1 or colspan > 1:
                target = target.merge(cells[(r + rowspan - 1) * width + c + colspan - 1])
            label = r >= head_n and c <= leaf and c + colspan - 1 >= leaf
            L.cell_text(
                target,
                text,
                style=L.TABLE_STYLE if r >= head_n else L.TABLE_HEAD_STYLE,
                align=WD_ALIGN_PARAGRAPH.LEFT if label else WD_ALIGN_PARAGRAPH.CENTER,
                size_pt=size,
            )
    return out


def render_docx(view: ReportView) -> bytes:
    """A4, GB/T 9704 margins, black 黑体 headings and 仿宋 text; tables with fixed column
    widths and their header rows repeated on every page."""
    from gongkai.core import docx_layout as L

    doc = L.new_document()
    L.title(doc, view.title)
    L.heading(doc, SECTION_TITLES["one"])
    for p in _paragraphs(view.overview):
        L.body(doc, p)
    L.heading(doc, SECTION_TITLES["two"])
    for t in view.section2:
        _docx_table(doc, t, with_title=True)
        doc.add_paragraph("")
    L.heading(doc, SECTION_TITLES["three"])
    _docx_table(doc, view.section3, with_title=False)
    L.heading(doc, SECTION_TITLES["four"])
    _docx_table(doc, view.section4, with_title=False)
    L.heading(doc, SECTION_TITLES["five"])
    for p in _paragraphs(view.problems) or ["无。"]:
        L.body(doc, p)
    L.heading(doc, SECTION_TITLES["six"])
    L.body(doc, f"本年度收取信息处理费 {view.fees_yuan} 元。")
    for p in _paragraphs(view.other_matters):
        L.body(doc, p)
    return L.to_bytes(doc)


# --- XLSX ---------------------------------------------------------------------------


def render_xlsx(view: ReportView) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    sheets = [
        ("二、主动公开", view.section2, True),
        ("三、依申请公开", [view.section3], False),
        ("四、复议诉讼", [view.section4], False),
    ]
    first = True
    for name, tables, with_title in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        r0 = 1
        for table in tables:
            grid = grid_rows(table, with_title)
            for r, row in enumerate(grid):
                for c, cell in enumerate(row):
                    if cell is None:
                        continue
                    text, rowspan, colspan = cell
                    target = ws.cell(row=r0 + r, column=c + 1)
                    value: object = text
                    if r >= len(grid) - len(table.rows) and c >= table.label_depth:
                        value = _number(text)
                    target.value = value
                    target.alignment = Alignment(
                        wrap_text=True, horizontal="center", vertical="center"
                    )
                    target.border = border
                    if rowspan > 1 or colspan > 1:
                        ws.merge_cells(
                            start_row=r0 + r,
                            start_column=c + 1,
                            end_row=r0 + r + rowspan - 1,
                            end_column=c + colspan,
                        )
            r0 += len(grid) + 1
    ws = wb.create_sheet("六、其他")
    ws.append(["本年度收取信息处理费（元）", _number(view.fees_yuan)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _number(text: str):
    try:
        return int(text)
    except ValueError:
        try:
            return float(Decimal(text))
        except Exception:  # not a number: keep the text
            return text


# --- PDF ----------------------------------------------------------------------------

FONT = "STSong-Light"


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    try:
        pdfmetrics.getFont(FONT)
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def render_pdf(view: ReportView) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _font()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName=font, fontSize=16, leading=22, alignment=1, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12.5, leading=18, spaceBefore=8)

    def pdf_table(table: T.Table, with_title: bool, avail: float):
        grid = grid_rows(table, with_title)
        width = len(grid[0])
        data = [
            [Paragraph(escape(cell[0]), cell_style) if cell else "" for cell in row] for row in grid
        ]
        style = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell and (cell[1] > 1 or cell[2] > 1):
                    style.append(("SPAN", (c, r), (c + cell[2] - 1, r + cell[1] - 1)))
        lab = table.label_depth
        if lab:
            label_w = avail * (0.42 if lab > 1 else 0.3)
            widths = [label_w / lab] * lab + [(avail - label_w) / len(table.columns)] * len(
                table.columns
            )
        else:
            widths = [avail / width] * width
        t = Table(data, colWidths=widths, repeatRows=0)
        t.setStyle(TableStyle(style))
        return t

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=view.title,
    )
    avail = landscape(A4)[0] - 30 * mm
    story: list = [Paragraph(escape(view.title), h1)]
    story.append(Paragraph(SECTION_TITLES["one"], h2))
    story += [Paragraph(escape(p), body) for p in _paragraphs(view.overview)]
    story.append(Paragraph(SECTION_TITLES["two"], h2))
    for t in view.section2:
        story += [pdf_table(t, True, avail * 0.7), Spacer(1, 4 * mm)]
    story.append(Paragraph(SECTION_TITLES["three"], h2))
    story.append(pdf_table(view.section3, False, avail))
    story.append(Paragraph(SECTION_TITLES["four"], h2))
    story.append(pdf_table(view.section4, False, avail))
    story.append(Paragraph(SECTION_TITLES["five"], h2))
    story += [Paragraph(escape(p), body) for p in _paragraphs(view.problems) or ["无。"]]
    story.append(Paragraph(SECTION_TITLES["six"], h2))
    story.append(Paragraph(f"本年度收取信息处理费 {view.fees_yuan} 元。", body))
    story += [Paragraph(escape(p), body) for p in _paragraphs(view.other_matters)]
    doc.build(story)
    return buf.getvalue()
