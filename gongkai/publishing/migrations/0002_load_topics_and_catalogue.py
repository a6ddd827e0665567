"""Initial data: the 22 State Council topics with sub-topics, and the catalogue tree.

Both are ordinary rows that the disclosure office may rename, reorder or extend in the
admin (RULES §9: local renames exist). Re-running adds only what is missing.
"""

from django.db import migrations

TOPICS = [
    ("国务院组织机构", []),
    ("综合政务", ["政务公开", "政务督查", "应急管理", "电子政务", "信访", "文秘工作", "其他"]),
    ("国民经济管理、国有资产监管", ["发展规划", "经济运行", "统计", "国有资产监管", "其他"]),
    ("财政、金融、审计", ["财政", "税务", "金融", "审计", "其他"]),
    ("国土资源、能源", ["土地", "矿产", "海洋", "能源", "其他"]),
    ("农业、林业、水利", ["农业、畜牧业、渔业", "林业", "水利", "扶贫", "其他"]),
    ("工业、交通", ["工业", "交通", "邮政", "信息产业", "其他"]),
    ("商贸、海关、旅游", ["国内贸易", "对外经贸合作", "海关", "旅游", "其他"]),
    ("市场监管、安全生产监管", ["市场监管", "食品药品监管", "安全生产监管", "其他"]),
    ("城乡建设、环境保护", ["城市规划", "城乡建设", "节能与资源综合利用", "环境监测、保护与治理", "其他"]),
    ("科技、教育", ["科技", "教育", "知识产权", "其他"]),
    ("文化、广电、新闻出版", ["文化", "广播电视", "新闻出版", "文物", "其他"]),
    ("卫生、体育", ["卫生", "医药管理", "体育", "其他"]),
    ("人口与计划生育、妇女儿童工作", ["人口与计划生育", "妇女儿童", "其他"]),
    ("劳动、人事、监察", ["就业", "社会保障", "人事工作", "监察", "其他"]),
    ("公安、安全、司法", ["公安", "国家安全", "司法", "其他"]),
    ("民政、扶贫、救灾", ["社会救助", "减灾救灾", "社会福利", "社区建设", "其他"]),
    ("民族、宗教", ["民族事务", "宗教事务", "其他"]),
    ("对外事务", ["外交、外事", "其他"]),
    ("港澳台侨工作", ["港澳工作", "台湾工作", "侨务工作", "其他"]),
    ("国防", ["国防动员", "其他"]),
    ("其他", []),
]

# (slug, name, parent slug, time limit)
CATALOGUE = [
    ("fdzdgknr", "法定主动公开内容", None, ""),
    ("jgzn", "机构职能", "fdzdgknr", "20个工作日"),
    ("zcwj", "政策文件", "fdzdgknr", "20个工作日"),
    ("gfxwj", "行政规范性文件", "zcwj", "20个工作日"),
    ("zcjd", "政策解读", "fdzdgknr", "文件公开后3个工作日"),
    ("ghjh", "规划计划", "fdzdgknr", "20个工作日"),
    ("tjxx", "统计信息", "fdzdgknr", "20个工作日"),
    ("xzxk", "行政许可", "fdzdgknr", "作出决定后7个工作日"),
    ("xzcf", "行政处罚", "fdzdgknr", "作出决定后7个工作日"),
    ("xzqz", "行政强制", "fdzdgknr", "20个工作日"),
    ("czxx", "财政预决算", "fdzdgknr", "20个工作日"),
    ("zfcg", "政府采购", "fdzdgknr", "20个工作日"),
    ("zdxm", "重大建设项目", "fdzdgknr", "20个工作日"),
    ("shjz", "社会救助", "fdzdgknr", "按季度更新"),
    ("bszn", "办事指南", "fdzdgknr", "条件变化经批准后1个工作日"),
    ("tzgg", "通知公告", "fdzdgknr", "20个工作日"),
    ("gzdt", "工作动态", "fdzdgknr", "20个工作日"),
    ("yjgl", "应急管理", "fdzdgknr", "20个工作日"),
    ("zhyl", "召回信息", "fdzdgknr", "24小时"),
    ("zwgkgz", "政务公开工作", "fdzdgknr", "20个工作日"),
    ("bzml", "基层政务公开标准目录", "fdzdgknr", ""),
]


def load(apps, schema_editor):
    Topic = apps.get_model("publishing", "Topic")
    CatalogueNode = apps.get_model("publishing", "CatalogueNode")
    for i, (name, subs) in enumerate(TOPICS, start=1):
        top, _ = Topic.objects.get_or_create(
            parent=None, name=name, defaults={"code": f"{i:02d}", "sort_order": i * 10}
        )
        for j, sub in enumerate(subs, start=1):
            Topic.objects.get_or_create(
                parent=top, name=sub, defaults={"code": f"{i:02d}{j:02d}", "sort_order": j * 10}
            )
    nodes = {}
    for k, (slug, name, parent, limit) in enumerate(CATALOGUE, start=1):
        node, _ = CatalogueNode.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "parent": nodes.get(parent),
                "time_limit": limit,
                "sort_order": k * 10,
            },
        )
        nodes[slug] = node


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_information_items")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
