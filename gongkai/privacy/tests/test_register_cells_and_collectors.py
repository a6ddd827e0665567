"""A register's cell saying what was done with a lost plate ("门牌遗失补发") names no
person before 遗失; an export's collector (cjy, 采集员) and exporter (dcr, 导出人) act in
office (privfix19f)."""

from .spans import found, names


def test_a_plate_lost_and_reissued_is_no_person():
    text = (
        "序号\n户主\n办理类型\n门牌地址\n联系电话\n"
        "1\n孟春生\n门牌遗失补发\n河阳县石桥镇岭下村12号\n13712345608\n"
        "2\n钟丽萍\n门牌被盗补发\n河阳县石桥镇岭下村30号\n13912345670\n"
        "3\n左卫华\n号牌丢失补领\n河阳县石桥镇岭下村41号\n13812345671\n"
    )
    got = found(text, {"name"})
    assert got == names(text, "孟春生", "钟丽萍", "左卫华")


def test_a_lost_document_notice_still_names_its_person():
    text = "遗失声明\n　　门海涛遗失居民身份证一张，声明作废。\n"
    assert found(text, {"name"}) == names(text, "门海涛")


def test_an_exports_collector_and_exporter_act_in_office():
    rows = (
        ("宁建军", "13712345608", "12", "阿依古丽·买买提"),
        ("古丽米拉·吐尔洪", "13912345670", "30", "蒋文静"),
        ("孟春生", "13812345671", "41", "阿依古丽·买买提"),
        ("钟丽萍", "13812345672", "43", "蒋文静"),
    )
    text = '{"_meta": {"xt": "地址采集系统", "dcr": "蒋文静"}}\n' + "".join(
        f'{{"hzxm": "{n}", "lxdh": "{p}", "bzdz": "河阳县石桥镇岭下村{h}号", "cjy": "{c}"}}\n'
        for n, p, h, c in rows
    )
    assert found(text, {"name"}) == names(text, "宁建军", "古丽米拉·吐尔洪", "孟春生", "钟丽萍")
