"""Issue 16, the fortieth held-out batch: a landline or mailbox in a private person's
row, record or bracket is the person's; a unit's or a company's is not (ownedcontacts).

Fixtures are made up for these tests: tables of persons and their homes beside a column
of the units a matter went to, in every table form; an expert's bracket of particulars
after their name; a unit that takes a matter over "（由…承接，电话…）"; a company's
phone label in a case record; a mailbox after a named field in a record of particulars.
"""

from __future__ import annotations

import pytest

from gongkai.privacy.ownedcontacts import home_table_landline

from .spans import at, found

PHONES = ("0736-7214508", "(0736)7381126", "7462290", "（0736）7239914")
NAMES = ("唐秀英", "符建国、符二妹", "龚小满", "喻春生")
HOMES = (
    "桃源县漳江街道沅水路41号",
    "鼎城区石门桥镇白鹤村17号",
    "武陵区芙蓉街3栋202室",
    "汉寿县龙阳镇新港村9号",
)
UNITS = ("县人民政府", "市自然资源局", "区住建局", "市医保中心")


def _delimited(sep, head=("序号", "来信人", "联系电话", "家庭住址", "诉求", "转办部门")):
    lines = [sep.join(head)]
    for k, row in enumerate(zip(NAMES, PHONES, HOMES, UNITS, strict=True), 1):
        name, phone, home, unit = row
        lines.append(sep.join((str(k), name, phone, home, "补偿标准", unit)))
    return "来信登记及转办情况\n" + "\n".join(lines) + "\n"


def _pad(cell, width):
    wide = sum(1 for ch in cell if ch >= "\u2e80")
    return cell + " " * max(2, width - len(cell) - wide)


