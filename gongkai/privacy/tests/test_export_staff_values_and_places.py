"""An export's staff keys listing several names, an export's root attribute, a clinic of a
health centre as the record's unit (``staffvalues``, ``exportgroups``), and a preposition
before a named place (``prepplaces``), privfix24b."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"4452221983{m:02d}1{m}{m:03d}") for m in range(1, 5)]


def test_json_lines_a_staff_key_listing_two_mediators():
    text = (
        f'{{"ajbh":"A-1","sqr":"庄少敏","sqrsfzh":"{_IDS[0]}","sqrdh":"13829651472",'
        f'"tjy":"卓文辉","jazt":"调解成功"}}\n'
        f'{{"ajbh":"A-2","sqr":"饶素珍","sqrsfzh":"{_IDS[1]}","sqrdh":"13829651473",'
        f'"tjy":"卓文辉、甘振洋","jazt":"调解成功"}}\n'
    )
    got = found(text, ["name"])
    assert at(text, "name", "庄少敏") in got
    assert at(text, "name", "饶素珍") in got
    for staff in ("卓文辉", "甘振洋"):
        assert not any(text[s:e] == staff for _k, s, e in got), staff


def test_xml_an_exporters_attribute_on_the_root():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tjajDc dcdw="某县司法局" dcr="买合木提·吐逊" dcsj="2025-01-02">\n'
        f"  <aj><xm>帕丽达·艾力</xm><sfzh>{_IDS[2]}</sfzh><tjjg>调解成功</tjjg></aj>\n"
        f"  <aj><xm>阿迪拉·吾买尔</xm><sfzh>{_IDS[3]}</sfzh><tjjg>调解成功</tjjg></aj>\n"
        "</tjajDc>\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "帕丽达·艾力") in got
    assert at(text, "name", "阿迪拉·吾买尔") in got
    assert not any(text[s:e] == "买合木提·吐逊" for _k, s, e in got)


def test_json_lines_a_health_centres_clinic_as_the_records_unit():
    text = "".join(
        f'{{"id":"{k}","szxm":"{n}","szsfzh":"{_IDS[k]}","jzdw":"某镇卫生院预防接种门诊",'
        f'"jzys":"{d}","zt":"已结案"}}\n'
        for k, (n, d) in enumerate(
            (("帕丽达·艾力", "努尔古丽·赛买提"), ("阿迪拉·吾买尔", "祖丽皮亚·卡哈尔"))
        )
    )
    got = found(text, ["name"])
    assert at(text, "name", "帕丽达·艾力") in got
    for doctor in ("努尔古丽·赛买提", "祖丽皮亚·卡哈尔"):
        assert not any(text[s:e] == doctor for _k, s, e in got), doctor


def test_a_preposition_before_the_documents_own_county():
    text = (
        "申请人郑德高与被申请人屈桂花因宅基地纠纷申请调解。经伊宁县某镇人民调解委员会调解未果，"
        "调解员引导申请人向伊宁县人民法院起诉。申请人郑德高表示同意。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "郑德高") in got
    assert at(text, "name", "屈桂花") in got
    assert not any(text[s:e].startswith("向伊") for _k, s, e in got)


def test_a_reporters_list_beside_the_reporters_own_phone_keeps_its_persons():
    text = "".join(
        f'{{"bh":"J-{k}","jbrxm":"{a}、{b}","jbrdh":"1398871{k}045","zt":"已办结"}}\n'
        for k, (a, b) in enumerate((("栾德旺", "栾桂芝"), ("柴永顺", "柴春花")))
    )
    got = found(text, ["name"])
    for name in ("栾德旺", "栾桂芝", "柴永顺", "柴春花"):
        assert at(text, "name", name) in got, name
