"""Every plan layout the issue lists, on fixtures written for these tests (issue 13)."""

from __future__ import annotations

import pytest

from gongkai.supervision.planparse import parse_file

HTML_PAGE = """<!DOCTYPE html><html><head><title>网站</title><style>p{color:red}</style></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 工作要点</div>
<h1>示范县2026年政务公开工作任务分解表</h1>
<p>发布时间：2026-02-10　来源：示范县人民政府办公室</p>
<table border="1">
<tr><th>序号</th><th>工作任务</th><th>具体要求</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td>1</td><td rowspan="2">一、推进决策公开</td><td>制定重大行政决策事项目录并向社会公开。</td>
    <td rowspan="2">县司法局</td><td>县直各部门</td><td>6月底前</td></tr>
<tr><td>2</td><td>决策草案公开征求意见不少于30日，<b>公开采纳情况</b>。</td><td></td><td>长期坚持</td></tr>
<tr><td>3</td><td>二、推进执行公开</td><td>每季度公开重点项目推进情况。</td><td>县发展和改革局<br>县财政局</td>
    <td>各乡镇（街道）</td><td>每季度</td></tr>
<tr><td>4</td><td>二、推进执行公开</td><td>建立督查整改台账。</td><td></td><td></td><td>年底前</td></tr>
</table>
<script>var x = "<td>不是任务</td>";</script>
<div class="footer">版权所有 示范县人民政府</div>
</body></html>"""

PIPE_TEXT = """示范县2026年政务公开重点任务清单

| 类别 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 一、政策解读 | 重要政策文件与解读材料同步印发。 | 县政府办公室 | 县直各部门 | 长期坚持 |
|  | 主要负责人每年至少解读1次重大政策。 |  |  | 年内至少1次 |
| 二、脱贫成果巩固 | 公开衔接资金项目安排和使用情况。 | 县乡村振兴局牵头,各乡镇(街道)配合 |  | 按月 |
|  | 公示到户补贴名单。 | 县民政局 | 县财政局 | 上半年 |
"""

# "_" stands for a line holding one space: an empty cell of the flattened table
FLAT_TEXT = """示范县2026年政务公开工作任务分解表

工作任务
具体内容
责任单位
备注
一、重点领域公开
（一）财政信息
按月公开财政收支情况，做好解读。
县财政局
_
公开政府债务限额和余额。
_
（二）教育信息
公开义务教育招生范围和结果。
县教育局
县发展和改革局
_
公开学校收费项目和标准。
县教育局牵头，各乡镇（街道）配合
_
建立投诉受理机制。
_
_
抄送：县委办公室
""".replace("\n_\n", "\n \n").replace("\n_\n", "\n \n")

PROSE = """示范市人民政府办公室关于印发2026年示范市政务公开工作要点的通知

各县区人民政府，市政府各部门：
现将《2026年示范市政务公开工作要点》印发给你们，请认真贯彻落实。

2026年示范市政务公开工作要点

一、深化重点领域公开
（一）推进财政预决算公开。
1.各部门在批复后20日内公开部门预算，说明“三公”经费增减原因。（市财政局、市审计局负责）
2.年底前完成政府债务信息集中公开专栏建设。牵头单位：市财政局；责任单位：各县区人民政府
（二）推进重大项目公开。
（1）按季度公开重大项目审批和实施信息。（市发展改革委牵头，市自然资源局、市住房城乡建设局配合）
（2）持续推进重大项目招标投标信息公开，做好解读。
二、加强政策解读
（一）人代会结束60个工作日内公开代表建议办理结果，回应社会关切。（市政府办公室负责）

示范市人民政府办公室
2026年3月2日
"""

TRADITIONAL = """示範縣2026年政務公開工作要點

一、推進決策公開
（一）重大決策事項在決策前向社會公開徵求意見，並公布意見採納情況。（縣司法局牽頭，縣直各部門配合）
（二）每季度公開重點民生實事項目進展情況。（縣發展和改革局負責）
"""


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def by_text(plan, words):
    hits = [t for t in plan.tasks if words in t.task]
    assert len(hits) == 1, [t.task for t in plan.tasks]
    return hits[0]


def test_saved_web_page_with_a_table(tmp_path):
    plan = parse_file(write(tmp_path, "plan.html", HTML_PAGE))
    assert plan.title == "示范县2026年政务公开工作任务分解表"
    assert plan.year == 2026
    assert [t.no for t in plan.tasks] == ["1", "2", "3", "4"]
    second = by_text(plan, "征求意见不少于30日")
    assert (
        second.task == "决策草案公开征求意见不少于30日，公开采纳情况。"
    )  # inline tags kept in one line
    assert second.category == ["一、推进决策公开"]  # rowspan
    assert second.lead_units == ["县司法局"]  # rowspan lead cell
    assert second.deadline_text == "长期坚持"
    third = by_text(plan, "重点项目推进情况")
    assert third.lead_units == ["县发展和改革局", "县财政局"]  # <br> inside a cell
    assert third.partner_units == ["各乡镇（街道）"]
    fourth = by_text(plan, "督查整改台账")
    assert fourth.lead_units == [] and "未写明牵头单位" in fourth.problems[0]  # empty, not merged
    assert not any("不是任务" in t.task for t in plan.tasks)


