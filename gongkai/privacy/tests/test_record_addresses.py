"""住所 / 地址 in a record of a person's particulars (issue 16, ``recordaddress``)."""

from .spans import at, found, rid


def addresses(text):
    return found(text, ["address"])


def test_bare_label_in_a_persons_record():
    pid = rid("36110219800610501")
    cases = [
        (
            f"当事人：范某某，男，身份证号{pid}\n住所：渝水区城北街道胜利北路148号附2号\n"
            "联系电话：13699790418\n",
            "渝水区城北街道胜利北路148号附2号",
        ),
        (
            "——邮寄封面——\n收件人：周晓岚\n电  话：13907451122\n地  址：潇水区潇湘大道424号\n"
            "邮  编：425600\n",
            "潇水区潇湘大道424号",
        ),
        (
            f"被申请人：黎某（女）\n公民身份号码：{pid}\n住　　所：欧里镇欧里街23号\n",
            "欧里镇欧里街23号",
        ),
    ]
    for text, piece in cases:
        assert at(text, "address", piece) in addresses(text), text


def test_units_records_and_other_labels_keep_their_addresses():
    texts = [
        "单位名称：某某商贸有限公司\n法定代表人：张某\n联系电话：13800001234\n住所：城南路8号\n",
        "收件人：周晓岚\n电  话：13907451122\n寄件人：县住建局办公室\n寄件地址：濂溪路66号\n",
        "联系我们\n地  址：城南路8号\n电  话：0731-84561234\n",
        "当事人：某某建材有限公司\n联系电话：13800001234\n住所：酒城大道三段28号\n",
        "申请人：王某\n办公地址：人民路1号\n",
        "本局地址：人民路1号，电话13907451122。\n",
    ]
    for text in texts:
        assert addresses(text) == [], text


def test_the_place_starts_after_xianju():
    cases = [
        (
            "其叔叔蒯某某（现居广东省东莞市长安镇振安中路218号）愿意抚养。",
            "广东省东莞市长安镇振安中路218号",
        ),
        ("申请人原居城关镇幸福小区3栋201室，现居湘江花园5栋1单元302室。", "湘江花园5栋1单元302室"),
    ]
    for text, piece in cases:
        assert at(text, "address", piece) in addresses(text), text
        assert all("居" not in text[s:e] for _k, s, e in addresses(text)), text


def test_a_persons_zhuchu_in_brackets():
    cases = [
        (
            "经研究。我局派员前往您的住处（溆川县黄溪口镇茶溪村5组12号）当面核实。",
            "溆川县黄溪口镇茶溪村5组12号",
        ),
        ("一、经走访，其住处（城南街道解放路北段74号）已无人居住。", "城南街道解放路北段74号"),
        ("二、申请人住处：龙潭镇公坪村三组8号。", "龙潭镇公坪村三组8号"),
    ]
    for text, piece in cases:
        assert addresses(text) == [at(text, "address", piece)], text


def test_offices_in_brackets_stay_the_offices():
    for text in (
        "请到县城管执法大队城东办事处（幸福路12号）办理。",
        "一、本局住所（人民路1号）已变更。",
        "材料送县档案馆（文化巷5号）。",
    ):
        assert addresses(text) == [], text


def test_the_label_after_the_persons_fields_on_one_line():
    cases = [
        ("收件人：王小红　电话：13907451122　地址：城南路8号\n", "城南路8号"),
        ("收件人：王小红，电话：13907451122，地址：城南路8号。", "城南路8号"),
        ("当事人：王小红，女，1980年5月出生，住所：城南路8号。", "城南路8号"),
        ("姓名\t王小红\n申请人：王小红\t手机：13907451122\t住所：城南路8号\n", "城南路8号"),
    ]
    for text, piece in cases:
        assert at(text, "address", piece) in addresses(text), text


def test_a_units_contact_gives_the_units_address():
    for text in (
        "联系人：张科长，电话：13907451122，地址：人民路1号。",
        "单位名称：某某公司，电话：13907451122，地址：人民路1号。",
        "当事人：某某建材有限公司，住所：人民路1号。",
        "联系人：张科长\n手机：13907451122\n地址：人民路1号\n",
        "经办人：李某　电话：13907451122　地址：人民路1号\n",
    ):
        assert addresses(text) == [], text


def test_records_under_a_numbered_tag_in_brackets():
    pid = rid("43072119770723530")
    text = (
        "下列车辆长期停放，现予公告。\n\n"
        "【车辆1】\n号牌号码：湘J00001\n发现地点：县中医院东侧停车场\n"
        f"登记所有人：司马青禾\n所有人身份证号：{pid}\n登记住所：某县城关镇解放路12号\n\n"
        "〔第2户〕\n户主：欧晓丽\n联系电话：13900001111\n住  所：某县城关镇光明巷7号\n"
    )
    got = addresses(text)
    assert at(text, "address", "某县城关镇解放路12号") in got
    assert at(text, "address", "某县城关镇光明巷7号") in got


def test_a_tagged_record_of_a_unit_keeps_its_seat():
    texts = [
        "【单位1】\n名称：某县宏达物流有限公司\n联系电话：13900001111\n住所：城关镇解放路12号\n",
        "【车辆2】\n所有人：某县城建投资有限公司\n发现地点：县汽车站\n住所：城关镇解放路12号\n",
    ]
    for text in texts:
        assert addresses(text) == [], text
