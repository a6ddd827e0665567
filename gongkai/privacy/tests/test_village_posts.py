"""Issue 16 (privfix27c): a person noted by a village's or a community's post vouches for the
committee ("证明人：X（村支书），电话0xxx-…"); the fixed line after the note is the committee's.
Near misses: a relative of a cadre, a resident's note, a mobile after the note."""

from __future__ import annotations

from .spans import at, found, names

HEAD = '"序号","年级班级","学生姓名","身份证号","监护人","联系电话","评议意见","备注"\n'


def test_a_village_secretary_and_the_committees_line():
    text = HEAD + (
        '"1","七年级（2）班","韦丽萍","450102200903150025","韦德明","13978812345",'
        '"同意","已核实，村委会证明人：莫振宇（村支书），电话 0778-5612034"\n'
    )
    assert found(text, ("name", "landline")) == names(text, "韦丽萍", "韦德明")


def test_a_village_director_in_prose():
    text = HEAD + (
        '"2","八年级（1）班","黄美娟","450102200903150025","黄立新","13978812346",'
        '"同意","经证明人覃立新（村委会主任）核实，联系电话0778-5612211"\n'
    )
    got = found(text, ("name", "landline"))
    assert names(text, "覃立新")[0] not in got
    assert names(text, "黄美娟")[0] in got


def test_near_misses_stay():
    text = (
        "共同申请人：蒙庆华（村支书之子），电话 0778-5612211\n"
        "邻居证明人：卢少华（村民），手机 13977801234\n"
        "证明人：黄国庆（曾任村委会主任），电话 0778-5612299\n"
    )
    got = found(text, ("name", "landline"))
    assert names(text, "蒙庆华")[0] in got
    assert names(text, "卢少华")[0] in got
    assert names(text, "黄国庆")[0] in got
    assert at(text, "landline", "0778-5612211") in got
