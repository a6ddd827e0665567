"""A register of units, businesses and private users whose header names the keepers
(经营者) but whose rows do not say 个体 (issue 16): a row whose subject — its first cell
of words — is a shop's or a workshop's name (…面馆, …加工厂, …豆腐坊) gives its premises,
not a home; a private user's row keeps its address, and a flat is a home in any row.
"""

from __future__ import annotations

from .spans import at, found


def addresses(text):
    return found(text, ["address"])


def test_tab_register():
    text = (
        "序号\t使用者名称\t经营者或户主\t身份证号\t电话\t设备地点\n"
        "1\t平和镇某某面馆\t某某\t\t\t平和镇兴隆街12号\n"
        "2\t某甲（个人）\t某甲\t\t\t平和镇石桥村3组26号\n"
        "3\t平和镇某乙豆腐坊\t某乙\t\t\t平和镇南湖村58号\n"
    )
    assert addresses(text) == [at(text, "address", "平和镇石桥村3组26号")]


def test_pipe_register_with_a_flat():
    text = (
        "| 序号 | 单位或个人 | 经营者 | 安装位置 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 某丙米粉加工厂 | 某丙 | 平和镇石门村88号 |\n"
        "| 2 | 某丁腊味作坊 | 某丁 | 东环路90号锦绣苑2栋301室 |\n"
    )
    assert addresses(text) == [at(text, "address", "东环路90号锦绣苑2栋301室")]


def test_near_miss_without_keepers_header():
    # a roster of persons: the employer (…加工厂) is no row's subject, the address is home
    text = (
        "序号\t姓名\t工作单位\t住址\n"
        "1\t某戊\t某己米粉加工厂\t平和镇兴隆街30号\n"
        "2\t某庚\t某辛酒坊\t平和镇南湖村61号\n"
    )
    assert addresses(text) == [
        at(text, "address", "平和镇兴隆街30号"),
        at(text, "address", "平和镇南湖村61号"),
    ]