def test_pipe_table_with_empty_merged_cells(tmp_path):
    plan = parse_file(write(tmp_path, "plan.txt", PIPE_TEXT))
    assert len(plan.tasks) == 4
    second = by_text(plan, "每年至少解读1次")
    assert second.category == ["一、政策解读"]  # category spans rows
    assert second.lead_units == ["县政府办公室"]  # merged unit cell left empty
    assert any("沿用上一行" in p for p in second.problems)
    assert second.deadline_text == "年内至少1次"
    funds = by_text(plan, "衔接资金")
    assert funds.category == ["二、脱贫成果巩固"]
    assert funds.lead_units == ["县乡村振兴局"]
    assert funds.partner_units == ["各乡镇(街道)"]
    assert by_text(plan, "到户补贴").partner_units == ["县财政局"]


def test_table_flattened_one_cell_per_line(tmp_path):
    plan = parse_file(write(tmp_path, "flat.txt", FLAT_TEXT))
    assert [t.task[:6] for t in plan.tasks] == [
        "按月公开财政",
        "公开政府债务",
        "公开义务教育",
        "公开学校收费",
        "建立投诉受理",
    ]
    debt = by_text(plan, "政府债务")
    assert debt.lead_units == ["县财政局"]  # one empty cell: the note; the unit cell is merged
    assert debt.category == ["一、重点领域公开", "（一）财政信息"]
    assert by_text(plan, "招生范围").lead_units == ["县教育局", "县发展和改革局"]
    fees = by_text(plan, "收费项目")
    assert (fees.lead_units, fees.partner_units) == (["县教育局"], ["各乡镇（街道）"])
    complaints = by_text(plan, "投诉受理")
    assert complaints.lead_units == [] and complaints.problems  # both cells empty
    assert by_text(plan, "财政收支").deadline_text == "按月"


def test_prose_points_with_units_at_the_end(tmp_path):
    plan = parse_file(write(tmp_path, "points.txt", PROSE))
    assert plan.title == "2026年示范市政务公开工作要点"
    assert plan.issuer == "示范市人民政府办公室"
    assert plan.year == 2026
    assert [t.no for t in plan.tasks] == [
        "（一）1",
        "（一）2",
        "（二）（1）",
        "（二）（2）",
        "（一）",
    ]
    budget = plan.tasks[0]
    assert budget.lead_units == ["市财政局", "市审计局"]
    assert budget.task.endswith("增减原因。")
    assert budget.category == ["一、深化重点领域公开", "（一）推进财政预决算公开"]
    debt = plan.tasks[1]
    assert (debt.lead_units, debt.partner_units) == (["市财政局"], ["各县区人民政府"])
    assert debt.deadline_text == "年底前"
    assert "牵头单位" not in debt.task
    major = plan.tasks[2]
    assert major.lead_units == ["市发展改革委"]
    assert major.partner_units == ["市自然资源局", "市住房城乡建设局"]
    assert major.deadline_text == "按季度"
    unstated = plan.tasks[3]
    assert unstated.lead_units == [] and unstated.deadline_text == "持续推进"
    congress = plan.tasks[4]
    assert congress.deadline_text == "人代会结束60个工作日内"
    assert congress.lead_units == ["市政府办公室"]


def test_traditional_script(tmp_path):
    plan = parse_file(write(tmp_path, "trad.txt", TRADITIONAL))
    assert plan.title == "示范县2026年政务公开工作要点"
    assert len(plan.tasks) == 2
    first = plan.tasks[0]
    assert first.lead_units == ["县司法局"] and first.partner_units == ["县直各部门"]
    assert "征求意见" in first.task
    assert plan.tasks[1].deadline_text == "每季度"
    assert plan.tasks[1].lead_units == ["县发展和改革局"]


def test_gb18030_text(tmp_path):
    plan = parse_file(write(tmp_path, "gbk.txt", PROSE, encoding="gb18030"))
    assert len(plan.tasks) == 5
    assert plan.tasks[0].lead_units == ["市财政局", "市审计局"]


