"""Drafts from Word (.docx built here with python-docx, in the GB/T 9704 layout)."""

import datetime as dt
import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from gongkai.publishing import services
from gongkai.publishing.importing.word import parse_docx
from gongkai.publishing.models import InformationItem
from gongkai.publishing.services import body_from_attachment, draft_from_docx

Item = InformationItem
ID_NUMBER = "11010519491231002X"


def tiny_png() -> bytes:
    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = zlib.compress(b"\x00\xff\x00\x00")
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def official_docx(*, embed_text: str | None = None, with_image: bool = True) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document()
    d.add_paragraph("示范县民政局文件").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("示民发〔2026〕12号").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("示范县民政局关于调整城乡最低生活保障")
    d.add_paragraph("标准的通知")
    d.add_paragraph("各乡（镇）人民政府，县直有关单位：")
    d.add_paragraph("经县人民政府同意，现将调整城乡最低生活保障标准的有关事项通知如下。")
    d.add_heading("一、调整标准", level=1)
    p = d.add_paragraph("城市低保标准调整为每人每月")
    p.add_run("820元").bold = True
    p.add_run("。")
    d.add_paragraph("按时足额发放保障金；", style="List Bullet")
    d.add_paragraph("做好政策宣传解释。", style="List Bullet")
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "类别"
    table.cell(0, 1).text = "原标准（元）"
    table.cell(0, 2).text = "新标准（元）"
    table.cell(1, 0).text = "城市"
    table.cell(1, 1).text = "780"
    table.cell(1, 2).text = "820"
    table.cell(2, 0).merge(table.cell(2, 1)).text = "农村（含特困）"
    table.cell(2, 2).text = "560"
    d.add_paragraph(f"联系人：李梅，身份证号{ID_NUMBER}。")
    if with_image:
        d.add_paragraph("调整标准示意图如下：")
        d.add_picture(io.BytesIO(tiny_png()))
    d.add_paragraph("附件：1．示范县城乡低保标准调整测算表")
    d.add_paragraph("2．示范县低保对象花名册")
    d.add_paragraph("示范县民政局").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("2026年3月9日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("（此件公开发布）")
    d.add_paragraph("抄送：县人民政府办公室。")
    d.add_paragraph("示范县民政局办公室                2026年3月10日印发")
    if embed_text is not None:
        part = Part(
            PackURI("/word/embeddings/roster.txt"),
            "text/plain",
            embed_text.encode("utf-8"),
            d.part.package,
        )
        d.part.relate_to(part, RT.PACKAGE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_layout_fills_the_metadata():
    doc = parse_docx(official_docx())
    assert doc.organ == "示范县民政局"
    assert doc.doc_number == "示民发〔2026〕12号"
    assert doc.title == "示范县民政局关于调整城乡最低生活保障标准的通知"
    assert doc.addressee == "各乡（镇）人民政府，县直有关单位"
    assert doc.written_on == dt.date(2026, 3, 9)
    assert doc.note == "（此件公开发布）" and doc.attribute == "proactive"
    assert doc.attachment_names == ["示范县城乡低保标准调整测算表", "示范县低保对象花名册"]
    assert doc.kind == "notice"
    assert doc.missing == []


def test_body_is_clean_html_with_heading_list_and_table():
    html = parse_docx(official_docx()).body_html()
    assert html.startswith("<p>各乡（镇）人民政府，县直有关单位：</p>")
    assert "<h2>一、调整标准</h2>" in html
    assert "每人每月<strong>820元</strong>。" in html
    assert "<ul><li>按时足额发放保障金；</li><li>做好政策宣传解释。</li></ul>" in html
    assert "<td>新标准（元）</td>" in html
    assert '<td colspan="2">农村（含特困）</td><td>560</td>' in html
    assert "<p>附件：1．示范县城乡低保标准调整测算表</p>" in html
    assert "<p>示范县民政局</p><p>2026年3月9日</p>" in html
    # no Word styles, no header parts, no 版记
    for gone in ("style=", "class=", "示民发〔2026〕12号", "示范县民政局文件", "抄送", "印发"):
        assert gone not in html, gone
    assert "关于调整城乡最低生活保障" not in html


def test_not_a_docx_is_refused_in_chinese():
    with pytest.raises(ValidationError) as err:
        parse_docx(b"\xd0\xcf\x11\xe0 an old .doc file")
    assert "docx" in str(err.value) and "另存为" in str(err.value)


@pytest.mark.django_db
def test_draft_from_docx_goes_through_the_services(editor_a):
    data = official_docx(embed_text=f"低保对象：王强，身份证号{ID_NUMBER}")
    item, doc = draft_from_docx(actor=editor_a, unit=editor_a.unit, name="低保.docx", data=data)
    item.refresh_from_db()
    assert item.status == Item.Status.DRAFT and item.unit == editor_a.unit
    assert item.title == "示范县民政局关于调整城乡最低生活保障标准的通知"
    assert item.doc_number == "示民发〔2026〕12号"
    assert item.written_on == dt.date(2026, 3, 9) and item.formed_on == dt.date(2026, 3, 9)
    assert item.attribute == Item.Attribute.PROACTIVE
    assert item.due is not None  # the deadline follows from the 成文日期
    names = sorted(a.name for a in item.attachments.all())
    assert names == ["image1.png", "roster.txt"]
    image = item.attachments.get(name="image1.png")
    assert f'src="{reverse("publishing:attachment", args=[item.pk, image.pk])}"' in item.body
    assert "<table>" in item.body and "<h2>" in item.body
    # the privacy scan ran on the body and on the embedded file
    sources = {f.source for f in item.privacy_findings.filter(type="id_card")}
    assert sources == {"正文", "roster.txt"}
    from gongkai.core.models import AuditEvent

    assert AuditEvent.objects.filter(
        action="publishing.import_word", object_id=str(item.pk)
    ).exists()
    assert any("附件说明" in w for w in doc.warnings)
    assert any("示范县民政局" in w for w in doc.warnings)  # organ differs from the unit


@pytest.mark.django_db
def test_docx_attachment_becomes_the_body(editor_a):
    item = services.item_create(actor=editor_a, unit=editor_a.unit, title="待补正文")
    att = services.attachment_add(
        actor=editor_a, item=item, name="正文.docx", data=official_docx(with_image=False)
    )
    item, doc = body_from_attachment(actor=editor_a, attachment=att)
    item.refresh_from_db()
    assert item.title == "待补正文"  # a title already typed is kept
    assert item.doc_number == "示民发〔2026〕12号" and item.written_on == dt.date(2026, 3, 9)
    assert "每人每月<strong>820元</strong>" in item.body
    assert not item.attachments.filter(name="正文.docx").exists()
    assert item.privacy_findings.filter(source="正文", type="id_card").exists()


@pytest.mark.django_db
def test_submit_after_import_holds_findings_like_a_typed_draft(editor_a):
    item, _ = draft_from_docx(
        actor=editor_a, unit=editor_a.unit, name="a.docx", data=official_docx(with_image=False)
    )
    item = services.item_submit(actor=editor_a, item=item)
    assert item.status == Item.Status.SUBMITTED
    assert services.open_blocking_findings(item).filter(type="id_card").exists()


@pytest.mark.django_db
def test_other_unit_cannot_turn_an_attachment_into_body(editor_a, editor_b):
    from django.core.exceptions import PermissionDenied

    item = services.item_create(actor=editor_a, unit=editor_a.unit, title="草稿")
    att = services.attachment_add(
        actor=editor_a, item=item, name="x.docx", data=official_docx(with_image=False)
    )
    with pytest.raises(PermissionDenied):
        body_from_attachment(actor=editor_b, attachment=att)


# --- the staff page and the API -------------------------------------------------------


@pytest.mark.django_db
def test_workspace_upload_creates_a_draft(client, editor_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor_a)
    page = client.get(reverse("publishing:ws_word_import"))
    assert page.status_code == 200 and "从公文文档导入草稿" in page.content.decode()
    upload = SimpleUploadedFile(
        "通知.docx", official_docx(), content_type="application/octet-stream"
    )
    resp = client.post(reverse("publishing:ws_word_import"), {"file": upload}, follow=True)
    item = Item.objects.get()
    assert resp.redirect_chain[-1][0] == reverse("publishing:ws_item", args=[item.pk])
    text = resp.content.decode()
    assert "已从文档导入" in text and "发文字号" in text
    assert "每人每月" in text  # the body is shown for checking


@pytest.mark.django_db
def test_workspace_upload_refuses_other_files_in_chinese(client, editor_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor_a)
    upload = SimpleUploadedFile("旧.doc", b"\xd0\xcf\x11\xe0old", content_type="application/msword")
    resp = client.post(reverse("publishing:ws_word_import"), {"file": upload})
    assert resp.status_code == 200
    assert "另存为 .docx" in resp.content.decode()
    assert Item.objects.count() == 0


@pytest.mark.django_db
def test_workspace_attachment_button_makes_the_body(client, editor_a):
    item = services.item_create(actor=editor_a, unit=editor_a.unit, title="草稿")
    att = services.attachment_add(
        actor=editor_a, item=item, name="正文.docx", data=official_docx(with_image=False)
    )
    client.force_login(editor_a)
    page = client.get(reverse("publishing:ws_item", args=[item.pk])).content.decode()
    assert "用作正文" in page
    client.post(reverse("publishing:ws_attachment_body", args=[item.pk, att.pk]))
    item.refresh_from_db()
    assert "<table>" in item.body and item.doc_number == "示民发〔2026〕12号"


@pytest.mark.django_db
def test_api_word_import(client, editor_a, api_token):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "通知.docx", official_docx(), content_type="application/octet-stream"
    )
    resp = client.post(
        "/api/v1/publishing/import/word",
        {"file": upload},
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    assert resp.status_code == 201, resp.content
    data = resp.json()
    assert data["doc_number"] == "示民发〔2026〕12号"
    assert data["written_on"] == "2026-03-09"
    assert data["attachment_names"] == ["示范县城乡低保标准调整测算表", "示范县低保对象花名册"]
    assert data["attachments"] == ["image1.png"]
    assert data["open_privacy_findings"] >= 1
    bad = client.post(
        "/api/v1/publishing/import/word",
        {"file": SimpleUploadedFile("x.docx", b"not a zip")},
        HTTP_AUTHORIZATION=api_token(editor_a),
    )
    assert bad.status_code == 400 and "docx" in bad.json()["message"]


def test_vertically_merged_cells_become_rowspan():
    import docx

    d = docx.Document()
    d.add_paragraph("关于公布示范项目的通知")
    d.add_paragraph("各单位：")
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "城关镇"
    t.cell(0, 1).text = "项目甲"
    t.cell(1, 1).text = "项目乙"
    t.cell(2, 0).text = "河口乡"
    t.cell(2, 1).text = "项目丙"
    out = io.BytesIO()
    d.save(out)
    html = parse_docx(out.getvalue()).body_html()
    assert '<tr><td rowspan="2">城关镇</td><td>项目甲</td></tr><tr><td>项目乙</td></tr>' in html
    assert "<tr><td>河口乡</td><td>项目丙</td></tr>" in html
    doc = parse_docx(out.getvalue())
    assert doc.missing == ["发文机关", "发文字号", "成文日期"]  # not invented


def test_chinese_numeral_date_and_on_request_note():
    import docx

    d = docx.Document()
    d.add_paragraph("示范县财政局")
    d.add_paragraph("示财发〔2026〕3号　　签发人：王明")
    d.add_paragraph("示范县财政局关于2026年预算执行情况的报告")
    d.add_paragraph("县人民政府：")
    d.add_paragraph("现将2026年预算执行情况报告如下。")
    d.add_paragraph("示范县财政局")
    d.add_paragraph("二〇二六年四月十日")
    d.add_paragraph("（此件依申请公开）")
    out = io.BytesIO()
    d.save(out)
    doc = parse_docx(out.getvalue())
    assert doc.doc_number == "示财发〔2026〕3号"
    assert doc.title == "示范县财政局关于2026年预算执行情况的报告"
    assert doc.written_on == dt.date(2026, 4, 10)
    assert doc.attribute == "on_request"
    assert doc.organ == "示范县财政局"
    assert "签发人" not in doc.body_html()
