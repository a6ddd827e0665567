"""Whose field it is in a system export, read from the record's structure (``exportgroups``,
read by ``exportfields``): a unit's group, a unit's key prefix, a unit's neighbour; the
private persons' fields of the same record stay found."""

from gongkai.privacy.exportfields import group_of
from gongkai.privacy.exportgroups import export_groups
from gongkai.privacy.tests.spans import at, found

XML_REPORTS = """<?xml version="1.0" encoding="UTF-8"?>
<cases system="不良事件上报" county="青石县">
  <case no="Q2031">
    <child><name>马文涛</name><sex>男</sex></child>
    <guardian><name>钱秀梅</name><relation>母亲</relation><mobile>13907451268</mobile><homeTel>0745-6612093</homeTel></guardian>
    <reporter><unit>青石镇卫生院</unit><name>何立平</name><tel>0745-3321876</tel></reporter>
  </case>
  <case no="Q2032">
    <child><name>易子轩</name><sex>男</sex></child>
    <guardian><name>向春兰</name><relation>母亲</relation><mobile>13807452291</mobile><homeTel>0745-6617735</homeTel></guardian>
    <reporter><unit>白沙乡卫生院</unit><name>邓国华</name><tel>0745-3327714</tel></reporter>
  </case>
</cases>
"""


def _spans(text, kind, *pieces):
    return [at(text, kind, p) for p in pieces]


def test_an_xml_group_holding_a_unit_is_the_units():
    got = found(XML_REPORTS, ["name", "landline"])
    for span in _spans(XML_REPORTS, "name", "马文涛", "钱秀梅", "易子轩", "向春兰"):
        assert span in got
    for span in _spans(XML_REPORTS, "landline", "0745-6612093", "0745-6617735"):
        assert span in got  # the guardian's home line
    for span in _spans(XML_REPORTS, "name", "何立平", "邓国华"):
        assert span not in got  # the reporter acts for the health centre
    for span in _spans(XML_REPORTS, "landline", "0745-3321876", "0745-3327714"):
        assert span not in got  # the health centre's line


def test_the_reader_gives_the_group_and_its_fields():
    s = XML_REPORTS.index("何立平")
    group = group_of(XML_REPORTS, s, s + 3)
    assert group.key == "reporter" and group.part
    assert [f.key for f in group.fields] == ["unit", "name", "tel"] and group.index == 1
    line = '{"a": 1, "jg": "某公司", "kf": "0745-1234567"}'
    s = line.index("0745")
    group = group_of(line, s, s + 12)
    assert group.key is None and [f.key for f in group.fields] == ["a", "jg", "kf"]
    assert group_of("他说“张三”来过", 3, 5) is None  # a quotation is no field


def _kept(text, kind, piece):
    """Whether ``export_groups`` keeps the candidate ``piece`` of ``kind``."""
    s = text.index(piece)
    cand = (s, s + len(piece), kind, 1.0)
    return cand in export_groups(text, [cand])


def test_a_persons_group_keeps_its_school_and_employer():
    # a private person's group holding a school or an employer stays the person's
    text = (
        "<records><record><student><name>龙思雨</name><school>青石县第二小学</school>"
        "<homeTel>0745-6623301</homeTel></student>"
        "<teacher><school>青石县第二小学</school><name>唐建新</name></teacher></record>"
        "<record><student><name>雷子涵</name><school>青石县实验小学</school></student>"
        "<teacher><school>青石县实验小学</school><name>苏慧</name></teacher></record></records>"
    )
    assert _kept(text, "name", "龙思雨")
    assert _kept(text, "landline", "0745-6623301")
    assert not _kept(text, "name", "唐建新")  # the teacher's group holds the school first
    text = (
        "<申报><申请人><姓名>欧阳红</姓名><工作单位>青石县人民医院</工作单位>"
        "<电话>0745-6631142</电话></申请人>"
        "<经办人><单位>青石县民政局</单位><姓名>黄建平</姓名><电话>0745-2210336</电话></经办人></申报>"
    )
    assert _kept(text, "name", "欧阳红") and _kept(text, "landline", "0745-6631142")
    assert not _kept(text, "name", "黄建平") and not _kept(text, "landline", "0745-2210336")
    # a guardian's employer before the name: still the guardian's
    text = (
        "<rec><patient><name>甘小雨</name></patient><guardian><employer>青石县农机站</employer>"
        "<unit>青石县农机站</unit><name>甘国强</name><tel>0745-6640017</tel></guardian></rec>"
    )
    assert _kept(text, "name", "甘国强") and _kept(text, "landline", "0745-6640017")


