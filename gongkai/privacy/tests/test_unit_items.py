"""A unit's numbered item of a notice (``unititems``, privfix26a): the landline under its
电话 label and the contact after 联系人 are the unit's; the contact's own mobile, a contact
with their own ID, a 负责人 and a household's item keep theirs."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("37082619790415231")


def test_service_points_and_a_firm_one_item_a_line():
    text = (
        "二、办理地点\n"
        "（一）东河镇便民服务点：东河镇政府院内一楼，电话0537-6612043。\n"
        "（二）西岗乡收购点：西岗乡粮站仓库旁，联系人邵德昌，联系电话0537-6637110。\n"
        "（三）北湖街道服务点：北湖街道湖滨路22号，联系人蒯玉芹，手机13953712246。\n"
        "1.济宁市鲁星农机有限公司，统一社会信用代码91370826MA3C8UXK2D，地址某工业园纬三路6号，"
        "电话0537-6288104。\n"
    )
    got = found(text, ["name", "landline", "mobile"])
    for phone in ("0537-6612043", "0537-6637110", "0537-6288104"):
        assert at(text, "landline", phone) not in got, phone
    assert at(text, "name", "邵德昌") not in got
    assert at(text, "name", "蒯玉芹") not in got
    assert at(text, "mobile", "13953712246") in got  # the contact's own mobile (privfix19c)


def test_near_misses_a_household_item_a_contact_with_an_id_and_a_keeper():
    text = (
        "（一）石门村3组：户主祁长顺，电话0537-6655321。\n"
        f"（二）东河镇便民服务点：联系人滕秀兰（{_ID}），手机13953712246。\n"
        "2．东河镇康宁诊所，负责人卜春燕，执业证书编码141530381000337，个人联系邮箱buchy71@qq.com。\n"
    )
    got = found(text, ["name", "landline"])
    assert at(text, "name", "祁长顺") in got
    assert at(text, "landline", "0537-6655321") in got  # a household's line
    assert at(text, "name", "滕秀兰") in got  # the contact's own ID: a private person
    assert at(text, "name", "卜春燕") in got  # a clinic's keeper (负责人)
