"""A sentence sending the reader to a unit, closed by a full stop before a bare contact label
(issue 16, privfix18e): the number is the unit's line; a person named there keeps it."""

from .spans import at, found


def test_bare_label_after_a_sentence_sending_to_units():
    text = (
        "序号\t姓名\t联系电话\n1\t卢秀珍\t13907395512\n2\t韩志强\t13874390021\n\n"
        "如对名单有疑问，请与各村（社区）便民服务站或镇民政办联系。联系电话：0745-3321870。\n"
        "咨询政策的，请与各乡镇（街道）医保工作站联系。联系电话：0745-3321866\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0745-3321870") not in got
    assert at(text, "landline", "0745-3321866") not in got


def test_a_person_sent_to_or_no_unit_keeps_the_number():
    text = (
        "序号\t姓名\t联系电话\n1\t卢秀珍\t13907395512\n\n"
        "如有疑问，请与申请人蒲德胜联系。联系电话：0745-3321877。\n"
        "本人未留手机。联系电话：0745-3321878。\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0745-3321877") in got
    assert at(text, "landline", "0745-3321878") in got
