"""The workers a wage case lists after their trade (``workerlists``, privfix25c): each name of
the 、-list is found, the last before 工资/等; a list of no names after a 工 word is left."""

from gongkai.privacy.tests.spans import found, names


def test_workers_listed_after_their_trade():
    text = (
        "当事人：覃国富，男，1975年3月生。\n"
        "经查，你拖欠该经营部搬运工石正林、宁桂珍、蓝秋生工资共计人民币6,400元；"
        "另欠付杂工龙正平、覃春燕等2人劳务费。\n"
    )
    got = found(text, ["name"])
    for span in names(text, "覃国富", "石正林", "宁桂珍", "蓝秋生", "龙正平", "覃春燕"):
        assert span in got, span


def test_a_list_of_no_names_after_a_work_word_is_left():
    text = (
        "当事人：覃国富，男，1975年3月生。\n"
        "请各施工单位统计木工人数、工种、工时，报送用工台账。\n职工食堂、宿舍整改完毕。\n"
    )
    assert found(text, ["name"]) == names(text, "覃国富")
