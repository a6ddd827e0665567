"""The column tree of a county site's 政府信息公开 section (法定主动公开内容).

Adds 机构信息 (renamed from 机构职能), 政策文件 split into 县政府文件 / 县政府办公室文件 /
部门文件, 重点领域信息 grouping the key-area columns, 人事信息 and 权责清单, and orders
the columns as county sites do. Rows the office has already renamed or moved are left
alone: a node is renamed or moved only while it still has the name or parent this
platform gave it.
"""

from django.db import migrations

ORDER = [
    "jgzn",
    "zcwj",
    "zcjd",
    "ghjh",
    "czxx",
    "zdly",
    "rsxx",
    "qzqd",
    "bszn",
    "tjxx",
    "xzxk",
    "xzcf",
    "xzqz",
    "tzgg",
    "gzdt",
    "zhyl",
    "zwgkgz",
    "bzml",
]

# (slug, name, parent slug, time limit)
NEW = [
    ("xzfwj", "县政府文件", "zcwj", "20个工作日"),
    ("xzfbwj", "县政府办公室文件", "zcwj", "20个工作日"),
    ("bmwj", "部门文件", "zcwj", "20个工作日"),
    ("zdly", "重点领域信息", "fdzdgknr", "20个工作日"),
    ("rsxx", "人事信息", "fdzdgknr", "20个工作日"),
    ("qzqd", "权责清单", "fdzdgknr", "调整后20个工作日"),
    ("jyly", "教育", "zdly", "20个工作日"),
    ("ylws", "医疗卫生", "zdly", "20个工作日"),
    ("sthj", "生态环境", "zdly", "20个工作日"),
    ("spypaq", "食品药品安全", "zdly", "20个工作日"),
    ("aqsc", "安全生产", "zdly", "20个工作日"),
    ("xczx", "乡村振兴", "zdly", "20个工作日"),
]
#: key-area columns that move under 重点领域信息
KEY_AREAS = ["shjz", "zfcg", "zdxm", "yjgl"]


def forwards(apps, schema_editor):
    Node = apps.get_model("publishing", "CatalogueNode")
    nodes = {n.slug: n for n in Node.objects.all()}
    root = nodes.get("fdzdgknr")
    if root is None:
        return
    jgzn = nodes.get("jgzn")
    if jgzn is not None and jgzn.name == "机构职能":
        jgzn.name = "机构信息"
        jgzn.description = "机构职能、内设机构、领导信息、联系方式"
        jgzn.save(update_fields=["name", "description"])
    for k, (slug, name, parent, limit) in enumerate(NEW, start=1):
        if slug in nodes or parent not in nodes:
            continue
        nodes[slug] = Node.objects.create(
            slug=slug, name=name, parent=nodes[parent], time_limit=limit, sort_order=k * 10
        )
    gfxwj = nodes.get("gfxwj")
    if gfxwj is not None and gfxwj.parent_id == nodes["zcwj"].pk:
        gfxwj.sort_order = 40
        gfxwj.save(update_fields=["sort_order"])
    for k, slug in enumerate(KEY_AREAS, start=1):
        node = nodes.get(slug)
        if node is not None and node.parent_id == root.pk:
            node.parent = nodes["zdly"]
            node.sort_order = 100 + k * 10
            node.save(update_fields=["parent", "sort_order"])
    for k, slug in enumerate(ORDER, start=1):
        node = nodes.get(slug)
        if node is not None and node.parent_id == root.pk:
            node.sort_order = k * 10
            node.save(update_fields=["sort_order"])


class Migration(migrations.Migration):
    dependencies = [("publishing", "0005_item_deadline_from_core_mixin")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
