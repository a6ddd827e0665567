"""The annual report's DOCX read back with python-docx: A4, GB/T 9704 margins, black
黑体 headings and 仿宋 text on the styles, fixed column widths (labels wide, numbers
narrow), header rows repeated on every page. The rendering itself (LibreOffice) is in
``test_docx_render.py``."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn

from gongkai.core import docx_layout as L
from gongkai.reports import tables as T
from gongkai.reports.writers import ReportView, docx_col_widths, render_docx


def _report():
    view = ReportView(
        title="示范县民政局2026年政府信息公开工作年度报告",
        unit_name="示范县民政局",
        overview="概述。",
        problems="",
        other_matters="",
        section2=T.section2_tables(),
        section3=T.section3_table(),
        section4=T.section4_table(),
        fees_yuan="0.00",
    )
    return Document(io.BytesIO(render_docx(view)))


def test_a4_page_with_official_margins():
    section = _report().sections[0]
    mm = [
        round(x.mm, 1)
        for x in (
            section.page_width,
            section.page_height,
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ]
    assert mm == [210, 297, 37, 35, 28, 26]


def test_headings_are_black_heiti_not_the_blue_default():
    doc = _report()
    headings = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings][:2] == ["一、总体情况", "二、主动公开政府信息情况"]
    style = doc.styles["Heading 1"]
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "黑体"
    assert rfonts.get(qn("w:asciiTheme")) is None and rfonts.get(qn("w:eastAsiaTheme")) is None
    color = style.element.rPr.find(qn("w:color"))
    assert color.get(qn("w:val")) == "000000" and color.get(qn("w:themeColor")) is None
    assert style.font.bold is False
    normal = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert doc.paragraphs[0].style.name == "Title"
    title = doc.styles["Title"].element.rPr.find(qn("w:rFonts"))
    assert title.get(qn("w:eastAsia")) == "方正小标宋简体"


def test_table_three_has_wide_labels_narrow_numbers_and_repeated_headers():
    doc = _report()
    s3 = doc.tables[4]
    grid = [int(c.get(qn("w:w"))) for c in s3._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(grid) == 3 + 7
    leaf, numbers = grid[2], grid[3:]
    assert leaf > 5 * max(numbers)
    assert s3._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    header_rows = [
        r
        for r in s3.rows
        if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None
    ]
    assert len(header_rows) == T.section3_table().header_depth == 3
    assert s3.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert s3.rows[3]._tr.trPr.find(qn("w:tblHeader")) is None


def test_column_widths_fill_the_text_block():
    width = 156.0
    for table in [*T.section2_tables(), T.section3_table(), T.section4_table()]:
        widths = docx_col_widths(table, width)
        assert abs(sum(widths) - width) < 0.01, table.key
        assert min(widths) >= 9.5, table.key
    # the leaf label column holds the longest label in two lines at 小五 (9 pt ≈ 3.2 mm)
    s3 = docx_col_widths(T.section3_table(), width)
    longest = max(len(r.label) for r in T.section3_table().rows if len(r.path) == 3)
    assert (s3[2] - 2 * 0.6) / (L.SIZE_SMALL_5 * 25.4 / 72) * 2 >= longest
