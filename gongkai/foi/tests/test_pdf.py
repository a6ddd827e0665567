"""The shared PDF renderer (gongkai.core.pdf): Chinese text with no font files."""

import io

from pypdf import PdfReader

from gongkai.core.pdf import Heading, Para, Table, render_pdf


def test_renders_title_paragraphs_and_tables_in_chinese():
    data = render_pdf(
        title="政府信息公开工作年度报告",
        subtitle="（2026年度）",
        blocks=[
            Heading("一、总体情况"),
            "本年度共收到申请 12 件。",
            Para("右对齐的落款", align="right"),
            Table([["申请人类型", "件数"], ["自然人", "10"], ["商业企业", "2"]]),
        ],
    )
    assert data.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    text = text.replace(" ", "").replace("\n", "")
    for expected in (
        "政府信息公开工作年度报告",
        "一、总体情况",
        "本年度共收到申请12件",
        "商业企业",
    ):
        assert expected in text


def test_long_text_flows_onto_more_pages():
    data = render_pdf(title="长文", blocks=["公开" * 400] * 10)
    assert len(PdfReader(io.BytesIO(data)).pages) > 1
