"""Import of saved pages from old government sites (the five seeds and other layouts)."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from gongkai.core.models import Unit
from gongkai.publishing.demo import load_demo
from gongkai.publishing.importer import import_file, parse_page, read_file
from gongkai.publishing.models import InformationItem, PublicationLedger

SEEDS = Path(settings.BASE_DIR) / "demo" / "seeds"
Item = InformationItem

BOILERPLATE = [
    "扫一扫在手机打开当前页",
    "上一篇",
    "下一篇",
    "ICP备",
    "公网安备",
    "网站标识码",
    "版权所有",
    "Copyright",
    "访问者",
    "访问人数",
    "站内搜索",
    "当前位置",
    "现在的位置",
    "建议使用IE",
]


def seed(name_prefix: str):
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    text, is_html = read_file(path)
    return parse_page(text, is_html=is_html)


def body_text(page) -> str:
    return "\n".join(page.paragraphs)


# --- the five seeds -------------------------------------------------------------------


def test_seed_001_metadata():
    page = seed("001")
    assert page.title == "泸水市人民政府办公室关于印发2021年泸水市政务公开工作要点的通知"
    assert page.index_number == "015281722-2021-186067"
    assert page.organ == "泸水市人民政府"
    assert page.doc_number == "泸政办发〔2021〕56号"
    assert page.written_on == dt.date(2021, 9, 30)
    assert page.published_at == dt.datetime(2021, 9, 30, 22, 50)
    assert page.topic == "综合政务"
    assert page.missing == []


def test_seed_000_inline_metadata_and_footer():
    page = seed("000")
    assert page.title == "东安区全面推进政务公开工作实施方案"
    assert page.published_at == dt.datetime(2017, 5, 23, 15, 14, 11)
    assert page.organ == "东安区政府"  # from the footer's 主办单位, the only source
    assert "文号" in page.missing and "索引号" in page.missing


def test_seed_002_source_label_expanded_from_title():
    page = seed("002")
    assert page.title == "福州市统计局2017年政务公开工作实施方案"
    assert page.organ == "福州市统计局"
    assert page.published_at == dt.datetime(2017, 4, 1, 8, 59)


def test_seed_003_date_before_title():
    page = seed("003")
    assert page.title.startswith(
        "泰安市泰山区人民政府办公室关于印发《2018年泰山区政务公开重点工作任务分解表》"
    )
    assert page.organ == "泰安市泰山区人民政府办公室"
    assert page.published_at.date() == dt.date(2018, 11, 21)


def test_seed_004_navigation_wrapped_title_and_signature_date():
    page = seed("004")
    assert page.title == "海城市人民政府办公室关于深入推进政务公开加强制度和平台建设的通知"
    assert page.doc_number == "海政办发〔2019〕23号"
    assert page.written_on == dt.date(2019, 7, 17)
    assert page.organ == "海城市人民政府办公室"
    # The left-hand navigation before the breadcrumb is gone.
    assert "市政府信息公开制度" not in body_text(page)
    assert "政府常务会议解读" not in body_text(page)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_boilerplate_removed_and_body_kept(prefix):
    page = seed(prefix)
    text = body_text(page)
    for marker in BOILERPLATE:
        assert marker not in text, marker
    assert len(text) > 1000
    assert "政务公开" in text


# --- other layouts --------------------------------------------------------------------

HTML_TABLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于调整城乡低保标准的通知_示范市人民政府</title></head><body>
<div class="header"><a href="/">首页</a><a href="/xxgk/">政务公开</a><form><input name="q"></form></div>
<div class="nav"><ul><li>机构概况</li><li>政策文件</li><li>规划计划</li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; 政策文件</div>
<div class="content">
<table class="xxgk-meta">
<tr><td>索 引 号：</td><td>11530000MB1234567X/2023-00412</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr>
<tr><td>发文机关：</td><td>示范市民政局</td><td>成文日期：</td><td>2023年04月12日</td></tr>
<tr><td>文　　号：</td><td>示民发〔2023〕7号</td><td>发布日期：</td><td>2023年04月14日</td></tr>
<tr><td>有 效 性：</td><td>有效</td></tr>
</table>
<h1>示范市民政局关于调整城乡低保标准的通知</h1>
<div id="zoom"><p>各县（区）民政局：</p><p>经市人民政府同意，自2023年5月1日起，城市低保标准调整为每人每月<b>800</b>元。</p>
<p>特此通知。</p></div>
</div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办单位：示范市民政局 版权所有</p><p>滇ICP备12345678号 网站标识码：5300000001</p><p>您是第 123456 位访问者</p></div>
<script>var x = 1;</script>
</body></html>"""

