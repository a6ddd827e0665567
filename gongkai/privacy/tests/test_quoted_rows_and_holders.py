"""Quoted CSV rows, roles whose own ID follows and notes of status (issue 16, privfix19h):

- a CSV whose quoted prose cells span lines and hold commas ("预交12,800元") is joined at
  the right places (a line whose last quote opens a field; a field closing at its line's
  end), and its columns are counted outside the quotes: a 承办人 column stays the
  office's, the complainants of the rows are found;
- a channel's cell before the name ("市长信箱,X") is no post leading a list;
- a unit's contact in a note cell ("公司联系人X，电话0xxx-…"): the line is the unit's;
- a pharmacist's or vet's own ID after the role: the value is a name whatever its
  surname (字, 茶, 木 of Yunnan's registers);
- a dotted programme (乡村振兴·助老) is no transliterated name; a status (在岗) noted
  "（经营者本人）" is no name.
"""

from .spans import at, found, names

COMPLAINTS = (
    "编号,日期,渠道,投诉人,联系方式,被投诉机构,投诉事项,处理情况,办结日期,承办人\n"
    'TS-01,2024-03-04,热线,林海燕,13930821576,某教育咨询有限公司,"孩子报名一对一课程,'
    '预交12,800元。\n后机构无法上课,要求退费。","经约谈机构负责人,双方达成一致。",'
    "2024-03-18,贺文斌\n"
    'TS-02,2024-03-21,市长信箱,唐立伟,18632905413,某文化传播有限公司,"反映违规补习,'
    '每人收费4,500元。","经检查,已责令停止,聘请持证救生员,教练停止带班。",2024-04-10,'
    "贺文斌、邵晓丽\n"
    'TS-03,2024-03-29,市长信箱,石建华,tangjh@163.com,某美术培训学校,"反映超期收费,'
    '共26,000元。","机构承认超期收费。",2024-04-19,邵晓丽\n'
)


def test_quoted_rows_keep_their_columns():
    got = found(COMPLAINTS, ["name"])
    assert got == names(COMPLAINTS, "林海燕", "唐立伟", "石建华")


def test_quoted_field_closing_at_line_end():
    text = (
        "登记表,,,,,\n"
        "序号,当事人,电话,签收人,送达日期,备注\n"
        '1,邱明辉,13618109426,本人,2025-01-27,"该车挂靠某县通达货运有限公司，\n'
        '公司联系人孙国伟，电话0315-7712036"\n'
        "2,宁秀兰,13618109427,本人,2025-02-06,\n"
    )
    got = found(text, ["name", "landline", "mobile"])
    assert at(text, "name", "邱明辉") in got
    assert at(text, "name", "宁秀兰") in got
    assert not [g for g in got if g[0] == "landline"]  # the company's contact's line


def test_unit_contact_line_left_out_a_relative_kept():
    text = (
        "序号,姓名,电话,备注\n"
        "1,邱明辉,13618109426,挂靠某县通达货运有限公司，公司联系人孙国伟，电话0315-7712036\n"
        "2,王大力,13618109427,紧急联系人，电话0315-7712037\n"
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0315-7712037")]


def test_professional_with_own_id_any_surname():
    text = (
        "被检查单位：某县大药房有限公司\n"
        "企业负责人：木天福\n"
        "负责人身份证号码：530721196701059517\n"
        "注册执业药师：茶文斌\n"
        "执业药师身份证号码：532925198408238839\n"
        "检查情况：执业药师在岗。\n"
    )
    assert found(text, ["name"]) == names(text, "木天福", "茶文斌")


def test_professional_without_id_left():
    text = "注册执业药师：茶文斌\n检查情况：执业药师在岗。\n"
    assert found(text, ["name"]) == []


def test_dotted_programme_and_status_note():
    text = (
        "票据号码,捐赠人,证件号码,定向项目,联系方式\n"
        '"0301","吴清水","350526195804226536","教育振兴·助学","13905951726"\n'
        '"0302","周海燕","350526195804226544","慈善医疗救助","13905951727"\n'
    )
    assert found(text, ["name"]) == names(text, "吴清水", "周海燕")
    tsv = (
        "序号\t门店\t执业药师\t身份证号\t手机\t在岗情况\n"
        "1\t某县梧桐大药房\t沈国华\t330424196809277730\t13905734182\t在岗（经营者本人）\n"
    )
    assert found(tsv, ["name"]) == names(tsv, "沈国华")


def test_other_driver_by_the_vehicle():
    text = (
        "事故经过：你驾驶货车在S221线与罗国庆驾驶的二轮摩托车发生刮擦，"
        "后又与字秀芝驾驶的小型普通客车发生碰撞。\n"
        "事故经过：你驾驶货车与对方驾驶的车辆相撞，又与其妻子驾驶的车辆相撞。\n"
    )
    assert found(text, ["name"]) == names(text, "罗国庆", "字秀芝")


def test_address_in_a_persons_contact_cell():
    text = (
        "编号,投诉人,联系方式,被投诉机构\n"
        "T1,卓建新,甲市西关街道建华路112号、13582818640,某公司\n"
        "T2,某商贸有限公司,甲市人民路5号,某公司\n"
        "T3,韦明,13582818641,某公司\n"
    )
    got = found(text, ["address"])
    assert got == [at(text, "address", "甲市西关街道建华路112号")]


def test_pet_keeper_and_daily_round():
    text = (
        "其中1只经芯片识别为卢春梅走失犬只，已通知其认领。经查系区收容中心饲养的犬只。\n"
        "来电人反映其丈夫付强晨练时在公园被流浪犬咬伤。\n"
    )
    assert found(text, ["name"]) == names(text, "卢春梅", "付强")


def test_registrar_signing_off_a_register():
    text = "序号,当事人,电话\n1,邱明辉,13618109426\n,,登记人：刘国伟，审核：张志勇\n"
    assert found(text, ["name"]) == names(text, "邱明辉")


def test_official_noted_with_an_organs_post():
    text = (
        "检查组组长：第一组韩立群（县局副局长）、第二组邹海明（药品股股长）。\n"
        "户主蒋德明（村民小组组长）。\n"
    )
    assert found(text, ["name"]) == names(text, "蒋德明")
