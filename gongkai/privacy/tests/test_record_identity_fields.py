"""A record written one field a line whose person is named by 被征收人 and 公民身份号码
(the ID's official field name) and whose home is a 居住地址: its 联系电话 is the person's,
also a landline, not the survey's own contact line (kvlabels, privfix24a)."""

from .spans import at, found


def test_expropriated_persons_record_keeps_its_landline():
    text = (
        "调查单位：某区房屋征收事务所\n\n"
        "【记录3】\n调查表编号：ZS-2026-031\n被征收人：郝春梅\n性别：女\n"
        "公民身份号码：370102195811203227\n现居住地址：某市某区建设路12栋3单元2层1号\n"
        "联系电话：0531-8612374\n房屋性质：私产\n"
    )
    assert at(text, "landline", "0531-8612374") in found(text, {"landline"})


def test_an_old_fifteen_digit_id_record():
    text = (
        "【记录4】\n被拆迁人：冯长顺\n性别：男\n公民身份号码：370102450617301\n"
        "居住地址：某市某区建设路14栋1单元1层2号\n联系电话：0531-8612590\n"
    )
    assert at(text, "landline", "0531-8612590") in found(text, {"landline"})


def test_a_notices_contact_line_stays_the_offices():
    text = (
        "关于开展入户调查的通知\n各被征收户：\n请于2026年3月20日前备齐材料。\n"
        "联系电话：0531-8612000\n"
    )
    assert at(text, "landline", "0531-8612000") not in found(text, {"landline"})
