"""Persons acting for an organ or a company among private persons (``unitagents``): a post
beside the name, the row's role, a unit's head in a column mixing companies and shops."""

import pytest

from gongkai.privacy.unitagents import official

from .spans import found, missing_names


def _names(text):
    return {text[s:e] for t, s, e in found(text, ["name"])}


def test_official_posts():
    for post in (
        "县水利局局长",
        "副县长",
        "石桥镇镇长",
        "法制股股长",
        "机关工作人员",
        "局长",
        "县政府办公室主任",
        "区市场监督管理局工作人员",
    ):
        assert official(post), post
    for post in (
        "村主任",
        "主任",
        "村委会主任",
        "公司经理",
        "律师",
        "社区书记",
        "县人民医院",
        "原告之子",
        "农民",
        "书记",
    ):
        assert not official(post), post


CSV = (
    '"序号","案号","原告","原告代理人","被告","出庭负责人","出庭负责人职务","被告代理人"\n'
    '"1","（2024）某0101行初3号","张卫国","李明华","某县水利局","赵德顺","县水利局局长",'
    '"钱玉兰（机关工作人员）"\n'
    '"2","（2024）某0101行初9号","孙丽萍","周建新","某县石桥镇人民政府","吴海涛","石桥镇镇长",'
    '"郑晓东（机关工作人员）；冯立伟（某某律师事务所律师）"\n'
)


def test_quoted_csv_officials_and_private_parties():
    got = _names(CSV)
    assert {"张卫国", "李明华", "孙丽萍", "周建新", "冯立伟"} <= got
    assert not got & {"赵德顺", "吴海涛", "钱玉兰", "郑晓东"}


def test_pipe_and_tab_layouts_read_the_post_cell():
    pipe = (
        "| 序号 | 申请人 | 被申请人 | 出庭人员 | 职务 |\n|---|---|---|---|---|\n"
        "| 1 | 陈秀英 | 某县公安局 | 韩志强 | 副局长 |\n"
        "| 2 | 刘桂芳 | 某县人民政府 | 杨振华 | 副县长 |\n"
    )
    got = _names(pipe)
    assert {"陈秀英", "刘桂芳"} <= got and not got & {"韩志强", "杨振华"}
    tab = "\n".join(
        "\t".join(c.strip() for c in line.strip("|").split("|"))
        for line in pipe.splitlines()
        if "---" not in line
    )
    got = _names(tab)
    assert {"陈秀英", "刘桂芳"} <= got and not got & {"韩志强", "杨振华"}


def test_mixed_unit_head_column():
    text = (
        "| 序号 | 见习单位 | 单位负责人 | 见习人员 | 补贴金额 |\n|---|---|---|---|---|\n"
        "| 1 | 某县城关镇福来便利店 | 何建平 | 罗晓燕 | 1500 |\n"
        "| 2 | 某市恒通机械有限公司 | 马国庆 | 胡志勇 | 1500 |\n"
        "| 3 | 某县人民医院 | 林淑珍 | 高文斌 | 3000 |\n"
        "| 4 | 某县李记农家乐 | 李春生 | 梁晓红 | 1500 |\n"
    )
    got = _names(text)
    assert {"何建平", "罗晓燕", "胡志勇", "高文斌", "李春生", "梁晓红"} <= got
    assert not got & {"马国庆", "林淑珍"}


def test_companies_alone_keep_their_contacts():
    text = (
        "序号\t企业名称\t单位负责人\t联系人\t手机\n"
        "1\t某市恒通机械有限公司\t马国庆\t胡志勇\t13912345678\n"
        "2\t某县宏达建材有限责任公司\t宋玉梅\t曹建军\t13812345679\n"
    )
    assert not missing_names(text, "马国庆", "胡志勇", "宋玉梅", "曹建军")


