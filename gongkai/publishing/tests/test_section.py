"""The 政府信息公开 section as county sites build it: column tree, 机构信息, the guide
generated per unit (contacts, hours, fees, process, application form), section nav."""

import io
import re

import pytest

from gongkai.core.models import Unit
from gongkai.foi.fees import per_application_rate
from gongkai.publishing import section, section_services
from gongkai.publishing.models import CatalogueNode, InformationItem
from gongkai.publishing.tests.conftest import publish

pytestmark = pytest.mark.django_db


def test_column_tree_has_the_county_structure():
    tree = {n.slug: (n, depth) for n, depth in section.column_tree()}
    names = [n.name for n, depth in section.column_tree() if depth == 0]
    assert names[:9] == [
        "机构信息",
        "政策文件",
        "政策解读",
        "规划计划",
        "财政预决算",
        "重点领域信息",
        "人事信息",
        "权责清单",
        "办事指南",
    ]
    for slug in ("xzfwj", "xzfbwj", "bmwj"):
        assert tree[slug][0].parent.slug == "zcwj" and tree[slug][1] == 1
    for slug in ("shjz", "zfcg", "zdxm", "yjgl"):
        assert tree[slug][0].parent.slug == "zdly"


@pytest.mark.parametrize(
    ("top", "unit_name", "number", "column"),
    [
        (True, "示范县人民政府", "示政发〔2025〕3号", "xzfwj"),
        (True, "示范县人民政府", "示政办发〔2025〕12号", "xzfbwj"),
        (True, "泸州市人民政府", "泸政办发2021 56号", "xzfbwj"),
        (False, "示范县人民政府办公室", "", "xzfbwj"),
        (False, "示范县民政局", "示民发〔2025〕1号", "bmwj"),
    ],
)
def test_policy_column_rule(top, unit_name, number, column):
    got = section.policy_column(unit_is_top_government=top, unit_name=unit_name, doc_number=number)
    assert got == column


def test_policy_documents_are_filed_and_listed_under_their_column(
    client, gov, office, editor_a, reviewer_a
):
    dept_doc = publish(
        editor_a,
        reviewer_a,
        title="民政局规范性文件",
        kind="normative",
        doc_number="示民规〔2025〕1号",
        interpretation_plan="随文发布政策解读",
    )
    assert section_services.policy_documents_file(actor=office) == 1
    dept_doc.refresh_from_db()
    assert dept_doc.catalogue_node.slug == "bmwj"
    assert "民政局规范性文件" in client.get("/xxgk/fdzdgknr/bmwj/").content.decode()
    parent = client.get("/xxgk/fdzdgknr/zcwj/").content.decode()
    assert "民政局规范性文件" in parent
    assert 'id="branch-nav"' in parent and "县政府办公室文件" in parent
    assert "民政局规范性文件" not in client.get("/xxgk/fdzdgknr/xzfwj/").content.decode()


def test_section_navigation_on_every_section_page(client, gov):
    for url in [
        "/xxgk/",
        "/xxgk/zn/",
        "/xxgk/zd/",
        "/xxgk/fdzdgknr/",
        "/xxgk/ndbg/",
        "/xxgk/jgxx/",
    ]:
        body = client.get(url).content.decode()
        nav = body.split('aria-label="政府信息公开栏目"')[1].split("</nav>")[0]
        for label in [
            "政府信息公开指南",
            "政府信息公开制度",
            "法定主动公开内容",
            "年度报告",
            "依申请公开",
        ]:
            assert label in nav, (url, label)


def test_institution_page_shows_functions_and_leaders(client, gov, office):
    section_services.profile_save(
        actor=office,
        unit=gov,
        functions="执行县人民代表大会的决议。",
        internal_bodies="县政府办公室\n县财政局",
        leaders="李县长｜县长｜主持全面工作\n孙副县长｜副县长",
    )
    body = client.get(f"/xxgk/jgxx/?unit={gov.pk}").content.decode()
    assert "执行县人民代表大会的决议。" in body
    assert "县财政局" in body
    assert "<td>李县长</td><td>县长</td><td>主持全面工作</td>" in body
    assert "<td>孙副县长</td><td>副县长</td><td>—</td>" in body


def test_guide_is_generated_per_unit_and_follows_edits(client, gov, dept_a, office):
    body = client.get(f"/xxgk/zn/?unit={gov.pk}").content.decode()
    assert "测试县人民政府政府信息公开指南" in body
    assert "0886-1234567" in body and "测试县人民路1号" in body  # from the unit
    assert f"第11至30件每件{per_application_rate(11)}元" in body
    assert "第31至100页每页10元" in body
    assert "依申请公开办理流程图" in body and "20个工作日内答复" in body
    assert f"/xxgk/zn/{gov.pk}/sqb.docx" in body and f"/xxgk/zn/{gov.pk}/sqb.pdf" in body
    section_services.profile_save(
        actor=office, unit=gov, office_phone="0886-7654321", office_hours="周一至周五"
    )
    body = client.get(f"/xxgk/zn/?unit={gov.pk}").content.decode()
    assert "0886-7654321" in body and "周一至周五" in body and "0886-1234567" not in body
    other = client.get(f"/xxgk/zn/?unit={dept_a.pk}").content.decode()
    assert "测试县民政局政府信息公开指南" in other and "0886-7654321" not in other


