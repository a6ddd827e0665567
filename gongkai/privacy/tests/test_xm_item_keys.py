"""XML keys ending in xm that hold an item, not a name (itemkeys, privfix20f): a key read as
姓名 by its initials alone whose values over the records have no name's shape (<ZJXM>
体育彩票 排列5 一等奖), or whose key + MC names the item (<SDXM> beside <SDXMMC>), holds
项目; the records' persons under <XM> stay names."""

from .spans import found, names

_ROW = (
    "  <MX><XM>{n}</XM><SFZJHM>{i}</SFZJHM><SDXMMC>偶然所得</SDXMMC>"
    "<ZJXM>{p}</ZJXM><SRE>{a}</SRE></MX>\n"
)
_PEOPLE = (
    ("滕国梁", "110105198803157716", "福利彩票 双色球 二等奖", "86000.00"),
    ("郜秀芝", "11010519880315787X", "体育彩票 排列5 一等奖", "100000.00"),
    ("阙明远", "110105199002071238", "体育彩票 7星彩 二等奖", "31200.00"),
)


def _export(sdxm=True, prizes=True):
    head = '<?xml version="1.0"?>\n<!-- 偶然所得 扣缴申报 导出 -->\n<SBB>\n  <BT>\n'
    head += "    <KJYWRMC>某省体育彩票管理中心</KJYWRMC>\n"
    if sdxm:
        head += "    <SDXM>偶然所得</SDXM>\n"
    head += "  </BT>\n"
    rows = _PEOPLE
    kin = iter(("张建华", "邹立平", "欧阳晓梅"))
    body = "".join(_ROW.format(n=n, i=i, p=p if prizes else next(kin), a=a) for n, i, p, a in rows)
    return head + body + "</SBB>\n"


def test_prize_and_income_items_are_no_names():
    text = _export()
    assert found(text, {"name"}) == names(text, "滕国梁", "郜秀芝", "阙明远")


def test_a_lone_income_key_beside_its_name_key():
    # SDXM alone in the head, read as 项目 by SDXMMC in the records
    text = _export()
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert "偶然所得" not in got


def test_names_under_the_same_key_stay_names_where_items_are_not():
    # the key's values have a name's shape: a person's column after all
    text = _export(prizes=False)
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert {"滕国梁", "郜秀芝", "阙明远", "张建华", "邹立平", "欧阳晓梅"} <= got
    text = _export()
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert got == {"滕国梁", "郜秀芝", "阙明远"}