HTML_META_PAGE = """<html><head>
<meta name="ArticleTitle" content="示范县2024年国民经济和社会发展统计公报">
<meta name="PubDate" content="2024-03-20 10:30">
<meta name="ContentSource" content="示范县统计局">
</head><body>
<header>欢迎访问示范县人民政府网站 无障碍 长者模式</header>
<article><p>2024年，全县地区生产总值增长5.2%。</p><p>一、综合</p><p>全年粮食产量保持稳定。</p></article>
<div class="prevnext">上一篇：无 下一篇：关于春耕的通知</div>
<footer>Copyright © 2024 示范县人民政府 All Rights Reserved</footer>
</body></html>"""

TEXT_INLINE_PAGE = """您的位置：首页 > 信息公开 > 通知公告
关于开展2025年度政务公开培训的通知
信息来源：示范县政务服务管理局　　发布时间：2025-06-03　　浏览次数：321
【字体：大 中 小】 【打印】 【关闭】
各乡镇、县直各部门：
为提升政务公开工作水平，定于2025年6月10日举办培训。
请各单位按时参加。
示范县政务服务管理局
2025年6月3日
上一条：关于端午节放假的通知
下一条：无
关闭窗口
版权所有：示范县人民政府 技术支持：某某科技公司
"""


def test_html_page_with_metadata_table(tmp_path):
    path = tmp_path / "dibao.html"
    path.write_text(HTML_TABLE_PAGE, encoding="utf-8")
    text, is_html = read_file(path)
    page = parse_page(text, is_html=is_html)
    assert page.title == "示范市民政局关于调整城乡低保标准的通知"
    assert page.index_number == "11530000MB1234567X/2023-00412"
    assert page.organ == "示范市民政局"
    assert page.doc_number == "示民发〔2023〕7号"
    assert page.written_on == dt.date(2023, 4, 12)
    assert page.published_at.date() == dt.date(2023, 4, 14)
    assert page.topic == "民政、扶贫、救灾"
    assert page.validity == "valid"
    body = body_text(page)
    assert "每人每月800元" in body  # inline <b> does not break the sentence
    for marker in ("分享到", "ICP备", "访问者", "机构概况", "当前位置", "var x"):
        assert marker not in body


def test_html_page_with_standard_meta_tags(tmp_path):
    path = tmp_path / "tjgb.htm"
    path.write_text(HTML_META_PAGE, encoding="utf-8")
    page = parse_page(*read_file(path))
    assert page.title == "示范县2024年国民经济和社会发展统计公报"
    assert page.organ == "示范县统计局"
    assert page.published_at == dt.datetime(2024, 3, 20, 10, 30)
    assert page.kind == "statistics"
    body = body_text(page)
    assert "地区生产总值增长5.2%" in body
    for marker in ("上一篇", "Copyright", "欢迎访问", "无障碍"):
        assert marker not in body


