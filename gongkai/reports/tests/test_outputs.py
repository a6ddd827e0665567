"""DOCX (national layout, merged headers), PDF and XLSX of a report (RULES §8)."""

from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from gongkai.reports.selectors import report_view
from gongkai.reports.services import report_publish, report_start
from gongkai.reports.tests.conftest import YEAR
from gongkai.reports.writers import render_docx, render_pdf, render_xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(year_data, dept_a, reviewer_a):
    r = report_start(actor=reviewer_a, unit=dept_a, year=YEAR)
    return report_publish(actor=reviewer_a, report=r)


def _texts(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_docx_tables_hold_labels_and_numbers(report):
    view, _ = report_view(report)
    doc = Document(io.BytesIO(render_docx(view)))
    assert doc.paragraphs[0].text == f"测试县民政局{YEAR}年政府信息公开工作年度报告"
    assert len(doc.tables) == 6  # four tables of 二, then 三 and 四
    rules = _texts(doc.tables[0])
    # the title row is one cell merged over the full width
    assert rules[0] == ["第二十条第（一）项"] * 4
    assert rules[1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert rules[2] == ["规章", "1", "1", "2"]
    assert rules[3] == ["行政规范性文件", "3", "1", "4"]
    assert _texts(doc.tables[1])[2] == ["行政许可", "120"]
    assert _texts(doc.tables[2])[2:] == [["行政处罚", "35"], ["行政强制", "4"]]
    assert _texts(doc.tables[3])[1] == ["信息内容", "本年收费金额（单位：万元）"]
    assert _texts(doc.tables[3])[2] == ["行政事业性收费", "1.2345"]

    s3 = _texts(doc.tables[4])
    assert len(s3) == 3 + 25 and len(s3[0]) == 3 + 7
    assert s3[0][3:] == ["申请人情况"] * 7  # merged across all columns
    assert s3[1][3:] == [
        "自然人",
        "法人或其他组织",
        "法人或其他组织",
        "法人或其他组织",
        "法人或其他组织",
        "法人或其他组织",
        "总计",
    ]
    assert s3[2][3:] == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    table3 = view.section3
    new = [str(table3.cell("new", c.key)) for c in table3.columns]
    assert s3[3] == ["一、本年新收政府信息公开申请数量"] * 3 + new
    row_secret = s3[3 + 4]
    assert row_secret[:3] == ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]
    assert row_secret[3:] == [str(table3.cell("not_state_secret", c.key)) for c in table3.columns]
    assert s3[-1][0] == "四、结转下年度继续办理"
    assert s3[-1][3:] == ["1", "1", "1", "0", "2", "0", "5"]
    # merged cells really are merged (one underlying cell), not repeated text
    t = doc.tables[4]
    assert t.cell(5, 0)._tc is t.cell(20, 0)._tc

    s4 = _texts(doc.tables[5])
    assert s4[0][:5] == ["行政复议"] * 5 and s4[0][5:] == ["行政诉讼"] * 10
    assert s4[1][5:10] == ["未经复议直接起诉"] * 5 and s4[1][10:] == ["复议后起诉"] * 5
    assert s4[2][:5] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert s4[3] == ["2", "2", "0", "2", "6", "1", "0", "0", "0", "1", "0", "0", "1", "1", "2"]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "本年度收取信息处理费 300.00 元。" in body


def test_pdf_renders_with_chinese_text(report, tmp_path):
    view, _ = report_view(report)
    pdf = render_pdf(view)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "政府信息公开工作年度报告" in text
    assert "本年新收政府信息公开申请数量" in text
    assert "行政规范性文件" in text
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))


def test_xlsx_has_merged_headers_and_numbers(report):
    view, _ = report_view(report)
    wb = load_workbook(io.BytesIO(render_xlsx(view)))
    ws = wb["三、依申请公开"]
    assert ws["D1"].value == "申请人情况"
    assert "D1:J1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A4"].value == "一、本年新收政府信息公开申请数量"
    assert ws["J4"].value == view.section3.cell("new", "total")
    assert wb["六、其他"]["B1"].value == 300.0
    s2 = wb["二、主动公开"]
    assert s2["A3"].value == "规章" and s2["B3"].value == 1 and s2["D4"].value == 4
