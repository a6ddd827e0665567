"""Persons a letter, a reply or a mail export names in passing (``letterpersons``)."""

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


def test_a_list_going_on_after_ji_he_yu():
    for joiner in ("及", "和", "以及", "与"):
        text = f"您与工友韦小平、蒙秀兰{joiner}覃德、黄春燕的工资数额已经双方签字确认。"
        assert names(text, "韦小平", "蒙秀兰", "覃德", "黄春燕") == sorted(
            _names(text), key=lambda s: s[1]
        ), joiner
    text = "本人想查询父母蒙建华和覃桂1978年的结婚登记档案。"
    assert at(text, "name", "覃桂") in _names(text)


def test_a_list_joined_to_words_is_left_alone():
    for tail in ("及时处理。", "和县民政局联系。", "与本人无关。", "及其家属。"):
        text = f"工友韦小平、蒙秀兰{tail}"
        got = _names(text)
        assert got == names(text, "韦小平", "蒙秀兰"), tail


def test_the_person_a_writer_is_the_relative_of():
    for words in ("我是黄德明的女儿", "本人系黄德明之子", "我是黄德明的妻子"):
        text = f"您好，{words}韦秀兰，父亲摔伤后没有拿到工资。"
        assert at(text, "name", "黄德明") in _names(text), words
    text = "您好，我是县民政局的工作人员，现将情况答复如下。"
    assert _names(text) == []


def test_a_spouse_named_with_the_marriage_or_divorce():
    text = (
        "你代理蒙丽华与黄志强离婚后财产纠纷一案。经查，黄志强曾于2003年5月与蒙丽华登记结婚，"
        "另于2021年与阿依古丽·买买提登记结婚；申请查询你与岩香·玉罕（持普通护照）"
        "1996年办理涉外结婚登记的档案。"
    )
    got = _names(text)
    for piece in ("蒙丽华", "阿依古丽·买买提", "岩香·玉罕"):
        assert at(text, "name", piece) in got, piece
    text = "请与县民政局婚姻登记处联系办理结婚登记，与本人离婚无关。"
    assert _names(text) == []


def test_a_sign_off_line_of_a_name_the_mail_knows():
    text = (
        '发件人: "蒙欣" <mengxin88@163.com>\n收件人: mzj@xt.gov.cn\n\n'
        "我和爱人覃淑伟2001年登记结婚，结婚证丢了，请问补领要带哪些材料？\n\n蒙欣\n"
    )
    got = _names(text)
    sign = text.rindex("蒙欣")
    assert ("name", sign, sign + 2) in got
    text = "请于本周内到民政局办理。\n\n民政局\n\n2026年6月17日\n"
    assert _names(text) == []


def test_a_business_staff_named_by_their_post():
    text = (
        "经询问公司总经理韦建国、统计员蒙丽，确认虚报属实；对直接负责的主管人员韦建国\n"
        "处罚款二万元。举报人称：厂长黄志明要求会计覃小燕把产值改大。"
    )
    got = _names(text)
    for piece in ("韦建国", "蒙丽", "黄志明", "覃小燕"):
        assert at(text, "name", piece) in got, piece
    text = "公司总经理办公会研究决定；企业负责人会议于3日召开；县统计局统计员持证上岗。"
    assert _names(text) == []


def test_wage_arrears_verbs_end_the_name():
    for words, name in (
        ("老板蒙霞欠我和爱人两人工资。", "蒙霞"),
        ("包工头韦强拖欠工资三个月。", "韦强"),
        ("老板韦志强欠我工资。", "韦志强"),
    ):
        assert _names(words) == [at(words, "name", name)], words
