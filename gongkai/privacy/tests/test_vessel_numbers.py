"""A ship's or a vehicle's number read as a house number (``vesselnumbers``, privfix26a):
no address; a home's address with a boat after it, or a yard named after the number, stays."""

from gongkai.privacy.tests.spans import at, found


def test_a_boats_registration_number_after_a_pier_and_a_fleets_number():
    text = (
        "6月3日，渔政人员在白沙乡河口村渡口找到苏泗渔20418号渔船，船上网具已被拆走。\n"
        "7月9日，在城南镇新河村7组发现2号货船，经核实系非法采砂。\n"
        "9月1日，在高湾镇石门村码头查扣皖蚌货3316号货车一辆。\n"
    )
    got = found(text, ["address"])
    assert got == [], [text[s:e] for _k, s, e in got]


def test_near_misses_a_home_with_a_boat_after_it_and_a_yard_named_by_its_number():
    text = (
        "当事人住址：江苏省宿迁市泗洪县青阳街道人民路118号，其渔船停靠在临淮镇渔港。\n"
        "户主住址：江苏省宿迁市泗洪县城头乡双沟村25号，号船已注销。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "江苏省宿迁市泗洪县青阳街道人民路118号") in got
    assert at(text, "address", "江苏省宿迁市泗洪县城头乡双沟村25号") in got
