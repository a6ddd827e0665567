"""Whose landline a table's owner cell or a premises label says it is (ownercells, read by
landlineowner; issue 16): the unit named in the row's owner column, a hotel's name cell
beside its front desk's phone, a shop's or a clinic's inner line — and the persons' own
numbers in the same columns left found."""

import pytest

from gongkai.privacy.markup import scan_html

from .spans import at, found

# an owner column holding persons in some rows and units in others (tab, pipe, CSV)
TAB = (
    "序号\t租客姓名\t身份证号\t承租人/单位\t承租人电话\t备注\n"
    "1\t郑文斌\t330102198803120017\t岑秀华\t0571-86213345\t\n"
    "2\t柏晓东\t330102199001150034\t杭州某某物流有限公司\t0571-86217788\t\n"
    "3\t鲁美云\t330102199203180022\t城西实验小学\t0571-86219901\t\n"
)
PIPE = (
    "| 编号 | 住户 | 房东（单位） | 房东电话 |\n"
    "|---|---|---|---|\n"
    "| 01 | 简志刚 | 龙湾村经济合作社 | 0577-86921134 |\n"
    "| 02 | 葛兰芳 | 屠永庆 | 0577-86924456 |\n"
)
CSV = (
    '"序号","对接人","帮扶对象","帮扶对象负责人","帮扶对象电话"\n'
    '"1","韦春来","柳溪镇青山茶叶种植合作社","蒙德顺","0772-5521367"\n'
    '"2","覃海鸥","覃玉兰","覃玉兰","0772-5524408"\n'
)


def test_a_units_cell_in_the_owner_column_takes_the_landline():
    got = found(TAB, ["landline"])
    assert at(TAB, "landline", "0571-86213345") in got  # a person's: found
    assert at(TAB, "landline", "0571-86217788") not in got  # a company's
    assert at(TAB, "landline", "0571-86219901") not in got  # a school's


def test_an_owner_column_in_a_pipe_table():
    got = found(PIPE, ["landline"])
    assert got == [at(PIPE, "landline", "0577-86924456")]


def test_the_column_of_x_itself_not_its_heads_column():
    got = found(CSV, ["landline"])
    assert at(CSV, "landline", "0772-5521367") not in got  # the cooperative's
    assert at(CSV, "landline", "0772-5524408") in got  # a household's


HOTELS = (
    "<table><thead><tr><th colspan='2'>民宿</th><th colspan='3'>住客</th></tr>"
    "<tr><th>名称</th><th>前台电话</th><th>房号</th><th>姓名</th><th>身份证号</th></tr></thead>"
    "<tbody><tr><td rowspan='2'>青溪镇山居客栈</td><td rowspan='2'>0596-7312408</td>"
    "<td>201</td><td>卢海峰</td><td>350681199002152213</td></tr>"
    "<tr><td>202</td><td>甘丽娟</td><td>350681199305062226</td></tr></tbody></table>"
)


def test_a_name_cell_spanning_its_guests_rows_takes_its_front_desks_phone():
    kinds = {(f.type, HOTELS[f.start : f.end]) for f in scan_html(HOTELS, allow=[])}
    assert ("landline", "0596-7312408") not in kinds
    assert ("id_card", "350681199002152213") in kinds


def test_a_person_in_a_name_column_is_no_unit():
    text = "序号\t名称\t联系电话\t地址\n1\t骆永健\t0596-7318841\t青溪镇上街12号\n"
    assert at(text, "landline", "0596-7318841") in found(text, ["landline"])


PREMISES = [
    "证人倪少华（汽修厂厂长，厂里电话0551-62847713）证言。",
    "据村卫生所（乡村医生经营，所内电话0739-5412286）反映，该户未按时复诊。",
    "“竹溪山房”农家乐（个体工商户，店内座机：0596-7359012）未按规定登记旅客。",
]


@pytest.mark.parametrize("text", PREMISES)
def test_a_label_naming_a_units_premises_is_the_units_line(text):
    assert found(text, ["landline"]) == []


def test_the_premises_line_among_a_writers_own_contacts_stays_theirs():
    text = "我在街口开了家面馆。我的手机13907351124，店里座机7352219，请回电。"
    assert at(text, "landline", "7352219") in found(text, ["landline"])


def test_a_home_label_is_no_premises():
    text = "证人鲍德明（退休职工，家里电话0551-62841190）证言。"
    assert at(text, "landline", "0551-62841190") in found(text, ["landline"])