def _aligned(head=("序号", "申请人", "联系方式", "现住址", "事项", "承办单位")):
    widths = (6, 18, 16, 30, 12, 14)
    lines = ["".join(_pad(c, w) for c, w in zip(head, widths, strict=True)).rstrip()]
    for k, row in enumerate(zip(NAMES, PHONES, HOMES, UNITS, strict=True), 1):
        name, phone, home, unit = row
        cells = (str(k), name, phone, home, "宅基地纠纷", unit)
        lines.append("".join(_pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return "县长公开接访登记表（第1页）\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text",
    [_delimited("\t"), _delimited("|"), _delimited(","), _aligned()],
    ids=["tab", "pipe", "csv", "aligned"],
)
def test_a_landline_in_a_row_of_a_person_and_their_home_is_theirs(text):
    assert found(text, ["landline"]) == [at(text, "landline", p) for p in PHONES]


def test_an_aligned_table_with_other_headers_and_a_second_page():
    text = _aligned(("编号", "姓名", "电话", "住址", "反映问题", "交办单位"))
    text += "\n县信访局    接访登记表    第 2 页\n\n" + _aligned().split("\n\n", 1)[1]
    assert found(text, ["landline"]) == [
        at(text, "landline", p, start) for start in (0, text.index("第 2 页")) for p in PHONES
    ]


@pytest.mark.parametrize("sep", ["\t", "|", "    "])
def test_a_table_of_persons_at_work_is_no_table_of_homes(sep):
    # a column of the employers: the phone is the office's, though the table has homes
    head = ("序号", "姓名", "工作单位", "联系电话", "通讯地址")
    rows = [
        ("1", "吴志远", "县自然资源局", "0736-7221045", "桃源县漳江街道沅水路8号"),
        ("2", "覃雪梅", "县人民医院", "0736-7223310", "桃源县漳江街道黄甲街12号"),
    ]
    text = "评审专家名单\n" + "\n".join(sep.join(r) for r in (head, *rows)) + "\n"
    for phone in ("0736-7221045", "0736-7223310"):
        assert not home_table_landline(text, text.index(phone))
    if sep == "\t":
        assert found(text, ["landline"]) == []


def test_a_units_phone_column_in_a_table_of_persons_stays_the_units():
    head = ("序号", "姓名", "村委会电话", "家庭住址", "转办部门")
    rows = [
        ("1", "唐秀英", "0736-7214511", "桃源县漳江街道沅水路41号", "县人民政府"),
        ("2", "龚小满", "0736-7214512", "武陵区芙蓉街3栋202室", "区住建局"),
    ]
    text = "\n".join("\t".join(r) for r in (head, *rows)) + "\n"
    assert found(text, ["landline"]) == []


@pytest.mark.parametrize(
    "bracket",
    [
        "（湖南文理学院，{phone}，{mail}）",
        "（市第一人民医院 电话{phone}；邮箱{mail}）",
        "（县农业技术推广中心退休，{phone}、{mail}）",
    ],
)
def test_the_contacts_in_a_bracket_of_a_persons_particulars_are_theirs(bracket):
    phone, mail = "0736-7190235", "liusq1969@163.com"
    text = (
        "因2号专家回避，补抽专家1名：刘淑琴"
        + bracket.format(phone=phone, mail=mail)
        + "，已确认参加评审。\n"
    )
    got = found(text, ["landline", "email"])
    assert got == [at(text, "landline", phone), at(text, "email", mail)]


@pytest.mark.parametrize(
    "text",
    [
        "请于公示期内反映，联系方式（县文明办0736-7190240；邮箱wmb_ty@126.com）。\n",
        "经办：科长钟国平（县住建局，0736-7190241，zgp_zj@163.com）。\n",
        "详情请咨询县档案馆（电话0736-7190242，邮箱daguan@126.com）。\n",
    ],
    ids=["channel", "official", "unit"],
)
def test_a_units_or_an_officials_bracket_stays_the_units(text):
    assert found(text, ["landline", "email"]) == []


@pytest.mark.parametrize(
    "clause",
    [
        "（由县社会保险服务中心承接，电话{phone}）",
        "，由城关镇便民服务中心受理，联系电话：{phone}。",
        "（现由县国资公司统一办理，咨询电话{phone}）",
    ],
)
def test_the_phone_of_the_unit_that_takes_a_matter_over_is_the_units(clause):
    unit_phone, own = "0736-7255610", "0736-7251209"
    text = (
        "一、原县糖酒公司职工" + clause.format(phone=unit_phone) + "\n"
        "1．邹桂兰，住址桃源县漳江街道沅水路41号\n"
        "2．邹德才，原住桃源县漳江街道黄甲街12号，已迁出\n"
        f"3．钟德贵，最后登记电话{own}\n"
    )
    assert found(text, ["landline"]) == [at(text, "landline", own)]


def test_a_companys_phone_label_in_a_case_record_is_the_companys():
    text = (
        "【案件二】\n"
        "当事人：桃源县鑫盛建材有限公司\n"
        "法定代表人：蒋国栋　身份证号：430725197805160831\n"
        "处罚内容：警告，罚款20000元\n"
        "企业联系电话：0736-7262017\n"
        "\n"
        "【案件三】\n"
        "经营者：蒋小梅　手机：13907362418\n"
        "家庭电话：0736-7262018\n"
    )
    assert found(text, ["landline"]) == [at(text, "landline", "0736-7262018")]


def test_a_mailbox_after_a_named_field_in_a_record_of_particulars_is_the_persons():
    text = (
        "当事人：桃源县兴农养殖专业合作社\n"
        "理事长：曹德旺　手机：18773601346\n"
        "处罚内容：警告\n"
        "统计员：龚晓燕，电子邮箱：gxy_ty@126.com\n"
    )
    assert found(text, ["email"]) == [at(text, "email", "gxy_ty@126.com")]


@pytest.mark.parametrize(
    "text",
    [
        # a notice's head: a unit's contact, no person's number in the block
        "采购人：桃源县数据局　联系人：钟晓丽　电话：0736-7038214　邮箱：zb_ty@126.com\n",
        # a record without a person's number: no record of particulars
        "当事人：桃源县鑫盛建材有限公司\n处罚内容：警告\n联系人：钟晓丽　邮箱：zb_ty@126.com\n",
    ],
    ids=["head", "no-particulars"],
)
def test_a_mailbox_after_a_units_contact_stays_the_units(text):
    assert found(text, ["email"]) == []


# -- near the contacts: a permit's name after a cue, lettered rooms, rows of homes ----------


@pytest.mark.parametrize(
    "permit", ["澳门居民来往内地通行证", "台湾居民来往大陆通行证", "香港居民来往内地通行证"]
)
def test_a_permits_name_after_a_cue_is_no_name(permit):
    text = f"姓名：区嘉欣\n证件类型：{permit}\n证件号码：H60921734\n"
    assert found(text, ["name"]) == [at(text, "name", "区嘉欣")]


def test_a_cue_before_a_name_still_gives_the_name():
    text = "经查，香港居民甘家俊，男，1980年出生，住香港九龙。\n"
    assert at(text, "name", "甘家俊") in found(text, ["name"])


@pytest.mark.parametrize(
    "home",
    [
        "常德市武陵区朗州路3099号11B室",
        "桃源县漳江街道沅水路18号2A室",
        "长沙市芙蓉区五一大道66号1203房",
    ],
)
def test_a_room_lettered_after_its_number_ends_the_address(home):
    text = f"申请人：龚小满\n住址：{home}\n"
    assert found(text, ["address"]) == [at(text, "address", home)]


@pytest.mark.parametrize(
    "home",
    [
        "桃源县漳江镇化肥厂生活区5排12号",
        "汉寿县龙阳镇糖厂家属院3排7号",
        "鼎城区石门桥镇白鹤村2排9号",
    ],
)
def test_a_house_in_a_row_of_homes_is_an_address(home):
    text = f"8．龚小满，最后登记电话13907362418，住址{home}\n"
    assert found(text, ["address"]) == [at(text, "address", home)]


@pytest.mark.parametrize(
    "text", ["考生请按座位号入座，第一考场第3排5号为空位。\n", "本场演出预留3排12号座位。\n"]
)
def test_a_seat_in_a_row_is_no_address(text):
    assert found(text, ["address"]) == []


# -- lists of persons a place a line, in blocks under sub-headings ---------------------------

_TOWNS = (
    "桃源县（共9人）\n"
    "漳江街道：唐秀英、龚小满、喻春生\n"
    "陬市镇：符建国、邹桂兰\n"
    "\n"
    "汉寿县（共6人）\n"
    "龙阳镇：钟德贵、覃雪梅\n"
    "岩汪湖镇：续宝林、员瑞芳\n"
    "坡头镇：牛犇、吴志远\n"
    "\n"
    "鼎城区（共4人）\n"
    "石门桥镇：刘淑琴、蒋小梅\n"
)


def test_names_of_a_list_a_place_a_line_across_sub_headings():
    persons = ("续宝林", "员瑞芳", "牛犇", "吴志远")
    assert all(at(_TOWNS, "name", p) in found(_TOWNS, ["name"]) for p in persons)


def test_places_listed_a_county_a_line_are_no_names():
    text = (
        "各乡镇名单\n"
        "桃源县：漳江街道、陬市镇、青林乡\n"
        "汉寿县：龙阳镇、岩汪湖镇\n"
        "鼎城区：石门桥镇、灌溪镇\n"
        "\n"
        "武陵区（共2个）\n"
        "芙蓉街道：东风社区、白马湖社区\n"
    )
    assert found(text, ["name"]) == []


# -- a numbered item holding a name alone among items of found names --------------------------


@pytest.mark.parametrize("mark", ["{n}．", "{n}.", "（{n}）", "{n}、"])
def test_a_name_alone_in_a_numbered_item_among_named_items(mark):
    items = (
        "龚小满，最后登记电话13907362418",
        "钟德贵",
        "邹桂兰，住址桃源县漳江街道沅水路41号",
        "令狐春梅",
        "蒋小梅，电子邮箱jxm_1970@163.com",
        "覃李氏",
    )
    text = "一、原县糖酒公司职工\n" + "\n".join(
        "    " + mark.format(n=k) + item for k, item in enumerate(items, 1)
    )
    text += "\n\n    本公告同时在网站发布。\n"
    got = found(text, ["name"])
    for name in ("钟德贵", "令狐春梅", "覃李氏"):
        assert at(text, "name", name) in got


def test_items_of_places_or_units_alone_are_no_names():
    text = (
        "下列单位请于月底前报送：\n"
        "1．龚小满，最后登记电话13907362418\n"
        "2．城关镇\n"
        "3．县财政局\n"
        "4．邹桂兰，住址桃源县漳江街道沅水路41号\n"
        "5．其他\n"
    )
    names = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert names == ["龚小满", "邹桂兰"]
