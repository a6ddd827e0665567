"""Three more plan layouts, written after the importer was finished (held out from its
development): a DOCX whose category rows are merged across the whole table, an XLSX
with two levels of categories spanning rows, and prose points whose units close the
paragraph in brackets."""

from __future__ import annotations

import pytest

from gongkai.supervision.planparse import parse_file


def test_docx_category_rows_merged_across_the_table(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("示范区2026年政务公开工作任务清单")
    table = document.add_table(rows=6, cols=5)
    for i, text in enumerate(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]):
        table.cell(0, i).text = text
    table.cell(1, 0).merge(table.cell(1, 4)).text = "一、加强政策解读回应"
    table.cell(2, 0).text = "1"
    table.cell(2, 1).text = "重要政策出台时同步发布图解、视频等解读产品。"
    table.cell(2, 2).text = "区政府办公室"
    table.cell(2, 3).text = "区直各部门"
    table.cell(2, 4).text = "长期坚持"
    table.cell(3, 0).text = "2"
    table.cell(3, 1).text = "每季度开展一次政府开放日活动。"
    table.cell(3, 3).text = "各街道（镇）"
    table.cell(3, 4).text = "每季度"
    table.cell(2, 2).merge(table.cell(3, 2))  # one lead unit for both rows
    table.cell(4, 0).merge(table.cell(4, 4)).text = "二、推进基层政务公开"
    table.cell(5, 0).text = "3"
    table.cell(5, 1).text = "完善村（居）务公开目录，规范公开栏内容。"
    table.cell(5, 2).text = "区民政局"
    table.cell(5, 3).text = "各街道（镇）"
    table.cell(5, 4).text = "6月底前"
    path = tmp_path / "list.docx"
    document.save(str(path))
    plan = parse_file(path)
    assert plan.title == "示范区2026年政务公开工作任务清单" and plan.year == 2026
    assert [t.no for t in plan.tasks] == ["1", "2", "3"]
    first, second, third = plan.tasks
    assert first.category == ["一、加强政策解读回应"]
    assert (first.lead_units, first.partner_units) == (["区政府办公室"], ["区直各部门"])
    assert second.lead_units == ["区政府办公室"] and second.partner_units == ["各街道（镇）"]
    assert second.deadline_text == "每季度"
    assert third.category == ["二、推进基层政务公开"]
    assert third.lead_units == ["区民政局"] and third.deadline_text == "6月底前"
    assert "一、" not in first.task and "二、" not in third.task


def test_xlsx_two_levels_of_categories_spanning_rows(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["示范县2026年政务公开重点工作任务分解表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["一级任务", "二级任务", "具体要求", "牵头单位", "配合单位", "完成时限"])
    sheet.append(["一、重点领域公开", "（一）财政信息", "公开政府预决算和“三公”经费。", "县财政局",
                  "县直各部门", "年底前"])  # fmt: skip
    sheet.append([None, None, "按月公开财政收支情况。", None, None, "按月"])
    sheet.append([None, "（二）教育信息", "公开义务教育划片范围。", "县教体局", None, "3月底前"])
    sheet.append(["二、平台建设", "（一）网站管理", "开展网站年度报表核查。", "县政府办公室",
                  "各乡镇（街道）", "年内至少1次"])  # fmt: skip
    sheet.merge_cells("A3:A5")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("D3:D4")
    sheet.merge_cells("E3:E4")
    path = tmp_path / "tasks.xlsx"
    book.save(str(path))
    plan = parse_file(path)
    assert plan.title == "示范县2026年政务公开重点工作任务分解表"
    assert len(plan.tasks) == 4
    budget, monthly, school, site = plan.tasks
    assert budget.category == ["一、重点领域公开", "（一）财政信息"]
    assert monthly.category == ["一、重点领域公开", "（一）财政信息"]
    assert (monthly.lead_units, monthly.partner_units) == (["县财政局"], ["县直各部门"])
    assert monthly.deadline_text == "按月"
    assert school.category == ["一、重点领域公开", "（二）教育信息"]
    assert school.lead_units == ["县教体局"] and school.partner_units == []
    assert site.category == ["二、平台建设", "（一）网站管理"]
    assert site.partner_units == ["各乡镇（街道）"] and site.deadline_text == "年内至少1次"


PROSE_BRACKETS = """示范市2026年政务公开工作要点

一、围绕稳经济促发展加强公开
1.加大惠企政策公开力度，集中发布涉企政策清单，年底前实现政策“免申即享”清单化公开。（市发展改革委、市财政局负责）
2.人代会结束60个工作日内公开市政府重大民生实事项目安排。（市政府办公室牵头，各县区人民政府配合）
二、提升政务公开质效
3.主要负责同志年内至少1次听取政务公开工作汇报，研究解决重点问题。（各县区人民政府、市政府各部门负责）
4.持续优化政府网站集约化平台功能。
"""


def test_prose_points_closed_by_units_in_brackets(tmp_path):
    path = tmp_path / "points.txt"
    path.write_text(PROSE_BRACKETS, encoding="utf-8")
    plan = parse_file(path)
    assert plan.title == "示范市2026年政务公开工作要点" and plan.year == 2026
    assert len(plan.tasks) == 4
    policy, congress, leaders, site = plan.tasks
    assert policy.lead_units == ["市发展改革委", "市财政局"] and policy.partner_units == []
    assert policy.deadline_text == "年底前"
    assert policy.task.endswith("清单化公开。") and "负责" not in policy.task
    assert policy.category == ["一、围绕稳经济促发展加强公开"]
    assert (congress.lead_units, congress.partner_units) == (["市政府办公室"], ["各县区人民政府"])
    assert congress.deadline_text == "人代会结束60个工作日内"
    assert leaders.lead_units == ["各县区人民政府", "市政府各部门"]
    assert leaders.deadline_text == "年内至少1次"
    assert leaders.category == ["二、提升政务公开质效"]
    assert site.lead_units == [] and site.problems  # unstated: nothing invented, said so
