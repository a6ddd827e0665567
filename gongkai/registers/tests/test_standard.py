"""基层政务公开标准目录: a spreadsheet in the standard layout (two header rows, √ marks,
merged 一级事项) becomes entries on the catalogue node of that name."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from openpyxl import Workbook

from gongkai.registers.models import StandardEntry
from gongkai.registers.services import standard_import

pytestmark = pytest.mark.django_db

HEAD = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
        "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""]  # fmt: skip
SUB = [
    "",
    "一级事项",
    "二级事项",
    "",
    "",
    "",
    "",
    "",
    "全社会",
    "特定群体",
    "主动",
    "依申请",
    "县级",
    "乡级",
]
ROWS = [
    ["1", "最低生活保障", "政策文件", "低保相关法律法规和政策文件", "《社会救助暂行办法》",
     "信息形成或变更之日起20个工作日内", "县民政局", "政府网站、公开栏", "√", "", "√", "", "√", "√"],
    ["2", None, "办理结果", "低保对象名单（隐去身份证号）", "《社会救助暂行办法》", "每季度",
     "县民政局、乡镇政府", "公开栏", "", "√", "√", "√", "√", ""],
    ["3", "临时救助", "申请条件", "临时救助申请条件", "", "20个工作日内", "县民政局", "政府网站",
     "√", "", "√", "", "√", ""],
]  # fmt: skip


def sheet() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["社会救助领域基层政务公开标准目录"])
    ws.append(HEAD)
    ws.append(SUB)
    for row in ROWS:
        ws.append(row)
    for rng in ("B2:C2", "I2:J2", "K2:L2", "M2:N2", "A2:A3", "D2:D3", "E2:E3", "B4:B5"):
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_import_the_standard_layout_onto_catalogue_nodes(client, office, editor_a, gov):
    from django.apps import apps

    node = apps.get_model("publishing", "CatalogueNode").objects.create(
        name="最低生活保障", slug="dibao-std"
    )
    with pytest.raises(PermissionDenied):
        standard_import(actor=editor_a, unit=gov, data=sheet())
    result = standard_import(actor=office, unit=gov, data=sheet(), publish=True)
    assert result.area == "社会救助"
    assert result.created == 2 and result.problems == ["第6行缺少公开依据"]
    first, second = StandardEntry.objects.order_by("id")
    assert (first.title, first.parent_matter, first.node_id) == (
        "政策文件",
        "最低生活保障",
        node.pk,
    )
    assert (first.audience, first.mode, first.level) == ("all", "proactive", "both")
    assert (second.parent_matter, second.node_id) == ("最低生活保障", node.pk), (
        "merged 一级事项 carries down"
    )
    assert (second.audience, second.mode, second.level) == ("specific", "both", "county")
    assert second.status == "published" and second.get_level_display() == "县级"
    body = client.get("/api/v1/registers/standard").json()
    assert body["count"] == 2 and body["results"][0]["fields"]["公开层级"] in ("县级", "县级、乡级")


def test_a_sheet_without_the_standard_header_is_refused(office, gov):
    wb = Workbook()
    wb.active.append(["名称", "内容"])
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(ValidationError, match="未找到表头"):
        standard_import(actor=office, unit=gov, data=buf.getvalue())
    with pytest.raises(ValidationError, match="无法读取"):
        standard_import(actor=office, unit=gov, data=b"not a workbook")
