import io

import docx
from openpyxl import Workbook

from gongkai.core.textextract import extract_text


def test_docx_paragraphs_and_tables():
    d = docx.Document()
    d.add_paragraph("低保名单公示")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "户主"
    t.rows[0].cells[1].text = "张三"
    buf = io.BytesIO()
    d.save(buf)
    text = extract_text(buf.getvalue(), "名单.DOCX")
    assert "低保名单公示" in text and "户主\t张三" in text


def test_xlsx_cells():
    wb = Workbook()
    wb.active.append(["姓名", "金额"])
    wb.active.append(["李四", 520])
    buf = io.BytesIO()
    wb.save(buf)
    assert "李四\t520" in extract_text(buf.getvalue(), "a.xlsx")


def test_gbk_text_and_unknown_and_broken_files():
    assert extract_text("政务公开".encode("gb18030"), "a.txt") == "政务公开"
    assert extract_text(b"\x89PNG....", "scan.png") == ""
    assert extract_text(b"not a pdf", "broken.pdf") == ""


def test_html_attachment_text_without_scripts():
    html = "<html><body><script>var x=1;</script><h1>通知</h1><p>低保资金发放</p></body></html>"
    assert extract_text(html.encode("utf-8"), "附件.html") == "通知\n低保资金发放"


def test_docx_row_stays_on_one_line_with_a_cell_of_two_paragraphs_and_merged_cells():
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for k, head in enumerate(("村组", "姓名", "联系电话")):
        t.rows[0].cells[k].text = head
    merged = t.cell(1, 0).merge(t.cell(2, 0))  # a village's cell over two rows (vMerge)
    merged.text = "柳湾村"
    t.rows[1].cells[1].text = "韩立秋"
    t.rows[1].cells[2].text = "13607251846"
    t.rows[2].cells[1].text = "苏美玲"
    t.rows[2].cells[2].paragraphs[0].text = "15972036418"
    t.rows[2].cells[2].add_paragraph("（家中）")
    buf = io.BytesIO()
    d.save(buf)
    lines = extract_text(buf.getvalue(), "名单.docx").split("\n")
    assert "柳湾村\t韩立秋\t13607251846" in lines
    assert "柳湾村\t苏美玲\t15972036418 （家中）" in lines
