"""Records whose ``key：value`` pairs are parted by a bar (``｜`` or ``|``) and numbered
with a bracket (〔3〕, （3）, 3、); persons' columns whose header is a private person's
…人 or role (传承人, 受援人, 调解员) with given names no list holds (issue 16, the
thirty-seventh held-out batch's classes, with fixtures of their own)."""

from .spans import at, found, names


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_records_parted_by_full_width_bars_give_each_persons_value():
    text = (
        "下列报名人员资料不全，请补交：\n"
        "〔1〕报名人：常德顺｜报考岗位：护理｜所在单位：新民镇卫生院｜单位电话：0736-7221045\n"
        "〔2〕报名人：巫马骏｜报考岗位：药剂｜所在单位：县中医院｜本人电话：13907361122\n"
        "〔3〕报名人：霍小满｜报考岗位：检验｜所在单位：城关社区卫生服务中心｜本人电话：15874362210\n"
    )
    assert found(text, ["name"]) == names(text, "常德顺", "巫马骏", "霍小满")


def test_ascii_bars_and_other_numberings_part_a_record_too():
    text = (
        "（1）申请人：柏青山|申请事项：困难补助|所在村：龙塘村\n"
        "2、申请人：单于宁|申请事项：临时救助|所在村：河口村\n"
        "3．承租人：练秀云 | 摊位：东区12号 | 月租：300元\n"
    )
    assert found(text, ["name"]) == names(text, "柏青山", "单于宁", "练秀云")


def test_bars_leave_units_posts_and_fields_clean():
    text = (
        "〔1〕申报单位：沅江市农业农村局｜申报项目：高标准农田｜负责科室：计划财务股\n"
        "〔2〕申报单位：新华书店｜申报项目：农家书屋｜联系科室：发行部｜电话：0736-2210567\n"
        "〔3〕审核人：县人社局｜审核意见：同意｜审核日期：2026年3月2日\n"
    )
    assert found(text, ["name"]) == []
    assert "新华书店" not in _names(text)


def test_a_bar_record_with_a_label_after_a_closing_bracket():
    text = "【第5条】申报人：澹台明｜申报系列：工程｜单位：县交通局"
    assert at(text, "name", "澹台明") in found(text, ["name"])
