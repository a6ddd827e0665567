"""Three near misses of names and a staff column read by counting: an ordinal of a group
(第2村民小组) is no person after a row's number (``prose``); a rate per person and day
("6元/人·天") is no dotted name (``dottededges``); in work orders flattened one cell a
line with no serial line, the 承办人's place in its record is counted from the header
block (``officialcolumns``)."""

from .spans import found, names


def test_a_groups_ordinal_is_no_name():
    text = "第2村民小组\t邬德顺\t13500001111\n第3村民小组\t车桂英\t13500002222\n"
    assert found(text, ["name"]) == names(text, "邬德顺", "车桂英")
    prose = "经第4村民小组会议推选，第8号蔡文持有的林地不变。"
    assert found(prose, ["name"]) == names(prose, "蔡文")


def test_a_rate_per_person_and_day_is_no_dotted_name():
    text = '{"bz": "6元/人·天", "xm": "艾力·买买提"}\n伙食补助按8元/生·天发放。\n'
    assert found(text, ["name"]) == names(text, "艾力·买买提")


def _orders(header, rows):
    return "\n".join(["热线工单汇总", "", *header, *[c for row in rows for c in row]]) + "\n"


def test_the_handler_in_work_orders_one_cell_a_line():
    header = ["工单号", "来电人", "来电号码", "诉求内容", "承办单位", "承办人", "办理结果"]
    rows = [
        ["HX240101", "单秀梅", "13600001111", "路灯不亮", "某某县城管局", "殳立新", "已办结"],
        ["HX240102", "喻德顺", "13600002222", "井盖缺失", "某某县城管局", "殳立新", "已办结"],
        ["HX240103", "闻桂芝", "13600003333", "噪音扰民", "某某县环保局", "巫春和", "已办结"],
    ]
    text = _orders(header, rows)
    assert found(text, ["name"]) == names(text, "单秀梅", "喻德顺", "闻桂芝")


def test_a_caller_in_the_same_layout_stays_a_name():
    # near miss: without a 承办人 header every name is the caller's
    header = ["工单号", "来电人", "来电号码", "诉求内容", "承办单位", "办理结果"]
    rows = [
        ["HX240101", "单秀梅", "13600001111", "路灯不亮", "某某县城管局", "已办结"],
        ["HX240102", "喻德顺", "13600002222", "井盖缺失", "某某县城管局", "已办结"],
    ]
    text = _orders(header, rows)
    assert found(text, ["name"]) == names(text, "单秀梅", "喻德顺")