def test_gb18030_text_page_with_inline_metadata(tmp_path):
    path = tmp_path / "peixun.txt"
    path.write_bytes(TEXT_INLINE_PAGE.encode("gb18030"))
    page = parse_page(*read_file(path))
    assert page.title == "关于开展2025年度政务公开培训的通知"
    assert page.organ == "示范县政务服务管理局"
    assert page.published_at.date() == dt.date(2025, 6, 3)
    assert page.written_on == dt.date(2025, 6, 3)
    body = body_text(page)
    assert "定于2025年6月10日举办培训" in body
    for marker in ("上一条", "下一条", "关闭窗口", "版权所有", "浏览次数", "字体", "您的位置"):
        assert marker not in body


# --- writing ------------------------------------------------------------------------


@pytest.mark.django_db
def test_import_all_five_seeds_as_published_items(gov):
    reports = [import_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert [r["action"] for r in reports] == ["created"] * 5
    assert Item.objects.filter(status=Item.Status.PUBLISHED).count() == 5
    item = Item.objects.get(index_number="015281722-2021-186067")
    assert item.unit.name == "泸水市人民政府"
    assert item.unit.parent is None  # unknown organs become top-level units
    assert item.doc_number == "泸政办发〔2021〕56号"
    assert item.written_on == dt.date(2021, 9, 30)
    assert item.topic.name == "综合政务"
    assert item.attribute == Item.Attribute.PROACTIVE
    assert "扫一扫" not in item.body and "ICP" not in item.body
    assert item.imported_from == "001_6ca46d05c09b2153.txt"
    assert PublicationLedger.objects.filter(action="imported").count() == 5


@pytest.mark.django_db
def test_reimport_updates_never_duplicates(gov, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(TEXT_INLINE_PAGE, encoding="utf-8")
    first = import_file(path)
    again = import_file(path)
    assert again["action"] == "unchanged" and again["id"] == first["id"]
    path.write_text(TEXT_INLINE_PAGE.replace("请各单位按时参加。", "请各单位准时参加。"), "utf-8")
    changed = import_file(path)
    assert changed["action"] == "updated" and changed["id"] == first["id"]
    assert Item.objects.count() == 1
    assert "准时参加" in Item.objects.get().body
    assert Unit.objects.filter(name="示范县政务服务管理局").count() == 1


@pytest.mark.django_db
def test_known_organ_maps_to_the_existing_unit(gov, dept_a, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(TEXT_INLINE_PAGE.replace("示范县政务服务管理局", dept_a.name), "utf-8")
    report = import_file(path)
    assert Item.objects.get(pk=report["id"]).unit == dept_a


@pytest.mark.django_db
def test_command_dry_run_json_writes_nothing(gov, capsys):
    call_command("import_pages", str(SEEDS), "--dry-run", "--json")
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 5
    first = next(r for r in out if r["file"].endswith("001_6ca46d05c09b2153.txt"))
    assert first["index_number"] == "015281722-2021-186067"
    assert first["organ"] == "泸水市人民政府"
    assert first["doc_number"] == "泸政办发〔2021〕56号"
    assert first["written_on"] == "2021-09-30"
    assert any("索引号" in r["missing"] for r in out)  # says what it could not find
    assert Item.objects.count() == 0


@pytest.mark.django_db
def test_command_imports_and_reports(gov, capsys):
    call_command("import_pages", *map(str, sorted(SEEDS.glob("*.txt"))))
    out = capsys.readouterr().out
    assert out.count(": 已导入 《") == 5  # the action in Chinese
    call_command("import_pages", str(SEEDS))
    assert Item.objects.count() == 5


@pytest.mark.django_db
def test_demo_loader_is_idempotent(gov, settings):
    settings.GONGKAI_SEEDS_DIR = SEEDS
    from gongkai.core.models import Unit

    units = Unit.objects.count()
    assert "新转载 5" in load_demo()
    assert "新转载 0" in load_demo()
    assert Item.objects.count() == 5
    # Reprinted as examples by the installation's government, not as new units.
    assert Unit.objects.count() == units
    assert set(Item.objects.values_list("unit", "catalogue_node__slug")) == {(gov.pk, "wdjy")}
