"""A word for a relative is no name wherever a pass reads one (scanner's last test,
``listwords.NON_NAME``): "由母亲代为申请", a 监护人 cell "祖父母"; the relative's own name
beside it stays found."""

from .spans import found


def test_kin_words_after_a_cue_or_in_a_cell_are_no_names():
    for text in (
        "说明：第8号申请人系未成年人，由母亲代为申请，联系电话为母亲手机。",
        "序号\t学生姓名\t监护人\t联系电话\n1\t严子轩\t祖父母\t13907315562\n",
    ):
        got = [text[s:e] for _k, s, e in found(text, ["name"])]
        assert not {"母亲", "祖父母"} & set(got), got


def test_the_relatives_own_name_stays():
    text = "申请人系未成年人，由母亲蒯秀兰代为申请。"
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "蒯秀兰" in got