XML = (
    "<taizhang>\n  <anjian>\n    <yuangao><xm>谢秀兰</xm><xb>女</xb></yuangao>\n"
    "    <beigao>某县自然资源局</beigao>\n"
    "    <ctfzr><xm>唐国强</xm><zw>副局长</zw></ctfzr>\n"
    "    <bgdlr><xm>袁春梅</xm><sf>机关工作人员</sf></bgdlr>\n"
    "    <bgdlr><xm>黄立新</xm><sf>法律顾问律师</sf><dw>某某律师事务所</dw></bgdlr>\n"
    "    <ygdlr><xm>邓志刚</xm><dw>某某律师事务所</dw></ygdlr>\n  </anjian>\n</taizhang>\n"
)


def test_xml_records_with_a_role():
    got = _names(XML)
    assert {"谢秀兰", "黄立新", "邓志刚"} <= got
    assert not got & {"唐国强", "袁春梅"}


def test_json_objects_with_a_post():
    text = (
        '{"ah": "2024-3", "原告": "许海燕", "ctfzr": {"xm": "潘国华", "zw": "镇长"}}\n'
        '{"ah": "2024-4", "原告": "蒋丽华", "cbr": {"xm": "沈建国", "zw": "村主任"}}\n'
    )
    got = _names(text)
    assert {"许海燕", "蒋丽华", "沈建国"} <= got
    assert "潘国华" not in got


def test_sign_in_list_roles():
    text = (
        "类别\t姓名\t性别\t电话\t单位\n"
        "申请人\t田秀珍\t女\t13700001111\t\n"
        "申请人委托代理人\t白志勇\t男\t13700002222\t某某律师事务所\n"
        "被申请人代表\t孔德明\t男\t\t某县城市管理局\n"
        "被申请人委托代理人\t魏丽娟\t女\t\t某县城市管理局法规科科长\n"
        "听证主持人\t邹建华\t男\t\t某县司法局\n"
        "记录人\t石玉珍\t女\t\t某县司法局\n"
    )
    got = _names(text)
    assert {"田秀珍", "白志勇"} <= got
    assert not got & {"孔德明", "魏丽娟", "邹建华", "石玉珍"}


def test_prose_agent_note_and_near_misses():
    text = (
        "被申请人：某县人力资源和社会保障局。委托代理人：范志华（工伤保险股股长）。\n"
        "申请人：龚秀芳，委托代理人：龚建国（申请人之子）。\n"
        "授予彭志强（某镇人民政府干部）、汤美华（某村党员）“优秀党员”称号。\n"
        "证人蔡明亮（某镇农机站站长）证言。\n"
        "范志华：申请人当日离厂较早，不属于上下班途中。\n"
        "龚秀芳：我当天是加班后回家。\n"
    )
    got = _names(text)
    assert {"龚秀芳", "龚建国", "彭志强", "汤美华"} <= got
    assert "范志华" not in got  # as the speaker of the record too


@pytest.mark.xfail(
    strict=True,
    reason="a one-cell-a-line record (姓名：X / 职务：局长 on following lines) is not read as "
    "the name's record: only delimited rows, XML elements, JSON objects and notes are",
)
def test_key_value_lines_record():
    text = "出庭负责人信息\n姓名：覃建军\n职务：某县交通运输局副局长\n\n原告：阮秀英\n"
    got = _names(text)
    assert "阮秀英" in got and "覃建军" not in got


def test_a_post_under_another_persons_header_leaves_the_name():
    text = (
        '"序号","申请人","接待领导","事项"\n'
        '"1","聂秀华","副县长","宅基地审批"\n'
        '"2","柴国平","县自然资源局局长","林权登记"\n'
    )
    assert not missing_names(text, "聂秀华", "柴国平")


def test_a_cell_saying_the_column_act_did_not_happen():
    text = (
        "| 序号 | 原告 | 被告 | 出庭负责人 |\n|---|---|---|---|\n"
        "| 1 | 莫秀云 | 某县某镇人民政府 | 未出庭 |\n"
        "| 2 | 未建华 | 某县公安局 | 王国栋（副局长） |\n"
        "\n本年度未出庭案件1件。\n"
    )
    got = _names(text)
    assert "莫秀云" in got and "未出庭" not in got and "王国栋" not in got  # the prose's too
