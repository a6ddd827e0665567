"""Parties named in an accident's narrative: the driver, the one hurt, the one to blame."""

from .spans import found, missing_names


def test_parties_of_an_accident_narrative():
    text = (
        "　　2025年3月2日8时许，邬振华驾驶轻型货车沿县道行驶，与行人卢巧云发生碰撞，"
        "致卢巧云受伤。经调查，认定邬振华承担此事故的全部责任，卢巧云无责任。\n"
        "　　次日另一起事故中，乘车人凌国辉（男）称其未系安全带；与对向詹美琴驾驶的电动车相撞，"
        "致詹美琴当场死亡，认定索菲亚·李承担主要责任。\n"
    )
    assert missing_names(text, "邬振华", "卢巧云", "凌国辉", "詹美琴", "索菲亚·李") == []


def test_roles_and_vehicles_in_an_accident_are_no_parties():
    text = (
        "　　本起事故中，致车辆损坏，认定驾驶人承担主要责任，对向车辆发生侧翻，"
        "行人通道受损，认定本车承担次要责任。8时许，车辆驾驶时失控。\n"
    )
    assert found(text, ["name"]) == []


def test_without_an_accident_the_phrasing_is_not_read():
    text = "　　会议认定钟秀承担主要责任。\n"
    assert found(text, ["name"]) == []
