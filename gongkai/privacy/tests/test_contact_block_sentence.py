"""Issue 16: a unit's contact block (电话…，传真…) makes the numbers of its own sentence
the unit's, not those of the next sentence on the same line ("…传真：…。监护人的委托代理人
X（外祖父，电话…）可代为领取").
"""

from __future__ import annotations

from .spans import at, found


def test_the_next_sentence_keeps_a_relatives_phone():
    text = (
        "    监护人可于工作日到本局法规科领取决定书，联系人：法规科 龙科长，电话：0745-2261031，"
        "传真：0745-2261032，邮箱：fgk@hx.gov.cn。监护人的委托代理人蒙德福（受种者外祖父，"
        "电话0745-4871265）可凭授权委托书代为领取。\n"
    )
    got = found(text, ("landline",))
    assert got == [at(text, "landline", "0745-4871265")]


def test_the_same_sentence_stays_the_units():
    text = "    联系人：法规科 龙科长，电话：0745-2261031，传真：0745-2261032。\n"
    assert found(text, ("landline",)) == []