def test_a_nested_json_group_holding_a_unit():
    text = (
        '{"no": "R-77", "patient": {"name": "龚晓燕", "idno": "430000"},'
        ' "reporter": {"org": "城东社区卫生服务中心", "name": "文志刚", "tel": "0745-2231407"}}'
    )
    assert _kept(text, "name", "龚晓燕")
    assert not _kept(text, "name", "文志刚") and not _kept(text, "landline", "0745-2231407")
    # a record of a list (no other group beside it) is not read so
    text = '[{"org": "城东社区卫生服务中心", "name": "文志刚"}, {"org": "某站", "name": "李"}]'
    assert _kept(text, "name", "文志刚")


def test_a_units_key_prefix_in_a_flat_record():
    line = (
        '{"tsrxm": "尹美华", "jtzz": "青石县河东路8号3栋201室", "bts_dw": "青石县丰收农资经营部",'
        ' "bts_dz": "青石县河西镇老街18号", "zt": "已受理"}'
    )
    assert _kept(line, "address", "青石县河东路8号3栋201室")
    assert not _kept(line, "address", "青石县河西镇老街18号")  # the business's place
    # a person's prefix: a guardian's (jhr), a complainant's (tsr) group with an employer
    line = (
        '{"tsr_xm": "尹美华", "tsr_dw": "青石县丰收农资经营部", "tsr_dz": "青石县河西镇老街18号",'
        ' "jhr_dw": "青石县人民医院", "jhr_dh": "0745-6620011"}'
    )
    assert _kept(line, "address", "青石县河西镇老街18号")
    assert _kept(line, "landline", "0745-6620011")
    # pinyin initials: the unit (jzdw), its line (jzdw_dh), its doctor (jz·ys)
    line = (
        '{"jzdw": "白沙乡卫生院", "jzdw_dh": "0745-3318260", "etxm": "邹一鸣",'
        ' "jzys": "宋桂芝", "lrsj": "2025-05-02"}'
    )
    assert not _kept(line, "landline", "0745-3318260")
    assert not _kept(line, "name", "宋桂芝")
    assert _kept(line, "name", "邹一鸣")
    # a parent's group (jz·xm 家长姓名 beside jz·dw, the parent's employer): the name stays
    line = '{"xsxm": "邹一鸣", "jzxm": "邹建军", "jzdw": "白沙乡卫生院", "jzys": "宋桂芝"}'
    assert _kept(line, "name", "邹建军")


