"""Whose contact or number a table row gives, read by the row's own columns (issue 16).

- a 15-digit business registration number under its 注册号 header is no ID, even where the
  table also has a column of the operator's IDs;
- a row that names a person with a middle dot (皮埃尔·杜布瓦) beside the employer's name and
  gives their travel document is the person's row: the phone and mailbox are theirs;
- a name the lists of given names do not know, in the header's 姓名 / 承租人 column, still
  makes the row a person's;
- a row of an aligned table that holds a passport's number is a person's row: the mailbox
  is theirs though the row names their employer.
"""

from .spans import at, found


def test_registration_number_beside_an_id_column_is_no_id():
    rows = [
        ("\t", "序号\t字号名称\t注册号\t经营者\t经营者身份证号\t电话"),
        ("|", "序号|个体户名称|营业执照注册号|经营者姓名|身份证号码|联系电话"),
        (",", "编号,名称,注册号,负责人,公民身份号码,联系方式"),
    ]
    for sep, header in rows:
        row = sep.join(
            ["3", "某县城关镇顺发便利店", "330102600224518", "钱德华", "330102720315123"]
        )
        text = f"{header}\n{row}{sep}13912345678\n"
        ids = found(text, ["id_card"])
        assert at(text, "id_card", "330102720315123") in ids, text  # the operator's ID
        assert at(text, "id_card", "330102600224518") not in ids, text  # the shop's number


def test_legacy_id_under_an_id_header_stays_an_id():
    text = "序号\t姓名\t身份证号\t备注\n1\t钱德华\t330102600224518\t无\n"
    assert at(text, "id_card", "330102600224518") in found(text, ["id_card"])


def test_dotted_name_beside_a_company_keeps_the_persons_contacts():
    texts = [
        "序号\t用人单位\t姓名\t证件号码\t本人电话\t本人邮箱\n"
        "3\t某某电子科技有限公司\t皮埃尔·杜布瓦\tFRA441900190415\t0769-86620013\tp.dubois@orange.fr\n",
        "序号|工作单位|参保人姓名|通行证号码|联系电话|电子邮箱\n"
        "1|某某鞋业有限公司|阿卜杜拉·艾山|H10472638|0991-4567890|abdulla.as@example.com\n",
    ]
    for text in texts:
        got = found(text, ["landline", "email"])
        phone = next(p for p in ("0769-86620013", "0991-4567890") if p in text)
        mail = text[text.rfind("|" if "|" in text else "\t") + 1 :].strip()
        assert at(text, "landline", phone) in got, text
        assert at(text, "email", mail) in got, text


def test_list_of_units_keeps_its_contacts_the_units():
    texts = [
        "序号\t单位名称\t联系电话\t邮箱\n1\t某某电子科技有限公司\t0769-86620013\tservice@dgabc.com\n",
        "序号|用人单位|姓名|电话|邮箱\n2|某某鞋业有限公司|—|0991-4567890|hr@example.com\n",
    ]
    for text in texts:
        assert found(text, ["landline", "email"]) == [], text


def test_name_unknown_to_given_name_lists_under_a_persons_header():
    texts = [
        "\t编号\t用人单位\t承租人\t配租房源\t联系方式\n"
        "\tRC-03\t某某新材料股份有限公司\t陈可欣\t人才公寓2幢1单元1507室\tchenkx@hxnm.com\n",
        "序号|工作单位|姓名|邮箱\n4|某某研究院|赵可馨|zhaokx@abc-tech.com\n",
    ]
    for text in texts:
        mail = next(w for w in text.replace("|", "\t").split("\t") if "@" in w).strip()
        assert at(text, "email", mail) in found(text, ["email"]), text


def test_aligned_row_with_a_passport_keeps_the_mailbox():
    text = (
        "序号  姓名      证件类型  证件号码             拟引进单位              联系邮箱\n"
        "1     缪卓远    护照      E78934117            江苏某某微电子有限公司  zy.miao@163.com\n"
        "2     钱亦凡    护照      EB5024403            某某生物医药有限公司    qianyf11@hotmail.com\n"
        "\n联系电话：0512-57302261，电子邮箱：rcb@example.gov.cn，地址：某市前进西路1801号。\n"
    )
    got = found(text, ["email", "landline"])
    assert at(text, "email", "zy.miao@163.com") in got
    assert at(text, "email", "qianyf11@hotmail.com") in got
    assert at(text, "email", "rcb@example.gov.cn") not in got  # the office's
