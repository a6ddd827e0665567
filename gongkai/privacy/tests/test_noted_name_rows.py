"""A row whose person's cell carries a short note after the name (nationality, a role:
"伊琳娜·彼得罗娃（俄罗斯籍）", "孔繁军（户主）") is a person's row, so its mailbox stays the
person's though the row names a public channel (申诉网站) (rowcontext.person_row, privfix24a)."""

from .spans import at, found

_HEAD = '"编号","受理渠道","申诉人","手机","电子邮箱","被申诉企业"\n'


def test_foreign_name_with_nationality_note_keeps_the_mailbox():
    text = (
        _HEAD
        + '"T-0412","国家邮政局申诉网站","伊琳娜·彼得罗娃（俄罗斯籍）","13757921046","irina.petrova@gmail.com","某县某速递有限公司"\n'
    )
    assert at(text, "email", "irina.petrova@gmail.com") in found(text, {"email"})


def test_han_name_with_role_note_keeps_the_mailbox():
    text = (
        _HEAD
        + '"T-0413","国家邮政局申诉网站","孔繁军（户主）","13757921047","kfj1978@163.com","某县某物流有限公司"\n'
    )
    assert at(text, "email", "kfj1978@163.com") in found(text, {"email"})


def test_units_cell_with_note_is_no_persons_row():
    text = (
        '"编号","受理渠道","申诉单位","电子邮箱"\n'
        '"T-0414","国家邮政局申诉网站","某县某商贸公司（法人）","service@mougs.com"\n'
    )
    assert at(text, "email", "service@mougs.com") not in found(text, {"email"})
