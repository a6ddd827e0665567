"""Issue 16: a CSV saved with semicolons (a spreadsheet set to a European locale, or a
system export) is a table like one saved with commas. The separator is one character
for another, so the findings of the two forms must be the same spans; with the near
misses of both: a unit's phone and address under the table, amounts, dates, a place.
"""

from __future__ import annotations

from .spans import at, found, names, rid

ROSTER = [
    ["序号", "户主姓名", "身份证号码", "家庭住址", "保障人数", "月保障金（元）"],
    ["1", "韦秀英", rid("45012219650312002"), "城关镇新华街道民主路18号", "3", "1260"],
    ["2", "覃振华", rid("45012219720705003"), "石门村3组", "1", "520"],
    ["3", "欧阳丽娟", rid("45012219880101004"), "河东社区6栋2单元301室", "2", "860"],
]
TAIL = "监督电话：0771-5612345（县民政局社会救助股，城关镇解放路9号），公示期2026年3月1日至7日。\n"

RECIPIENTS = [
    ["受助人员", "性别", "所在村", "救助事由", "金额", "发放日期"],
    ["蒙桂兰", "女", "龙潭村", "因病", "3000", "2026-02-11"],
    ["黄石生", "男", "板仑村", "火灾", "5000", "2026-02-12"],
    ["陆小妹", "女", "那坡村", "就学", "1500", "2026-02-12"],
]

TENANTS = [
    ["编号", "用人单位", "承租人", "同住人员", "联系方式"],
    ["A-01", "临江智能装备有限公司", "韦秀英", "覃振华", "13757162409"],
    ["A-02", "县人民医院", "欧阳丽娟", "—", "18958036615"],
    ["A-03", "县第一中学", "蒙桂兰", "陆小妹", "13600001111"],
]
STAFF = [
    ["序号", "工作单位", "姓名", "岗位", "联系电话"],
    ["1", "县人民医院", "韦秀英", "护士", "13757162409"],
    ["2", "县第一中学", "覃振华", "教师", "18958036615"],
    ["3", "城关镇卫生院", "黄石生", "医生", "13600001111"],
]


def _lines(rows, sep, quoted=False):
    cell = (lambda c: f'"{c}"') if quoted else (lambda c: c)
    return "\n".join(sep.join(cell(c) for c in row) for row in rows) + "\n"


def _forms(rows, title="2026年2月城乡低保新增对象公示\n", tail=TAIL):
    for quoted in (False, True):
        comma = title + _lines(rows, ",", quoted) + tail
        yield comma, title + _lines(rows, ";", quoted) + tail


def test_a_semicolon_roster_reads_as_its_comma_form():
    for comma, semi in _forms(ROSTER):
        got = found(semi, ("name", "address", "id_card", "landline"))
        assert got == found(comma, ("name", "address", "id_card", "landline"))
        assert [f for f in got if f[0] == "name"] == names(semi, "韦秀英", "覃振华", "欧阳丽娟")
        assert at(semi, "id_card", ROSTER[2][2]) in got
        assert at(semi, "address", "河东社区6栋2单元301室") in got
        # a bare village group is a place; the office's phone and address are the unit's
        assert not [f for f in got if semi[f[1] : f[2]] in ("石门村3组", "0771-5612345")]
        assert not [f for f in got if "解放路" in semi[f[1] : f[2]]]


def test_semicolon_recipients_under_other_headers():
    for comma, semi in _forms(RECIPIENTS, title="临时救助发放明细\n", tail="制表：县民政局\n"):
        got = found(semi, ("name",))
        assert got == found(comma, ("name",))
        assert got == names(semi, "蒙桂兰", "黄石生", "陆小妹")


def test_semicolon_rows_that_name_units_keep_their_persons():
    # a unit's name in the row (the employer) does not make the row a unit's
    for rows, persons in (
        (TENANTS, ("韦秀英", "覃振华", "欧阳丽娟", "蒙桂兰", "陆小妹")),
        (STAFF, ("韦秀英", "覃振华", "黄石生")),
    ):
        for comma, semi in _forms(rows, title="公示名单\n", tail="\n"):
            got = found(semi, ("name", "mobile"))
            assert got == found(comma, ("name", "mobile"))
            assert [f for f in got if f[0] == "name"] == names(semi, *persons)
            assert at(semi, "mobile", rows[2][-1]) in got
            assert not [f for f in got if "县" in semi[f[1] : f[2]]]


def test_semicolons_in_prose_or_a_units_list_are_no_persons_table():
    prose = "适用范围：城市低保;农村低保;特困供养;临时救助。\n资金来源：中央;省;市;县四级。\n"
    assert found(prose, ("name",)) == []
    units = _lines(
        [
            ["序号", "单位名称", "办公电话", "办公地址"],
            ["1", "县民政局", "0771-5612345", "城关镇解放路9号"],
            ["2", "县医保局", "0771-5613456", "城关镇民主路2号"],
        ],
        ";",
    )
    assert found(units, ("name", "address")) == found(units.replace(";", ","), ("name", "address"))
    assert found(units, ("name",)) == []