def test_docx_tables_read_as_tables_with_merged_cells(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("示范县民政局2026年政务公开工作方案")
    document.add_paragraph("为做好本年度政务公开工作，制定本方案。")
    table = document.add_table(rows=4, cols=5)
    for i, text in enumerate(["序号", "重点任务", "工作措施", "责任科室", "完成时间"]):
        table.cell(0, i).text = text
    rows = [
        ["1", "救助信息公开", "按月公开城乡低保对象数量和资金发放情况。", "社会救助股", "每月"],
        ["2", "", "公开临时救助审批流程。", "", "3月底前"],
        ["3", "养老服务公开", "公开养老机构名录和星级评定结果。", "养老服务股、办公室", "年底前"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(2, 1))  # the category spans two rows
    table.cell(1, 3).merge(table.cell(2, 3))  # so does the responsible office
    document.add_paragraph("示范县民政局")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = parse_file(path)
    assert plan.title == "示范县民政局2026年政务公开工作方案"
    assert plan.issuer == "示范县民政局"
    assert len(plan.tasks) == 3
    second = plan.tasks[1]
    assert second.category == ["救助信息公开"]
    assert second.lead_units == ["社会救助股"]
    assert second.deadline_text == "3月底前"
    assert plan.tasks[2].lead_units == ["养老服务股", "办公室"]
    assert plan.tasks[0].no == "1"


def test_xlsx_with_merged_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["示范县2026年政务公开任务台账", None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["类别", "具体要求", "牵头单位", "完成时限"])
    sheet.append(["平台建设", "政府网站完成适老化改造。", "县政府办公室", "9月底前"])
    sheet.append([None, "政务新媒体账号年度核查。", None, "每年"])
    sheet.append(["依申请公开", "规范答复文书格式。", "县司法局", "长期坚持"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("C3:C4")
    path = tmp_path / "plan.xlsx"
    book.save(str(path))
    plan = parse_file(path)
    assert plan.title == "示范县2026年政务公开任务台账"
    assert plan.year == 2026
    assert len(plan.tasks) == 3
    media = plan.tasks[1]
    assert media.category == ["平台建设"] and media.lead_units == ["县政府办公室"]
    assert media.problems == []  # a known merge, not a guess
    assert plan.tasks[2].category == ["依申请公开"]
    assert plan.tasks[0].deadline_text == "9月底前"


FLAT_FOUR = """示范镇2026年政务公开任务分解表
工作任务
牵头单位
配合单位
完成时限
一、平台建设
政务公开专区增设自助查阅终端。
镇党政办
镇便民服务中心
10月底前
公开栏每月更新一次。
镇党政办
_
每月
""".replace("\n_\n", "\n \n")

PROSE_LABEL_LINE = """示范县2026年政务公开工作安排
一、强化考核
1、将政务公开纳入年度考核，考核结果于次年2月底前通报。
责任单位：县政府办公室；配合单位：县委组织部
2、常态化开展政府开放日活动，每年至少组织2次。【县政府办公室】
"""


def test_flattened_table_with_partner_and_deadline_columns(tmp_path):
    plan = parse_file(write(tmp_path, "flat4.txt", FLAT_FOUR))
    first, second = plan.tasks
    assert (first.lead_units, first.partner_units, first.deadline_text) == (
        ["镇党政办"],
        ["镇便民服务中心"],
        "10月底前",
    )
    assert (second.lead_units, second.partner_units, second.deadline_text) == (
        ["镇党政办"],
        [],
        "每月",
    )


def test_labelled_unit_line_after_its_point_and_next_year(tmp_path):
    plan = parse_file(write(tmp_path, "labels.txt", PROSE_LABEL_LINE))
    assert len(plan.tasks) == 2  # the unit line is not a task of its own
    first, second = plan.tasks
    assert first.no == "一、1"
    assert (first.lead_units, first.partner_units) == (["县政府办公室"], ["县委组织部"])
    assert first.deadline_text == "次年2月底前"
    assert second.deadline_text == "每年至少组织2次"  # a frequency beats 常态化


def test_task_table_inside_a_layout_table(tmp_path):
    """Government sites often lay the page out with tables; the task table sits inside."""
    inner = HTML_PAGE.split('<table border="1">', 1)[1].split("</table>", 1)[0]
    page = (
        "<html><body><table width='100%'><tr><td>首页</td><td>"
        "<p>示范县2026年政务公开工作任务分解表</p>"
        f"<table border='1'>{inner}</table></td></tr></table></body></html>"
    )
    plan = parse_file(write(tmp_path, "layout.html", page))
    assert len(plan.tasks) == 4
    assert plan.tasks[1].lead_units == ["县司法局"]


def test_prose_inside_a_layout_table(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in PROSE.splitlines())
    page = (
        f"<html><body><table><tr><td>导航</td></tr><tr><td>{body}</td></tr></table></body></html>"
    )
    plan = parse_file(write(tmp_path, "layout2.html", page))
    assert len(plan.tasks) == 5
    assert plan.tasks[0].lead_units == ["市财政局", "市审计局"]
