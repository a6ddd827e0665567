"""The coverage report judges each 基层政务公开标准目录 row by its own fields: 公开层级,
公开主体, 公开方式 and 公开时限 (with the rule that produced each judgement)."""

import datetime as dt

import pytest
import time_machine

from gongkai.core.models import Unit
from gongkai.core.services import unit_create
from gongkai.publishing.models import CatalogueNode
from gongkai.registers.tests.factories import published
from gongkai.reports import standard_coverage
from gongkai.reports.tests import factories as f
from gongkai.testing import local_moment

pytestmark = pytest.mark.django_db
D = dt.date
TODAY = D(2026, 7, 15)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(local_moment(2026, 7, 15), tick=False):
        yield


@pytest.fixture
def town(gov):
    return unit_create(parent=gov, name="测试镇人民政府", kind=Unit.Kind.TOWNSHIP)


def node(name, slug, parent=None):
    return CatalogueNode.objects.create(name=name, slug=slug, parent=parent)


def row(office, owner, title, n, *, subject, limit, mode="proactive", level="county"):
    return published(
        office, "standard", unit=owner, title=title, area="社会救助", parent_matter=n.name if n else "",
        content=f"{title}的内容", basis="《社会救助暂行办法》", time_limit=limit, subject=subject,
        channels="政府网站", audience="all", mode=mode, level=level, node=n,
    )  # fmt: skip


def item(unit, n, *, formed, published_on, **extra):
    it = f.item(unit, kind="other", published_on=published_on, catalogue_node=n, **extra)
    it.formed_on = formed
    return it


@pytest.fixture
def catalogue(office, gov, dept_a, dept_b, town):
    dibao = node("最低生活保障", "t-dibao")
    dibao_docs = node("低保政策文件", "t-dibao-docs", dibao)
    results = node("低保办理结果", "t-dibao-results")
    temp = node("临时救助", "t-temp")
    request_only = node("救助档案", "t-files")
    school = node("学生资助", "t-school")
    empty = node("特困供养", "t-empty")
    rows = {
        "policy": row(office, dept_a, "政策文件", dibao, subject="县民政局",
                      limit="信息形成或变更之日起20个工作日内"),
        "results": row(office, dept_a, "办理结果", results, subject="县民政局、乡镇政府",
                       limit="每季度", level="both"),
        "temp": row(office, dept_a, "申请条件", temp, subject="县级民政部门",
                    limit="自信息形成之日起五个工作日内"),
        "files": row(office, dept_a, "救助档案", request_only, subject="县民政局", limit="20个工作日内",
                     mode="request"),
        "vague": row(office, dept_a, "工作动态", dibao, subject="县民政局", limit="及时公开"),
        "school": row(office, gov, "资助名单", school, subject="县教育局", limit="每年"),
        "village": row(office, gov, "村级公示", empty, subject="乡镇政府", limit="每季度",
                       level="township"),
        "empty": row(office, dept_a, "特困人员名单", empty, subject="县民政局", limit="长期公开"),
        "nowhere": row(office, dept_a, "未挂栏目", None, subject="县民政局", limit="每月"),
    }  # fmt: skip
    f.add_items([
        # in a column below the row's node, formed 2 March, published 5 March: on time
        item(dept_a, dibao_docs, formed=D(2026, 3, 2), published_on=D(2026, 3, 5)),
        # quarterly results last published in March: more than 92 days before 15 July
        item(dept_a, results, formed=None, published_on=D(2026, 3, 20)),
        # formed Monday 1 June, 5 working days end on 8 June; published 20 June: late
        item(dept_a, temp, formed=D(2026, 6, 1), published_on=D(2026, 6, 20)),
        item(dept_a, temp, formed=D(2026, 6, 1), published_on=D(2026, 6, 3)),
        # the education row's column holds only the 民政局's item
        item(dept_a, school, formed=D(2026, 5, 1), published_on=D(2026, 5, 6)),
        # not public: does not count
        item(dept_a, empty, formed=D(2026, 5, 1), published_on=D(2026, 5, 6), status="draft"),
    ])  # fmt: skip
    return rows


def by_title(report):
    return {s.entry.title: s for s in report.statuses}


