"""Persons' labels with a bracketed qualifier or an index before their colon."""

from .spans import found, names


def test_a_label_narrowed_by_a_bracket_keeps_its_name():
    text = (
        "授权人（房屋所有人）：卓雅琴\n证件号码：330102198801011234\n"
        "代理人(受托人)：闵子墨　联系电话：13912345678\n"
        "受益人（第一顺序）：柳青青，身份证号330102199001011238\n"
        "被保险人（主险）：孙建军\n"
    )
    assert set(names(text, "卓雅琴", "闵子墨", "柳青青", "孙建军")) <= set(found(text, ["name"]))


def test_a_numbered_relation_label_keeps_its_name():
    text = (
        "户主：戚文斌　身份证号：330102196601011235\n"
        "　被扶养人1：薛国　关系：子女　身份证号：330102200812207797\n"
        "　被赡养人２：芮佳怡　关系：配偶\n"
        "被监护人3：单于磊，男，2015年出生\n"
        "共有人2：邝伟民\n"
    )
    assert set(names(text, "戚文斌", "薛国", "芮佳怡", "单于磊", "邝伟民")) <= set(
        found(text, ["name"])
    )


def test_units_and_offices_behind_a_qualified_label_stay_clean():
    text = (
        "申请人（委托代办）：澄州市某某物业有限公司\n"
        "被申请人1：澄州市东湖建设工程有限公司\n"
        "法定代表人（负责人）：邹光明\n"
        "审核人（科室）：韩立新\n"
        "统一社会信用代码：91330102MA2H0XXXX1\n"
    )
    assert found(text, ["name"]) == []


def test_a_bracket_that_is_no_qualifier_is_not_read_as_a_label():
    text = "附件（共3页）：申报材料清单\n备注（说明）：另行通知\n身份证号：330102198801011234\n"
    assert found(text, ["name"]) == []
