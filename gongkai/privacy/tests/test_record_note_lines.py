"""An aligned table whose every record has an indented note line under it (alignedrows)."""

from .spans import missing_names


def test_ideographic_table_with_contact_lines_under_each_record():
    text = (
        "序号　姓名　　　　证件类型　　　　　　证件号码　　　　　　联系电话　　　　　安置点\n"
        "\n"
        "1　　邝志豪　　　居民身份证　　　　　440104199001011234　13800001111　　　一号点\n"
        "　　　妻子蒙小燕（同行），电话13900002222\n"
        "2　　甘秀兰　　　护照　　　　　　　　E12345678　　　　　13700003333　　　二号点\n"
        "　　　儿子甘大伟，住某市某区某路5号\n"
        "3　　覃有福　　　居民身份证　　　　　450104196502021234　—　　　　　　　　一号点\n"
    )
    assert missing_names(text, "邝志豪", "甘秀兰", "覃有福") == []


def test_space_aligned_table_with_note_lines():
    text = (
        "编号  姓名      电话           去向\n"
        "01    韦春来    13811112222    县医院\n"
        "      同行：弟弟韦春明（已离开）\n"
        "02    蓝桂英    13922223333    安置点\n"
        "      女儿蓝晓丽，电话13633334444\n"
    )
    assert missing_names(text, "韦春来", "蓝桂英") == []
