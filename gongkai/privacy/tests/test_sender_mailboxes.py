"""A mailbox labelled as the writer's own (发件邮箱, 来信邮箱) is a person's (issue 16).

A reply letter repeats how the citizen wrote in: "您通过12328服务监督电话及电子邮件（发件邮箱
X）反映的问题收悉". The hotline before it made the box read as the office's public channel;
the label says whose it is. An office's own channel in the same words without that label
stays the office's.
"""

from .spans import at, found


def test_the_senders_mailbox_in_a_reply_letter():
    text = (
        "　　您于2026年10月27日通过12328交通运输服务监督电话及电子邮件（发件邮箱"
        "wangli1982@163.com）反映的问题收悉。经调查，情况属实。\n"
        "　　来信邮箱：chen_ming77@qq.com　来信时间：2026年11月2日\n"
        "　　您通过市长信箱（发信地址：liuhong.sz@126.com）反映的问题已转交我局办理。\n"
    )
    assert found(text, ["email"]) == [
        at(text, "email", "wangli1982@163.com"),
        at(text, "email", "chen_ming77@qq.com"),
        at(text, "email", "liuhong.sz@126.com"),
    ]


def test_near_miss_the_offices_own_channel():
    text = (
        "　　群众可通过12328交通运输服务监督电话及电子邮件（jtj_jd@163.com）反映问题。\n"
        "　　本局监督邮箱：jdk2026@126.com，受理时间为工作日。\n"
    )
    assert found(text, ["email"]) == []
