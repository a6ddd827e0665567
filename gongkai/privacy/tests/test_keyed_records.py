"""Registers written as ``key：value`` pairs, a record a line or a few lines a record,
whose keys of persons no list holds: learnt from the text (``keyedrecords``; issue 16,
the sixteenth held-out batch's class, with fixtures of its own)."""

from gongkai.privacy import scan_text
from gongkai.privacy.keyedrecords import keyed_names

from .spans import found, names

PEOPLE = ["郜文斌", "鲍春华", "谷建军", "时秀英", "喻志强", "凌淑芬"]
IDS = [
    "510823197204115512",
    "510823198011230028",
    "510823196905174410",
    "510823197702066646",
    "510823198508301235",
    "510823196312087724",
]


def _found_names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_a_record_a_line_with_semicolons_learns_its_key_of_persons():
    lines = [
        f"{n}．摊位：东区{n}号；承租户：{PEOPLE[n]}；证件号码：{IDS[n]}；月租金：{300 + n}元"
        for n in range(5)
    ]
    text = "农贸市场摊位租赁到期清退名单\n\n" + "\n".join(lines) + "\n"
    got = _found_names(text)
    for person in PEOPLE[:5]:
        assert person in got


def test_blocks_of_lines_with_kin_in_notes_and_two_persons_in_a_value():
    blocks = []
    for n in range(4):
        blocks.append(
            f"（{n + 1}）受理编号：JZ-2025-{n:03d}\n"
            f"　　受赠人：{PEOPLE[n]}（{'之女' if n % 2 else '本人'}）　证件号：{IDS[n]}\n"
            f"　　代领人：{PEOPLE[n + 1]}、{PEOPLE[(n + 2) % 6]}（亲属）　手机：1390812{n:04d}\n"
        )
    text = "爱心物资领取登记\n\n" + "\n".join(blocks)
    got = _found_names(text)
    for person in PEOPLE[:6]:
        assert person in got
    assert "之女" not in got and "本人" not in got and "亲属" not in got


def test_keys_of_units_places_and_staff_are_left_alone():
    lines = [
        f"{n}．承办单位：县农业农村局；所在村：红星村；经办人：{PEOPLE[n]}；"
        f"受理号：{IDS[n]}；品种：水稻"
        for n in range(5)
    ]
    text = "补贴受理台账\n\n" + "\n".join(lines) + "\n"
    # the staff's key is never learnt (a label of staff is decided by the label pass)
    assert keyed_names(text) == []
    got = _found_names(text)
    assert "红星村" not in got and "水稻" not in got


def test_a_key_whose_values_are_not_names_is_no_key_of_persons():
    crops = ["玉米", "大豆", "高粱", "小麦", "油菜"]
    lines = [
        f"{n}．地块：{n}号；作物：{c}；承包人身份证：{IDS[n]}；面积：{n + 2}亩"
        for n, c in enumerate(crops)
    ]
    text = "\n".join(lines) + "\n"
    assert _found_names(text) == []


def test_a_contacts_key_counts_only_with_kin_noted():
    kin = "\n".join(
        f"{n}．户号：{n}；登记人：{PEOPLE[n]}；紧急联系人：{PEOPLE[n + 1]}（配偶）；"
        f"电话：1390812{n:04d}"
        for n in range(4)
    )
    got = _found_names(kin)
    assert PEOPLE[4] in got  # the last contact, named nowhere else
    units = "\n".join(
        f"{n}．网点：便民服务点{n}；联系人：{PEOPLE[n]}；办公电话：0831-52{n:05d}；"
        f"地址：人民路{n}号"
        for n in range(5)
    )
    assert not any(p in _found_names(units) for p in PEOPLE)


def test_a_qualifier_before_a_phone_label_is_no_name():
    text = (
        "一、墓位A3；户主：甘德顺；原登记电话：13908120001；原预留手机：13908120002\n"
        "二、墓位A4；户主：史秀琴；新登记电话：13908120003；单联系电话：13908120004\n"
    )
    got = [f.text for f in scan_text(text, allow=[], expressions=False) if f.type == "name"]
    assert got == ["甘德顺", "史秀琴"]
    assert names(text, "甘德顺", "史秀琴") == [
        ("name", f.start, f.end)
        for f in scan_text(text, allow=[], expressions=False)
        if f.type == "name"
    ]


def test_a_companys_legal_representative_key_is_not_learnt():
    text = "\n".join(
        f"{n}．企业名称：兴达建材有限公司{n}；法定代表人：{PEOPLE[n]}；"
        f"注册号：91510823MA6{n:06d}X；成立日期：2019年{n + 1}月"
        for n in range(5)
    )
    assert keyed_names(text) == []
