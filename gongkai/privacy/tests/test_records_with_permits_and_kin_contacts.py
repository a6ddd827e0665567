"""Issue 16: a key：value record of a person that holds a passport's or travel permit's
number (not an ID or a mobile) and a rule line between records keeps its 联系电话 line
the person's; a contact named with their kinship (联系人：X（胞妹）) gives a relative's
phone and mailbox, not an office's.
Near misses: the notice's own contact line under the records; a unit's contact.
"""

from __future__ import annotations

from .spans import at, found


def _records(sep):
    return (
        "下列被征收人常住境外，现予公告送达。\n"
        f"{sep}\n"
        "被征收人：伍嘉怡\n"
        "身份：澳门居民\n"
        "往来内地通行证：M52081736\n"
        "境内联系地址：广东省中山市石岐街道孙文中路21号\n"
        "联系电话：0760-88213476\n"
        f"{sep}\n"
        "被征收人：冼志诚\n"
        "护照号码：E39182074\n"
        "联系电话：0757 83321905\n"
        f"{sep}\n"
        "\n联系电话：0746-8315570，传真：0746-8315571\n"
    )


def test_a_record_with_a_permit_keeps_its_phone():
    for sep in ("——————", "----------", "==========", ""):
        text = _records(sep)
        got = found(text, ("landline",))
        assert at(text, "landline", "0760-88213476") in got, sep
        assert at(text, "landline", "0757 83321905") in got, sep
        assert at(text, "landline", "0746-8315570") not in got, sep


def test_a_relative_named_as_contact():
    text = (
        "原身份证号：43110219580813967X\n被征收房屋：某市某区某路70号\n"
        "境内联系人：欧阳文静（胞妹），0746 8357710，oywj66@126.com\n"
    )
    got = found(text, ("landline", "email"))
    assert at(text, "landline", "0746 8357710") in got
    assert at(text, "email", "oywj66@126.com") in got
    text = "被征收房屋：某市某区某路70号\n联系人：征收事务中心法规股，电话0746-8315570\n"
    assert found(text, ("landline",)) == []