def test_application_form_downloads(client, gov):
    from docx import Document

    resp = client.get(f"/xxgk/zn/{gov.pk}/sqb.docx")
    assert resp.status_code == 200
    doc = Document(io.BytesIO(resp.content))
    assert doc.paragraphs[0].text == "测试县人民政府政府信息公开申请表"
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert {"姓名", "证件号码", "所需信息的名称", "文号", "统一社会信用代码"} <= cells
    pdf = client.get(f"/xxgk/zn/{gov.pk}/sqb.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    from gongkai.core.textextract import extract_text

    assert "政府信息公开申请表" in extract_text(pdf.content, "form.pdf")
    assert client.get(f"/xxgk/zn/{gov.pk}/sqb.exe").status_code == 404


def test_office_edits_profile_with_chinese_errors(client, gov, office, editor_a):
    client.force_login(editor_a)
    assert client.get("/workspace/publishing/profile/").status_code == 403
    client.force_login(office)
    url = f"/workspace/publishing/profile/?unit={gov.pk}"
    page = client.post(url, {"office_email": "不是邮箱", "leaders": ""}).content.decode()
    assert "请输入有效的电子邮箱地址" in page
    page = client.post(url, {"leaders": "只有名字"}).content.decode()
    assert "第1行格式不对" in page
    resp = client.post(url, {"functions": "负责全县政务公开。", "leaders": "王某｜主任"})
    assert resp.status_code == 302
    assert "负责全县政务公开。" in client.get(f"/xxgk/jgxx/?unit={gov.pk}").content.decode()


def test_demo_fills_the_section(db):
    from gongkai.core.demo import load_units
    from gongkai.publishing.section_demo import load

    load_units()
    gov = Unit.objects.get(name="示范县人民政府")
    InformationItem.objects.create(
        unit=gov,
        title="县政府办公室通知",
        kind="normative",
        doc_number="示政办发〔2025〕2号",
        attribute="proactive",
        status="published",
        published_at="2025-01-02T10:00:00+08:00",
    )
    first = load()
    assert "机构信息 2 个" in first and "归入政策文件栏目 1 件" in first
    # 11 section examples, the county's own items (county_demo) in more columns and one
    # news item taken through the workflow
    from gongkai.publishing.county_demo import ENTRIES, LAST_YEAR

    assert f"栏目示例信息 {11 + len(ENTRIES) + len(LAST_YEAR) + 1} 条" in first
    assert "机构信息 0 个" in load() and "栏目示例信息 0 条" in load()  # idempotent
    for slug in ("xzfwj", "xzfbwj", "bmwj", "zcjd", "czxx", "rsxx", "qzqd", "bszn"):
        assert section_public_count(slug) >= 1, slug
    interp = InformationItem.objects.get(
        kind="interpretation", imported_from__startswith="demo:xxgk:"
    )
    assert interp.interprets.catalogue_node.slug == "bmwj"
    assert InformationItem.objects.get(title="县政府办公室通知").catalogue_node == (
        CatalogueNode.objects.get(slug="xzfbwj")
    )


def section_public_count(slug: str) -> int:
    from gongkai.publishing.selectors import public_item_list

    return public_item_list({"node": CatalogueNode.objects.get(slug=slug)}).count()


def test_annual_reports_filter_by_unit_and_year(client, gov, dept_a, dept_b):
    from django.utils import timezone

    from gongkai.reports.models import AnnualReport

    now = timezone.now()
    for unit, year in [(dept_a, 2024), (dept_a, 2025), (dept_b, 2025)]:
        AnnualReport.objects.create(unit=unit, year=year, status="published", published_at=now)
    AnnualReport.objects.create(unit=gov, year=2025)  # draft: never listed

    def titles(query):
        body = client.get(f"/xxgk/ndbg/{query}").content.decode()
        return set(re.findall(r"(测试县\w+?)(\d{4})年政府信息公开工作年度报告", body))

    assert titles("") == {
        ("测试县民政局", "2024"),
        ("测试县民政局", "2025"),
        ("测试县教育局", "2025"),
    }
    assert titles(f"?unit={dept_a.pk}") == {("测试县民政局", "2024"), ("测试县民政局", "2025")}
    assert titles(f"?unit={dept_a.pk}&year=2025") == {("测试县民政局", "2025")}
    assert titles("?year=2025") == {("测试县民政局", "2025"), ("测试县教育局", "2025")}
    options = client.get("/xxgk/ndbg/").content.decode().split('id="unit"')[1].split("</select>")[0]
    assert "测试县民政局" in options and "测试县人民政府" not in options
