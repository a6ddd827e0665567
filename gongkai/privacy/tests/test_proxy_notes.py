"""A proxy noted in a bracket right after a found person's name — "（X代）", "（由X代签）" — is
a name too (proxynotes), in a roster aligned with spaces over pages where the note runs past
its column; a bracket naming a unit or the person themself, or following no name, is left
alone."""

from .spans import found, names

_ROWS1 = [
    ("彭玉兰（贺志刚代）", "430521196803151226", "邵东县廉桥镇石塘村6组", "13974281536"),
    ("龙春生", "430521195504087913", "邵东县廉桥镇石塘村北街12号", "0739-2716635"),
    ("戴秋菊", "43052119610722302X", "廉桥镇石塘村3组", "15873916024"),
    ("欧阳德顺", "430521197311054417", "邵东县廉桥镇石塘村南街7号", "18907394461"),
    ("谭德胜（村委会代）", "430521194809163339", "廉桥镇新田村2组", "13807391275"),
    ("曹小梅", "430521198501286648", "廉桥镇新田村5组", "0739-2751180"),
]
_ROWS2 = [
    ("熊小梅（本人代）", "430521195201134023", "邵东县廉桥镇新田村西巷3号", "15907396618"),
    ("上官梅（由皇甫立新代签）", "430521194912300025", "廉桥镇新田村1组", "13787129036"),
]


def _page(rows, first):
    out = [
        "序号  户主          身份证号              住址                                        联系电话        领取次数",
        "-" * 120,
    ]
    for i, (a, b, c, d) in enumerate(rows, first):
        cell = f"{a} " if "（" in a else f"{a:<14}"
        out.append(f"{i:<6}{cell}{b:<22}{c:<44}{d:<16}2")
    return out


def _roster():
    lines = [
        "                  廉桥镇2025年农村独居老人助餐服务登记花名册",
        "  服务单位：邵东县廉桥镇石塘村老年食堂        登记时间：2025年11月",
        "",
    ]
    lines += _page(_ROWS1, 1) + ["", "                                   第 1 页  共 2 页", ""]
    lines += _page(_ROWS2, 7) + ["-" * 120, "  合计：8户", ""]
    return "\n".join(lines) + "\n"


def test_proxies_after_found_names_and_the_near_misses():
    text = _roster()
    expect = names(
        text,
        "彭玉兰",
        "贺志刚",
        "龙春生",
        "戴秋菊",
        "欧阳德顺",
        "谭德胜",
        "曹小梅",
        "熊小梅",
        "上官梅",
        "皇甫立新",
    )
    assert found(text, ["name"]) == expect


def test_near_miss_a_note_after_no_name():
    text = "备注：补贴款（邮政储蓄银行代发）按季度划入一卡通，咨询电话0739-2716000。\n"
    assert found(text, ["name"]) == []
