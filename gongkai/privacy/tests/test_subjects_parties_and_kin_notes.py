"""Names on docs144–149 (privfix16zc): the persons a register is about by their state of
life or health (新生儿, 患儿, 孕产妇), a party's column of persons and units, a whole cell
after a surname that is also a preposition, a category word recurring down a column, a
contract party's head, a name before a bracket naming another's relative, role cues."""

from .spans import found, names


def _names(text):
    return sorted(s for s in found(text, ["name"]))


BABIES = (("1", "柯语桐", "查美芹", "15907213384"), ("2", "骆沐阳", "宁晓岚", "18627410953"))


def _onecell(head):
    lines = ["2021年听力复筛名单", "", *head]
    for row in BABIES:
        lines += row
    return "\n".join(lines) + "\n"


def _expected_babies(text):
    return names(text, "柯语桐", "查美芹", "骆沐阳", "宁晓岚")


def test_newborns_and_mothers_one_cell_a_line():
    for first in ("新生儿", "患儿", "筛查新生儿", "婴儿"):
        text = _onecell(("序号", first, "母亲", "联系电话"))
        assert _names(text) == sorted(_expected_babies(text)), first


def test_newborns_in_tab_and_pipe_tables():
    tab = "序号\t患儿\t家长\t联系电话\n" + "".join("\t".join(r) + "\n" for r in BABIES)
    assert _names(tab) == sorted(_expected_babies(tab))
    pipe = "| 序号 | 高危孕产妇 | 丈夫 | 电话 |\n|---|---|---|---|\n" + "".join(
        "| " + " | ".join(r) + " |\n" for r in BABIES
    )
    got = _names(pipe)
    assert names(pipe, "柯语桐")[0] in got and names(pipe, "骆沐阳")[0] in got


def test_unnamed_infants_and_questions_are_no_names():
    text = "序号\t产妇\t新生儿\t是否早产儿\n1\t查美芹\t男婴\t否\n2\t宁晓岚\t女婴\t是\n3\t柯玉珍\t骆沐阳\t否\n"
    got = _names(text)
    assert names(text, "查美芹")[0] in got and names(text, "骆沐阳")[0] in got
    assert all(text[s:e] not in ("男婴", "女婴", "是否") for _k, s, e in got)


def test_party_key_of_persons_and_units():
    rows = [
        ("邬秀英", "350424195410027801", "13975363042", "武勇"),
        ("陶建鑫", "350424198504066611", "19530317254", "清源林业有限公司"),
        ("韩萍", "350424197804100467", "13181731274", "吕涛"),
        ("黎正清", "350424199405162934", "13028979028", "清源林业有限公司"),
        ("任秀英", "350424197501225780", "15395192081", "程霞"),
    ]
    text = "".join(
        f'{{"zrf_xm": "{a}", "zrf_sfzh": "{b}", "zrf_lxdh": "{c}", "srf_mc": "{d}"}}\n'
        for a, b, c, d in rows
    )
    got = _names(text)
    for piece in ("武勇", "吕涛", "程霞"):
        assert names(text, piece)[0] in got
    assert all("公司" not in text[s:e] for _k, s, e in got)


def test_units_key_with_a_stray_name_stays_a_units_column():
    rows = [("邬秀英", "13975363042", "清源林业有限公司")] * 3 + [("韩萍", "13181731274", "吕涛")]
    text = "".join(f'{{"xm": "{a}", "sj": "{b}", "dwmc_x": "{c}"}}\n' for a, b, c in rows)
    assert names(text, "吕涛")[0] not in _names(text)


def test_whole_csv_cell_after_a_surname_preposition():
    # (安娜 alone is a name: the cell's edge, not the name model, keeps 向)
    text = (
        "组别,项目,姓名,性别,代表单位,教练员,联系方式\n"
        "甲组,蛙泳,龙玉珊,女,海燕俱乐部,向安娜,19112014494\n"
        "甲组,仰泳,黄洁,女,海燕俱乐部,向安娜,19112014495\n"
    )
    got = _names(text)
    assert names(text, "向安娜")[0] in got and ("name", *names(text, "安娜")[0][1:]) not in got
    assert sum(text[s:e] == "向安娜" for _k, s, e in got) == 2
    tsv = "序号\t姓名\t指导老师\n1\t龙玉珊\t向安娜\n2\t黄洁\t向安娜\n"
    assert sum(tsv[s:e] == "向安娜" for _k, s, e in _names(tsv)) == 2
    prose = "经协商，由王建华代领补助款。"
    assert _names(prose) == names(prose, "王建华")


def test_crop_recurring_down_a_column_is_no_name():
    rows = [
        ("1", "汤长青", "350424197204166851", "毛竹笋"),
        ("2", "范洁", "350424196008143162", "毛竹笋"),
        ("3", "司马娜", "350424199705066089", "烟叶"),
        ("4", "严国庆", "350424196401074175", "毛竹笋"),
    ]
    for sep in (",", "\t"):
        text = sep.join(("序号", "户主", "身份证号", "受损作物")) + "\n"
        text += "".join(sep.join(r) + "\n" for r in rows) + sep * 3 + "合计\n"
        got = _names(text)
        assert all(text[s:e] != "毛竹笋" for _k, s, e in got), sep
        assert names(text, "司马娜")[0] in got


def test_contract_partys_head_in_a_units_row():
    head = "序号\t流出方\t流出方身份证号\t联系电话\t流入方\t流入方负责人\n"
    rows = (
        "1\t诸葛敏\t350423196009281341\t18544881446\t闽森木业有限公司\t黄立勋\n"
        "2\t高建\t350423199003096333\t15961248181\t徐玉兰\t\n"
        "3\t白红梅\t350423195503186708\t16610248788\t高坑村股份经济合作社\t余长林\n"
    )
    text = head + rows
    got = _names(text)
    for piece in ("诸葛敏", "高建", "徐玉兰", "白红梅"):
        assert names(text, piece)[0] in got
    assert all(text[s:e] not in ("黄立勋", "余长林") for _k, s, e in got)


def test_name_before_a_bracket_naming_anothers_relative():
    for note in ("新生儿外祖母", "患者之父", "申请人的姐姐", "死者长子"):
        text = f"你提交的由庞秀芝（{note}）出具的情况说明不能证明出生事实。"
        assert _names(text) == names(text, "庞秀芝"), note
    for text in ("材料由县医院（患者家属）转交。", "张三丰（男）到场。"):
        assert all(text[s:e] != "县医院" for _k, s, e in found(text, ["name"]))


def test_coach_and_examinee_cues():
    text = "训练单位：某游泳俱乐部（私营），私人教练邓晓燕（手机18977391046）。"
    assert _names(text) == names(text, "邓晓燕")
    text = "你反映同场应试人尉迟丽萍存在提前离场的情况，经查未发现违规。"
    assert _names(text) == names(text, "尉迟丽萍")
    assert _names("主教练组织训练。教练员培训班于5月开班。") == []


def test_dai_surname_after_a_kin_cue():
    text = "您的妻子刀玉香已提交户口簿。他用刀割伤了手，刀口已处理。"
    assert _names(text) == names(text, "刀玉香")
