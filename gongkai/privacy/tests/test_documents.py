"""Attachments: text of DOCX/XLSX/PDF is scanned; DOCX and XLSX get masked copies."""

import io

import docx
import pytest
from openpyxl import Workbook, load_workbook

from gongkai.privacy import mask_docx, mask_xlsx, scan_file
from gongkai.privacy.documents import UnreadableDocument


def make_docx() -> bytes:
    d = docx.Document()
    d.sections[0].header.is_linked_to_previous = False
    d.sections[0].header.paragraphs[0].text = "机密★1年"
    p = d.add_paragraph("申请人：")
    bold = p.add_run("张三")
    bold.bold = True
    p.add_run("，身份证号110105")
    p.add_run("19491231002X")  # the number is split over two runs
    t = d.add_table(rows=3, cols=3)
    for i, row in enumerate(
        [("序号", "户主姓名", "手机"), ("1", "王小明", "13812345678"), ("2", "李娜", "")]
    ):
        for j, value in enumerate(row):
            t.cell(i, j).text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_masked_copy_keeps_runs_and_formatting():
    masked = docx.Document(io.BytesIO(mask_docx(make_docx())))
    p = masked.paragraphs[0]
    assert p.text == "申请人：张*，身份证号110105********002X"
    assert p.runs[1].text == "张*" and p.runs[1].bold
    cells = [[c.text for c in row.cells] for row in masked.tables[0].rows]
    assert cells[1] == ["1", "王*明", "138****5678"]
    assert cells[2][1] == "李*"
    assert masked.sections[0].header.paragraphs[0].text == "机密★1年"  # withheld, not masked


def test_docx_text_is_scanned_including_the_secrecy_of_the_body():
    kinds = {f.type for f in scan_file(make_docx(), "名单.docx", allow=[])}
    assert {"name", "id_card", "mobile"} <= kinds


def test_xlsx_masked_copy_including_numbers_stored_as_integers():
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "姓名", "身份证号", "电话", "金额"])
    ws.append([1, "赵六", "11010519491231002X", 13812345678, 560])
    ws.append([2, "钱七", "", None, 400])
    ws["F1"] = "=SUM(E2:E3)"
    out = io.BytesIO()
    wb.save(out)
    masked = load_workbook(io.BytesIO(mask_xlsx(out.getvalue()))).active
    assert [c.value for c in masked[2]][:5] == [1, "赵*", "110105********002X", "138****5678", 560]
    assert masked["B3"].value == "钱*"
    assert masked["F1"].value == "=SUM(E2:E3)"


def test_pdf_text_layer_is_scanned():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Tel 13812345678 ID 11010519491231002X")
    c.save()
    kinds = [f.type for f in scan_file(out.getvalue(), "scan.pdf", allow=[])]
    assert kinds == ["mobile", "id_card"]


def test_unreadable_files():
    with pytest.raises(UnreadableDocument):
        mask_docx(b"not a docx")
    with pytest.raises(UnreadableDocument):
        mask_xlsx(b"not a workbook")
    assert scan_file(b"\x89PNG....", "photo.png") == []
