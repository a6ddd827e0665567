"""Records headed by a numbered name, then one field a line (a Word table copied out as
text): the head's name, the block's mailbox, home address and home landline are the
person's; numbered headings of a notice and a unit's contact block are not."""

from .spans import at, found, names


def test_guest_blocks_with_full_width_numbers():
    text = (
        "校友返乡联谊会嘉宾名单\n\n"
        "1．钟伟廉\n"
        "居住国：泰国\n"
        "身份：曼谷潮州会馆理事\n"
        "电子邮箱：wailim.chung@thai-gems.co.th\n\n"
        "2．罗嘉欣\n"
        "居住国：泰国\n"
        "身份：钟伟廉之儿媳\n"
        "电子邮箱：kayan_law@hotmail.com\n\n"
        "3．粘志鸿\n"
        "居住国：新加坡\n"
        "身份：宗亲会顾问\n"
        "电子邮箱：zhihong.nian@singnet.com.sg\n"
    )
    got = found(text)
    for name in ("钟伟廉", "罗嘉欣"):
        assert at(text, "name", name) in got
    assert at(text, "name", "粘志鸿") in got  # a rare surname among sure names
    for box in (
        "wailim.chung@thai-gems.co.th",
        "kayan_law@hotmail.com",
        "zhihong.nian@singnet.com.sg",
    ):
        assert at(text, "email", box) in got


def test_bracketed_numbers_slashed_keys_and_a_home_line():
    text = (
        "（1）邝振邦\n"
        "国籍/居住地：加拿大\n"
        "回国住所：城南镇朝阳街8号  家庭座机：(0662)3312456\n"
        "邮箱：zb.kwong@shaw.ca\n"
        "\n"
        "（2）谭美玲\n"
        "国籍/居住地：美国\n"
        "国内住所：城南镇朝阳街10号之二  电话：(0662)3318870\n"
        "邮箱：meiling.tam@yahoo.com\n"
    )
    got = found(text)
    assert names(text, "邝振邦", "谭美玲") == [g for g in got if g[0] == "name"]
    assert at(text, "address", "城南镇朝阳街8号") in got
    assert at(text, "landline", "(0662)3312456") in got
    assert at(text, "landline", "(0662)3318870") in got
    assert at(text, "email", "zb.kwong@shaw.ca") in got


def test_numbered_headings_of_a_notice_are_no_names():
    text = (
        "1．申请条件\n"
        "对象：本县户籍的归侨侨眷\n"
        "材料：身份证、户口簿\n\n"
        "2．办理地点\n"
        "地址：县政务服务中心二楼\n"
        "电话：0595-23712466\n"
    )
    assert found(text, ["name"]) == []


def test_a_units_contact_blocks_stay_the_units():
    text = (
        "各单位联系方式\n\n"
        "1．县侨务办公室\n"
        "地址：城关镇府前路1号\n"
        "电话：0750-5512236\n\n"
        "2．县外事办公室\n"
        "地址：城关镇府前路3号\n"
        "电话：0750-5512238\n"
    )
    got = found(text)
    assert [g for g in got if g[0] in ("name", "address", "landline")] == []


def test_one_block_alone_is_no_list():
    text = "1．孔令华\n单位：县外事办\n职务：科长\n"
    assert found(text, ["name"]) == []