def test_each_row_is_judged_by_its_own_fields(catalogue, dept_a):
    r = standard_coverage.report(dept_a, today=TODAY)
    s = by_title(r)
    assert r.level_label == "县级"
    # 公开层级 乡级 only and 公开主体 县教育局 are not the 民政局's rows
    assert set(s) == {
        "政策文件",
        "办理结果",
        "申请条件",
        "救助档案",
        "工作动态",
        "特困人员名单",
        "未挂栏目",
    }
    assert (r.other_level, r.other_subject) == (1, 1)
    assert s["政策文件"].verdict == "ok" and s["政策文件"].count == 1
    assert s["政策文件"].limit.rule == "workdays" and s["政策文件"].limit.days == 20
    assert s["办理结果"].verdict == "outdated" and s["办理结果"].limit.label == "每季度"
    assert "2026-03-20" in s["办理结果"].explanation
    assert s["申请条件"].verdict == "late" and s["申请条件"].late == 1
    assert (
        s["申请条件"].limit.phrase == "五个工作日" and s["申请条件"].subject_part == "县级民政部门"
    )
    assert s["救助档案"].verdict == "on_request" and not s["救助档案"].gap
    assert s["工作动态"].verdict == "unknown" and s["工作动态"].label == "时限无法识别"
    assert not s["工作动态"].gap
    assert s["特困人员名单"].verdict == "missing" and s["特困人员名单"].gap, (
        "a draft is not content"
    )
    assert s["未挂栏目"].verdict == "no_node"
    assert r.ok_count == 1 and len(r.gaps) == 4
    # time moves on: in April the quarterly row was still on time
    april = by_title(standard_coverage.report(dept_a, today=D(2026, 4, 15)))
    assert april["办理结果"].verdict == "ok"


def test_the_subject_must_be_the_publisher(catalogue, dept_b):
    s = by_title(standard_coverage.report(dept_b, today=TODAY))
    assert set(s) == {"资助名单"}
    assert s["资助名单"].verdict == "other_subject"
    assert "测试县民政局" in s["资助名单"].explanation and s["资助名单"].others == ["测试县民政局"]


def test_township_rows_for_a_township(catalogue, town):
    r = standard_coverage.report(town, today=TODAY)
    s = by_title(r)
    assert r.level_label == "乡级"
    assert set(s) == {"办理结果", "村级公示"}
    assert s["办理结果"].verdict == "missing", "the 民政局's items are not the township's"
    assert s["村级公示"].verdict == "missing"


def test_another_governments_catalogue_is_not_counted(catalogue, office, dept_a):
    other_gov = unit_create(name="邻县人民政府", kind=Unit.Kind.GOVERNMENT)
    other = unit_create(parent=other_gov, name="邻县民政局", kind=Unit.Kind.DEPARTMENT)
    n = CatalogueNode.objects.get(slug="t-temp")
    from gongkai.testing import make_staff

    their_office = make_staff(other_gov, "office", "their_office")
    row(their_office, other, "邻县事项", n, subject="县民政局", limit="每月")
    assert "邻县事项" not in by_title(standard_coverage.report(dept_a, today=TODAY))
    assert "邻县事项" in by_title(standard_coverage.report(other, today=TODAY))


def test_page_and_word_export_in_chinese(client, office, catalogue, dept_a, dept_b):
    from gongkai.core.textextract import extract_text

    client.force_login(office)
    html = client.get(f"/workspace/reports/coverage/?unit={dept_a.pk}").content.decode()
    assert "基层政务公开标准目录落实情况" in html
    for text in ("超时限公开", "未按时限更新", "时限无法识别", "依申请公开，不计入缺项",
                 "形成或变更之日起5个工作日内", "依据原文“五个工作日”", "符合率"):  # fmt: skip
        assert text in html, text
    for code in ("workdays", "outdated", "on_request", "other_subject"):
        assert code not in html
    docx = client.get(f"/workspace/reports/coverage/standard.docx?unit={dept_a.pk}")
    assert docx.status_code == 200
    assert docx["Content-Type"].startswith("application/vnd.openxmlformats")
    text = extract_text(docx.content, "c.docx")
    assert "测试县民政局基层政务公开标准目录落实情况" in text
    for words in (
        "申请条件",
        "超时限公开",
        "时限无法识别",
        "判定规则",
        "形成或变更之日起20个工作日内",
    ):
        assert words in text, words
    # a unit outside the person's own is not exported: they get their own unit's report
    from gongkai.testing import make_staff

    client.force_login(make_staff(dept_b, "editor", "outsider"))
    mine = extract_text(
        client.get(f"/workspace/reports/coverage/standard.docx?unit={dept_a.pk}").content, "c.docx"
    )
    assert "测试县教育局基层政务公开标准目录落实情况" in mine and "申请条件" not in mine
