"""An agreement's sides and a DOCX form's label cells (``sidewords``, ``formlabels``,
privfix24b): 甲方 and 当事人 are words, an official's label cell heads officials, a merged
row's label holds no name; the parties keep their names."""

from gongkai.privacy.tests.spans import at, found, rid

_A, _B = rid("41032619650712301"), rid("41032619780303452")


def _form():
    return (
        "当事人\t姓名\t性别\t年龄\t住址\t联系电话\n"
        "甲方\t司马振邦\t男\t59\t某县某镇某村三组8号\t13938851207\n"
        "乙方\t宁翠娥\t女\t47\t某县某镇某村三组10号\t15937762184\n"
        f"身份证号\t甲方：司马振邦 {_A}；乙方：宁翠娥 {_B}\t\t\t\t\n"
        "经双方协商，自愿达成如下协议\t乙方于本月底前拆除围墙，甲方不再追究。\t\t\t\t\n"
        "履行协议的时间、地点、期限\t当场履行\t\t\t\t\n"
        "当事人签名\t甲方：司马振邦　乙方：宁翠娥\t\t\t\t\n"
        "调解员签名\t卜海燕 邰德胜\t记录人\t贲晓丽\t\t\n"
        "见证人\t牛金锁（村民）\t\t\t\t\n"
        "本协议一式三份，当事人各执一份。\n"
    )


def test_sides_and_role_words_are_no_names():
    text = _form()
    got = found(text, ["name"])
    for word in ("当事人", "甲方", "乙方"):
        k = text.find(word)
        while k >= 0:
            assert ("name", k, k + len(word)) not in got, (word, k)
            k = text.find(word, k + 1)
    assert at(text, "name", "司马振邦") in got
    assert at(text, "name", "宁翠娥") in got


def test_an_officials_label_cell_and_a_merged_rows_label():
    text = _form()
    got = found(text, ["name"])
    for official in ("卜海燕", "邰德胜", "贲晓丽"):
        assert at(text, "name", official) not in got, official
    for word in ("期限", "经双方"):
        assert not any(text[s:e] == word for _k, s, e in got), word
    assert at(text, "name", "牛金锁") in got  # a witness: a private person


def test_a_category_cell_before_a_name_in_a_data_row_is_no_label():
    ids = [rid(f"4310261985{m:02d}1{m}{m:03d}") for m in range(1, 4)]
    rows = [("普查员", "缪春香"), ("普查指导员", "詹国良"), ("普查员", "闵小燕")]
    text = "序号\t普查区\t人员类别\t姓名\t身份证号码\t补贴金额\t签名\n" + "".join(
        f"{k + 1}\t某社区\t{kind}\t{name}\t{ids[k]}\t3500.00\t\n"
        for k, (kind, name) in enumerate(rows)
    )
    got = found(text, ["name"])
    for _kind, name in rows:
        assert at(text, "name", name) in got, name