def test_a_units_neighbour_in_a_flat_record():
    line = (
        '{"gdbh": "GD88", "tsr": "尹美华", "lxdh": "13907450001", "jg": "启明星托管服务有限公司",'
        ' "kf": "0745-5508123", "zt": "已办结"}'
    )
    assert not _kept(line, "landline", "0745-5508123")  # the company's desk
    # a person's home line after their employer stays
    line = '{"xm": "尹美华", "gzdw": "启明星托管服务有限公司", "jtdh": "0745-6601234"}'
    assert _kept(line, "landline", "0745-6601234")
    # a bank's account manager, a station's officer before the station's line
    line = '{"jkrxm": "覃丽", "jbyh": "青石农村商业银行河东支行", "khjl": "蒋志华", "spzt": "通过"}'
    assert not _kept(line, "name", "蒋志华")
    assert _kept(line, "name", "覃丽")
    line = '{"bjr": "覃丽", "xyr": "吴刚", "cjmj": "蒋志华", "dwdh": "0745-7700110"}'
    assert not _kept(line, "name", "蒋志华")
    assert _kept(line, "name", "吴刚")
    # a company's staff are private persons: a lift's maintainer, a farm's keeper stay
    line = (
        '{"bjr": "覃丽", "wbdw": "青石电梯工程有限公司", "wbry": "蒋志华", "wbrydh": "13907450002"}'
    )
    assert _kept(line, "name", "蒋志华")
    line = '{"ncmc": "青石县河东家庭农场", "jyz": "蒋志华"}'
    assert _kept(line, "name", "蒋志华")
    line = '{"dwmc": "青石电梯工程有限公司", "wbry": "蒋志华", "dwdh": "0745-7700111"}'
    assert _kept(line, "name", "蒋志华")


def test_html_cells_are_no_export_fields():
    text = "<table><tr><td>青石镇卫生院</td><td>何立平</td><td>0745-3321876</td></tr></table>"
    assert _kept(text, "name", "何立平") and _kept(text, "landline", "0745-3321876")


def test_a_name_key_in_an_offices_prefix_after_the_office():
    line = (
        '{"sqrxm": "覃丽", "bl_dw": "青石县政务服务中心", "bl_xm": "蒋志华",'
        ' "sh_dw": "青石县民政局", "sh_xm": "吴晓峰", "zt": "办结"}'
    )
    assert not _kept(line, "name", "蒋志华") and not _kept(line, "name", "吴晓峰")
    assert _kept(line, "name", "覃丽")
    # the name first, then the unit: a person and their employer
    line = '{"jz_xm": "邹建军", "jz_dw": "青石县民政局", "jz_dh": "13907450003"}'
    assert _kept(line, "name", "邹建军")
    # a business's person under the business's prefix stays
    line = '{"wt_dw": "青石电梯工程有限公司", "wt_xm": "蒋志华"}'
    assert _kept(line, "name", "蒋志华")


def test_chinese_keys_are_read_alike():
    line = (
        '{"投诉人": "覃丽", "被投诉单位": "启明星托管服务有限公司", "客服电话": "0745-5508124",'
        ' "受理单位": "青石县教育局", "受理人": "蒋志华"}'
    )
    assert not _kept(line, "landline", "0745-5508124")
    assert not _kept(line, "name", "蒋志华")
    assert _kept(line, "name", "覃丽")
    # a person's own phone after their employer, under a datum's key, stays
    line = '{"姓名": "覃丽", "工作单位": "青石县教育局", "联系电话": "0745-6601235"}'
    assert _kept(line, "landline", "0745-6601235")
    line = '{"报警人": "覃丽", "出警民警": "蒋志华", "单位电话": "0745-7700112"}'
    assert not _kept(line, "name", "蒋志华") and _kept(line, "name", "覃丽")
    # a desk's act in the key (回访, 受理): the station's line after the station
    text = (
        "<记录集><记录><报警人>覃丽</报警人><出动力量>青石县消防救援大队河东站</出动力量>"
        "<回访电话>0745-7700113</回访电话></记录></记录集>"
    )
    assert not _kept(text, "landline", "0745-7700113")


def test_a_things_name_among_things_names():
    rows = "".join(
        f"<case><patient><name>{p}</name></patient><drug><name>{d}</name><lot>B{k}</lot></drug></case>"
        for k, (p, d) in enumerate(
            (
                ("欧阳红", "阿莫西林胶囊"),
                ("龚晓燕", "布洛芬缓释片"),
                ("文志刚", "头孢克肟片"),
                ("甘小雨", "金银花"),
            )
        )
    )
    text = f"<cases>{rows}</cases>"
    assert not _kept(text, "name", "金银花")  # one drug among drugs, whatever its shape
    assert _kept(text, "name", "甘小雨")
