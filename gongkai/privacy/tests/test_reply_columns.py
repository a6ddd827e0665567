"""Issue 16 (privfix27d): the cadre who answered each row of a register of petitions or calls
(答复人, 回复人, 接访人) acts in office; the callers and the relatives named in the matter's cell
keep their names, and so does a person under 答复对象."""

from .spans import found, names


def test_a_repliers_column_in_a_tab_register():
    text = (
        "某县妇联2023年信访事项登记表\n"
        "序号\t来访人\t联系电话\t反映事项\t答复人\t答复日期\n"
        "1\t甘秀芝\t13972615508\t反映丈夫卢国栋家暴\t詹慧玲\t2023-05-06\n"
        "2\t翟玉兰\t13875512294\t咨询离婚财产分割\t詹慧玲\t2023-05-09\n"
        "3\t宁春燕\t15907316621\t反映儿子被拖欠工资\t莫晓琳\t2023-05-12\n"
    )
    got = found(text, ("name",))
    assert [text[s:e] for _, s, e in got if text[s:e] in ("詹慧玲", "莫晓琳")] == []
    assert names(text, "甘秀芝", "卢国栋", "翟玉兰", "宁春燕") == [
        g for g in got if text[g[1] : g[2]] in ("甘秀芝", "卢国栋", "翟玉兰", "宁春燕")
    ]


def test_a_receivers_column_in_a_pipe_table():
    text = (
        "| 序号 | 来电人 | 来电内容 | 接访人 |\n"
        "|:---:|:---:|:---:|:---:|\n"
        "| 1 | 甘秀芝 | 反映邻居占用通道 | 詹慧玲 |\n"
        "| 2 | 翟玉兰 | 咨询低保申请 | 詹慧玲 |\n"
    )
    got = found(text, ("name",))
    assert names(text, "甘秀芝")[0] in got and names(text, "翟玉兰")[0] in got
    assert [text[s:e] for _, s, e in got if text[s:e] == "詹慧玲"] == []


def test_the_person_answered_stays_a_name():
    text = (
        "序号\t答复对象\t身份证号码\t答复意见\n"
        "1\t甘秀芝\t430626198501053809\t已答复政策依据\n"
        "2\t翟玉兰\t430626197703037741\t已转县民政局处理\n"
    )
    assert found(text, ("name",)) == names(text, "甘秀芝", "翟玉兰")
