"""A relative's name read with its kinship word before it (``kinedges``, privfix26b): the
name alone; a name whose first signs only look like a kinship word stays whole."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"5002331972090655{i}") for i in range(3)]


def _records(families, heads):
    return "".join(
        f"==================== 第{i + 1}户 ====================\n户主姓名：{heads[i]}\n"
        f"户主身份证号：{_IDS[i]}\n联系电话：1389641225{i}\n家庭成员：{families[i]}\n"
        "采集人：王小红\n\n"
        for i in range(3)
    )


def test_records_listing_members_after_their_kinship_word():
    text = _records(
        ["冉光辉（户主）、谭春燕（配偶）", "谭德兵、谭杨氏", "配偶秦小琴、子秦艾力、岳母向丽萍"],
        ["冉光辉", "谭德兵", "秦国富"],
    )
    got = found(text, ["name"])
    for n in ("秦小琴", "秦艾力", "向丽萍"):
        assert at(text, "name", n) in got, n
    assert at(text, "name", "岳母向丽萍") not in got


def test_a_name_opening_like_a_kinship_word_stays_whole():
    text = _records(
        ["冉光辉（户主）、谭春燕（配偶）", "谭德兵、谭杨氏", "配偶秦小琴、子秦艾力、孙子涵"],
        ["冉光辉", "谭德兵", "秦国富"],
    )
    # 孙 is a surname and 子涵 its given name: the rest after 孙子 is one sign, no name
    assert at(text, "name", "孙子涵") in found(text, ["name"])
