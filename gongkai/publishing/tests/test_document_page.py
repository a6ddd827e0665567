"""Document pages: a complete metadata table, related documents, interpretations, and a
纠错 link to the 找错 form."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.conf import settings

from gongkai.publishing.importer import import_file
from gongkai.publishing.models import CatalogueNode, InformationItem, Topic
from gongkai.publishing.tests.conftest import publish

pytestmark = pytest.mark.django_db
Item = InformationItem
LABELS = (
    "索引号",
    "主题分类",
    "发文机构",
    "成文日期",
    "文号",
    "发布日期",
    "信息类别",
    "有效性",
    "所属栏目",
    "公开方式",
)


def meta(html: str) -> dict[str, str]:
    table = html.split('id="doc-meta"')[1].split("</table>")[0]
    return dict(re.findall(r"<th>(.*?)</th><td>(.*?)</td>", table))


def test_metadata_complete_with_dash_only_where_nothing_exists(client, editor_a, reviewer_a):
    topic = Topic.objects.get(name="社会救助")
    node = CatalogueNode.objects.get(slug="bmwj")
    full = publish(
        editor_a,
        reviewer_a,
        title="关于调整低保标准的通知",
        doc_number="测民发〔2026〕3号",
        written_on=dt.date(2026, 3, 2),
        topic=topic,
        catalogue_node=node,
    )
    m = meta(client.get(f"/documents/{full.pk}/").content.decode())
    assert set(m) == set(LABELS)
    assert "—" not in m.values()
    assert m["主题分类"] == "民政、扶贫、救灾／社会救助"
    assert m["所属栏目"] == "部门文件" and m["信息类别"] == "通知公告"
    bare = publish(editor_a, reviewer_a, title="无文号的工作动态", kind="news")
    m = meta(client.get(f"/documents/{bare.pk}/").content.decode())
    assert {k for k, v in m.items() if v == "—"} == {"主题分类", "成文日期", "文号", "所属栏目"}
    assert m["索引号"] == bare.index_number


def test_imported_seed_keeps_index_number_and_topic(client, gov):
    seed = Path(settings.GONGKAI_SEEDS_DIR) / "001_6ca46d05c09b2153.txt"
    if not seed.exists():
        pytest.skip("seed 001 not present")
    report = import_file(seed, default_unit=gov)
    m = meta(client.get(f"/documents/{report['id']}/").content.decode())
    assert m["索引号"] == "015281722-2021-186067"
    assert m["主题分类"] == "综合政务"
    assert m["文号"] == "泸政办发〔2021〕56号"


def test_related_documents_and_interpretations(client, editor_a, reviewer_a):
    node = CatalogueNode.objects.get(slug="bmwj")
    doc = publish(
        editor_a,
        reviewer_a,
        kind=Item.Kind.NORMATIVE,
        interpretation_plan="随文解读",
        title="低保办法",
        catalogue_node=node,
    )
    sibling = publish(editor_a, reviewer_a, title="同栏目的另一件通知", catalogue_node=node)
    other = publish(editor_a, reviewer_a, title="别的栏目的通知")
    interp = publish(
        editor_a, reviewer_a, kind=Item.Kind.INTERPRETATION, interprets=doc, title="图解低保办法"
    )
    html = client.get(f"/documents/{doc.pk}/").content.decode()
    related = html.split('id="doc-related"')[1].split("</section>")[0]
    assert "同栏目的另一件通知" in related
    assert "别的栏目的通知" not in related and "图解低保办法" not in related
    interps = html.split('id="doc-interpretations"')[1].split("</section>")[0]
    assert f"/documents/{interp.pk}/" in interps
    lonely = client.get(f"/documents/{other.pk}/").content.decode()
    assert "暂无解读" in lonely and "暂无相关文件" in lonely
    assert sibling.pk


def test_correction_link_opens_the_form_for_this_page(client, editor_a, reviewer_a):
    doc = publish(editor_a, reviewer_a, title="要纠错的通知")
    html = client.get(f"/documents/{doc.pk}/").content.decode()
    link = re.search(r'id="doc-correct" href="([^"]+)"', html).group(1)
    assert link == f"/zhaocuo/?url=/documents/{doc.pk}/"
    form = client.get(link).content.decode()
    assert f'value="/documents/{doc.pk}/"' in form
