"""Landlines settled by their own label or sentence (``dutyphones``), and Taiwan permits
in a table one cell a line.

Fixtures written for these rules: a unit's room or duty label (户籍室, 值班室, 指导电话,
预约电话), a unit as the subject of the sentence before a bare label, a matter handed
to a unit, a number offered instead of a hotline, a government mailbox after the
number; a person's number after a relation note. Near misses: a person's home phone
labels (住宅电话, 本人电话, 住所电话), a person as the subject, a personal mailbox.
"""

from gongkai.privacy.dutyphones import unit_landline

from .spans import at, found

LAND = ["landline"]


def test_room_and_duty_labels_are_units_numbers():
    rows = (
        "一、各警务室联系方式\n"
        "　　东关警务室　　社区民警周国栋　　户籍室：0731-5562210　值班室：(0731)5562211\n"
        "　　西湖派出所｜教导员欧阳敏｜办证大厅：0731 5562212｜报警求助电话：0731-5562213\n"
        "注：本表由镇综治办汇总。镇司法所指导电话：0731-5562214。\n"
        "乡农技站预约电话：（0731）5562215；村卫生室：0731-5562216\n"
    )
    assert found(rows, LAND) == []


def test_home_labels_beside_rooms_stay_persons():
    text = (
        "申请人：龚秀兰　住址：长乐镇新桥村4组12号　住宅电话：0731-5563320\n"
        "代理人：谭友明　本人电话：0731 5563321　家庭电话：（0731）5563322\n"
        "家住幸福里小区3栋502室，电话：0731-5563323\n"
    )
    got = found(text, LAND)
    for number in ("0731-5563320", "0731 5563321", "（0731）5563322", "0731-5563323"):
        assert at(text, "landline", number) in got, number
    # a residence (住所, 住处) or a bedroom is no unit's room
    for label in ("住所电话：", "住处电话：", "卧室座机", "502室："):
        line = f"代理人：谭友明　{label}0731-5563324"
        assert not unit_landline(line, line.index("0731"))


def test_unit_subject_before_a_bare_label():
    text = (
        "遗失声明\n"
        "　　湘江绿源农业开发有限公司遗失公章一枚，声明作废。联系电话：0731-5564410。\n"
        "　　长乐镇中心小学不慎遗失收费收据一本，声明作废，联系电话0731-5564411。\n"
        "　　3.县第二人民医院遗失医疗机构执业许可证副本，特此声明。联系方式：0731 5564412\n"
        "　　黎雪梅遗失身份证一张，声明作废。联系电话：0731-5564413。\n"
        "　　申请人在县医院就诊时遗失病历，联系电话：0731-5564414。\n"
    )
    assert found(text, LAND) == [
        at(text, "landline", "0731-5564413"),
        at(text, "landline", "0731-5564414"),
    ]


def test_matter_handed_to_a_unit_and_hotline_alternatives():
    text = (
        "处理结果：已移交县市场监督管理局稽查大队依法查处。联系电话：5565510。\n"
        "处理结果：已转交长乐镇人民政府办理。咨询电话：0731-5565511\n"
        "医保卡挂失：服务热线12393，或拨打0731-5565512；也可拨打0731-5565513。\n"
        "结果：投诉人已撤回投诉。联系电话：0731-5565514\n"
    )
    assert found(text, LAND) == [at(text, "landline", "0731-5565514")]


def test_government_mailbox_after_the_number():
    text = (
        "说明：以上项目已按规定审批。联系电话：0731-5566610，邮箱：xmk@changle.gov.cn\n"
        "投诉人：蒋立新　联系电话：0731-5566611，邮箱：jianglx77@163.com\n"
    )
    assert found(text, ["landline", "email"]) == [
        at(text, "landline", "0731-5566611"),
        at(text, "email", "jianglx77@163.com"),
    ]


def test_kin_noted_before_the_number_is_a_persons():
    text = (
        "记录1\n"
        "责任单位：县公安局交警大队（0731-5567700）\n"
        "同行人：卢晓东（儿子），联系电话0731 5567701\n"
        "陪同人员：韦春燕(配偶)，电话：(0731)5567702\n"
        "责任单位：县人社局（0731-5567703）\n"
    )
    assert found(text, LAND) == [
        at(text, "landline", "0731 5567701"),
        at(text, "landline", "(0731)5567702"),
    ]


def test_taiwan_permit_under_its_document_one_cell_a_line():
    text = (
        "序号\n姓名\n证件类型\n证件号码\n联系电话\n\n"
        "1\n林佳蓉\n台湾居民来往大陆通行证\n05521837\n13807310012\n"
        "2\n陈国栋\n台湾居民来往大陆通行证\n0662194350\n13807310013\n"
        "3\n王建平\n居民身份证\n43010219800101001X\n13807310014\n"
    )
    got = found(text, ["permit"])
    assert got == [at(text, "permit", "05521837"), at(text, "permit", "0662194350")]


def test_the_same_rules_in_an_html_page():
    from gongkai.privacy import scan_html

    page = (
        "<p>城关派出所　所长周国栋　户籍室：0731-5562210　值班室：0731-5562211</p>"
        "<p>湘江绿源农业开发有限公司遗失公章一枚，声明作废。联系电话：0731-5564410。</p>"
        "<p>黎雪梅遗失身份证一张，声明作废。联系电话：0731-5564413。</p>"
        "<p>同行人：卢晓东（儿子），联系电话0731 5567701</p>"
        "<table><tr><td>序号</td><td>经营者名称</td><td>负责人</td><td>联系电话</td></tr>"
        "<tr><td>1</td><td>长乐镇第二中学</td><td>孔令仪</td><td>0731-5568801</td></tr>"
        "<tr><td>2</td><td>长乐镇老杨粉店</td><td>杨德贵</td><td>0731-5568803</td></tr></table>"
    )
    got = [
        (f.type, f.start, f.end)
        for f in scan_html(page, allow=[], expressions=False)
        if f.type == "landline"
    ]
    assert got == [
        at(page, "landline", number) for number in ("0731-5564413", "0731 5567701", "0731-5568803")
    ]


def test_label_searches_led_by_a_rare_character_answer_as_the_plain_forms():
    """_ROOM_LABEL read from the room's character and _BARE_END (without the optional
    lead) find a label wherever the plain forms find one (random labels before a number)."""
    import random
    import re

    from gongkai.privacy import dutyphones

    plain_room = re.compile(
        r"[\u4e00-\u9fff](?<![住寝卧居宿])[室科股所站队处]"
        r"(?:指导|值班|监督|咨询|预约|服务|办公|业务|受理|报警|求助|办事)?"
        r"(?:(?:电话|热线|号码)[：:]?|[：:])[ \u3000]*$"
    )
    pieces = [*"室科股所站队处住寝卧居宿：: \u3000\na1政", "电话", "热线", "号码", "值班", "方式"]
    pieces += ["联系", "咨询"]
    rng = random.Random(16)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        room = bool(plain_room.search(text))
        found += room
        assert bool(dutyphones._ROOM_LABEL.search(text)) == room, text
        bare = bool(dutyphones._BARE.search(text))
        assert bool(dutyphones._BARE_END.search(text)) == bare, text
    assert found  # the pieces make labels too
